"""Spans of look-alike text (phone numbers, addresses, identifiers) that are not quantities."""

from __future__ import annotations

import re
from bisect import bisect_right

from ._data import MODIFIERS, word_alternation

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


class Masks:
    """Sorted, merged spans of a text that must not yield quantities."""

    def __init__(self, text: str) -> None:
        """Find all look-alike spans in ``text``."""
        spans: list[tuple[int, int]] = []
        for m in _MASK_RE.finditer(text):
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
