"""Words for values, so every message reads as a reviewer would say it."""

from __future__ import annotations

import math
from typing import Any

from claimcheck.claims.model import Claim
from claimcheck.intervals import Interval
from claimcheck.rules.model import RuleSet
from claimcheck.rules.schema import AttributeSpec, FactSpec


def fact_text(fact: FactSpec, attribute: AttributeSpec, rules: RuleSet) -> str:
    """A fact's value in words: "25% (± 5%)", "1906", "Asia", "trail-running"."""
    value = fact.value
    if attribute.type in ("place",):
        return rules.name(str(value))
    if attribute.type == "category":
        return str(value).replace("-", " ")
    tolerance = f" (± {_number(fact.tolerance, attribute)})" if fact.tolerance else ""
    per = _per(attribute)
    if isinstance(value, list):
        return (f"{_number(value[0], attribute)} to {_number(value[1], attribute)}{per}"
                f"{tolerance}")
    return f"{_number(float(value), attribute)}{per}{tolerance}"  # type: ignore[arg-type]


def _per(attribute: AttributeSpec) -> str:
    """" a year" for an attribute counted per year: "4,000,000 pairs a year"."""
    return f" a {attribute.per}" if attribute.per else ""


def claim_text(claim: Claim, rules: RuleSet) -> str:
    """What the claim says, in words: "around one-quarter (20% to 30%)"."""
    value = claim.value
    attribute = rules.attributes.get(claim.attribute)
    prefix = "not " if claim.negated else ""
    if value.ref is not None:
        name = rules.name(value.ref) if value.kind == "place" else value.ref.replace("-", " ")
        return f"{prefix}{name} (“{value.text}”)"
    if value.interval is None or attribute is None or (
            value.unit and attribute.unit and value.unit != attribute.unit):
        return f"{prefix}“{value.text}”"  # in its own unit: "C$42 million" is no $42,000,000
    meaning = interval_text(value.interval, attribute)
    if meaning in value.text:  # "27 retail stores" needs no "(27)"
        return f"{prefix}“{value.text}”"
    if "complement" in claim.qualifiers and attribute.place:
        # "Roughly 60% ... sold abroad" is checked as the share left for the place
        return (f"{prefix}“{value.text}” outside {rules.name(attribute.place)}, so {meaning} "
                f"in {rules.name(claim.scope or attribute.place)}")
    return f"{prefix}“{value.text}” ({meaning})"


def interval_text(interval: Interval, attribute: AttributeSpec) -> str:
    """An interval in the attribute's terms: "20% to 30%", "before 1926", "more than 5"."""
    text = _interval_words(interval, attribute)
    return text if text == "any value" else text + _per(attribute)


def _interval_words(interval: Interval, attribute: AttributeSpec) -> str:
    low, high = interval.low, interval.high
    year = attribute.type == "year"
    if math.isinf(low) and math.isinf(high):
        return "any value"
    if math.isinf(low):
        word = ("in or before" if not interval.high_open else "before") if year else (
            "at most" if not interval.high_open else "less than")
        return f"{word} {_number(high, attribute)}"
    if math.isinf(high):
        word = ("in or after" if not interval.low_open else "after") if year else (
            "at least" if not interval.low_open else "more than")
        return f"{word} {_number(low, attribute)}"
    if low == high:
        return _number(low, attribute)
    # (float(): an end may be a whole number of type int)
    if year and interval.high_open and not interval.low_open and float(low).is_integer() and \
            float(high).is_integer():
        high -= 1  # [1906, 1907) is the year 1906
        if low == high:
            return _number(low, attribute)
    return f"{_number(low, attribute)} to {_number(high, attribute)}"


def _number(value: Any, attribute: AttributeSpec) -> str:
    number = float(value)
    if attribute.type == "share":
        return f"{number * 100:.4g}%"
    if attribute.type == "year":
        return f"{int(number)}"
    if attribute.unit == "dollar":
        return f"${number:,.0f}"
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    if attribute.unit in _SIGNS:
        return f"{_SIGNS[attribute.unit]}{number:,.0f}"  # "€3,000,000"
    code = currency_code(attribute.unit)
    if code:
        return f"{code} {text}"  # "NOK 410,000,000"
    return f"{text} {unit_words(attribute.unit)}" if attribute.unit else text


def currency_code(unit: str | None) -> str | None:
    """The ISO code a currency is written with ("norwegian_krone" -> "NOK"), else None."""
    if unit is None:
        return None
    from claimcheck.quantities.units import CURRENCY_CODES

    return CURRENCY_CODES.get(unit)


def unit_words(unit: str) -> str:
    """A unit's name in words, plural: "dollar" -> "dollars", "canadian_dollar" -> "Canadian
    dollars", "litre_per_year" -> "litres per year"."""
    from claimcheck.quantities.convert import is_currency

    name, _, per = unit.partition("_per_")
    plural = _PLURALS.get(name)
    if plural is None:
        words = name.split("_")
        last = words[-1]
        if last.endswith("y") and last[-2:-1] not in "aeiou":
            words[-1] = last[:-1] + "ies"  # "century" -> "centuries"
        elif last not in _SAME_PLURAL and not last.endswith("s"):
            words[-1] = last + ("es" if last.endswith(("ch", "sh", "x")) else "s")
        if len(words) > 1 and is_currency(name):
            words[0] = words[0].capitalize()  # a currency's country: "Canadian dollars"
        plural = " ".join(words)
    return plural + (f" per {per.replace('_', ' ')}" if per else "")


_SIGNS = {"euro": "€", "pound_sterling": "£", "yen": "¥"}
_SAME_PLURAL = frozenset({"yen", "yuan", "won", "baht", "rand", "times"})
_PLURALS = {"foot": "feet", "square_foot": "square feet", "cubic_foot": "cubic feet",
            "pound_sterling": "pounds sterling", "norwegian_krone": "Norwegian kroner",
            "danish_krone": "Danish kroner", "swedish_krona": "Swedish kronor",
            "polish_zloty": "Polish zlotys", "krone": "kroner"}
