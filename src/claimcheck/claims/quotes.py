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


# A quoted phrase the sentence says is not (or no longer) used, named as words, a line or a
# label: 'removed the words "never needs sharpening"', 'never allowed it to claim "..." , a
# line its rivals used' (but a brand's own "tagline" or "claim" in quotes is still its claim)
_META = r"(?:words?|phrases?|terms?|labels?|lines?|slogans?|taglines?|wording|expressions?|claims?)"
_META_BEFORE = re.compile(rf"\b(?:the|a|an|its|their|our|that|this)\s+(?:\w+\s+)?{_META}"
                          rf"\s*[:,]?\s*\Z|\bso-called\s*\Z", re.IGNORECASE)
_META_AFTER = re.compile(rf"\s*(?:,\s*(?:a|the|an)\s+(?:\w+\s+)?{_META}\b|\s*{_META}\b)",
                         re.IGNORECASE)
_DISOWNED = re.compile(r"\b(?:remov|retir|scrapp|abandon|reject|delet|replac|refus|withdr[ae]w|"
                       r"forb[ai]d)\w*|\b(?:drop|stop|ban)(?:s|ped|ping|ned|ning)?\b"
                       r"|\bno longer\b|\bnever\b", re.IGNORECASE)
_REMOVED_OBJECT = re.compile(r"\b(?:remov|delet|scrapp|retir|withdr[ae]w)\w*\s+\Z|"
                             r"\b(?:dropped|stopped using|banned)\s+\Z", re.IGNORECASE)
# '"Detoxifies body and mind": withdrawn after the Board's decision'
_REMOVED_AFTER = re.compile(r"\s*[:,—–-]?\s*(?:(?:was|were|has been|have been)\s+)?(?:withdrawn|"
                            r"removed|dropped|retired|scrapped|banned|deleted)\b", re.IGNORECASE)
_QUOTES = {"“": "”", '"': '"', "‘": "’"}  # (a straight ' is mostly an apostrophe)


# a sentence that quotes claims others challenge, or a label for the claims at issue:
# 'Riverbend challenged three claims that Moxahala made: that its glazes are "lead-free"',
# 'Claims at issue: Origin ("Handmade in Ohio")'
_CHALLENGED = re.compile(r"\b(?:challeng|disput|contest|complain)\w*\b[^.;]{0,80}?\bclaims?\b|"
                         r"\bobject(?:s|ed|ing)?\s+to\b[^.;]{0,80}?\bclaims?\b|"
                         r"\bclaims?\s+(?:at\s+issue|under\s+review|in\s+question|"
                         r"challenged|disputed|complained\s+of)\b", re.IGNORECASE)
# ... unless the writer goes on in their own voice before the quotation: "We dispute the
# claims Fenwick makes, and we repeat: '...'"
_OWN_VOICE = re.compile(r"\b(?:we|I)\s+(?:\w+\s+)?(?:repeat|say|maintain|insist|stand\s+by|"
                        r"reiterate|promise|guarantee)\b|[,;]\s+and\s+(?:we|I|our|my)\b",
                        re.IGNORECASE)


#: The parts of a text under review: "the lead", "the infobox", "an earlier version" (not
#: an ad's text, a catalog entry or a website headline: a company's own words)
TEXT_PART = (r"(?:lead|lede|infobox|section|sentence|paragraph|article|footnote|"
             r"(?:earlier|previous|original|first)\s+(?:version|draft)|edit\s+summary|passage)")
# a part of a text under review, and a verb that gives its wording, right before a
# quotation: 'The second sentence of the lead reads: "..."', 'The infobox has "..."', 'The
# Operations section says New Balance "employs ..."', 'An earlier version of this story
# said "..."' (not a person's or a company's words: 'Jim Davis said "..."')
_TEXT_HOLDS = re.compile(rf"\b{TEXT_PART}(?:\s+(?:of|in|on)\s+(?:the\s+|this\s+|that\s+)?"
                         rf"(?:[\w\"“”-]+\s+){{0,2}}?{TEXT_PART})?\s+(?:(?:still|now|currently|"
                         r"originally|previously|also)\s+)?(?:reads?|read|says?|said|has|had|"
                         r"states?|stated|claims?|claimed|gives?|gave|lists?|listed)\b"
                         r"[^.;!?“\"]{0,60}?[:,]?\s*\Z", re.IGNORECASE)


def mentioned(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is inside a quotation that the sentence says is not used:
    named as words, a line or a label (see :data:`_META`) after a word of removal or
    refusal (see :data:`_DISOWNED`), quoted as a claim someone challenges, or quoted as
    the wording of a text under review (see :data:`_TEXT_HOLDS`)."""
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, 0, start)
        if left < 0:
            continue
        if opening == closing:
            if text.count(opening, 0, left) % 2:
                continue  # the quote before is a closing one
        elif text.rfind(closing, left, start) >= 0:
            continue  # that quotation closed before the term
        right = text.find(closing, end)
        if right < 0 or (opening != closing and 0 <= text.find(opening, end) < right):
            continue
        named_as_words = (_META_BEFORE.search(text, max(0, left - 40), left)
                          or _META_AFTER.match(text, right + 1))
        # 'removed "X" from the packaging', '"X": withdrawn after the decision'
        removed = (_REMOVED_OBJECT.search(text, max(0, left - 40), left)
                   or _REMOVED_AFTER.match(text, right + 1))
        if (named_as_words and _DISOWNED.search(text, 0, left)) or removed:
            return True
        challenged = _CHALLENGED.search(text, 0, left)
        if challenged is not None and not _OWN_VOICE.search(text, challenged.end(), left):
            return True  # the quoted claims a complaint is about, not the writer's own
        if _TEXT_HOLDS.search(text, max(0, left - 80), left):
            return True  # 'The lead reads: "..."', 'An earlier version of this article
            # said "..."': the wording of a text under review, quoted to be discussed
    return False
