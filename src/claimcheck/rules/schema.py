"""The shape of a rules file, validated strictly with pydantic.

These models sit at the edge where people write input; everything past the
loader works with the frozen dataclasses in :mod:`claimcheck.rules.model`.
Unknown keys are errors (``extra="forbid"``) so a typo never silently
disables a rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AliasChoices, BeforeValidator, Field, ValidationInfo, field_validator

from claimcheck.checking.policies import POLICY_CONFIGS
from claimcheck.rules.fields import Examples, Identifier, Severity, Strict

EntityKind = Literal["organisation", "product", "place", "person", "other"]
KIND_SYNONYMS = {
    "organization": "organisation", "company": "organisation", "brand": "organisation",
    "org": "organisation", "business": "organisation", "model": "product",
    "country": "place", "region": "place", "city": "place", "state": "place",
    "location": "place", "people": "person",
}
"""Spellings people write for an entity kind, and the kind they mean."""
TYPE_SYNONYMS = {"percentage": "share", "proportion": "share", "number": "count",
                 "amount": "quantity", "money": "quantity", "location": "place"}
ValueType = Literal[
    "share", "count", "quantity", "place", "year", "date", "duration", "category", "boolean"
]


def _kind(value: object) -> object:
    return KIND_SYNONYMS.get(value.lower(), value.lower()) if isinstance(value, str) else value


def _kinds(value: object) -> object:
    return [_kind(v) for v in value] if isinstance(value, list) else value


def _number(value: object) -> object:
    """ "25%" is 0.25 and "1,200" is 1200; ids and other text are left alone."""
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        scale = 0.01 if text.endswith("%") else 1.0
        try:
            return float(text.rstrip("%").strip()) * scale
        except ValueError:
            return value
    if isinstance(value, list):
        return [_number(v) for v in value]
    return value


class EntitySpec(Strict):
    """Something claims are made about: an organisation, a product, a place."""

    id: Identifier
    name: str = Field(validation_alias=AliasChoices("name", "display_name"))
    kind: Annotated[EntityKind, BeforeValidator(_kind)] = "organisation"
    aliases: list[str] = []
    adjectives: list[str] = []
    parent: Identifier | None = None


class ComplementSpec(Strict):
    """What counts as the other side of a share (domestic ↔ abroad)."""

    cues: list[str] = []
    places: list[Identifier] = []


class AttributeSpec(Strict):
    """A kind of thing said about a subject, and the words that signal it."""

    id: Identifier
    name: str | None = None
    type: Annotated[ValueType, BeforeValidator(
        lambda v: TYPE_SYNONYMS.get(v, v) if isinstance(v, str) else v)] = Field(
        validation_alias=AliasChoices("type", "value_type"))
    cues: list[str] = Field(default=[], validation_alias=AliasChoices("cues", "cue_words"))
    nouns: list[str] = []
    place: Identifier | None = None
    complement: ComplementSpec | None = None
    unit: str | None = None
    values: dict[Identifier, list[str]] = {}
    kinds: Annotated[list[EntityKind], BeforeValidator(_kinds)] = []
    age: bool = False
    per: Literal["day", "week", "month", "year"] | None = None
    """A quantity counted per period ("pairs made per year"): rates over other periods
    convert, and a total over many years ("100 million pairs since 1982") is not one."""
    single: bool = False
    """A place attribute with one value (where a company was founded, its head office):
    two claimed places, neither inside the other, are inconsistent. Without it a place
    attribute may hold many ("made in Maine" and "made in Massachusetts")."""

    @field_validator("per")
    @classmethod
    def _per_needs_a_quantity(cls, per: str | None, info: ValidationInfo) -> str | None:
        if per is not None and info.data.get("type") != "quantity":
            raise ValueError("'per' applies only to an attribute of type quantity")
        return per

    @field_validator("single")
    @classmethod
    def _single_needs_a_place(cls, single: bool, info: ValidationInfo) -> bool:
        if single and info.data.get("type") != "place":
            raise ValueError("'single' applies only to an attribute of type place")
        return single


FactValue = float | int | str | list[float]


class FactSpec(Strict):
    """The known value of one subject's attribute, with its source."""

    id: Identifier
    subject: Identifier
    attribute: Identifier
    value: Annotated[FactValue, BeforeValidator(_number)]
    place: Identifier | None = None
    tolerance: Annotated[float, BeforeValidator(_number)] = Field(default=0.0, ge=0)
    unit: str | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    source: str = Field(min_length=1)
    note: str | None = None
    severity: Severity = "error"
    examples: Examples | None = None

    @field_validator("value")
    @classmethod
    def _range_has_two_ends(cls, value: FactValue) -> FactValue:
        if isinstance(value, list) and (len(value) != 2 or value[0] > value[1]):
            raise ValueError("a range value is a list of two numbers [low, high], low <= high")
        return value


PolicySpec = Annotated[POLICY_CONFIGS, Field(discriminator="kind")]  # type: ignore[valid-type]


class RulesFile(Strict):
    """One YAML rules file; every section is optional."""

    entities: list[EntitySpec] = []
    attributes: list[AttributeSpec] = []
    facts: list[FactSpec] = []
    policies: list[PolicySpec] = []
