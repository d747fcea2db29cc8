"""The validated rules of a run, indexed for the extraction and checking stages."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from claimcheck.rules.schema import AttributeSpec, EntitySpec, FactSpec


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a rule was written: file and line, for reports and ``explain``."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class RuleSet:
    """Every entity, attribute, fact and policy of a run, merged from all rules files."""

    entities: dict[str, EntitySpec]
    attributes: dict[str, AttributeSpec]
    facts: tuple[FactSpec, ...]
    policies: tuple[Any, ...]
    origins: dict[str, Origin] = field(default_factory=dict)
    """Rule id → where it was written."""
    files: tuple[str, ...] = ()
    _facts_by_key: dict[tuple[str, str], list[FactSpec]] = field(init=False, repr=False)
    count_attributes: tuple[AttributeSpec, ...] = field(init=False, repr=False)
    """The count attributes that name what they count (``nouns``), in rules order."""
    holders: frozenset[str] = field(init=False, repr=False)
    """The entities that are another's parent (states, counties, companies with products)."""

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[FactSpec]] = defaultdict(list)
        for fact in self.facts:
            index[(fact.subject, fact.attribute)].append(fact)
        object.__setattr__(self, "_facts_by_key", dict(index))
        object.__setattr__(self, "count_attributes", tuple(
            a for a in self.attributes.values() if a.type == "count" and a.nouns))
        object.__setattr__(self, "holders", frozenset(
            e.parent for e in self.entities.values() if e.parent))

    def facts_for(
        self, subject: str, attribute: str, date: dt.date | None = None
    ) -> list[FactSpec]:
        """Facts about ``subject``'s ``attribute`` valid on ``date`` (all, without a date)."""
        facts = self._facts_by_key.get((subject, attribute), [])
        if date is None:
            return list(facts)
        return [fact for fact in facts if valid_on(fact, date)]

    def has_facts(self, subject: str, attribute: str) -> bool:
        """True when any fact, valid at any time, covers ``subject``'s ``attribute``."""
        return (subject, attribute) in self._facts_by_key

    def ancestors(self, entity: str) -> list[str]:
        """``entity`` and every parent above it, nearest first (cycles are cut)."""
        chain: list[str] = []
        current: str | None = entity
        while current is not None and current not in chain:
            chain.append(current)
            spec = self.entities.get(current)
            current = spec.parent if spec else None
        return chain

    def within(self, inner: str, outer: str) -> bool:
        """True when ``inner`` is ``outer`` or lies inside it (Maine is within the USA)."""
        return outer in self.ancestors(inner)

    def tags(self, rule: str) -> set[str]:
        """Tags a rule can be selected by: a policy's tags and kind; for a fact,
        ``fact``, its attribute and its subject."""
        for policy in self.policies:
            if policy.id == rule:
                return {*policy.tags, policy.kind}
        for fact in self.facts:
            if fact.id == rule:
                return {"fact", fact.attribute, fact.subject}
        return set()

    def name(self, entity: str) -> str:
        """Display name of an entity or attribute value id."""
        spec = self.entities.get(entity)
        return spec.name if spec else entity


def valid_on(fact: FactSpec, date: dt.date) -> bool:
    """True when ``date`` lies in the fact's validity period (open ends allowed)."""
    if fact.valid_from is not None and date < fact.valid_from:
        return False
    return not (fact.valid_until is not None and date > fact.valid_until)
