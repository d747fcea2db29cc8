"""Extract :class:`Quantity` objects from running text."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from . import _context as ctx
from ._data import MODIFIERS, NUMBERS, norm_key
from ._scan import WordHits, WordIndex, digit_runs
from .masks import LEAD_WORDS, Masks
from .model import Quantity
from .numbers import (
    NAME_GOES_ON,
    NUMBER_RE,
    SCALES,
    SMALL,
    START_WORDS,
    VULGAR,
    Core,
    extend_scaled,
    number_starts,
    parse_core,
)
from .units import CUR_PREFIX_ALT, MONEY_UNITS, TIME_UNITS, UNIT_RE, currency_prefix, unit_name

_YEAR_LOW, _YEAR_HIGH = 1500, 2100
_FORWARD_CUR_RE = re.compile(CUR_PREFIX_ALT + r"\s?", re.IGNORECASE)
_VULGAR_CHARS = "".join(VULGAR)
# Every word that can start one of the scanning patterns (see ``_scan``).
_WORDS = WordIndex([*START_WORDS, *LEAD_WORDS, *(w for ws in ctx.FIRST_WORDS.values() for w in ws)])


@dataclass(slots=True)
class _Cand:
    """A quantity under construction (mutable while prefixes and suffixes are attached)."""

    start: int
    end: int
    value: float | None
    range: tuple[float, float] | None = None
    unit: str | None = None
    bound: str = "="
    trend: str | None = None
    factor: float = 1.0  # the multiplier word's value ("3 million" -> 1e6)
    shared: bool = False  # the unit came from the next number ("45 and 50 mg")
    ratio: bool = False  # "1 in 4": wins over the count it overlaps ("4 pairs")


def extract_quantities(text: str) -> list[Quantity]:
    """Return the quantities stated in ``text``, sorted by start and non-overlapping.

    Each candidate is built from a bare number (or a vague phrase such as "dozens of")
    plus its unit, range partner, bound words and trend verb; where candidates overlap the
    longest wins.
    """
    words = _WORDS.scan(text)
    digits = digit_runs(text, _VULGAR_CHARS)
    masks = Masks(text, digits, words.starts(LEAD_WORDS))
    cands: list[_Cand] = []
    end = 0
    for pos in number_starts(text, digits, words.starts(START_WORDS)):
        m = NUMBER_RE.match(text, pos) if pos >= end else None
        if m is None:
            continue
        core = parse_core(m)
        if core is not None and core.scaled:
            core = extend_scaled(text, core, _counts_something)
        # A run of number words may hold more than one number ("two thirds and five"):
        # scanning goes on right after the part that was read.
        end = core.end if core is not None and core.end > pos else m.end()
        if core is None or masks.covers(core.start, core.end):
            continue
        cand = _from_core(text, core)
        if cand is not None:
            cands.append(cand)
    cands.extend(_vague(text, words))
    cands.extend(_Cand(start, end, float(year), unit="calendar_year")
                 for start, end, year in masks.years)
    # rarer forms, each looked for only where its telltale stands in the text
    if any(text[p - 1] in "'’‘" for p in digits if p):  # "back in '82"
        cands.extend(_short_years(text))
    centuries = words.starts(_CENTURY_WORDS)  # "in nineteen eighty-two", "nineteen oh-six"
    if centuries:
        cands.extend(_spoken_years(text, centuries))
    if " and " in text:  # "an hour and a quarter"
        for cand in cands:
            _and_a_part(text, cand)
    if "half" in text:  # "reduce by half"
        cands.extend(_by_half(text))
    if _ERA_HINT_RE.search(text):  # "AD 79", "44 BC"
        cands.extend(_era_years(text))
    chosen = _carry_trend(text, _share_units(text, _two_sided(text, _longest_first(cands))))
    return [
        Quantity(text[c.start:c.end], c.start, c.end, c.value, c.range, c.unit, c.bound, c.trend)
        for c in chosen
    ]


# A year said as two numbers, as people speak them: "nineteen eighty-two", "nineteen oh-six",
# "twenty twenty-one"; read where a year is expected (after "in", "since", "founded" ...),
# or in a form only a year takes ("oh-six"). ("nineteen hundred" stays a number.)
_TEENS = ("eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPOKEN_YEAR_RE = re.compile(
    rf"\b(?P<century>{_TEENS}|twenty)[\s-]+(?P<year>(?P<oh>oh[\s-]+(?:{_UNITS}))|ten|"
    rf"{_TEENS}|(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?)\b", re.IGNORECASE)
_YEAR_CONTEXT_RE = re.compile(
    r"\b(?:in|since|from|until|till|by|of|circa|founded|established|launched|debuted|"
    r"introduced|opened|started|born|built|year)\s+\Z", re.IGNORECASE)

_CENTURY_WORDS = frozenset([*_TEENS.split("|"), "twenty"])


def _spoken_years(text: str, starts: list[int]) -> list[_Cand]:
    """Calendar years said in words (see :data:`_SPOKEN_YEAR_RE`), at the number words
    that can open one (looked for there only: a search of the whole text is slow)."""
    out = []
    for m in (_SPOKEN_YEAR_RE.match(text, start) for start in starts):
        if m is None:
            continue
        said = m.group("year").lower()
        if not (m.group("oh")
                or _YEAR_CONTEXT_RE.search(text, max(0, m.start() - 16), m.start())):
            continue
        if ctx.is_count_noun(ctx.next_word(text, m.end())):
            continue  # "nineteen eighty-two pairs" is no year
        parts = [p for p in re.split(r"[\s-]+", said) if p != "oh"]  # "oh-six" is six
        year = _words_int(parts)
        century = _words_int([m.group("century").lower()])
        if year is None or century is None:
            continue
        out.append(_Cand(m.start(), m.end(), century * 100 + year, unit="calendar_year"))
    return out


# "back in '82", "since '09", "the class of '95": a year written with two digits
_SHORT_YEAR_RE = re.compile(
    r"\b(?:in|since|of|from|until|till|by|circa)\s+['’‘](\d{2})\b(?![\w'’])", re.IGNORECASE)


_AND_A_PART_RE = re.compile(r"\s+and\s+(a\s+half|a\s+quarter|three\s+quarters)\b(?![-\w])"
                            r"(?!\s+(?:of|marathon|hour|day|year|mile|million|billion|dozen)\b)",
                            re.IGNORECASE)
_COUNTED_UNITS = frozenset({"pair", "times", "percent", "percentage_point"})
_PARTS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}


def _and_a_part(text: str, cand: _Cand) -> None:
    """ "an hour and a quarter", "a mile and a half": a part of the unit after it."""
    if (cand.unit is None or cand.value is None or cand.range is not None
            or cand.unit in MONEY_UNITS or cand.unit in _COUNTED_UNITS):
        return  # not "5 million pairs and a quarter of them", "$2 million and a half"
    m = _AND_A_PART_RE.match(text, cand.end)
    if m is not None:
        cand.value += _PARTS[" ".join(m.group(1).lower().split())]
        cand.end = m.end()


def _by_half(text: str) -> list[_Cand]:
    """ "Reduce the sauce by half", "cut in half": a change of one half."""
    out = []
    for m in _BY_HALF_RE.finditer(text):
        verb = norm_key(m.group("verb"))
        if m.group("prep").lower() == "in" and verb not in _IN_HALF_VERBS:
            continue  # "cut in half", not "grew in half our markets"
        trend = ctx.TREND_OF.get(verb) or _CHANGE_VERBS.get(verb)
        out.append(_Cand(m.start("h"), m.end("h"), 0.5, trend=trend))
    return out


# "AD 79", "44 BC", "500 BCE": a year with its era (before Christ counts back from zero)
_ERA_RE = re.compile(r"\b(?:AD|A\.D\.)\s+(?P<a>\d{1,4})\b"
                     r"|\b(?P<b>\d{1,4})\s+(?P<era>AD|A\.D\.|CE|BC|B\.C\.|BCE)(?![\w])"
                     r"(?!\s+[a-z])")  # not "12 BC stores"


_ERA_HINT_RE = re.compile(r"A\.?D\b|B\.?C|\d\s+CE\b")


def _era_years(text: str) -> list[_Cand]:
    out = []
    for m in _ERA_RE.finditer(text):
        number = int(m.group("a") or m.group("b"))
        before = (m.group("era") or "").startswith("B")
        out.append(_finish(text, _Cand(m.start(), m.end(), float(-number if before else number),
                                       unit="calendar_year"), False))
    return out


def _short_years(text: str) -> list[_Cand]:
    out = []
    for m in _SHORT_YEAR_RE.finditer(text):
        short = int(m.group(1))
        year = short + (2000 if short <= 25 else 1900)  # "'09", "'25": this century; "'29": 1929
        out.append(_Cand(m.start(1) - 1, m.end(1), float(year), unit="calendar_year"))
    return out


# Verbs that change an amount, for "by half": the trend verbs, and imperatives a recipe or
# a plan uses ("Reduce the sauce by half")
_CHANGE_VERBS: dict[str, str] = {
    norm_key(v): t for t, verbs in MODIFIERS["change_verbs"].items() for v in verbs}
_TREND_VERBS_FORWARD = "|".join(sorted(map(re.escape, [*ctx.TREND_OF, *_CHANGE_VERBS]),
                                       key=len, reverse=True))
_BY_HALF_RE = re.compile(
    rf"\b(?P<verb>{_TREND_VERBS_FORWARD})(?:\s+[A-Za-z'’-]+){{0,3}}?\s+(?P<prep>by|in)\s+"
    r"(?P<h>half)\b(?!\s+(?:a|an|the|of|our|its|their|my|your|his|her)\b|-)", re.IGNORECASE)
_IN_HALF_VERBS = frozenset(norm_key(v) for v in MODIFIERS["in_half_verbs"])


def _counts_something(text: str, pos: int) -> bool:
    """True when a content word that is not a unit follows ``pos`` ("21 stores")."""
    return ctx.is_count_noun(ctx.next_word(text, pos)) and _unit_at(text, pos, False) is None


def _longest_first(cands: list[_Cand]) -> list[_Cand]:
    """Keep non-overlapping candidates, ratios, then longer spans first; return them
    sorted by start ("1 in 4 pairs" is a ratio, not "4 pairs")."""
    taken = bytearray(max((c.end for c in cands), default=0))  # 1 = covered by a kept span
    keep: set[tuple[int, int]] = set()
    for c in sorted(cands, key=lambda c: (not c.ratio, c.start - c.end, c.start)):
        if taken.find(1, c.start, c.end) < 0:  # spans are never empty
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            keep.add((c.start, c.end))
    return sorted((c for c in cands if (c.start, c.end) in keep), key=lambda c: c.start)


# "fell 5% to $3 million", "rose by 0.25 points to 5.5%" (not "thanks to 300")
_BY_TO_RE = re.compile(r"\s+(?:(?:percentage\s+)?points?\s+|pp\s+)?"
                       r"(?:(?:year|month|quarter)[- ](?:over|on)[- ](?:year|month|quarter)\s+|"
                       r"y/y\s+|yoy\s+)?to\s+", re.IGNORECASE)


def _carry_trend(text: str, cands: list[_Cand]) -> list[_Cand]:
    """The level a change reaches takes the change's trend: "fell 5% to $3 million",
    "rose by 0.25 points to 5.5%"."""
    for prev, cand in itertools.pairwise(cands):
        if prev.trend is not None and cand.trend is None and _BY_TO_RE.fullmatch(
            text, prev.end, cand.start
        ):
            cand.trend = prev.trend
    return cands


_BOTH_SIDES_RE = re.compile(r"\s*,?\s*(?:and|but)?\s*,?\s*")
_LOWER, _UPPER = (">", ">="), ("<", "<=")


def _two_sided(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Merge a lower and an upper bound next to each other into a range.

    "greater than 100 and smaller than 300", "at most 100 and at least 20" -> (20, 100), "=".
    """
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value is not None
            and c.value is not None
            and {prev.bound, c.bound} & set(_LOWER)
            and {prev.bound, c.bound} & set(_UPPER)
            and (prev.bound in _LOWER) != (c.bound in _LOWER)
            and (prev.unit == c.unit or prev.unit is None or c.unit is None)
            and _BOTH_SIDES_RE.fullmatch(text, prev.end, c.start)
        ):
            low, high = (prev.value, c.value) if prev.bound in _LOWER else (c.value, prev.value)
            if low < high:
                prev.value, prev.range, prev.bound, prev.end = None, (low, high), "=", c.end
                prev.unit = prev.unit or c.unit
                continue
        out.append(c)
    return out


_COORDINATED_RE = re.compile(r"\s*,?\s*(?P<conj>and|or|&)\s+|\s*,\s*")
_UNSHARED_UNITS = frozenset(["calendar_year", "times"])


def _share_units(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Give bare numbers coordinated with a measured one its unit and multiplier.

    "45 and 50 mg", "2, 3 or 4 percent", "2 or 3 million people" -> 2 million. A comma
    alone links two numbers only inside a chain that ends in "and"/"or" ("of the 20,
    5 percent" keeps 20 bare).
    """
    for i in range(len(cands) - 1, 0, -1):
        donor, bare = cands[i], cands[i - 1]
        scale_only = donor.unit is None and donor.factor >= 1000  # "2 or 3 million"
        if not (donor.unit or scale_only) or donor.unit in _UNSHARED_UNITS or donor.range:
            continue
        if bare.unit is not None or bare.value is None or bare.range is not None:
            continue
        if bare.bound != "=" or bare.factor != 1.0 or donor.start <= bare.end:
            continue
        link = _COORDINATED_RE.fullmatch(text, bare.end, donor.start)
        if link is None or (link.group("conj") is None and not donor.shared):
            continue
        whole = (donor.value or 0.0) / donor.factor
        if scale_only and (link.group("conj") != "or" or bare.value >= whole):
            continue
        bare.unit, bare.shared = donor.unit, True
        bare.value *= donor.factor
        bare.factor = donor.factor
    return cands


_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}\Z")


def _unit_at(text: str, pos: int, money: bool) -> tuple[str, float, int] | None:
    """The unit right after ``pos`` -> (canonical name, value multiplier, end)."""
    m = UNIT_RE.match(text, pos)
    if m is None:
        inch = _IN_INCH_RE.match(text, pos)
        if inch is not None and text[pos - 1:pos].isdigit():
            return "inch", 1.0, inch.end()
        return _bracketed_unit(text, pos, money)
    if m.group("unit") in ('"', "″") and not _inch_mark(text, pos):
        return None
    if m.group("xtimes") and m.group("sep"):
        return None  # "3 x 4" is a dimension, only a glued "3x" is a multiplier
    form = m.group("unit")
    if form == "s" and _YEAR_BEFORE_RE.search(text, max(0, pos - 5), pos):
        return None  # "the 1990 s": a decade written apart, not seconds
    if form == "L" and re.match(r"-\w", text[m.end():m.end() + 2]):
        return None  # "24703 L-202": a code, not litres
    if (len(form) == 1 or form.isupper()) and _NAME_GOES_ON_RE.match(text, m.end()):
        return None  # "In 2019 L.L.Bean", "in 2019 M&S": a name, not litres or millions
    if (m.group("sep").isspace() and form.isalpha() and form.islower()
            and _COMPOUND_AFTER_RE.match(text, m.end())):
        return None  # "680 year-round employees", "30 day-trippers": a compound word
    if money and form in ("m", "M"):
        return "", 1e6, m.end()  # "$5m": million, the currency stays
    if form.lower() in ("turns", "turn") and _NUMBER_NEXT_RE.match(text, m.end()):
        return None  # "the 990 turns 40 this year": the verb, not rotations
    if form == "m" and not m.group("sep") and _COUNTED_AFTER_RE.match(text, m.end()):
        number = _GLUED_NUMBER_RE.search(text, max(0, pos - 24), pos)
        after = _unit_at(text, m.end(), money)
        if number is not None and not number.group("det") and (
                "." in number.group("n") or float(number.group("n")) < 50):
            # "4m pairs", "1.2m visitors": million (not "the 4m boats", "100m sprints",
            # "20m cables"), in the unit after it when there is one ("4m pairs": pairs)
            if after is not None and after[0]:
                return after[0], after[1] * 1e6, after[2]
            if _PEOPLE_AFTER_RE.match(text, m.end()):
                return "", 1e6, m.end()
    found = unit_name(form)
    if found is None:
        return None
    if "\n" in m.group("sep"):
        return None
    return found[0], found[1], m.end()


_NAME_GOES_ON_RE = re.compile(NAME_GOES_ON)
_NUMBER_NEXT_RE = re.compile(r"\s+(?:\d|(?i:" + "|".join(sorted(SMALL, key=len, reverse=True))
                             + r"|a\s+hundred)\b)")
# a plural noun after a glued "m" counts things: "4m pairs", "2.5m people" (not "a 4m wall",
# "4m long", "10m deep", "4m tall trees" or "2m high walls")
_PEOPLE_AFTER_RE = re.compile(r"\s+(?:people|persons|users|customers|visitors|subscribers|"
                              r"members|viewers|listeners|readers|fans|passengers|residents|"
                              r"workers|employees|jobs|households|homes|downloads|copies|"
                              r"units|items|shoes|boots|bottles|cars|vehicles|tourists|"
                              r"inhabitants|citizens|sneakers|trainers|guests|patients|"
                              r"students|votes|voters|followers|streams|tickets)\b",
                              re.IGNORECASE)
_GLUED_NUMBER_RE = re.compile(r"(?P<det>\b(?:the|a|an|its|their|our|his|her|this|that)\s+)?"
                              r"[~≈c.]*(?P<n>\d+(?:\.\d+)?)\Z", re.IGNORECASE)
_COUNTED_AFTER_RE = re.compile(r"\s+(?!(?:long|wide|high|tall|deep|thick|across|away|apart|"
                               r"below|above|under|over|less|more|has|was|is|yards|metres|"
                               r"meters|feet|miles)\b)(?:people|[a-z]{2,}s)\b")
# "year-round", "day-trippers" after a number and a space; not "km-long", "year-old"
_COMPOUND_AFTER_RE = re.compile(r"-(?!(?:long|wide|high|tall|deep|thick|old|plus|wise)\b)[a-z]")
# "2 in thick", "a 2 in pipe."? Only where "in" cannot be the preposition: before a
# dimension word or at the end of a sentence.
_IN_INCH_RE = re.compile(
    r"[ \t]?in\b(?=[ \t]+(?:thick|long|wide|tall|high|deep|across|in[ \t]+diameter)\b"
    r"|[ \t]*(?:[,;:!?)]|\.?\s*\Z))"
)


_OPEN_BRACKET_RE = re.compile(r"[ \t]?([(\[{<])")
_CLOSING = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _bracketed_unit(text: str, pos: int, money: bool) -> tuple[str, float, int] | None:
    """A unit in brackets right after a number: "20 (kg)", "20 [kg]"."""
    bracket = _OPEN_BRACKET_RE.match(text, pos)
    if bracket is None:
        return None
    found = _unit_at(text, bracket.end(), money)
    if found is None or not found[0] or text[found[2]:found[2] + 1] != _CLOSING[bracket.group(1)]:
        return None
    if text[bracket.end():bracket.end() + 1].isspace():
        return None
    return found[0], found[1], found[2] + 1


def _inch_mark(text: str, pos: int) -> bool:
    """A '"' after digits is an inch mark unless it closes a quotation ('"English 101"')."""
    if not text[pos - 1:pos].isdigit():
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count('"', line_start, pos) % 2 == 0


_PLUS_MINUS_RE = re.compile(r"[ \t]*(?:\+/-|\+/−|\+-|±)[ \t]*")


def _uncertainty(text: str, cand: _Cand) -> None:
    """"9.83 +/- 0.01 km", "5.2 ± 0.3 kg": the value is approximate; the margin is read over."""
    sign = _PLUS_MINUS_RE.match(text, cand.end)
    m = NUMBER_RE.match(text, sign.end()) if sign else None
    margin = parse_core(m) if m is not None and m.lastgroup == "dig" else None
    if margin is not None and margin.start == m.start() and margin.value >= 0:  # type: ignore[union-attr]
        cand.end, cand.bound = margin.end, "~"


_NUMBER_BEFORE_RE = re.compile(r"\d\s*\Z")


def _closes_previous(text: str, code_start: int, end: int) -> bool:
    """A currency code between two amounts belongs to the first when the second has a
    code of its own after it ("10 rmb 20 usd")."""
    if not _NUMBER_BEFORE_RE.search(text, max(0, code_start - 3), code_start):
        return False
    after = _unit_at(text, end, False)
    return after is not None and after[0] in MONEY_UNITS


def _from_core(text: str, core: Core) -> _Cand | None:
    """Grow a bare number into a full candidate (currency, unit, range, bounds, trend)."""
    if core.plain_int and _in_tally(text, core):
        return None
    cand = _Cand(core.start, core.end, core.value, factor=core.factor)
    echo = _ECHO_RE.match(text, core.end) if text[core.start].isalpha() else None
    if echo is not None and float(echo.group(1).replace(",", "")) == core.value:
        cand.end = echo.end()  # "four (4) factories": the figure repeated in digits
    elif text[core.start].isdigit() and text.startswith(" (", core.end):
        words = NUMBER_RE.match(text, core.end + 2)  # "12 (twelve) stores", the other way
        spelled = parse_core(words) if words else None
        if (spelled is not None and spelled.value == core.value
                and text.startswith(")", spelled.end) and not text[core.end + 2].isdigit()):
            cand.end = spelled.end + 1
    cur = ctx.back(ctx.CUR_PREFIX_RE, text, core.start, 12)
    if cur is not None and _closes_previous(text, cur.start(), core.end):
        cur = None  # "10 rmb 20 usd": "rmb" ends the amount before, "usd" this one
    if cur is not None:
        cand.unit, mult = currency_prefix(cur.group())
        cand.start, cand.value = cur.start(), core.value * mult
    _uncertainty(text, cand)
    _suffix_bound(text, cand)
    _percent_of(text, cand)
    unit_before = cand.unit
    _attach_unit(text, cand)
    if cand.unit in MONEY_UNITS and unit_before is None:
        _attach_subunit(text, cand)
    if cand.unit == "foot":
        _attach_inches(text, cand)
    _attach_inverse(text, cand)
    _attach_rate(text, cand)
    ranged = _attach_range(text, cand, core) or _attach_ratio(text, cand, core)
    if cand.unit in TIME_UNITS:
        age = ctx.AGE_RE.match(text, cand.end)
        cand.end = age.end() if age else cand.end
    _attach_rate(text, cand)
    _suffix_bound(text, cand)
    _age_prefix(text, cand)
    _prefixes(text, cand, ranged)
    if text[cand.end:cand.end + 1].isalnum() and cand.unit is None:
        return None  # "5th", "3rd", "990v6": the number is part of a word
    if not ranged and not _plausible(text, cand, core):
        return None
    _calendar_year(text, cand, core)
    return cand


_ECHO_RE = re.compile(r" ?\((\d{1,3}(?:,\d{3})*(?:\.\d+)?)\)"
                      r"(?!\s+(?:hundred|thousand|million|billion|trillion)\b)", re.IGNORECASE)

# Two small numbers joined by a dash, the first not below the second: a score or a tally.
_TALLY_RE = re.compile(r"(?<![\w.,\-–$€£¥])(\d{1,3})[-–](\d{1,3})(?![\w%\-–]|[.,]\d)")


_DASHES = ("-", "–")


def _in_tally(text: str, core: Core) -> bool:
    """True for a number of a score or tally ("won 3-1", "edged the Jets 24–17", "a 5-4
    ruling"); a dash between a smaller and a larger number is a range ("20-30")."""
    if (text[core.end:core.end + 1] not in _DASHES
            and text[max(0, core.start - 1):core.start] not in _DASHES):
        return False  # no dash next to the number (the common case, checked cheaply)
    for m in _TALLY_RE.finditer(text, max(0, core.start - 4), core.end + 8):
        if core.start in (m.start(1), m.start(2)):
            return int(m.group(1)) >= int(m.group(2))
    return False


# "per cent of 210" opening a text or clause (nothing counted before "percent").
_PERCENT_OF_RE = re.compile(
    r"(?:\A|[.;:!?(]\s)\s*(?P<p>(?i:percents?|per\s+cent))\s+of\s+\Z"
)


def _percent_of(text: str, cand: _Cand) -> None:
    """"percent of 10" (a heading-like inversion) -> 10 percent."""
    if cand.unit is not None or "of" not in text[max(0, cand.start - 4):cand.start]:
        return
    m = _PERCENT_OF_RE.search(text, max(0, cand.start - 24), cand.start)
    if m is not None:
        cand.start, cand.unit = m.start("p"), "percent"


_ARTICLE_RE = re.compile(r"\s+(?:of\s+)?an?(?=\s)")


_OF_A_SCALE_RE = re.compile(
    r"\s+of\s+an?\s+(?P<s>(?i:hundred|thousand|million|billion|trillion|dozen))\b"
)


def _attach_unit(text: str, cand: _Cand) -> None:
    """Attach a unit or currency word after the number ("5%", "10 km", "5 dollars")."""
    if cand.unit is None and cand.value is not None and 0 < cand.value < 1:
        scale = _OF_A_SCALE_RE.match(text, cand.end)  # "two thirds of a million"
        if scale is not None:
            cand.factor = float(SCALES[scale.group("s").lower()])
            cand.value *= cand.factor
            cand.end = scale.end()
    found = _unit_at(text, cand.end, cand.unit in MONEY_UNITS)
    if found is None and cand.unit is None and cand.value is not None and 0 < cand.value < 1:
        article = _ARTICLE_RE.match(text, cand.end)  # "half a century", "a quarter of a mile"
        found = _unit_at(text, article.end(), False) if article else None
        if found is not None and not found[0]:
            found = None
    if found is None:
        return
    name, mult, end = found
    if cand.unit in MONEY_UNITS and name in MONEY_UNITS and (
            not text[end - 1].isalpha() or name != cand.unit):
        return  # "$ 20,000.00 $ 37,305.97", "rmb 10 usd 20": it opens the next amount
    if name == "pound" and cand.unit is None and _money_pounds(text, cand.start, end):
        name = "pound_sterling"  # "profit improved to 361 million pounds"
    if cand.unit == "pound_sterling" and name == "pound" and mult == 1.0:
        cand.end = end  # "£361 million pounds": the sign says sterling, not weight
        return
    if cand.unit is not None and name and name not in MONEY_UNITS:
        return  # "$5 per share" - a currency already fixed the unit
    code = text[cand.end:end].strip()
    cand.unit = name or cand.unit
    cand.value = cand.value * mult if cand.value is not None else None
    cand.end = end
    after = _CODE_SCALE_RE.match(text, end)
    if (after is not None and code.isupper() and name in MONEY_UNITS and cand.factor == 1.0
            and mult == 1.0):
        cand.factor = float(SCALES[after.group("s").lower()])  # "75 USD million"
        cand.value = cand.value * cand.factor if cand.value is not None else None
        cand.end = after.end()


_CODE_SCALE_RE = re.compile(r"[ \t]+(?P<s>(?i:million|billion|trillion))\b")


# "per", "/" or "a"/"an" between two units: "$350 per kg", "W/min", "$82 a barrel",
# "30 miles per gallon", "$20 an hour", "4,500 tonnes a day".
_PER_RE = re.compile(
    r"[ \t]*/[ \t]*|\s+(?i:per|every|each)\s+|\s+(?i:an?)\s+(?=[^\W\d_]{2,}\b"
    r"(?!\s+(?i:earlier|later|ago|before|after|prior|back|since)\b))"
)
_YEARLY_RE = re.compile(r"\s+(?i:annually|yearly|per\s+annum|a\s+year|each\s+year|every\s+year)"
                        r"\b(?!\s+(?i:earlier|later|ago|before|after|prior|back|since)\b)")
_MONTHLY_RE = re.compile(r"\s*(?:pcm|p\.c\.m\.)(?!\w)|\s+(?i:monthly|per\s+calendar\s+month)\b")
_NO_RATE_UNITS = frozenset(["percent", "percentage_point", "calendar_year"])


_INVERSE_RE = re.compile(r"(?:\^?[-−]1|⁻¹)(?![\d.])")


def _attach_inverse(text: str, cand: _Cand) -> None:
    """"4e14 s-1", "5 fb−1": a unit to the power minus one."""
    if cand.unit is None or cand.unit in _NO_RATE_UNITS or cand.unit in MONEY_UNITS:
        return
    m = _INVERSE_RE.match(text, cand.end)
    if m is not None and text[cand.end - 1:cand.end].isalpha():
        cand.unit, cand.end = f"inverse_{cand.unit}", m.end()


def _attach_rate(text: str, cand: _Cand) -> None:
    """Make a unit a rate when "per <unit>" follows: dollar -> dollar_per_kilogram."""
    if cand.unit is None or cand.unit in _NO_RATE_UNITS or cand.unit.count("_per_") > 1:
        return
    yearly = _YEARLY_RE.match(text, cand.end)
    if yearly is not None:  # "4 million pairs annually"
        cand.unit, cand.end = f"{cand.unit}_per_year", yearly.end()
        return
    monthly = _MONTHLY_RE.match(text, cand.end)
    if monthly is not None:  # "£1,850 pcm" (per calendar month), "$90 monthly"
        cand.unit, cand.end = f"{cand.unit}_per_month", monthly.end()
        return
    per = _PER_RE.match(text, cand.end)
    if per is None:
        return
    powered = _POWERED_UNIT_RE.match(text, per.end())  # "km/s2", "J/m^2", "W/m²"
    if powered is not None:
        form, exponent = powered.group("u"), powered.group("p")[-1:]
        end = powered.end()
    else:
        m = UNIT_RE.match(text, per.end())
        if m is None or m.group("sep") or m.group("xtimes"):
            return
        form, exponent, end = m.group("unit"), "", m.end()
    found = unit_name(form)
    if found is None or not found[0] or found[1] != 1.0 or found[0] in _NO_RATE_UNITS:
        return
    if text[end:end + 1].isalnum() or ("_per_" in cand.unit and found[0] not in TIME_UNITS):
        return  # a rate of a rate only over time: "20 J/m^2 per year"
    power = {"2": "square_", "²": "square_", "3": "cubic_", "³": "cubic_"}.get(exponent, "")
    # "four times per week" is a frequency, a count per week, not a multiplier
    head = "count" if cand.unit == "times" else cand.unit
    cand.unit, cand.end = f"{head}_per_{power}{found[0]}", end


_POWERED_UNIT_RE = re.compile(r"(?P<u>[A-Za-zµμ]{1,3})(?P<p>\^?[23]|[²³])(?![\w.])")


_SUBUNIT_RE = re.compile(
    r"\s+(?:and\s+)?(?P<n>\d{1,2}|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen))(?:\s+(?P<sub>(?i:cents?|pence|pennies)\b)|(?=\s*(?:[.,;!?)]|\Z)))"
)


_MONEY_CUE_RE = re.compile(
    r"\b(?:profits?|revenues?|sales|turnover|income|earnings|costs?|cost|priced?|prices|paid|"
    r"pay|pays|spen[dt]|spending|invest(?:ed|ment|s)?|fund(?:s|ed|ing)?|budget|loss(?:es)?|"
    r"debts?|worth|valued?|deal|fined?|salary|salaries|wages?|tax(?:es)?|bonus(?:es)?|"
    r"raised|bid|offer|dividends?|sterling|GBP|bought|sold|buy|sell|charged?|fees?|"
    r"compensation|damages|grants?|subsid(?:y|ies))\b",
    re.IGNORECASE,
)
_MASS_CUE_RE = re.compile(r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier)|lighter|lbs?)\b",
                          re.IGNORECASE)


def _money_pounds(text: str, start: int, end: int) -> bool:
    """Whether "pounds" after a number is money: a money word in the same sentence and no
    word of weight ("pounds of grain", "weighs 5 pounds" are mass)."""
    if re.match(r"\s+of\b", text[end:end + 4]):
        return False
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0),
                default=len(text))
    before, after = text[left:start], text[end:right]
    if _MASS_CUE_RE.search(before) or _MASS_CUE_RE.search(after):
        return False
    return bool(_MONEY_CUE_RE.search(before))


def _attach_subunit(text: str, cand: _Cand) -> None:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50" -> 3.5 ..."""
    if cand.unit in ("cent", "penny") or cand.value is None or not cand.value.is_integer():
        return
    m = _SUBUNIT_RE.match(text, cand.end)
    if m is None:
        return
    words = m.group("n").lower().replace("-", " ").split()
    sub = float(words[0]) if words[0].isdigit() else _words_int(words)
    if sub is None or not 0 <= sub < 100:
        return
    cand.value += sub / 100
    cand.end = m.end()


_INCHES_RE = re.compile(
    r"\s+(?:and\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s*"
    r"(?:(?i:inches|inch)\b|[\"″]"
    r"|in\b(?!\s+(?:(?i:the|a|an|this|that|each|every|which|what|total)\b|\d)))"
)


def _attach_inches(text: str, cand: _Cand) -> None:
    """"5 ft 2 in", "5 feet and 2 inches" -> 5 1/6 feet."""
    m = _INCHES_RE.match(text, cand.end)
    if m is None or cand.value is None or not cand.value.is_integer():
        return
    inches = float(m.group("n"))
    if inches < 12:
        cand.value += inches / 12
        cand.end = m.end()


def _words_int(words: list[str]) -> float | None:
    from .numbers import words_value

    parsed = words_value(words)
    return parsed[0] if parsed and parsed[2] == len(words) else None


_BY_BEFORE_RE = re.compile(r"\bby\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?\Z",
                           re.IGNORECASE)


def _attach_range(text: str, cand: _Cand, core: Core) -> bool:
    """Turn "20-30%", "between 20 and 30", "from 4 to 5 million" into a range."""
    sep = ctx.RANGE_SEP_RE.match(text, cand.end)
    if sep is None or cand.value is None:
        return False
    if sep.group("word") == "and" and ctx.back(ctx.OPENER_RE, text, cand.start) is None:
        return False
    if sep.group("word") == "to" and cand.unit and _BY_BEFORE_RE.search(
            text, max(0, cand.start - 12), cand.start):
        # "rises by $1.25 to $17.50": the change, then the level it reaches (but "by 5 to
        # 10 percent" is a range: its first end has no unit of its own)
        return False
    pos = sep.end()
    cur = _FORWARD_CUR_RE.match(text, pos)
    unit2: str | None = currency_prefix(cur.group())[0] if cur else None
    m = NUMBER_RE.match(text, cur.end() if cur else pos)
    core2 = parse_core(m) if m else None
    if core2 is None or core2.start != m.start() or (m and m.group("decade")):  # type: ignore[union-attr]
        return False
    other = _Cand(core2.start, core2.end, core2.value, unit=unit2)
    _attach_unit(text, other)
    _attach_rate(text, other)
    if (sep.group("word") == "to" and cand.unit == "percent" and other.unit is None
            and ctx.back(ctx.TREND_RE, text, cand.start) is not None):
        return False  # "rose 4% to 1,150": the change, then the level it reaches
    # "from $350 to $680 per kg": a rate after the range covers both ends
    if cand.unit and other.unit and cand.unit not in (other.unit, other.unit.split("_per_")[0]):
        return False
    low, high = cand.value, other.value or 0.0
    if core2.scaled and not core.scaled and low * core2.factor <= high:
        low *= core2.factor  # "4 to 5 million": the multiplier applies to both ends
    if sep.group("dash") and core2.value < 0:
        return False
    if sep.group("dash") and ("-" in text[cand.start - 1:cand.start]
                              or text[other.end:other.end + 1] in ("-", "–")):
        return False  # a chain "three-nought-four", "4-4-2" is no range
    if high < low < 0 and not sep.group("dash"):
        low, high = high, low  # "from -18 °C to -34 °C"
    end_year = _short_year_span(core, core2) if sep.group("dash") else None
    if end_year is not None:
        # "the 2023–24 season", "fiscal 1999-00", "2023-25": a span of calendar years
        cand.value, cand.range, cand.end = None, (low, end_year), other.end
        cand.unit = "calendar_year"
        return True
    if not low < high:
        return False
    if (not cand.unit and not other.unit and high > 2 * low and sep.group("word") == "to"
            and _BY_BEFORE_RE.search(text, max(0, cand.start - 12), cand.start)):
        return False  # "fell by 2,733 to 302,971": the change, then the level far above it
    if (core.plain_int and _YEAR_LIKE.fullmatch(text, cand.start, cand.end) and not cand.unit
            and "," in text[other.start:other.end]):
        return False  # "fell from 305,704 in 2010 to 302,971": a year, then the level
    cand.value, cand.range, cand.end = None, (low, high), other.end
    cand.unit = other.unit or cand.unit
    return True


_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")


def _short_year_span(first: Core, second: Core) -> float | None:
    """The last year of "2023-25" (a year, then a later year's last two digits), else None."""
    if not (first.plain_int and len(first.plain_int) == 4 and _YEAR_LOW <= first.value <= _YEAR_HIGH
            and second.plain_int and len(second.plain_int) == 2):
        return None
    last = first.value - first.value % 100 + second.value
    last += 100 if last <= first.value else 0
    return last if last - first.value <= 20 else None


_RATIO_NOUN_RE = re.compile(r"\s+([a-z]+)(?=\s+(?:in|out\s+of)\s)")


def _attach_ratio(text: str, cand: _Cand, core: Core) -> bool:
    """"one in four", "1 out of every 5" -> a ratio (0.25, 0.2)."""
    # "one pair in ten": a unit that counts things is the ratio's noun
    counted = cand.unit in _RATIO_UNITS
    if (cand.unit is not None and not counted) or cand.value is None:
        return False
    sep = ctx.RATIO_RE.match(text, cand.end)
    if counted and sep is not None and sep.group("over"):
        return False
    noun = None
    if sep is None and not counted:  # "one bottle in five", "one worker in every ten"
        noun = _RATIO_NOUN_RE.match(text, cand.end)
        sep = ctx.RATIO_RE.match(text, noun.end()) if noun is not None else None
        if sep is not None and noun is not None and (
                sep.group("over") or not ctx.is_count_noun(noun.group(1))):
            sep = None
    m = NUMBER_RE.match(text, sep.end()) if sep else None
    core2 = parse_core(m) if m else None
    if core2 is None or core2.kind not in ("digit", "word") or core2.value <= 0:
        return False
    if (noun is not None or counted) and (_unit_at(text, core2.end, False) is not None
                             or _plural_noun(ctx.next_word(text, core2.end))):
        return False  # "two goals in 5 minutes", "one plant in three states" (not "four
        # litres in five reach extra virgin grade")
    if core2.plain_int and len(core2.plain_int) == 4 and _YEAR_LOW <= core2.value <= _YEAR_HIGH:
        return False  # "3 in 2009" is a count and a year
    # "one over three"; not "5 over 3 years", "10 over 20 games"
    if sep is not None and sep.group("over"):
        nxt = ctx.next_word(text, core2.end)
        if _unit_at(text, core2.end, False) is not None or ctx.is_count_noun(nxt):
            return False
    elif not 0 < cand.value <= core2.value:
        return False
    if text[core2.end:core2.end + 1].isalnum():
        return False
    cand.value, cand.end = cand.value / core2.value, core2.end
    cand.unit, cand.ratio = None, True
    return True


def _plural_noun(word: str | None) -> bool:
    """A content word in the plural ("states"), not a verb ("reach", "go")."""
    return (ctx.is_count_noun(word) and word is not None and word.endswith("s")
            and not word.endswith("ss") and word not in _VERBS_IN_S)


_VERBS_IN_S = frozenset({"is", "was", "has", "does", "goes", "says", "gets", "makes", "comes"})
# units that count what a share is of: "one pair in ten", "four litres in five", "one dollar
# in every four"
_RATIO_UNITS = frozenset({"pair", "litre", "gallon", "kilogram", "tonne", "ton", "dollar", "euro",
                          "pound_sterling"})
_AGE_PREFIX_RE = re.compile(r"\b(?:age|aged)\s+\Z")  # lowercase: not "Ice Age 2"


def _age_prefix(text: str, cand: _Cand) -> None:
    """"aged 87", "age 87" -> 87 years."""
    if "ge" not in text[max(0, cand.start - 5):cand.start]:
        return
    high = cand.range[1] if cand.range else cand.value
    if cand.unit is None and cand.bound == "=" and high is not None and 0 < high <= 130:
        m = _AGE_PREFIX_RE.search(text, max(0, cand.start - 8), cand.start)
        if m is not None:
            cand.start, cand.unit = m.start(), "year"


def _suffix_bound(text: str, cand: _Cand) -> None:
    """"100 or more", "20+", "20-plus", "50 or so"."""
    m = ctx.BOUND_SUFFIX_RE.match(text, cand.end)
    if m is not None:
        form = norm_key(m.group("w").strip().lstrip("-").strip())
        cand.bound = ctx.SUFFIX_BOUND_OF.get(form, ctx.SUFFIX_BOUND_OF.get("-" + form, "="))
        cand.end = m.end()


# "make up 30 percent", "set up 5 plants": "up" is part of the verb, not a rise
_PHRASAL_UP = re.compile(r"\b(?:make|makes|made|making|set|sets|sum|sums|add|adds|end|ends|"
                         r"ended|take|takes|took)\s+\Z", re.IGNORECASE)
# "raised $155 million" is money raised, "raised rates by 0.25 points" a rise
_BY_ONLY_TRENDS = {"raised": "up", "raises": "up", "raise": "up",
                   # "lift our price target to $210", but "can lift 50 kg" is no rise
                   "lift": "up", "lifts": "up"}
_TREND_VERBS = "|".join(sorted(map(re.escape, [*ctx.TREND_OF, *_BY_ONLY_TRENDS]),
                               key=len, reverse=True))
_TREND_BY_RE = re.compile(
    rf"\b(?P<verb>{_TREND_VERBS})(?:\s+[A-Za-z'’-]+){{1,3}}\s+(?:by|to)\s+\Z", re.IGNORECASE)
_BY_OR_TO_RE = re.compile(r"\b(?:by|to)\s+\Z")
_OR_EQUAL_RE = re.compile(r"\s+or\s+equal(?!\s+to\s+[-+]?\d)(?:\s+to\b)?", re.IGNORECASE)


def _prefixes(text: str, cand: _Cand, ranged: bool) -> None:
    """Attach a range opener, a bound/hedge phrase and a trend verb before the number."""
    if ranged:
        opener = ctx.back(ctx.OPENER_RE, text, cand.start)
        cand.start = opener.start() if opener else cand.start
    bound = ctx.back(ctx.BOUND_RE, text, cand.start)
    if bound is not None:
        word = norm_key(bound.group("w"))
        new = ctx.BOUND_OF.get(word, "=")
        # a bound after the number is more precise than a hedge before it: "about 500 or
        # more" is at least 500
        cand.bound = new if cand.bound in ("=", "~") else cand.bound
        cand.start = bound.start()
        if cand.bound in ("<", ">"):
            equal = _OR_EQUAL_RE.match(text, cand.end)  # "less than 5000 or equal"
            if equal is not None:
                cand.bound += "="
                cand.end = equal.end()
    trend = ctx.back(ctx.TREND_RE, text, cand.start)
    if trend is not None and not _PHRASAL_UP.search(text, max(0, trend.start() - 8),
                                                    trend.start()):
        cand.trend = ctx.TREND_OF.get(norm_key(trend.group("verb")))
    elif trend is None and _BY_OR_TO_RE.search(text, max(0, cand.start - 4), cand.start):
        # "raised its key rate by 0.25 points", "lift our price target to $210": the verb,
        # its object, then "by" or "to"
        far = _TREND_BY_RE.search(text, max(0, cand.start - 60), cand.start)
        if far is not None and not any(  # not "added two trucks to 5 routes"
                w.lower() in SMALL for w in re.findall(r"[A-Za-z]+", text[far.end("verb"):
                                                                         cand.start])) and (
                cand.unit is not None or text[far.end() - 3:far.end()].strip() == "by"):
            # ... and after "to" only an amount with a unit, the level reached ("lift our
            # price target to $210"), not "added staff to 12 stores"
            verb = norm_key(far.group("verb"))
            cand.trend = ctx.TREND_OF.get(verb) or _BY_ONLY_TRENDS.get(verb)


def _plausible(text: str, cand: _Cand, core: Core) -> bool:
    """Reject pronoun "one", part-of "half", model numbers such as "the 990" and ordinals
    such as "a fifth plant"."""
    if cand.unit is not None or cand.bound != "=" or cand.value != core.value or core.value < 0:
        return True
    if core.kind == "word" and _ORDINAL_AFTER_A_RE.fullmatch(text, core.start, core.end):
        nxt = ctx.next_word(text, cand.end)
        if nxt is not None and nxt != "of" and ctx.is_count_noun(nxt):
            return False  # "a fifth plant", "one third party": an ordinal
    if _HALF_COMPOUND_RE.match(text, max(0, core.end - 4)):
        return False  # "a half-life", "half-price": a compound, not a share
    if core.bare_word == "one":
        nxt = ctx.next_word(text, cand.end)
        if ctx.back(ctx.ONE_BEFORE_RE, text, cand.start, 16) is not None:
            return False
        return ctx.is_count_noun(nxt) and nxt not in ctx.ONE_AFTER
    if core.bare_word == "half":
        if ctx.back(ctx.HALF_BLOCK_RE, text, cand.start, 16) is not None:
            return False
        return ctx.next_word(text, cand.end) in ctx.HALF_FOLLOWERS
    if core.plain_int and _VARIANT_RE.fullmatch(text, max(0, cand.start - 4), cand.start):
        # "the 787-9": a variant of a model
        return ctx.back(ctx.MODEL_RE, text, cand.start - 4, 40) is None
    model = core.plain_int and len(core.plain_int) == 3
    if model and ctx.back(ctx.MODEL_RE, text, cand.start, 40) is not None:
        nxt = ctx.next_word(text, cand.end)
        # "the 993 costs $200": a singular verb after it makes it one thing, a model
        return ctx.is_count_noun(nxt) and nxt not in _SINGULAR_VERBS
    return True


_HALF_COMPOUND_RE = re.compile(r"(?i:half)-[a-z]")
_VARIANT_RE = re.compile(r"(?<!\d)\d{3}-")
# "a fifth", "one third": a fraction before "of", an ordinal before a noun
_ORDINAL_AFTER_A_RE = re.compile(
    r"(?i:an?|one)[ \t-]+(?i:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|hundredth|thousandth|millionth)"
)
_SINGULAR_VERBS = frozenset({
    "is", "was", "has", "does", "costs", "sells", "comes", "weighs", "features", "uses",
    "remains", "offers", "gets", "looks", "runs", "fits", "feels", "retails", "sits", "stays",
    "became", "becomes", "debuted", "launched", "returned", "returns", "arrives", "arrived",
})


def _calendar_year(text: str, cand: _Cand, core: Core) -> None:
    """Mark 4-digit years ("in 1982", "the 1990s", "from 1990 to 2000")."""
    if cand.unit is not None or cand.trend is not None or cand.bound not in ("=", "~"):
        return
    if core.kind == "decade":
        cand.value, cand.range, cand.unit = None, (core.value, core.value + 9), "calendar_year"
        return
    if not core.plain_int or len(core.plain_int) != 4:
        return
    values = cand.range or (cand.value or 0.0, cand.value or 0.0)
    if not all(1000 <= v <= _YEAR_HIGH and float(v).is_integer() for v in values):
        return
    in_context = ctx.back(ctx.YEAR_CTX_RE, text, cand.start, 24) is not None
    alone = all(v >= _YEAR_LOW for v in values) and not ctx.is_count_noun(
        ctx.next_word(text, cand.end)
    )
    if in_context or alone:
        cand.unit = "calendar_year"
        bound = _YEAR_BOUND_RE.search(text, max(0, cand.start - 16), cand.start)
        if bound is not None and cand.range is None:
            # "before 1910", "no later than 2030": a bound on the year
            cand.start, cand.bound = bound.start(), _YEAR_BOUNDS[bound.group("w").lower()]


_YEAR_BOUNDS: dict[str, str] = MODIFIERS["year_bounds"]
_YEAR_BOUND_RE = re.compile(
    r"\b(?P<w>" + "|".join(sorted(map(re.escape, _YEAR_BOUNDS), key=len, reverse=True))
    + r")\s+\Z", re.IGNORECASE)


# Multiplier words that are also adjectives before a noun.
_ADJECTIVE_MULTIPLIERS = frozenset(NUMBERS["adjective_multipliers"])


def _vague(text: str, words: WordHits) -> list[_Cand]:
    """Candidates without digits: "dozens of", "several decades", "twice", "every fourth"."""
    out: list[_Cand] = []
    for m in ctx.scan(ctx.VAGUE_RE, text, words):
        word, v2 = m.group("v").lower(), m.group("v2")
        if word == "tens" and not v2:
            continue
        value = NUMBERS["vague_plurals"][word] * (SCALES[v2.lower()] if v2 else 1)
        out.append(_finish(text, _Cand(m.start(), m.end(), float(value), bound=">="), True))
    for m in ctx.scan(ctx.VAGUE_DET_RE, text, words):
        value, bound = NUMBERS["vague_determiners"][norm_key(m.group("d"))]
        cand = _Cand(m.start(), m.end(), float(value), bound=bound)
        if m.group("scale"):
            cand.value = float(value * SCALES[m.group("scale").lower()])
            end = m.end("scale")
            if (unit := _unit_at(text, end, False)) is not None and unit[0]:
                cand.unit, cand.end = unit[0], unit[2]  # "several hundred years"
            out.append(_finish(text, cand, False))
        elif (unit := _unit_at(text, m.end() - 1, False)) is not None and unit[0]:
            cand.unit, cand.end = unit[0], unit[2]
            out.append(_finish(text, cand, False))
    for m in ctx.scan(ctx.MULTIPLIER_RE, text, words):
        word = m.group("w").lower()
        if word in _ADJECTIVE_MULTIPLIERS and ctx.is_count_noun(ctx.next_word(text, m.end())):
            continue  # "a double room", "double overtime", "a triple jump": a kind of thing
        value = NUMBERS["multiplier_words"][word]
        cand = _finish(text, _Cand(m.start(), m.end(), float(value), unit="times"), False)
        if word.endswith("ed") and cand.trend is None:  # "doubled", "halved": a change
            cand.trend = "up" if value > 1 else "down"
        out.append(cand)
    for m in ctx.scan(ctx.EVERY_RE, text, words):
        n = NUMBERS["every_ordinals"][m.group("o").lower()]
        out.append(_finish(text, _Cand(m.start(), m.end(), 1.0 / n), False))
    for m in ctx.scan(ctx.BARE_PLURAL_RE, text, words):
        plural = unit_name(m.group("u"))
        cand = _Cand(m.start(), m.end(), 2.0, unit=plural[0] if plural else None, bound=">=")
        out.append(_finish(text, cand, False))
    out.extend(_a_unit(text, words))
    return out


def _a_unit(text: str, words: WordHits) -> list[_Cand]:
    """"a century", "over a decade" -> 1 of the unit, unless it is a rate ("$5 a day")."""
    out = []
    for m in ctx.scan(ctx.A_UNIT_RE, text, words):
        # a rate when an amount stands right before: "$5 a day", "30 miles a day" (not
        # "in 2004 and again a decade later")
        tokens = re.split(r"[.;:,!?]", text[max(0, m.start() - 40):m.start()])[-1].split()
        amount = any(NUMBER_RE.fullmatch(t.strip("$€£¥%")) for t in tokens[-2:])
        if ctx.back(ctx.RATE_RE, text, m.start(), 12) or amount:
            continue
        unit = unit_name(m.group("u"))
        cand = _Cand(m.start(), m.end(), 1.0, unit=unit[0] if unit else None)
        out.append(_finish(text, cand, False))
    return out


def _finish(text: str, cand: _Cand, of_unit: bool) -> _Cand:
    """Attach "of <unit>" (for vague plurals), bound prefixes and trend to a candidate."""
    if of_unit:
        m = re.compile(r"\s+of\s+").match(text, cand.end)
        unit = _unit_at(text, m.end() - 1, False) if m else None
        if unit is not None and unit[0]:
            cand.unit, cand.end = unit[0], unit[2]
    bound = cand.bound
    cand.bound = "="
    _prefixes(text, cand, False)
    cand.bound = bound if cand.bound == "=" else cand.bound
    return replace(cand)
