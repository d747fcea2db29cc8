"""Both ends of a change "from A to B": "the share fell from 26.1% in 2010 to 22.8% in 2020"
claims 26.1% for 2010 and 22.8% for 2020, "grew from three factories to five" claims five
now and three as an earlier value.

The other builders read one end (the first share, the count whose noun follows it, the
level after "fell from ... to"); :func:`build_change_ends` runs after them and adds the
end they left, with what the first one claimed, then dates each end by the year written
right after it. An end with no year of its own is dated as the clause dates it when it is
the level reached ("In 2020 the share rose from 20% to 25%"), and is an earlier value,
compared with nothing, when it is where the change started.

The quantity extractor reads "from 4 to 5 million pairs" after a verb of change as one
range with a trend (the README's convention); :func:`split_change` cuts it back into its
two ends for claims.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimcheck.checking.consistency import EARLIER
from claimcheck.claims import values as v
from claimcheck.claims.builders.counts import with_context_unit
from claimcheck.claims.model import Value
from claimcheck.quantities import Quantity
from claimcheck.quantities._context import TREND_OF

if TYPE_CHECKING:
    from claimcheck.claims.extractor import ClauseView

# the quantity extractor's verbs of change (``trend_verbs`` in quantities/data/modifiers.yaml),
# one word each, and verbs of going ("went from five factories to four")
CHANGE_VERBS = "(?:" + "|".join(sorted(
    {verb for verb in TREND_OF if " " not in verb and verb not in ("up", "down", "higher", "lower")}
    | {"went", "gone", "goes", "going", "moved", "doubled", "halved", "trebled", "tripled",
       "quadrupled"},
    key=len, reverse=True)) + ")"
# the verb, then up to four words ("cut its US workforce from"), then "from"
_FROM = re.compile(r"\b" + CHANGE_VERBS + r"\s+(?:[\w'’.-]+\s+){0,4}?from\s+\Z", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*(?:,\s*)?\b(?:in|by)\s+(?:(?:early|mid|late)\s+)?"
                         r"(?P<year>(?:1[5-9]|20)\d\d)\b(?!\s*[-–]\d)", re.IGNORECASE)
# the counted noun between the ends: "from five US factories to four"
_NOUN = re.compile(r"(?:\s+(?!(?:in|by|to)\b)[A-Za-z][\w'’-]*){1,3}(?=\s*,?\s+(?:in|by|to)\b)")
_TO = re.compile(r"\s*,?\s+to\s+\Z", re.IGNORECASE)
_SPLIT_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_REACH = 60  # characters from the verb to "from"


def split_change(full: str, quantities: list[Quantity]) -> list[Quantity]:
    """Each range read from "from A to B" after a verb of change, as its two ends."""
    out: list[Quantity] = []
    for q in quantities:
        if (q.trend is None or q.range is None or not q.text.lower().startswith("from ")
                or _FROM.search(full, max(0, q.start - _REACH), q.start + 5) is None):
            out.append(q)
            continue
        to = _SPLIT_TO.search(q.text)
        if to is None:
            out.append(q)
            continue
        low, high = q.range
        first, last = (low, high) if q.trend == "up" else (high, low)
        out.append(Quantity(q.text[5:to.start()], q.start + 5, q.start + to.start(), first,
                            None, q.unit, "=", None))
        out.append(Quantity(q.text[to.end():], q.start + to.end(), q.end, last, None, q.unit,
                            q.bound, None))
    return out


def build_change_ends(view: ClauseView) -> None:
    """The end of each "from A to B" that the builders before left unclaimed, and the
    year of both (see the module's docstring)."""
    if not view.claims or len(view.quantities) < 2:
        return
    quantities = [q for q in view.quantities if q.unit != "calendar_year"]
    for subject, attribute, value, start, end, extra in list(view.claims):
        if value.kind not in ("count", "quantity", "share") or "change end" in extra:
            continue
        own = _quantity_of(view, quantities, value, start, end)
        pair = None if own is None else _pair(view, quantities, own)
        if own is None or pair is None:
            continue
        first, last = pair
        other = last if own is first else first
        claimed = [c[5] for c in view.claims if c[0].id == subject.id and c[1] == attribute
                   and _quantity_of(view, [other], c[2], c[3], c[4]) is other]
        if not claimed:
            other_value = _value_like(view, value, own, other,
                                      "complement" in extra.get("qualifiers", ()))
            if other_value is None:
                continue
            claimed = [dict(extra)]
            view.claims.append((subject, attribute, other_value, min(start, other.start),
                                other.end, claimed[0]))
        _date(view, extra, own is first, first, last)
        for other_extra in claimed:
            _date(view, other_extra, other is first, first, last)


def _quantity_of(view: ClauseView, quantities: list[Quantity], value: Value, start: int,
                 end: int) -> Quantity | None:
    """The quantity a claim's value was read from."""
    return next((q for q in quantities if start <= q.start < end
                 and view.full.startswith(value.text, q.start)), None)


def _pair(view: ClauseView, quantities: list[Quantity],
          own: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two ends of the change ``own`` is an end of, first and last, or None."""
    at = quantities.index(own)
    for first, last in ((own, quantities[at + 1] if at + 1 < len(quantities) else None),
                        (quantities[at - 1] if at > 0 else None, own)):
        if first is None or last is None:
            continue
        if _FROM.search(view.full, max(view.clause.start, first.start - _REACH),
                        first.start) is None:
            continue
        gap = view.full[first.end:last.start]
        noun = _NOUN.match(gap)  # "from five US factories to four"
        gap = gap[noun.end():] if noun else gap
        year = _YEAR_AFTER.match(gap)
        rest = gap[year.end():] if year else gap
        if _TO.fullmatch(rest) or _TO.fullmatch(" " + rest.lstrip()):
            return first, last
    return None


def _value_like(view: ClauseView, value: Value, own: Quantity, other: Quantity,
                complement: bool) -> Value | None:
    """``other`` as a value of the kind and unit the claim of ``own`` has (a share of the
    complement's side as the attribute's: "made abroad rose from 70% to 75%")."""
    text = view.full[other.start:other.end]
    if value.kind == "share":
        if not v.is_share(other):
            return None
        interval = v.share_interval(other)
        return Value("share", text, interval.complement_share() if complement else interval,
                     unit=value.unit)
    if value.kind == "count":
        if other.unit is not None:
            return None
        return Value("count", text, v.interval_of(other), unit=value.unit)
    stated = with_context_unit(view, replace(other, unit=other.unit or own.unit))
    if value.unit is None:
        return None
    scale = v.unit_factor(stated, value.unit) if stated.unit != value.unit else 1.0
    if scale is None:
        return None
    return Value("quantity", text, v.interval_of(stated, scale), unit=value.unit)


def _date(view: ClauseView, extra: dict, starts: bool, first: Quantity,
          last: Quantity) -> None:
    """Date one end by the year right after it; the start of an undated change is an
    earlier value. ``extra`` is the claim's own, already in ``view.claims``: it is
    changed in place."""
    extra["change end"] = True
    after = (view.full[first.end:last.start] if starts
             else view.full[last.end:view.clause.end])
    noun = _NOUN.match(after)  # "from 60 stores in 2024 to 80"
    year = _YEAR_AFTER.match(after, noun.end() if noun else 0)
    written = int(year.group("year")) if year else None
    if written is not None and written > view.date.year:
        extra["period"] = (None, False)  # "to 60% in 2030": a plan, or a forecast
        extra["asserted"] = False
    elif written is not None:
        # ("to 25% in 2026" in an article of 2026 is now)
        extra["period"] = (written, True) if written < view.date.year else (None, False)
    elif starts:
        extra["period"] = (None, False)
        extra["asserted"] = False
        extra["qualifiers"] = [*extra.get("qualifiers", ()), EARLIER]
    elif _YEAR_AFTER.search(view.full, first.end, last.start):
        extra["period"] = (None, False)  # "from 3 in 2010 to 5": five now
