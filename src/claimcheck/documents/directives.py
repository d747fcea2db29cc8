"""Suppression comments: ``<!-- claimcheck: ignore RULE-ID -- reason -->``.

Written on its own line (Markdown, HTML or plain text) above the sentence it
silences; the reason after ``--`` is required. Readers record where each one
stands in the analysed text, so the checker can apply it to the next sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    r"<!--\s*claimcheck:\s*ignore\s+(?P<rules>[\w.*,\s-]+?)\s*(?:--\s*(?P<reason>.*?))?\s*-->",
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression comment."""

    offset: int
    """Offset in the analysed text where the prose after the comment starts."""
    line: int
    """1-based line of the comment in the source file."""
    column: int
    rules: tuple[str, ...]
    """Rule ids, prefixes, globs or tags it silences."""
    reason: str | None
    text: str
    """The comment as written."""


def parse(comment: str, offset: int, line: int, column: int) -> Directive | None:
    """The directive in an HTML-style comment, or None for an ordinary comment."""
    match = _DIRECTIVE.search(comment)
    if match is None:
        return None
    rules = tuple(r for r in re.split(r"[\s,]+", match.group("rules")) if r)
    reason = (match.group("reason") or "").strip() or None
    return Directive(offset, line, column, rules, reason, match.group().strip())


def find(source: str, line_starts: tuple[int, ...], start: int, end: int,
         offset: int) -> list[Directive]:
    """Directives in ``source[start:end]`` (a comment block), all pointing at ``offset``."""
    import bisect

    found = []
    for match in _DIRECTIVE.finditer(source, start, end):
        line = bisect.bisect_right(line_starts, match.start())
        column = match.start() - line_starts[line - 1] + 1
        directive = parse(match.group(), offset, line, column)
        if directive is not None:
            found.append(directive)
    return found
