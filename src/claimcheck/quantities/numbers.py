"""Recognise the bare number in a quantity: digits, number words, fractions, decades."""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from ._data import CURRENCY, NUMBERS, alternation
from ._scan import is_word_char

SMALL: dict[str, int] = {**NUMBERS["units"], **NUMBERS["tens"]}
TENS: dict[str, int] = NUMBERS["tens"]
SCALES: dict[str, int] = NUMBERS["scales"]
DENOMS: dict[str, int] = NUMBERS["denominators"]
ABBREVIATIONS: dict[str, int] = {
    k: v for k, v in NUMBERS["scale_abbreviations"].items() if not k.endswith("_money")
}
VULGAR: dict[str, float] = NUMBERS["vulgar_fractions"]
NEGATIVES: list[str] = NUMBERS["negatives"]

_FIRST_WORDTOK = alternation([*SMALL, *SCALES, *DENOMS, "point"])
# "first" and "second" only continue a run ("one twenty-first"), never start one.
_WORDTOK = alternation([*SMALL, *SCALES, *DENOMS, *NUMBERS["compound_ordinals"], "point"])
_SEP = r"(?:[ \t]*-[ \t]*|\s+)"
# A run of number words; "and"/"a" may sit between two number words.
_WORDS = (
    rf"(?:\b(?:{'|'.join(NEGATIVES)})\s+)?(?:\ban?\s+(?=half\b|{alternation([*SCALES, *DENOMS])}))?"
    rf"(?:\bhalf\s+(?:an?\s+)?(?={alternation(SCALES)}\b))?"
    rf"\b{_FIRST_WORDTOK}\b(?:{_SEP}(?:(?:and|an?){_SEP})*{_WORDTOK}\b)*"
)
# Digits with grouping: "1,200", "1 234 567", "40 000", Indian "12,34,567", decimals, ".5".
_GROUPED = (
    r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[\u202f\u00a0]\d{3})+(?!\d)"
    r"|\d{1,3}(?: \d{3}){2,}(?!\d)|\d{1,3} 000(?!\d)"
    # "≈1 250 workers", "pop. 302 971", "Staff: 1 250", "employs 1 250": one space-grouped
    # thousand after an approximation sign, a label's colon, "pop." or a word that leads to
    # an amount (not "in 2019 250 workers", "week 3 200 workers": two numbers)
    r"|(?:(?<=[~≈])|(?<=[~≈±:] )|(?<=pop\. )|" + "|".join(
        f"(?<=\\b{form} )" for w in ("has", "have", "had", "employs", "employed", "employ",
                                      "with", "of", "about", "around", "some", "nearly",
                                      "over", "almost", "roughly", "than", "counts",
                                      "counted", "totals", "is", "are", "was", "were", "at",
                                      "to", "just", "approximately")
        for form in (w, w.capitalize()))
    + r")\d{1,3} \d{3}(?=\s+[a-z]|[\s.,;)(]|$)"
)
# Continental grouping with a decimal comma, only where it cannot be read the English way:
# "1.111,11" (a lone "1,3" stays English: the number 1, a comma, the number 3).
_CONTINENTAL = r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d|,\d)"
_DIGITS = rf"{_CONTINENTAL}|(?:{_GROUPED}|\d+)(?:\.\d+)?|\.\d+"
_CONTINENTAL_RE = re.compile(_CONTINENTAL)
# An exponent: "1.2e6", "3 x 10^8", "6.02×10−23" (a superscript read as a minus), a power
# of another base ("8x2^10"), or a power of the number itself ("2^10").
_EXP = (
    r"(?:[eE][-+]?\d+(?![\w.])|\s*[x×*]\s*(?:10(?:\^[-+−]?|−)\d+|\d{1,3}\^[-+−]?\d+)"
    r"|\^[-+−]{0,2}\d+)"
)
_ABBR = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
# a scale word in any case ("$65 Million" in a headline); abbreviations as written ("5M")
# (not the start of a name: "in 2019 M&S", "in 2019 B.F. Goodrich")
#: After a letter, what makes it the start of a name ("L.L.Bean", "M&S"), no unit or scale.
NAME_GOES_ON = r"[&.][A-Za-z]"
_SCALE_AFTER = rf"(?:(?:{_SEP}(?i:{alternation(SCALES)})\b)+|\s?(?:{_ABBR})(?![\w]|{NAME_GOES_ON}))"
#: Three-letter currency codes that may be glued to the amount ("USD115").
GLUED_CODES = frozenset(
    c for c in CURRENCY["prefix"] if len(c) == 3 and c.isalpha() and c.isupper()
)
_GLUED_CODE = "(?:" + "|".join(sorted(GLUED_CODES)) + ")"
_SIGN = rf"(?:(?<!\w)[-−+](?=\.?\d)|\b(?:{'|'.join(NEGATIVES)})\s+)"

NUMBER_RE = re.compile(
    rf"(?P<vulgar>(?<![\w.,])(?:(?P<vint>\d+)\s?)?(?P<vf>[{''.join(VULGAR)}]))"
    rf"|(?P<decade>(?<![\w.,])(?P<dec>\d{{3}}0)s\b|(?<=(?<![\w.,])['’‘])(?P<dec2>\d0)s\b)"
    rf"|(?P<frac>(?<![\w.,/])(?P<fsign>{_SIGN})?(?:(?P<fint>\d+)\s+)?(?P<fn>\d+)/(?P<fd>\d+)"
    rf"(?![\d/]))"
    rf"|(?P<dig>(?:(?<![\w.,])|(?<=\b{_GLUED_CODE})|(?<=(?<![\w.])c\.)|(?<=(?<![\w.])ca\.))"
    rf"(?P<dsign>{_SIGN})?(?P<dnum>{_DIGITS})"
    rf"(?P<dexp>{_EXP})?"
    rf"(?P<dscale>{_SCALE_AFTER})?)"
    rf"|(?P<words>(?i:{_WORDS}))"
)


#: Words that can start a :data:`NUMBER_RE` match.
START_WORDS = frozenset([*SMALL, *SCALES, *DENOMS, "point", "half", "a", "an", *NEGATIVES])


_CIRCA_GLUED = re.compile(r"(?<![\w.])ca?\.\Z")


def number_starts(text: str, digit_starts: list[int], word_starts: list[int]) -> list[int]:
    """Sorted positions where :data:`NUMBER_RE` can match, for :func:`finditer_at`.

    ``digit_starts`` are the starts of the runs of digits and vulgar fractions, and
    ``word_starts`` where :data:`START_WORDS` start. A digit-led number starts at a run not
    preceded by a word character, "." or ",", or at a sign or "." right before the run.
    """
    starts = list(word_starts)
    for r in digit_starts:
        before = text[r - 1] if r else " "
        before2 = text[r - 2] if r >= 2 else " "
        if before == "." and _CIRCA_GLUED.search(text, max(0, r - 4), r):
            starts.append(r)  # "c.8,000", "ca.1900": about, glued to the number
        elif before == ".":  # ".5", "-.5"
            if before2 in _SIGNS:
                starts.append(r - 2)
            elif before2 in ".," or is_word_char(before2):
                continue
            starts.append(r - 1)
        elif before in _SIGNS:  # "-5"
            if not is_word_char(before2):
                starts.append(r - 1)
            starts.append(r)
        elif before != "," and not is_word_char(before):
            starts.append(r)
        elif text[r - 3:r] in GLUED_CODES and (r == 3 or not is_word_char(text[r - 4])):
            starts.append(r)  # "USD115"
    starts.sort()
    return starts


_SIGNS = "-−+"


@dataclass(slots=True)
class Core:
    """A bare number found in the text, before units and modifiers are attached."""

    start: int
    end: int
    value: float
    kind: str  # "digit", "word", "fraction", "decade"
    scaled: bool = False  # a multiplier word/abbreviation was applied ("4 million")
    plain_int: str | None = None  # the digits when the number is a bare unsigned integer
    bare_word: str | None = None  # the single word when the number is one word ("one")
    factor: float = 1.0  # the multiplier applied by a scale word or abbreviation


def parse_core(m: re.Match[str]) -> Core | None:
    """Turn one :data:`NUMBER_RE` match into a :class:`Core`, or None if it is not a number."""
    kind = m.lastgroup  # the outermost group of the branch that matched
    if kind == "dig":
        return _digit_core(m)
    if kind == "words":
        return _word_core(m)
    if kind == "vulgar":
        whole = int(m.group("vint") or 0)
        return Core(m.start(), m.end(), whole + VULGAR[m.group("vf")], "fraction")
    if kind == "decade":
        if m.group("dec2"):  # "the '80s": 1980s; "the '10s": 2010s
            short = int(m.group("dec2"))
            # the 2000s and 2010s; "the '20s" and later are the last century's (a fixed
            # cut-off: a year or decade with two digits names no century)
            return Core(m.start(), m.end(), float(short + (2000 if short <= 10 else 1900)),
                        "decade")
        return Core(m.start(), m.end(), float(m.group("dec")), "decade")
    return _fraction_core(m)


_SEPARATORS_RE = re.compile(r"[,\s\u202f\u00a0]")
# The base (when written) and the power of an exponent after "x": "x 10^8", "x2^-3".
_POWER_RE = re.compile(r"(?:(\d+)(?:\^|(?=[-+])))?([-+]?\d+)$")
_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _sign(text: str | None) -> float:
    """Return -1.0 for a minus sign or word, else 1.0."""
    return -1.0 if text and text.strip().lower() in ("-", "−", *NEGATIVES) else 1.0


def _fraction_core(m: re.Match[str]) -> Core | None:
    """"1/4", "2 1/2", "-4/5": a slash fraction as a ratio."""
    num, den = int(m.group("fn")), int(m.group("fd"))
    if den == 0:
        return None
    value = int(m.group("fint") or 0) + num / den
    return Core(m.start(), m.end(), _sign(m.group("fsign")) * value, "fraction")


def _digit_core(m: re.Match[str]) -> Core:
    """Digits with optional sign, exponent and multiplier ("-3", "1.2e6", "4 million")."""
    raw, exp, scale_text, sign = m.group("dnum", "dexp", "dscale", "dsign")
    if _CONTINENTAL_RE.fullmatch(raw):
        value = float(raw.replace(".", "").replace(",", "."))
    else:
        value = float(raw if raw.isdecimal() else _SEPARATORS_RE.sub("", raw))
    if exp and exp.startswith("^"):  # "1.1^23", "2.5^-1": a power of the number itself
        digits = exp.lstrip("^+-−")
        negative = (exp.count("-") + exp.count("−")) % 2 == 1
        with contextlib.suppress(OverflowError, ZeroDivisionError):
            value = value ** (-int(digits) if negative else int(digits))
    elif exp:
        power = _POWER_RE.search(exp.replace("−", "-"))
        if power:
            base, exponent = power.groups()
            with contextlib.suppress(OverflowError, ZeroDivisionError):
                value *= float(base or 10) ** int(exponent)
    factor = 1.0
    if scale_text:
        for tok in _LETTERS_RE.findall(scale_text):
            factor *= SCALES.get(tok.lower()) or ABBREVIATIONS.get(tok) or 1
    value *= factor * _sign(sign)
    plain = raw if raw.isdigit() and not (sign or exp or scale_text) else None
    return Core(m.start(), m.end(), value, "digit", bool(scale_text), plain, factor=factor)


def _word_core(m: re.Match[str]) -> Core | None:
    """Number words ("twenty-six thousand", "one and a half", "two thirds")."""
    tokens = [(t.group().lower(), t.start(), t.end()) for t in _LETTERS_RE.finditer(m.group())]
    sign = 1.0
    if tokens and tokens[0][0] in NEGATIVES:
        sign, tokens = -1.0, tokens[1:]
    words = [t[0] for t in tokens]
    if words and words[0] in SCALES and words[0].endswith("s"):
        return None  # "hundreds", "dozens": vague plurals are handled by the extractor
    if len(words) == 1 and words[0] in SCALES and _UNIT_LABEL_BEFORE.search(
            m.string, max(0, m.start() - 8), m.start()):
        return None  # "Output (million litres)", "Revenue (USD million)": a column's unit
    parsed = words_value(words)
    if parsed is None:
        return None
    value, first, used = parsed
    start = m.start() + (tokens[first][1] if sign > 0 else 0)
    end = m.start() + tokens[used - 1][2]
    bare = words[first] if used - first == 1 else None
    scales = [SCALES[w] for w in words[first:used] if w in SCALES]
    factor = float(scales[-1]) if scales and words[used - 1] in SCALES else 1.0
    return Core(start, end, sign * value, "word", bool(scales), bare_word=bare, factor=factor)


_UNIT_LABEL_BEFORE = re.compile(r"(?:[(\[]|\b[A-Z]{3})\s*\Z")


def words_value(words: list[str]) -> tuple[float, int, int] | None:
    """Value of a list of number words -> (value, first index used, end index used)."""
    if words and words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    if words and words[0] == "half":
        return _half(words)
    if words[:1] == ["quarter"] and len(words) > 1 and SCALES.get(words[1], 0) >= 1000:
        return 0.25 * SCALES[words[1]], 0, 2  # "quarter million"
    e = _ordinal_index(words)
    if e is not None:
        found = _fraction(words[:e + 1])
        if found is not None:
            value, scale_before = found
            trail = SCALES.get(words[e + 1], 0) if e + 1 < len(words) else 0
            if trail < 1000 or words[e + 1].endswith("s"):
                return value, 0, e + 1
            if scale_before > trail:  # "one billion and a half million"
                whole = math.floor(value / scale_before) * scale_before
                return whole + (value - whole) / scale_before * trail, 0, e + 2
            return value * trail, 0, e + 2  # "five and a half million", "two thirds billion"
    value, j, _ = _integer(words, 0)
    if j == 0:
        return None
    if j < len(words) and words[j] == "point":
        return _decimal(words, value, j, 0)
    if j < len(words) and words[j] in DENOMS and not words[j].endswith("s"):
        return None  # "twenty-fifth": an ordinal, not a quantity
    if j < len(words) and words[j] in ("first", "second") and words[j - 1] in TENS:
        return None  # "twenty-first"
    return value, 0, j


ORDINALS: dict[str, int] = {**DENOMS, **NUMBERS["compound_ordinals"]}
_COMPOUND_ONLY = frozenset(NUMBERS["compound_ordinals"])
_UNIT_ORDINALS = frozenset(w for w, v in ORDINALS.items() if v < 10)


def _ordinal_index(words: list[str]) -> int | None:
    """Index of the first word that can end a fraction's denominator, if any."""
    for i, w in enumerate(words):
        if w in DENOMS and i > 0:
            return i
        if w in _COMPOUND_ONLY and i > 1 and (words[i - 1] in TENS or words[i - 1] in SCALES):
            return i
        if w not in SMALL and w not in SCALES and w not in ("and", "a", "an"):
            return None
    return None


def _fraction(words: list[str]) -> tuple[float, float] | None:
    """Words ending in an ordinal -> (value, scale ending the whole part or 0), or None.

    "two thirds", "one and a half", "two million and a quarter" (2.25 million),
    "one twenty-fifth", "a hundred trillionths", "one hundred and three quarters" (100.75).
    A numerator above one needs a plural denominator ("three fifths"), so "twenty-fifth" is
    an ordinal, not a fraction.
    """
    last_and = max((i for i, w in enumerate(words) if w == "and"), default=-1)
    if last_and > 0:
        proper = _fraction_split(words[last_and + 1:])
        whole = _full_integer(words[:last_and])
        if proper is not None and proper < 1 and whole is not None:
            scale = SCALES.get(words[last_and - 1], 0)
            if scale >= 1000:  # "two million and a half" is 2.5 million
                return whole + proper * scale, scale
            return whole + proper, 0
    value = _fraction_split(words)
    return (value, 0) if value is not None else None


def _fraction_split(words: list[str]) -> float | None:
    """Numerator words then denominator words ending in an ordinal -> their ratio.

    Where the split falls: a tens word right before a unit ordinal belongs to the
    denominator ("one hundred thirty-fifths" is 100/35), else the numerator is the longest
    run of words that reads as a whole number ("one one hundred fifth" is 1/105).
    """
    ordinal = words[-1]
    if len(words) >= 3 and words[-2] in TENS and ordinal in _UNIT_ORDINALS:
        value = _ratio(words[:-2], words[-2:])
        if value is not None:
            return value
    for k in range(len(words) - 1, 0, -1):
        value = _ratio(words[:k], words[k:])
        if value is not None:
            return value
    return None


def _ratio(num_words: list[str], den_words: list[str]) -> float | None:
    """numerator / denominator, when both read as numbers and agree in number."""
    if den_words[0] in SCALES or den_words[0] == "and" or num_words[-1] == "and":
        return None
    ordinal = den_words[-1]
    if ordinal in _COMPOUND_ONLY and len(den_words) < 2:
        return None
    num = _full_integer(num_words)
    den = _full_integer([*den_words[:-1], _CARDINAL_WORD[ORDINALS[ordinal]]])
    if num is None or not den or num <= 0:
        return None
    plural = ordinal.endswith("s")
    if num > 1 and not plural and not (num < 10 and len(num_words) == len(den_words) == 1
                                       and den < 10):
        return None  # "twenty-fifth", "two hundredth" are ordinals ("two third" is allowed)
    if num == 1 and plural:
        return None  # "one fifths"
    return num / den


# The word that reads as each ordinal's value ("fifth" -> "five", "millionth" -> "million").
_CARDINAL_WORD: dict[int, str] = {
    **{v: w for w, v in SCALES.items() if not w.endswith("s") and w != "dozen"},
    **{v: w for w, v in SMALL.items() if w != "fourty"},
}


def _full_integer(words: list[str]) -> float | None:
    """The integer that ``words`` spell out in full, or None."""
    if not words:
        return None
    if words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    value, j, _ = _integer(words, 0)
    return value if j == len(words) and j > 0 else None


def _half(words: list[str]) -> tuple[float, int, int]:
    """"half", "half a million", "half a dozen"."""
    k = 2 if words[1:2] in (["a"], ["an"]) else 1
    if k < len(words) and words[k] in SCALES:
        return 0.5 * SCALES[words[k]], 0, k + 1
    return 0.5, 0, 1


def _integer(words: list[str], i: int) -> tuple[float, int, tuple[float, int] | None]:
    """Longest integer from words[i:] -> (value, end index, (value before last "and", idx))."""
    total, current, last, j = 0.0, 0.0, "", i
    split: tuple[float, int] | None = None
    while j < len(words):
        w = words[j]
        if w == "and":
            if last not in ("scale", "hundred") or j + 1 >= len(words) or words[j + 1] not in SMALL:
                break
            split = (total + current, j)
            j += 1
            continue
        if w in SMALL:
            v = SMALL[w]
            if last == "small" or (last == "tens" and (v >= 10 or w in TENS)):
                break
            current += v
            last = "tens" if w in TENS else "small"
        elif w in SCALES:
            scale = SCALES[w]
            if scale < 100 and current > 100 and current % 100 and w.endswith("s"):
                # "three hundred and two dozens": a plural scale below the hundreds takes
                # the part after them (300 + 2 x 12); "one hundred and twenty dozen" is 120
                # dozen
                current += (current % 100) * (scale - 1)
                last = "hundred"
            elif scale < 1000:
                current = (current or 1) * scale
                last = "hundred"
            elif last == "scale" and not current:
                total *= scale  # "three lakh crore", "two thousand million"
            else:
                total += (current or 1) * scale
                current, last = 0.0, "scale"
        else:
            break
        j += 1
    return total + current, j, split


def _decimal(words: list[str], value: float, j: int, first: int) -> tuple[float, int, int]:
    """"two hundred point zero three" -> 200.03 (digits after "point" read one by one);
    "two point three million" -> 2,300,000."""
    digits, k = "", j + 1
    while k < len(words) and words[k] in SMALL:
        v = SMALL[words[k]]
        if words[k] in TENS and k + 1 < len(words) and 0 < SMALL.get(words[k + 1], 10) < 10:
            v, k = v + SMALL[words[k + 1]], k + 1  # "seventy-one" is one group of digits
        digits += str(v)
        k += 1
    if not digits:
        return value, first, j
    value += float("0." + digits)
    if k < len(words) and SCALES.get(words[k], 0) >= 1000 and not words[k].endswith("s"):
        return value * SCALES[words[k]], first, k + 1  # "two point three million"
    return value, first, k


_CONTINUE_RE = re.compile(r"(?P<comma>,)?[ \t]+(?:(?P<and>and|&)[ \t]+)?", re.IGNORECASE)


def extend_scaled(text: str, core: Core, counted: Callable[[str, int], bool]) -> Core:
    """Read on past a number that ends in a multiplier word.

    "3 hundred and 21" -> 321, "4 thousand 3 hundred" -> 4300, "6 crore and two hundred",
    "3 million and a half" -> 3.5 million. The part read on must be smaller than the
    multiplier, and a plain number needs "and" and must not count something of its own
    (``counted(text, end)`` says whether a noun follows).
    """
    while core.scaled and core.factor >= 100:
        sep = _CONTINUE_RE.match(text, core.end)
        m = NUMBER_RE.match(text, sep.end()) if sep else None
        nxt = parse_core(m) if m is not None and m.lastgroup in ("dig", "words") else None
        if sep is None or nxt is None or nxt.start != sep.end() or nxt.value <= 0:
            return core
        if nxt.value < 1 and sep.group("and") and nxt.kind == "word":
            if core.factor < 1000:
                return core
            value = core.value + nxt.value * core.factor  # "3 million and a half"
            return Core(core.start, nxt.end, value, core.kind, True, factor=core.factor)
        if not (nxt.value.is_integer() and nxt.value < core.factor):
            return core
        if not (nxt.scaled or sep.group("and")):
            return core
        if sep.group("comma") and not (core.kind == nxt.kind == "word" and nxt.scaled):
            return core  # "three million, two hundred & forty"; not "3 million, 200"
        if not nxt.scaled and counted(text, nxt.end):
            return core  # "3 million and 21 stores": two numbers
        factor = nxt.factor if nxt.scaled else 1.0
        value = core.value + nxt.value
        core = Core(core.start, nxt.end, value, core.kind, factor > 1, factor=factor)
    return core

