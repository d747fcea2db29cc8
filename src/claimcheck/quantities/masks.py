"""Spans of look-alike text (phone numbers, addresses, identifiers) that are not quantities.

Every look-alike pattern below contains an *anchor*: a digit, "#", "@", "ISBN", "://" or
"www.". Before its first anchor a match holds at most two whitespace-separated tokens
("section No. 5", "iPhone 15", "May 4", "MA 02115", an e-mail's user name), and it starts
at a word start, at one of ``#+(§¶№``, or anywhere inside a token holding "@", "://" or
"www.". :class:`Masks` therefore tries the patterns only at those positions near anchors,
which gives exactly the spans of a full ``finditer`` at a fraction of the cost.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._data import MODIFIERS, word_alternation
from ._scan import digit_runs, finditer_at

_MONTHS = word_alternation(MODIFIERS["month_names"])
_STREET = "(?i:" + word_alternation(MODIFIERS["street_types"]) + ")"
_LABELS = "(?i:" + word_alternation(MODIFIERS["id_labels"]) + ")"

_PATTERNS = [
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+",  # URLs and e-mail addresses
    r"#\w+",  # hashtags and "#1"
    r"\bISBN(?:-1[03])?:?\s*[\dXx][\dXx -]{8,16}[\dXx]",  # ISBNs
    # Phone numbers: "555-123-4567", "+1 (617) 555 0100", "(617) 555-0100".
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|(?<![\w,.])\d{3})[\s.-]?\d{3}[\s.-]\d{4}(?!\d)",
    r"\+\d{1,3}(?:[\s./-]\d{2,5}){2,5}(?!\d)",  # international numbers
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?",  # clock times "10:30", "9:15 a.m."
    r"\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock)",  # "5 pm", "7 o'clock"
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}(?:-\d{2})?\b",  # dates
    r"\b\d+(?:\.\d+){2,}\b",  # dotted versions and IP addresses "3.8.1", "192.168.1.2"
    r"\b[vV]\d+(?:\.\d+)*\b",  # "v2.1"
    # Letters and digits mixed in one token: "A320neo", "990v6", "24703m212".
    r"\b[A-Za-z]+\d+[A-Za-z][\w-]*|\b\d+(?![eE][-+]?\d+\b)[A-Za-z]+\d[\w-]*",
    r"\b[A-Za-z]*[A-Z][A-Za-z]*-?\d+[\w.]*",  # "A320", "F-150", "COVID-19", "iPhone15"
    r"\b[a-z]+[A-Z]\w*\s+\d+[\w.]*",  # camel-case product then number: "iPhone 15"
    rf"{_LABELS}\s*(?:#|No\.?\s*)?\d[\w.-]*(?:\s*(?:,|and|or|&|-|–)\s*\d[\w.-]*)*",
    rf"\b\d+\s+(?:[A-Z][a-z]+\.?\s+){{1,3}}{_STREET}",  # "123 Main Street", "100 Guest St"
    rf"\b\d+(?:st|nd|rd|th)\s+{_STREET}",  # "5th Avenue"
    r"\b(?:[A-Z]{2}|[A-Z][a-z]+),?\s+\d{5}(?:-\d{4})?\b(?!\s*(?:%|percent))",  # ZIP after state
    rf"(?i:{_MONTHS})\.?\s+\d{{1,2}}(?!\d|\s*(?:%|percent|,\d))(?:st|nd|rd|th)?\b",  # "May 4"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTHS})\b",  # "4 May"
]
_MASK_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))

if any(len(str(w).split()) != 1 for w in [*MODIFIERS["id_labels"], *MODIFIERS["month_names"]]):
    raise ValueError("id_labels and month_names must be single words (see Masks)")

# Anchors other than digits; in tokens holding the last three a match may start anywhere.
_SYMBOL_ANCHORS = ("#", "ISBN", "@", "://", "www.")
_ANYWHERE_ANCHORS = ("@", "://", "www.")
# Reading the reversed text forwards: the rest of the anchor's token and two more tokens.
_BACK_TWO_TOKENS_RE = re.compile(r"\S*(?:\s+\S+){0,2}")
_BACK_TOKEN_RE = re.compile(r"\S*")
# Where a look-alike can start: a word start or a symbol that some pattern starts with.
_START_RE = re.compile(r"\b\w|[#+(§¶№]")


def _anchors(text: str, digit_starts: list[int] | None) -> list[int]:
    """Sorted offsets of the anchors (the first digit of each digit run, and the symbols)."""
    anchors = list(digit_runs(text) if digit_starts is None else digit_starts)
    for symbol in _SYMBOL_ANCHORS:
        pos = text.find(symbol)
        while pos >= 0:
            anchors.append(pos)
            pos = text.find(symbol, pos + 1)
    anchors.sort()
    return anchors


def _candidate_starts(text: str, digit_starts: list[int] | None) -> list[int]:
    """Sorted positions where a look-alike pattern can start (see the module docstring)."""
    rev = text[::-1]
    n = len(text)
    found: set[int] = set()
    done = -1  # positions up to here were already collected
    for a in _anchors(text, digit_starts):
        if text.startswith(_ANYWHERE_ANCHORS, a):
            found.update(range(n - _BACK_TOKEN_RE.match(rev, n - a).end(), a + 1))
        ws = max(n - _BACK_TWO_TOKENS_RE.match(rev, n - a).end(), done + 1)
        if ws <= a:
            found.update(m.start() for m in _START_RE.finditer(text, ws, a + 1))
            done = a
    return sorted(found)


class Masks:
    """Sorted, merged spans of a text that must not yield quantities."""

    def __init__(self, text: str, digit_starts: list[int] | None = None) -> None:
        """Find all look-alike spans in ``text`` (``digit_starts``: its digit runs, if known)."""
        spans: list[tuple[int, int]] = []
        for m in finditer_at(_MASK_RE, text, _candidate_starts(text, digit_starts)):
            if spans and m.start() <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], m.end()))
            else:
                spans.append((m.start(), m.end()))
        self._starts = [s for s, _ in spans]
        self._spans = spans

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a masked span."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._spans[i][1] > start
