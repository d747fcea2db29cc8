"""Checks that span rules files: duplicate ids, unknown references, value types.

pydantic checks each file's shape; these checks need all files at once, and
still point at the exact key in the exact file.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import Node

from claimcheck.errors import Place, RulesError
from claimcheck.rules.schema import AttributeSpec, FactSpec, RulesFile

Parsed = list[tuple[str, Node | None, RulesFile]]
_NUMERIC = {"share", "count", "quantity", "year", "duration", "date"}


@dataclass
class Broken:
    """What failed to load: the ids of the items left out, or a whole file or section.

    A reference to a broken item is not reported (the item's own mistake is), and when a
    whole file failed no unknown reference is, nor one into a section that failed as a whole
    or holds an item without an id, as any could point into it.
    """

    ids: set[str] = field(default_factory=set)
    sections: set[str] = field(default_factory=set)
    """Sections with an item that has no id, or that are wrong as a whole."""
    whole_file: bool = False
    #: (file, section) -> the original index of each item kept, for places in the file
    kept: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    #: facts left out, as written: (file, original index, the mapping)
    raw_facts: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)

    def hides(self, ref: str, section: str) -> bool:
        """Whether a reference to ``ref`` in ``section`` may point at a broken item."""
        return self.whole_file or ref in self.ids or section in self.sections


def check_references(parsed: Parsed, broken: Broken | None = None) -> list[RulesError]:
    """Every cross-file mistake in ``parsed``, each with its place."""
    from claimcheck.rules.loader import position

    broken = broken or Broken()

    def at(path: str, node: Node | None, loc: tuple[Any, ...]) -> Place:
        kept = broken.kept.get((path, loc[0]))
        if kept is not None:
            loc = (loc[0], kept[loc[1]], *loc[2:])
        return Place(path, *position(node, loc))

    errors: list[RulesError] = []
    ids: dict[str, Place] = {}
    entities: dict[str, Any] = {}
    attributes: dict[str, AttributeSpec] = {}
    for path, node, rules in parsed:
        for section, items in (("entities", rules.entities), ("attributes", rules.attributes),
                               ("facts", rules.facts), ("policies", rules.policies)):
            for index, item in enumerate(items):
                place = at(path, node, (section, index, "id"))
                if item.id in ids:
                    errors.append(RulesError(
                        f"duplicate id {item.id!r} (first defined at {ids[item.id]}); "
                        "ids must be unique across all rules files", place))
                ids.setdefault(item.id, place)
        entities.update({e.id: e for e in rules.entities})
        attributes.update({a.id: a for a in rules.attributes})
    places = {i for i, e in entities.items() if e.kind == "place"}
    for path, node, rules in parsed:
        for problem, loc, ref in _problems(rules, entities, places, attributes):
            section = "attributes" if problem.startswith("unknown attribute") else "entities"
            if ref is None or not broken.hides(ref, section):
                errors.append(RulesError(problem, at(path, node, loc)))
    nodes = {path: node for path, node, _ in parsed}
    for path, index, item in broken.raw_facts:
        for key, known, what, section in (("subject", entities, "entity", "entities"),
                                          ("attribute", attributes, "attribute", "attributes"),
                                          ("place", places, "place", "entities")):
            ref = item.get(key)
            if isinstance(ref, str) and ref not in known and not broken.hides(ref, section):
                errors.append(RulesError(_unknown(what, ref, known), Place(
                    path, *position(nodes.get(path), ("facts", index, key)))))
    return errors


def _problems(
    rules: RulesFile, entities: dict[str, Any], places: set[str],
    attributes: dict[str, AttributeSpec],
) -> Iterator[tuple[str, tuple[Any, ...], str | None]]:
    for i, entity in enumerate(rules.entities):
        if entity.parent is not None and entity.parent not in entities:
            yield (_unknown("entity", entity.parent, entities), ("entities", i, "parent"),
                   entity.parent)
    for i, attribute in enumerate(rules.attributes):
        if attribute.place is not None and attribute.place not in places:
            yield (_unknown("place", attribute.place, places), ("attributes", i, "place"),
                   attribute.place)
        for j, place in enumerate(attribute.complement.places if attribute.complement else []):
            if place not in places:
                yield (_unknown("place", place, places),
                       ("attributes", i, "complement", "places", j), place)
        if attribute.unit is not None and not _known_unit(attribute.unit):
            yield _unknown_unit(attribute.unit), ("attributes", i, "unit"), None
        if attribute.type == "category" and not attribute.values:
            yield ("a category attribute needs 'values' (category id → words that name it)",
                   ("attributes", i, "type"), None)
    for i, fact in enumerate(rules.facts):
        yield from _fact_problems(i, fact, entities, places, attributes)
    for i, policy in enumerate(rules.policies):
        for key in ("attribute", "share_attribute"):
            ref = getattr(policy, key, None)
            if ref is not None and ref not in attributes:
                yield _unknown("attribute", ref, attributes), ("policies", i, key), ref
        for j, ref in enumerate(getattr(policy, "attributes", None) or []):
            if ref not in attributes:
                yield (_unknown("attribute", ref, attributes),
                       ("policies", i, "attributes", j), ref)
        ref = getattr(policy, "place", None)
        if ref is not None and ref not in places:
            yield _unknown("place", ref, places), ("policies", i, "place"), ref


def _fact_problems(
    i: int, fact: FactSpec, entities: dict[str, Any], places: set[str],
    attributes: dict[str, AttributeSpec],
) -> Iterator[tuple[str, tuple[Any, ...], str | None]]:
    if fact.subject not in entities:
        yield _unknown("entity", fact.subject, entities), ("facts", i, "subject"), fact.subject
    if fact.place is not None and fact.place not in places:
        yield _unknown("place", fact.place, places), ("facts", i, "place"), fact.place
    if fact.valid_from and fact.valid_until and fact.valid_from > fact.valid_until:
        yield ("valid_from is after valid_until; the period would be empty",
               ("facts", i, "valid_from"), None)
    if fact.unit is not None and not _known_unit(fact.unit):
        yield _unknown_unit(fact.unit), ("facts", i, "unit"), None
    attribute = attributes.get(fact.attribute)
    if attribute is None:
        yield (_unknown("attribute", fact.attribute, attributes), ("facts", i, "attribute"),
               fact.attribute)
        return
    problem = _value_problem(fact.value, attribute, places)
    if problem:
        # a place value may name a place entity that failed to load
        ref = str(fact.value) if attribute.type == "place" else None
        yield problem, ("facts", i, "value"), ref


def _value_problem(value: Any, attribute: AttributeSpec, places: set[str]) -> str | None:
    kind = attribute.type
    if kind in _NUMERIC:
        if isinstance(value, str):
            return f"value {value!r} is not a number; a {kind} fact needs a number or [low, high]"
        if kind == "share" and not all(0 <= v <= 1 for v in _numbers(value)):
            return f"value {value!r} is not a share; write shares as fractions from 0 to 1 (0.25)"
        if kind == "count" and any(v < 0 or v != int(v) for v in _numbers(value)):
            return (f"value {value!r} is no count; a count is a whole number, 0 or more "
                    "(a range: [low, high])")
    elif kind == "place" and value not in places:
        return _unknown("place", str(value), places)
    elif kind == "category" and value not in attribute.values:
        return _unknown(f"category of {attribute.id}", str(value), attribute.values)
    return None


def _known_unit(unit: str) -> bool:
    """A unit the quantity extractor can give a claim, a rate of two ("litre_per_year"), a
    power ("kilometre_per_square_second") or an inverse ("inverse_second")."""
    from claimcheck.quantities.units import KNOWN_UNITS

    def known(part: str) -> bool:
        for prefix in ("inverse_", "square_", "cubic_"):
            part = part.removeprefix(prefix)
        return part in KNOWN_UNITS

    return all(known(part) for part in unit.split("_per_"))


def _unknown_unit(unit: str) -> str:
    from claimcheck.quantities.units import KNOWN_UNITS

    known = sorted(KNOWN_UNITS)
    guess = did_you_mean(unit, known) or "".join(
        did_you_mean(part, known).replace("did you mean", f"for {part!r}, did you mean")
        for part in unit.split("_per_") if part not in KNOWN_UNITS)[:200]
    return (f"unknown unit {unit!r}{guess}; a unit is one that claimcheck reads in articles "
            "(dollar, euro, kilogram, litre, pair, percent, ...: `claimcheck extract` shows "
            "the unit of a figure)")


def _numbers(value: Any) -> list[float]:
    return [float(v) for v in value] if isinstance(value, list) else [float(value)]


def _unknown(what: str, ref: str, known: Any) -> str:
    names = sorted(known)
    guess = did_you_mean(ref, names)
    shown = ", ".join(names[:12]) + (f", ... ({len(names)} in all)" if len(names) > 12 else "")
    return f"unknown {what} {ref!r}{guess}; known: {shown or 'none declared'}"


def did_you_mean(word: str, choices: list[str]) -> str:
    """ " (did you mean 'x'?)" for the closest choice, or nothing."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""
