"""Recognise the bare number in a quantity: digits, number words, fractions, decades."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from ._data import NUMBERS, alternation
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

_WORDTOK = alternation([*SMALL, *SCALES, *DENOMS, "point"])
_SEP = r"(?:[ \t]*-[ \t]*|\s+)"
# A run of number words; "and"/"a" may sit between two number words.
_WORDS = (
    rf"(?:\b(?:{'|'.join(NEGATIVES)})\s+)?(?:\ban?\s+(?=half\b|{alternation([*SCALES, *DENOMS])}))?"
    rf"(?:\bhalf\s+(?:an?\s+)?(?={alternation(SCALES)}\b))?"
    rf"\b{_WORDTOK}\b(?:{_SEP}(?:(?:and|an?){_SEP})*{_WORDTOK}\b)*"
)
# Digits with grouping: "1,200", "1 234 567", "40 000", Indian "12,34,567", decimals, ".5".
_GROUPED = (
    r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[\u202f\u00a0]\d{3})+(?!\d)"
    r"|\d{1,3}(?: \d{3}){2,}(?!\d)|\d{1,3} 000(?!\d)"
)
_DIGITS = rf"(?:{_GROUPED}|\d+)(?:\.\d+)?|\.\d+"
_EXP = r"(?:[eE][-+]?\d+(?![\w.])|\s*[x×*]\s*10(?:\^[-+−]?|−)\d+|\^[-+−]{0,2}\d+)"
_ABBR = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
_SCALE_AFTER = rf"(?:(?:{_SEP}{alternation(SCALES)}\b)+|\s?(?:{_ABBR})(?![\w]))"
_SIGN = rf"(?:(?<!\w)[-−+](?=\.?\d)|\b(?:{'|'.join(NEGATIVES)})\s+)"

NUMBER_RE = re.compile(
    rf"(?P<vulgar>(?<![\w.,])(?:(?P<vint>\d+)\s?)?(?P<vf>[{''.join(VULGAR)}]))"
    rf"|(?P<decade>(?<![\w.,])(?P<dec>\d{{3}}0)s\b)"
    rf"|(?P<frac>(?<![\w.,/])(?P<fsign>{_SIGN})?(?:(?P<fint>\d+)\s+)?(?P<fn>\d+)/(?P<fd>\d+)"
    rf"(?![\d/]))"
    rf"|(?P<dig>(?<![\w.,])(?P<dsign>{_SIGN})?(?P<dnum>{_DIGITS})(?P<dexp>{_EXP})?"
    rf"(?P<dscale>{_SCALE_AFTER})?)"
    rf"|(?P<words>(?i:{_WORDS}))"
)


#: Words that can start a :data:`NUMBER_RE` match.
START_WORDS = frozenset([*SMALL, *SCALES, *DENOMS, "point", "half", "a", "an", *NEGATIVES])


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
        if before == ".":  # ".5", "-.5"
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
        return Core(m.start(), m.end(), float(m.group("dec")), "decade")
    return _fraction_core(m)


_SEPARATORS_RE = re.compile(r"[,\s\u202f\u00a0]")
_POWER_RE = re.compile(r"[-+]?\d+$")
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
    value = float(raw if raw.isdecimal() else _SEPARATORS_RE.sub("", raw))
    if exp and exp.startswith("^"):  # "1.1^23", "2.5^-1": a power of the number itself
        digits = exp.lstrip("^+-−")
        negative = (exp.count("-") + exp.count("−")) % 2 == 1
        with contextlib.suppress(OverflowError, ZeroDivisionError):
            value = value ** (-int(digits) if negative else int(digits))
    elif exp:
        power = _POWER_RE.search(exp.replace("−", "-"))
        value *= 10.0 ** int(power.group()) if power else 1.0
    factor = 1.0
    if scale_text:
        for tok in _LETTERS_RE.findall(scale_text):
            factor *= SCALES.get(tok.lower()) or ABBREVIATIONS.get(tok) or 1
    value *= factor * _sign(sign)
    plain = raw if raw.isdigit() and not (sign or exp or scale_text) else None
    return Core(m.start(), m.end(), value, "digit", bool(scale_text), plain, factor=factor)


def _word_core(m: re.Match[str]) -> Core | None:
    """Number words ("twenty-six thousand", "one and a half", "two thirds")."""
    tokens = [(t.group().lower(), t.start(), t.end()) for t in re.finditer(r"[A-Za-z]+", m.group())]
    sign = 1.0
    if tokens and tokens[0][0] in NEGATIVES:
        sign, tokens = -1.0, tokens[1:]
    words = [t[0] for t in tokens]
    if words and words[0] in SCALES and words[0].endswith("s"):
        return None  # "hundreds", "dozens": vague plurals are handled by the extractor
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


def words_value(words: list[str]) -> tuple[float, int, int] | None:
    """Value of a list of number words -> (value, first index used, end index used)."""
    first = 0
    if words and words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    if words and words[0] == "half":
        return _half(words)
    if words[:1] == ["quarter"] and len(words) > 1 and SCALES.get(words[1], 0) >= 1000:
        return 0.25 * SCALES[words[1]], 0, 2  # "quarter million"
    value, j, split = _integer(words, first)
    if j == first:
        return None
    if j < len(words) and words[j] == "point":
        return _decimal(words, value, j, first)
    if j < len(words) and words[j] in DENOMS:
        if split is not None:  # "one hundred and three quarters" -> 100 + 3/4
            return split[0] + (value - split[0]) / DENOMS[words[j]], first, j + 1
        frac, end = value / DENOMS[words[j]], j + 1
        if end < len(words) and SCALES.get(words[end], 0) >= 1000 and not words[end].endswith("s"):
            return frac * SCALES[words[end]], first, end + 1  # "three quarters billion"
        return frac, first, end
    if j + 2 < len(words) + 1 and words[j:j + 1] == ["and"]:
        half = _and_fraction(words, j + 1)
        if half is not None:
            # "two million and a half" is 2.5 million, "one and a half" is 1.5.
            scale = SCALES.get(words[j - 1], 1) if words[j - 1] in SCALES else 1
            return value + half[0] * (scale if scale >= 1000 else 1), first, half[1]
    return value, first, j


def _half(words: list[str]) -> tuple[float, int, int]:
    """"half", "half a million", "half a dozen"."""
    k = 2 if words[1:2] in (["a"], ["an"]) else 1
    if k < len(words) and words[k] in SCALES:
        return 0.5 * SCALES[words[k]], 0, k + 1
    return 0.5, 0, 1


def _and_fraction(words: list[str], i: int) -> tuple[float, int] | None:
    """After "and": "a half", "three fifths" -> (fraction, end index)."""
    if i < len(words) and words[i] in ("a", "an") and i + 1 < len(words):
        num, j = 1.0, i + 1
    else:
        num, j, _ = _integer(words, i)
        if j == i:
            return None
    if j < len(words) and words[j] in DENOMS:
        return num / DENOMS[words[j]], j + 1
    return None


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
            if scale < 1000:
                current = (current or 1) * scale
                last = "hundred"
            else:
                total += (current or 1) * scale
                current, last = 0.0, "scale"
        else:
            break
        j += 1
    return total + current, j, split


def _decimal(words: list[str], value: float, j: int, first: int) -> tuple[float, int, int]:
    """"two hundred point zero three" -> 200.03 (digits after "point" read one by one)."""
    digits, k = "", j + 1
    while k < len(words) and words[k] in SMALL:
        v = SMALL[words[k]]
        if words[k] in TENS and k + 1 < len(words) and 0 < SMALL.get(words[k + 1], 10) < 10:
            v, k = v + SMALL[words[k + 1]], k + 1  # "seventy-one" is one group of digits
        digits += str(v)
        k += 1
    if not digits:
        return value, first, j
    return value + float("0." + digits), first, k
