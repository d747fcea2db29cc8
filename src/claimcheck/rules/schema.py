"""The shape of a rules file, validated strictly with pydantic.

These models sit at the edge where people write input; everything past the
loader works with the frozen dataclasses in :mod:`claimcheck.rules.model`.
Unknown keys are errors (``extra="forbid"``) so a typo never silently
disables a rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, field_validator

from claimcheck.checking.policies import POLICY_CONFIGS
from claimcheck.rules.fields import Examples, Identifier, Severity, Strict

EntityKind = Literal["organisation", "product", "place", "person", "other"]
ValueType = Literal[
    "share", "count", "quantity", "place", "year", "date", "duration", "category", "boolean"
]


class EntitySpec(Strict):
    """Something claims are made about: an organisation, a product, a place."""

    id: Identifier
    name: str
    kind: EntityKind = "organisation"
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
    type: ValueType
    cues: list[str] = []
    nouns: list[str] = []
    place: Identifier | None = None
    complement: ComplementSpec | None = None
    unit: str | None = None
    values: dict[Identifier, list[str]] = {}
    kinds: list[EntityKind] = []
    age: bool = False


FactValue = float | int | str | list[float]


class FactSpec(Strict):
    """The known value of one subject's attribute, with its source."""

    id: Identifier
    subject: Identifier
    attribute: Identifier
    value: FactValue
    place: Identifier | None = None
    tolerance: float = Field(default=0.0, ge=0)
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
