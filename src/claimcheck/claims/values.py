"""Turn extracted quantities into comparable claim values (intervals)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from claimcheck.claims.lexicon import lexicon
from claimcheck.intervals import Interval
from claimcheck.quantities import Quantity, convert

YEARS_PER_UNIT = {"year": 1.0, "decade": 10.0, "century": 100.0, "month": 1 / 12,
                  "week": 7 / 365.25, "day": 1 / 365.25, "millennium": 1000.0}
"""Duration units that can date an event, in years."""
EXACT_DURATION_SLACK = 1.0
"""People round durations: "for 40 years" allows a year either way."""


def interval_of(quantity: Quantity, scale: float = 1.0, spread: float | None = None) -> Interval:
    """The numbers a quantity allows, multiplied by ``scale``.

    A range is its two ends; "around" widens the value by a relative spread;
    "over", "at least" and the like leave one end open.
    """
    if spread is None:
        spread = lexicon().spread_other
    if quantity.range is not None:
        low, high = quantity.range
        interval = Interval(low * scale, high * scale)
        if quantity.bound == "~":
            return Interval(interval.low * (1 - spread), interval.high * (1 + spread))
        return interval
    value = (quantity.value or 0.0) * scale
    return Interval.bounded(value, quantity.bound, abs(value) * spread)


def is_share(quantity: Quantity) -> bool:
    """True for a percentage or a fraction of a whole ("one-quarter", "1 in 4")."""
    if quantity.unit == "percent":
        return True
    if quantity.unit is not None:
        return False
    numbers = quantity.range or (quantity.value or 0.0,)
    return all(0 < n < 1 for n in numbers)


def share_interval(quantity: Quantity) -> Interval:
    """A share quantity as an interval within [0, 1].

    "About" widens a share by a fraction of its distance to the nearer of 0 and 1:
    "around one-quarter" is 0.2 to 0.3, "about nine in ten" 0.88 to 0.92 (not 0.72 to 1,
    which would agree with 70%).
    """
    scale = 0.01 if quantity.unit == "percent" else 1.0
    if quantity.bound != "~":
        return interval_of(quantity, scale).intersect(Interval(0.0, 1.0))
    exact = interval_of(replace(quantity, bound="="), scale)
    spread = lexicon().spread_share
    low = exact.low - spread * min(exact.low, 1 - exact.low)
    high = exact.high + spread * min(exact.high, 1 - exact.high)
    return Interval(low, high).intersect(Interval(0.0, 1.0))


def is_count(quantity: Quantity) -> bool:
    """True for a bare number that could count things ("five factories")."""
    return quantity.unit is None and quantity.trend is None and not is_share(quantity)


def in_unit(quantity: Quantity, unit: str, per: str | None = None) -> bool:
    """True when ``quantity`` can be stated in ``unit`` (see :func:`unit_factor`)."""
    return unit_factor(quantity, unit, per) is not None


# A rate's period in units of another: "20 pairs a day" is 7,305 pairs a year.
PERIODS_PER_YEAR = {"year": 1.0, "month": 12.0, "week": 365.25 / 7, "day": 365.25}


def unit_factor(quantity: Quantity, unit: str, per: str | None = None) -> float | None:
    """What to multiply ``quantity`` by to state it in ``unit``, or None.

    The same unit, or another of its dimension ("2,000 metric tons" in kilograms). For an
    attribute counted ``per`` a period (``per: year``, "pairs made per year"), a rate over
    another period converts ("20,000 pairs a week" is about 1.04 million a year). Without
    ``per``, a yearly rate still counts as the attribute's unit, other periods do not.
    """
    if quantity.unit is None:
        return None
    same = convert.factor(quantity.unit, unit)  # also a rate in a rate unit ("$/kg")
    stated, _, period = quantity.unit.partition("_per_")
    if same is not None or not period:
        return same
    if per is None:
        return convert.factor(stated, unit) if period == "year" else None
    if period not in PERIODS_PER_YEAR or per not in PERIODS_PER_YEAR:
        return None
    base = convert.factor(stated, unit)
    return None if base is None else base * PERIODS_PER_YEAR[period] / PERIODS_PER_YEAR[per]


def is_duration(quantity: Quantity) -> bool:
    """True for a span of time that can date an event ("several decades")."""
    return quantity.unit in YEARS_PER_UNIT


def years_before(quantity: Quantity, anchor: dt.date) -> Interval:
    """The years in which something happened ``quantity`` before ``anchor``.

    Years are a continuous scale (1906.0 is the first of January 1906), so
    "over 100 years" before mid-2026 is (-inf, 1926.4) and "40 years" allows
    a year either way.
    """
    duration = interval_of(quantity, YEARS_PER_UNIT[quantity.unit or "year"], 0.1)
    if quantity.bound == "=" and quantity.range is None:
        duration = Interval(duration.low - EXACT_DURATION_SLACK,
                            duration.high + EXACT_DURATION_SLACK)
    return duration.negate().shift(fractional_year(anchor))


def fractional_year(date: dt.date) -> float:
    """``date`` as a year with a fraction: 2026-07-02 is about 2026.5."""
    return date.year + (date.timetuple().tm_yday - 1) / 365.25


def year_interval(quantity: Quantity) -> Interval:
    """A calendar year as the span of that year ("in 1906" is [1906, 1907)).

    A decade ("the 1990s") spans all its years; "around 1906" two years either way.
    """
    if quantity.range is not None:
        low, high = quantity.range
        return Interval(low, high + 1, high_open=True)
    year = quantity.value or 0.0
    if quantity.bound == "~":
        return Interval(year - 2, year + 3, high_open=True)
    return Interval.bounded(year, quantity.bound) if quantity.bound != "=" else Interval(
        year, year + 1, high_open=True)
