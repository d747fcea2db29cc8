"""Turn extracted quantities into comparable claim values (intervals)."""

from __future__ import annotations

import datetime as dt

from claimcheck.claims.lexicon import lexicon
from claimcheck.intervals import Interval
from claimcheck.quantities import Quantity

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
    """A share quantity as an interval within [0, 1]."""
    scale = 0.01 if quantity.unit == "percent" else 1.0
    interval = interval_of(quantity, scale, lexicon().spread_share)
    return interval.intersect(Interval(0.0, 1.0))


def is_count(quantity: Quantity) -> bool:
    """True for a bare number that could count things ("five factories")."""
    return quantity.unit is None and quantity.trend is None and not is_share(quantity)


def is_duration(quantity: Quantity) -> bool:
    """True for a span of time that can date an event ("several decades")."""
    return quantity.unit in YEARS_PER_UNIT


def years_before(quantity: Quantity, anchor: dt.date) -> Interval:
    """The years in which something happened ``quantity`` before ``anchor``.

    "Over 100 years" before 2026 is (-inf, 1926); "40 years" is 1985 to 1987.
    """
    duration = interval_of(quantity, YEARS_PER_UNIT[quantity.unit or "year"], 0.1)
    if quantity.bound == "=" and quantity.range is None:
        duration = Interval(duration.low - EXACT_DURATION_SLACK,
                            duration.high + EXACT_DURATION_SLACK)
    return duration.negate().shift(anchor.year)


def year_interval(quantity: Quantity) -> Interval:
    """A calendar year (or decade, "the 1990s") as an interval of years."""
    return interval_of(quantity, 1.0, 0.0) if quantity.bound != "~" else Interval(
        (quantity.value or 0) - 2, (quantity.value or 0) + 2)
