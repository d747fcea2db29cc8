"""Regular expressions for the words around a number: bounds, trends, ranges, years."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._backward import Backward
from ._data import MODIFIERS, NUMBERS, alternation, norm_key, word_alternation
from ._scan import WordHits, finditer_at
from .units import CUR_PREFIX_FORMS, UNIT_CI, prefix_alternation

BOUND_OF: dict[str, str] = {
    norm_key(p): b for b, phrases in MODIFIERS["bound_prefixes"].items() for p in phrases
}
BOUND_OF.update({norm_key(k): v for k, v in MODIFIERS["bound_overrides"].items()})
SUFFIX_BOUND_OF: dict[str, str] = {
    norm_key(p): b for b, phrases in MODIFIERS["bound_suffixes"].items() for p in phrases
}
TREND_OF: dict[str, str] = {
    norm_key(v): t for t, verbs in MODIFIERS["trend_verbs"].items() for v in verbs
}
FUNCTION_WORDS = frozenset(MODIFIERS["function_words"])
ONE_AFTER = frozenset(norm_key(w) for w in MODIFIERS["one_pronoun_after"])
HALF_FOLLOWERS = frozenset(MODIFIERS["half_followers"])


BOUND_RE = Backward(BOUND_OF)
_LINKS = MODIFIERS["trend_links"]
TREND_RE = Backward(
    [*TREND_OF, *_LINKS],
    alt=rf"(?P<verb>{word_alternation(TREND_OF)})(?:\s+{word_alternation(_LINKS)})?",
    max_tokens=1 + max(len(str(link).split()) for link in _LINKS),
)
OPENER_RE = Backward(MODIFIERS["range_openers"])
YEAR_CTX_RE = Backward(MODIFIERS["year_context"])
ONE_BEFORE_RE = Backward(MODIFIERS["one_pronoun_before"])
HALF_BLOCK_RE = Backward(MODIFIERS["half_blockers"])
# "the 990, 991 and": the word before "and" may be glued to a number, so no quick filter.
MODEL_RE = Backward(
    None, alt=rf"{word_alternation(MODIFIERS['model_markers'])}(?:\s+\d{{3}}\s*(?:,|and|or|&))*"
)
RATE_RE = Backward(
    ["once", "twice", "thrice", "times", "per", "each", "every"],
    build=lambda words: rf"\b(?:{'|'.join(words)})",
)
CUR_PREFIX_RE = Backward(CUR_PREFIX_FORMS, build=prefix_alternation, spaces=r"\s?")


_NUMBER_WORD = "(?i:" + alternation(
    [*NUMBERS["units"], *NUMBERS["tens"], *NUMBERS["denominators"], "a", "an"]) + ")"


def _suffix_forms() -> str:
    """Bound suffixes: words need a space or hyphen before them, symbols may be glued."""
    parts = []
    for form in sorted(SUFFIX_BOUND_OF, key=len, reverse=True):
        pat = alternation([form])
        if form in ("plus", "odd", "ish"):
            parts.append(rf"\s?-\s?{pat}\b")
        elif form[:1].isalpha():
            parts.append(rf"\s+{pat}\b(?!\s+(?:than\s+)?(?:[-+]?\d|{_NUMBER_WORD}\b))")  # not
            # "and below 1500", "and below a half"
        elif form.startswith("-"):
            parts.append(rf"{pat}\b")
        else:  # "20+", but not "$18/hr + tips" (a sum of two things)
            parts.append(rf"(?:{pat}|\s{pat}(?!\s+[A-Za-z]))(?![\w\d])")
    return "|".join(parts)


BOUND_SUFFIX_RE = re.compile(rf"(?P<w>{_suffix_forms()})", re.IGNORECASE)
# "20-30", "20 to 30"; "8- to 16-meter" (a hyphen left hanging before "to").
RANGE_SEP_RE = re.compile(
    r"-?\s+(?P<word>to|through|thru|and)\s+|\s*(?P<dash>[-–—~])\s*"
)
RATIO_RE = re.compile(r"\s+(?:in|out\s+of|(?P<over>over))\s+(?:every\s+)?|\s+of\s+every\s+",
                      re.IGNORECASE)
AGE_RE = re.compile(r"\s*-\s*old\b|\s+old\b|\s+of\s+age\b", re.IGNORECASE)
NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z'’-]*)")
VAGUE_RE = re.compile(
    rf"\b(?P<v>{'|'.join(NUMBERS['vague_plurals'])})"
    r"(?:\s+of\s+(?P<v2>thousands|millions|billions|trillions))?(?=\s+of\b|\s*[,.;)]|\s*\Z)",
    re.IGNORECASE,
)
VAGUE_DET_RE = re.compile(
    rf"\b(?P<d>{alternation(NUMBERS['vague_determiners'])})\s+"
    r"(?:(?P<scale>hundred|thousand|million|billion)\b)?",
    re.IGNORECASE,
)
MULTIPLIER_RE = re.compile(
    rf"\b(?P<w>{'|'.join(NUMBERS['multiplier_words'])})\b(?!-)", re.IGNORECASE
)
EVERY_RE = re.compile(
    rf"\bevery\s+(?P<o>{'|'.join(NUMBERS['every_ordinals'])})\b", re.IGNORECASE
)
BARE_PLURAL_RE = re.compile(
    rf"\b(?P<u>{'|'.join(NUMBERS['bare_plural_units'])})\b", re.IGNORECASE
)
A_UNIT_RE = re.compile(
    r"\b(?P<a>an?)\s+(?P<u>hour|day|week|fortnight|month|year|decade|century|millennium|gallon|"
    r"litre|liter|"
    r"kilogram|kilometre|kilometer|metre|meter|mile|penny|cent|kilowatt-hour|tonne)\b(?![-’'])",
    re.IGNORECASE,
)

#: The words each forward-scanning pattern above can start with (for ``_scan.finditer_at``).
FIRST_WORDS: dict[re.Pattern[str], frozenset[str]] = {
    VAGUE_RE: frozenset(NUMBERS["vague_plurals"]),
    VAGUE_DET_RE: frozenset(str(p).split()[0] for p in NUMBERS["vague_determiners"]),
    MULTIPLIER_RE: frozenset(NUMBERS["multiplier_words"]),
    EVERY_RE: frozenset(["every"]),
    BARE_PLURAL_RE: frozenset(NUMBERS["bare_plural_units"]),
    A_UNIT_RE: frozenset(["a", "an"]),
}


def scan(pattern: re.Pattern[str], text: str, words: WordHits) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern of :data:`FIRST_WORDS`, only trying the
    positions where ``words`` (from a :class:`WordIndex` scan of ``text``) found them."""
    return finditer_at(pattern, text, words.starts(FIRST_WORDS[pattern]))


def next_word(text: str, pos: int) -> str | None:
    """The lowercase word right after ``pos`` (after spaces), or None."""
    m = NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else None


def is_count_noun(word: str | None) -> bool:
    """Heuristic: a lowercase content word (not a function word or unit) after a number."""
    return bool(word) and word not in FUNCTION_WORDS and word not in UNIT_CI


def back(pattern: Backward, text: str, pos: int, window: int = 32) -> re.Match[str] | None:
    """Match ``pattern`` against the text that ends at ``pos`` (from ``window`` before it)."""
    return pattern.search(text, pos, window)
