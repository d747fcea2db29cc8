"""The value object produced by quantity extraction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Allowed values of :attr:`Quantity.bound`.
BOUNDS = ("=", "~", ">", ">=", "<", "<=")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number stated in a text, with its unit, hedging and direction."""

    text: str
    """Surface string, exactly ``input[start:end]`` (includes bound words and currency)."""
    start: int
    """Offset of the first character in the input text."""
    end: int
    """Offset one past the last character in the input text."""
    value: float | None
    """The stated number (already multiplied out: "$1.2bn" -> 1.2e9); None for a range."""
    range: tuple[float, float] | None
    """(low, high) for a stated range such as "20-30%", else None."""
    unit: str | None
    """Canonical unit name ("percent", "dollar", "kilometre", ...), None for a bare count."""
    bound: str
    """How the number relates to the truth: one of "=", "~", ">", ">=", "<", "<="."""
    trend: str | None
    """"up" or "down" when a trend verb ("rose", "fell") governs the number, else None."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict with the same keys (the range as a list)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "range": list(self.range) if self.range is not None else None,
            "unit": self.unit,
            "bound": self.bound,
            "trend": self.trend,
        }
