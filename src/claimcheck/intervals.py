"""Closed, open and half-open intervals over the real line.

Every numeric claim and fact becomes an interval: "around one-quarter" is
[0.2, 0.3], "over 100 years" is (100, inf), "most" is (0.5, 1]. Agreement is
overlap; contradiction is disjointness.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimcheck.records import pickled_by_fields

INF = math.inf


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Interval:
    """A set of reals between ``low`` and ``high``; either end may be open or infinite."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def point(cls, value: float) -> Interval:
        """The interval holding only ``value``."""
        return cls(value, value)

    @classmethod
    def around(cls, value: float, spread: float) -> Interval:
        """``value`` plus or minus ``spread``, closed."""
        return cls(value - spread, value + spread)

    @classmethod
    def bounded(cls, value: float, bound: str, spread: float = 0.0) -> Interval:
        """The interval a bound word gives: ``>`` 100 is (100, inf), ``~`` uses ``spread``."""
        match bound:
            case ">":
                return cls(value, INF, low_open=True, high_open=True)
            case ">=":
                return cls(value, INF, high_open=True)
            case "<":
                return cls(-INF, value, low_open=True, high_open=True)
            case "<=":
                return cls(-INF, value, low_open=True)
            case "~":
                return cls.around(value, spread)
            case _:
                return cls.point(value)

    @property
    def empty(self) -> bool:
        """True when no number lies in the interval."""
        if self.low > self.high:
            return True
        return self.low == self.high and (self.low_open or self.high_open)

    def intersect(self, other: Interval) -> Interval:
        """The numbers in both intervals (possibly empty)."""
        low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        high, high_open = min((self.high, not self.high_open), (other.high, not other.high_open))
        return Interval(low, high, low_open, not high_open)

    def overlaps(self, other: Interval) -> bool:
        """True when some number lies in both intervals."""
        return not self.intersect(other).empty

    def within(self, other: Interval) -> bool:
        """True when every number of this interval lies in ``other``."""
        return self.intersect(other) == self

    def scale(self, factor: float) -> Interval:
        """Every number multiplied by a positive ``factor``."""
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)

    def complement_share(self) -> Interval:
        """For a share in [0, 1]: the share of the rest (1 - x)."""
        return Interval(1 - self.high, 1 - self.low, self.high_open, self.low_open)

    def shift(self, offset: float) -> Interval:
        """Every number plus ``offset``."""
        return Interval(self.low + offset, self.high + offset, self.low_open, self.high_open)

    def negate(self) -> Interval:
        """Every number times -1 (used to turn 'N years ago' into a year)."""
        return Interval(-self.high, -self.low, self.high_open, self.low_open)

    def to_list(self) -> list[float | None]:
        """JSON form: ``[low, high]`` with ``None`` for an infinite end."""
        return [None if math.isinf(self.low) else self.low,
                None if math.isinf(self.high) else self.high]

    def __str__(self) -> str:
        left = "(" if self.low_open else "["
        right = ")" if self.high_open else "]"
        return f"{left}{_num(self.low)}, {_num(self.high)}{right}"


def _num(value: float) -> str:
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    return f"{value:g}"
