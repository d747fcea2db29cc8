"""Quotations and who said them: claims inside quotes are attributed to the speaker.

"New Balance has made shoes in Maine for decades," said Jim Davis. The claim
is checked like any other, and the report says who made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
_NAME = r"((?:[A-Z][\w.'’-]*\s?){1,4})"
_SAID = r"(?:said|says|told\s+\w+|added|explained|noted|stated|wrote|according\s+to)"
_AFTER = re.compile(rf"\s*,?\s*{_SAID}\s+(?:the\s+company'?s?\s+\w+\s+)?{_NAME}")
_AFTER_NAME_FIRST = re.compile(rf"\s*,?\s*(?:[a-z][\w'’]*\s+){{0,4}}{_NAME}\s+{_SAID}\b")
_BEFORE = re.compile(rf"{_NAME}\s+{_SAID}\s*[,:]?\s*$")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted stretch of text and its speaker, when the sentence names one."""

    start: int
    end: int
    speaker: str | None


def quotations(text: str, offset: int = 0) -> list[Quotation]:
    """Quotations in ``text`` (a sentence), with offsets shifted by ``offset``."""
    found = []
    for match in _QUOTE.finditer(text):
        speaker = _speaker(text, match.start(), match.end())
        found.append(Quotation(offset + match.start(1), offset + match.end(1), speaker))
    return found


def _speaker(text: str, start: int, end: int) -> str | None:
    for pattern, at in ((_AFTER, end), (_AFTER_NAME_FIRST, end)):
        match = pattern.match(text, at)
        if match:
            return match.group(1).strip().rstrip(".,")
    before = _BEFORE.search(text[:start])
    return before.group(1).strip() if before else None
