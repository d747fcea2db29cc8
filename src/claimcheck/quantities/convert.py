"""Convert a value between two units of the same dimension ("tonne" to "kilogram").

The sizes are data (``data/conversions.yaml``). A rate converts when both its parts do:
``tonne_per_year`` to ``kilogram_per_year`` is x1000, ``mile_per_hour`` to
``kilometre_per_hour`` goes through the speed table or through length and time.
"""

from __future__ import annotations

from ._data import load
from .units import CURRENCY_FAMILIES, MONEY_UNITS

_SIZES: dict[str, tuple[str, float]] = {
    unit: (dimension, float(size))
    for dimension, units in load("conversions").items() for unit, size in units.items()
}


def factor(source: str, target: str) -> float | None:
    """How many ``target`` one ``source`` is, or None when they do not convert."""
    if source == target or target in CURRENCY_FAMILIES.get(source, ()):
        return 1.0  # ("kroner" taken as the Norwegian krone a fact states)
    a, b = _SIZES.get(source), _SIZES.get(target)
    if a is not None and b is not None:
        return a[1] / b[1] if a[0] == b[0] else None
    if "_per_" in source and "_per_" in target:
        top_s, _, bottom_s = source.partition("_per_")
        top_t, _, bottom_t = target.partition("_per_")
        top, bottom = factor(top_s, top_t), factor(bottom_s, bottom_t)
        if top is not None and bottom is not None:
            return top / bottom
    return None


def is_currency(unit: str | None) -> bool:
    """Whether ``unit`` is a currency ("dollar", "canadian_dollar", "euro")."""
    return unit is not None and unit in MONEY_UNITS

