"""Spans of look-alike text (phone numbers, addresses, identifiers) that are not quantities.

Every look-alike pattern below contains an *anchor*: a digit, "#", "@", "ISBN", "://" or
"www.". Before its first anchor a match holds at most two whitespace-separated tokens
("section No. 5", "iPhone 15", "May 4", "MA 02115"). It starts at a digit or letter that
begins a word (see ``_LEAD_RE``), at one of ``_SYMBOL_LEADS``, or - for URLs and e-mail
addresses only - anywhere inside a token holding "@", "://" or "www.". :class:`Masks` tries
the patterns only at those positions near anchors, and only the patterns that can start
with the character found there: this yields exactly the spans of a ``finditer`` over the
whole text, without trying every pattern at every character.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._data import MODIFIERS, word_alternation
from ._scan import is_word_char
from .numbers import GLUED_CODES

_GLUED_CODE = "(?:" + "|".join(sorted(GLUED_CODES)) + ")"
#: Month names and their abbreviations (lowercase), from ``modifiers.yaml``.
MONTH_NAMES: tuple[str, ...] = tuple(str(m) for m in MODIFIERS["month_names"])
_MONTHS = "(?i:" + word_alternation(MODIFIERS["month_names"]) + ")"
_STREET = "(?i:" + word_alternation(MODIFIERS["street_types"]) + ")"
_STREET_FIRST = word_alternation(MODIFIERS["street_types_first"])
_LABELS = "(?i:" + word_alternation(MODIFIERS["id_labels"]) + ")"

# (pattern, what it can start with): "d" a digit, "x" a letter or symbol, "@" only inside a
# token holding "@", "://" or "www.". Order matters: the first pattern that matches wins.
_PATTERNS = [
    (r"https?://\S+|www\.\S+|\S+@\S+\.\w+", "@"),  # URLs and e-mail addresses
    (r"#\w+", "x"),  # hashtags and "#1"
    (r"\bISBN(?:-1[03])?:?\s*[\dXx][\dXx -]{8,16}[\dXx]", "x"),  # ISBNs
    # Phone numbers: "555-123-4567", "+1 (617) 555 0100", "(617) 555-0100", "1-800-555-0100".
    (r"(?:\+\d{1,3}[\s.-]?|(?<![\w,.])1[\s.-])?(?:\(\d{2,4}\)|(?<![\w,.])\d{3})[\s.-]?\d{3}"
     r"[\s.-]\d{4}(?!\d)", "dx"),
    (r"\+\d{1,3}(?:[\s./-]\d{2,5}){2,5}(?!\d)", "x"),  # international numbers
    (r"\b24\s*[/x×]\s*7(?:\s*[/x×]\s*365)?\b", "d"),  # "open 24/7": always, no quantity
    # a thread's post counter at the start of a line: "3/8 It starts with steel", "6/8 🇸🇪",
    # the last post ("8/8") or one with a later post of the same thread ("7/10 Americans
    # say ..." alone is a ratio)
    (r"(?<![^\n])(?:(?P<thread_n>\d{1,2})/(?P=thread_n)|\d{1,2}/(?P<thread_of>\d{1,2})"
     r"(?=[\s\S]*?\n\d{1,2}/(?P=thread_of)\s))(?=\s+(?:[A-Z@#\"“]|[^\x00-\x7F]))", "d"),
    (r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", "d"),  # clock times "10:30", "9:15 a.m."
    # "5 pm", "2.13 am" (hours.minutes), not "2.1 pm" or "2.123 pm" (picometres)
    (r"(?<![\d.,])\b\d{1,2}(?:\.[0-5]\d)?\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock)", "d"),
    # dates "5/17/2018", "1982-10-01", "2019-12": their year is kept (see Masks.years)
    (r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:(?P<dy1>\d{4})|\d{2})\b"
     r"|\b(?P<dy2>\d{4})-(?:0[1-9]|1[0-2])(?:-\d{2})?\b", "d"),
    (r"\b\d+(?:\.\d+){2,}\b", "d"),  # dotted versions and IP addresses "3.8.1", "192.168.1.2"
    # Japanese block addresses "3-14-8 Higashi-Ōsaki", "2-7-5 Chūō" (after dates and phones)
    # (a place name follows: "a 4-3-3 formation" keeps its numbers)
    (r"\b\d{1,4}(?:-\d{1,4}){2,}(?=,?\s+[A-Z])", "d"),
    (r"\b[vV]\d+(?:\.\d+)*\b", "x"),  # "v2.1"
    # Letters and digits mixed in one token: "A320neo", "990v6", "24703m212".
    # Not an area or volume glued to its number: "24703m2", "5cm3".
    (r"\b[A-Za-z]+\d+[A-Za-z][\w-]*"
     r"|\b\d+(?![eE][-+]?\d+\b|x\d{1,3}\^|(?:[kcdm]?m|ft|in|mi|yd)[23]\b)[A-Za-z]+\d[\w-]*", "dx"),
    # "A320", "F-150", "COVID-19", "iPhone15"; not an amount glued to its currency: "USD115"
    # and catalogue designations "J1149.5+6663", "PSR B1919+21"
    (rf"\b(?!{_GLUED_CODE}\d+(?:\.\d+)?\b)[A-Za-z]*[A-Z][A-Za-z]*-?\d+[\w.]*"
     r"(?:[+-]\d[\w.]*)?", "x"),
    (r"\b[a-z]+[A-Z]\w*\s+\d+[\w.]*", "x"),  # camel-case product then number: "iPhone 15"
    # a label and its number, unless the number measures something ("in that district
    # 25 percent ...")
    (rf"{_LABELS}\s*(?:#|No\.?\s*)?\d[\w.-]*(?:\(\w{{1,4}}\))*"
     r"(?:\s*(?:,|and|or|&|-|–)\s*\d[\w.-]*(?:\(\w{1,4}\))*)*"
     r"(?!\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|thousand\b))", "x"),
    # "123 Main St", "100 Guest St", "221B Baker Street"
    (rf"\b\d+[A-Za-z]?\s+(?:[A-Z][a-z]+\.?\s+){{1,3}}{_STREET}", "d"),
    (rf"\b\d+(?:st|nd|rd|th)\s+{_STREET}", "d"),  # "5th Avenue"
    # the street type first, as in Spanish, French, Portuguese or Italian: "27 Calle Mayor",
    # "12 Rue de Rivoli"
    (rf"\b(?!(?:1[5-9]|20)\d\d\b)\d{{1,4}}[A-Za-z]?\s+{_STREET_FIRST}\s+"
     r"(?:(?:de|del|la|des|da|do|di|dos)\s+)?[A-Z]", "d"),
    (r"\b(?:[A-Z]{2}|[A-Z][a-z]+),?\s+(?:\d{5}(?:-\d{4})?|\d{3}-\d{4})\b"
     r"(?!\s*(?:%|percent|[a-z]))", "x"),  # ZIP, and "Niigata 959-1232" (a Japanese postal
    # code; not "Lawrence 300-1000 pairs", a range)
    (rf"{_MONTHS}\.?\s+\d{{1,2}}(?!\d|\s*(?:%|percent|,\d))(?:st|nd|rd|th)?\b", "x"),  # "May 4"
    (rf"(?<![.,])\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b", "d"),  # "4 May", not "305.97 May"
]


def _union(leads: str) -> re.Pattern[str]:
    """One regex of the patterns (in order) that can start with one of ``leads``."""
    return re.compile("|".join(f"(?:{p})" for p, lead in _PATTERNS if set(lead) & set(leads)))


_MASK_RE = _union("@dx")
_DIGIT_LED_RE = _union("d")
_OTHER_LED_RE = _union("x")

# Where an "x" pattern can start: a symbol, or a word start followed by ASCII letters up to
# an upper-case letter or a digit ("A320", "iPhone 15", "MA 02115", "v2"), or by a label or
# month name (whose first run of word characters is one of ``LEAD_WORDS``).
_SYMBOL_LEADS = "#+(" + "".join(w[0] for w in MODIFIERS["id_labels"] if not w[0].isalnum())
_SYMBOL_RE = re.compile(f"[{re.escape(_SYMBOL_LEADS)}]")
_CAPITAL_RE = re.compile("[A-Z]")
LEAD_WORDS = frozenset(
    re.match(r"\w*", str(w)).group().lower()  # type: ignore[union-attr]
    for w in [*MODIFIERS["id_labels"], *MODIFIERS["month_names"]]
) - {""}
if any(len(str(w).split()) != 1 for w in [*MODIFIERS["id_labels"], *MODIFIERS["month_names"]]):
    raise ValueError("id_labels and month_names must be single words (see Masks)")

_SYMBOL_ANCHORS = ("#", "ISBN", "@", "://", "www.")
_ANYWHERE_ANCHORS = ("@", "://", "www.")
# Matched against the reversed text from an anchor: the rest of its token, one more token,
# and another one; a look-alike starts at most that far back.
_BACK_TOKENS_RE = re.compile(r"\S*(?P<one>\s+\S+)?(?P<two>\s+\S+)?")
_BACK_TOKEN_RE = re.compile(r"\S*")
_BACK_LETTERS_RE = re.compile("[A-Za-z]*")

Windows = list[list[int]]  # sorted, disjoint [start, end] ranges of text offsets


def _anchors(text: str, digit_starts: list[int]) -> list[int]:
    """Sorted offsets of the anchors (the first digit of each digit run, and the symbols)."""
    anchors = list(digit_starts)
    for symbol in _SYMBOL_ANCHORS:
        pos = text.find(symbol)
        while pos >= 0:
            anchors.append(pos)
            pos = text.find(symbol, pos + 1)
    anchors.sort()
    return anchors


def _windows(text: str, rev: str, anchors: list[int]) -> tuple[Windows, Windows]:
    """Ranges that reach from each anchor one token back, and two tokens back."""
    n = len(text)
    near: Windows = []
    far: Windows = []
    for a in anchors:
        m = _BACK_TOKENS_RE.match(rev, n - a)
        assert m is not None  # the pattern can match the empty string
        for windows, back in ((near, m.end("one")), (far, m.end())):
            start = n - (back if back >= 0 else m.end())
            if windows and start <= windows[-1][1] + 1:
                windows[-1][1] = a
            else:
                windows.append([start, a])
    return near, far


def _within(positions: list[int], windows: Windows) -> list[int]:
    """The sorted ``positions`` that fall inside one of the ``windows``."""
    out = []
    i, count = 0, len(windows)
    for pos in positions:
        while i < count and windows[i][1] < pos:
            i += 1
        if i == count:
            break
        if windows[i][0] <= pos:
            out.append(pos)
    return out


def _word_start(text: str, rev: str, end: int) -> int | None:
    """Start of the ASCII-letter run ending at ``end`` if it starts a word, else None."""
    letters = _BACK_LETTERS_RE.match(rev, len(text) - 1 - end)
    assert letters is not None  # the pattern can match the empty string
    start = len(text) - letters.end()
    return start if start == 0 or not is_word_char(text[start - 1]) else None


def _lead_positions(
    text: str, digit_starts: list[int], word_starts: list[int]
) -> tuple[list[int], set[int]]:
    """Sorted positions where a look-alike can start, and those inside URL/e-mail tokens."""
    rev, n = text[::-1], len(text)
    anchors = _anchors(text, digit_starts)
    near, far = _windows(text, rev, anchors)
    leads = set(_within(sorted(word_starts), far))
    leads.update(_within([m.start() for m in _SYMBOL_RE.finditer(text)], far))
    letter_ends = _within([m.start() for m in _CAPITAL_RE.finditer(text)], near)
    for r in digit_starts:
        if r == 0 or not is_word_char(text[r - 1]):
            leads.add(r)
        else:
            letter_ends.append(r - 1)  # letters right before a digit: "v2", "A320"
    for end in letter_ends:
        start = _word_start(text, rev, end)
        if start is not None:
            leads.add(start)
    anywhere: set[int] = set()
    for a in anchors:
        if text.startswith(_ANYWHERE_ANCHORS, a):
            token = _BACK_TOKEN_RE.match(rev, n - a)
            assert token is not None  # the pattern can match the empty string
            anywhere.update(range(n - token.end(), a + 1))
    return sorted(leads | anywhere), anywhere


class Masks:
    """Sorted, merged spans of a text that must not yield quantities."""

    def __init__(self, text: str, digit_starts: list[int], word_starts: list[int]) -> None:
        """Find all look-alike spans in ``text``.

        ``digit_starts`` are the starts of its digit runs (:func:`digit_runs`, vulgar
        fractions allowed), ``word_starts`` where its words from :data:`LEAD_WORDS` start.
        """
        spans: list[tuple[int, int]] = []
        #: (start, end, year) of the year inside each masked date: a date's year is a
        #: calendar year, as "11 November 1918" gives 1918 (year claims need it)
        self.years: list[tuple[int, int, int]] = []
        positions, anywhere = _lead_positions(text, digit_starts, word_starts)
        end = 0
        for pos in positions:
            if pos < end:
                continue  # inside the previous match, as with finditer
            if pos in anywhere:
                pattern = _MASK_RE
            else:
                pattern = _DIGIT_LED_RE if text[pos].isdecimal() else _OTHER_LED_RE
            m = pattern.match(text, pos)
            if m is None:
                continue
            end = m.end()
            found = m.groupdict()
            group = "dy1" if found.get("dy1") else "dy2" if found.get("dy2") else None
            if group is not None and 1000 <= int(found[group]) <= 2199:
                self.years.append((m.start(group), m.end(group), int(found[group])))
            if spans and m.start() <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((m.start(), end))
        self._starts = [s for s, _ in spans]
        self._spans = spans

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a masked span."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._spans[i][1] > start
