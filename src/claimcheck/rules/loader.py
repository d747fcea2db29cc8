"""Load rules files: YAML with line marks (PyYAML nodes, see marks.py), validated by pydantic.

Every mistake is reported as ``file:line:col: what is wrong; what is allowed``
and all mistakes of a run are collected before failing, so one run shows the
author everything to fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from yaml.nodes import Node

from claimcheck.documents import display_path
from claimcheck.errors import Place, RulesError, RulesErrors, UsageError
from claimcheck.rules import marks
from claimcheck.rules.model import Origin, RuleSet
from claimcheck.rules.references import Broken, check_references, did_you_mean
from claimcheck.rules.schema import RulesFile

RULES_SUFFIXES = (".yaml", ".yml")


def rules_files(paths: Iterable[str | Path]) -> list[Path]:
    """The rules files under ``paths`` (files or folders, searched recursively)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in path.rglob("*") if p.suffix in RULES_SUFFIXES and p.is_file())
        else:
            hint = ("the default is ./rules: run from the folder that holds your rules "
                    "folder, or pass --rules with a rules folder or file"
                    if str(raw) == "rules" else "pass --rules with a rules folder or file")
            raise UsageError(f"rules path {raw} does not exist ({hint})")
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise UsageError(f"no rules files (*.yaml) found in {shown}")
    return sorted(set(found), key=lambda p: p.as_posix())


def load_rules(paths: Iterable[str | Path]) -> RuleSet:
    """Load, validate and merge every rules file under ``paths``.

    Raises :class:`RulesErrors` listing every mistake with its place.
    """
    errors: list[RulesError] = []
    parsed: list[tuple[str, Node | None, RulesFile]] = []
    broken = Broken()
    for path in rules_files(paths):
        shown = display_path(path)
        read = _read_yaml(path, shown, errors)
        if read is None:
            broken.whole_file = True
            continue
        data, node = read
        try:
            parsed.append((shown, node, RulesFile.model_validate(data)))
        except ValidationError as exc:
            errors.extend(_validation_errors(exc, data, node, shown))
            parsed.append((shown, node, _valid_part(exc, data, shown, broken)))
    # References are checked among the items that loaded, in the same run as the schema,
    # so one run shows every mistake; a reference to an item that failed to load is not
    # reported (the item is what is wrong), and none is when a whole file or section failed.
    errors.extend(check_references(parsed, broken))
    if errors:
        raise RulesErrors(sorted(errors, key=_error_key))
    return _merge(parsed)


def _read_yaml(path: Path, shown: str,
               errors: list[RulesError]) -> tuple[dict[str, Any], Node | None] | None:
    try:
        data, node = marks.load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = Place(shown, mark.line + 1, mark.column + 1) if mark else Place(shown)
        errors.append(RulesError(f"not valid YAML: {exc.problem or exc}", place))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(RulesError(f"cannot read rules file: {exc}", Place(shown)))
        return None
    for key, (line, column), (first, _) in marks.duplicate_keys(node):
        errors.append(RulesError(f"duplicate key {key!r} (first at line {first}); write each "
                                 "key once", Place(shown, line, column)))
    if data is None:
        return {}, node
    if not isinstance(data, dict):
        errors.append(RulesError(
            "a rules file must be a mapping; allowed top-level keys: "
            + ", ".join(RulesFile.model_fields), Place(shown, 1, 1)))
        return None
    return {str(k): v for k, v in data.items()}, node


position = marks.position


def _valid_part(exc: ValidationError, data: dict[str, Any], shown: str,
                broken: Broken) -> RulesFile:
    """The items of a file that failed validation that are valid on their own.

    The ids of the items left out go into ``broken``; so does a section that is wrong as a
    whole (not a list, misspelled) or holds an item without an id.
    """
    bad: dict[str, set[int]] = {}
    for error in exc.errors():
        loc = error["loc"]
        if len(loc) >= 2 and isinstance(loc[1], int):
            bad.setdefault(str(loc[0]), set()).add(loc[1])
        elif loc and str(loc[0]) in RulesFile.model_fields:
            broken.sections.add(str(loc[0]))  # "facts: 3": the section as a whole
        else:  # an unknown section ("entitys:"): the one it was meant to be, if it is clear
            meant = difflib.get_close_matches(str(loc[0]) if loc else "",
                                              list(RulesFile.model_fields), n=1)
            if meant:
                broken.sections.add(meant[0])
            else:
                broken.whole_file = True
    kept: dict[str, list[Any]] = {}
    for section in RulesFile.model_fields:
        items = data.get(section)
        if not isinstance(items, list):
            continue
        indexes = [i for i in range(len(items)) if i not in bad.get(section, ())]
        kept[section] = [items[i] for i in indexes]
        broken.kept[(shown, section)] = indexes
        for i in bad.get(section, ()):
            item = items[i] if i < len(items) else None
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                broken.ids.add(item["id"])
                if section == "facts":
                    # its references are still checked, so that one run lists all of a
                    # fact's mistakes ("missing 'source'" and "unknown entity 'acmee'")
                    broken.raw_facts.append((shown, i, item))
            else:
                broken.sections.add(section)  # an item without an id: any reference into
                # its section may be to it
    try:
        return RulesFile.model_validate(kept)
    except ValidationError:  # an item valid alone but not beside the others: keep nothing
        broken.whole_file = True
        return RulesFile()


def _validation_errors(exc: ValidationError, data: dict[str, Any], node: Node | None,
                       path: str) -> Iterator[RulesError]:
    for error in exc.errors():
        loc = error["loc"]
        kind = error["type"]
        line, column = position(node, loc, key=kind == "extra_forbidden")
        yield RulesError(_describe(error, data), Place(path, line, column))


def _describe(error: Any, node: dict[str, Any]) -> str:
    from claimcheck.checking.policies import KINDS

    loc = list(error["loc"])
    owner = _owner(loc, node)
    field = str(loc[-1]) if loc else "file"
    kind = error["type"]
    if kind == "extra_forbidden":
        keys = _allowed_keys(loc[:-1], node)
        return (f"unknown key {field!r} in {owner}{did_you_mean(field, keys)}; allowed keys: "
                f"{', '.join(keys) or 'none'}")
    if kind == "missing":
        return f"{owner} is missing required key {field!r}"
    if kind == "union_tag_invalid":
        return f"{owner}: unknown policy kind; allowed kinds: {', '.join(KINDS)}"
    if kind == "union_tag_not_found":
        return f"{owner} needs a 'kind'; allowed kinds: {', '.join(KINDS)}"
    keys = [str(step) for step in loc[2:] if isinstance(step, str) and step not in KINDS]
    message = error["msg"].removeprefix("Value error, ")
    where = f"{owner}, {'.'.join(keys)}" if keys else owner
    return f"{where}: {message} (found {error.get('input')!r})"


def _owner(loc: list[Any], node: dict[str, Any]) -> str:
    """Names the rule an error is in: "fact 'nb-founded'" or "policy #3"."""
    if not loc:
        return "rules file"
    section = str(loc[0])
    singular = {"entities": "entity", "attributes": "attribute", "facts": "fact",
                "policies": "policy"}.get(section, section)
    if len(loc) < 2 or not isinstance(loc[1], int):
        return f"section {section!r}"
    items = node.get(section)
    item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return f"{singular} {item['id']!r}"
    return f"{singular} #{loc[1] + 1}"


def _allowed_keys(loc: list[Any], node: dict[str, Any]) -> list[str]:
    model = _model_at(loc, node)
    if model is None:
        return []
    return [field.alias or name for name, field in model.model_fields.items()]


def _model_at(loc: list[Any], node: Any) -> type[BaseModel] | None:
    from claimcheck.checking.policies import KINDS
    from claimcheck.rules import schema

    sections: dict[str, type[BaseModel]] = {
        "entities": schema.EntitySpec, "attributes": schema.AttributeSpec,
        "facts": schema.FactSpec,
    }
    if not loc:
        return schema.RulesFile
    if loc[0] == "policies" and len(loc) >= 2:
        item = node.get("policies", [])
        kind = item[loc[1]].get("kind") if isinstance(loc[1], int) and loc[1] < len(item) \
            and isinstance(item[loc[1]], dict) else None
        model = KINDS[kind].Config if kind in KINDS else None
    else:
        model = sections.get(loc[0])
    if len(loc) > 2 and isinstance(loc[-1], str):
        nested: dict[str, type[BaseModel]] = {"examples": schema.Examples,
                                              "complement": schema.ComplementSpec}
        return nested.get(loc[-1], model)
    return model


def _error_key(error: RulesError) -> tuple[str, int, int, str]:
    place = error.place or Place("")
    return (place.path, place.line or 0, place.column or 0, error.message)


def _merge(parsed: list[tuple[str, Node | None, RulesFile]]) -> RuleSet:
    entities, attributes, facts, policies, origins = {}, {}, [], [], {}
    for path, node, rules in parsed:
        for section, items in (("entities", rules.entities), ("attributes", rules.attributes),
                               ("facts", rules.facts), ("policies", rules.policies)):
            for index, item in enumerate(items):
                line, column = position(node, (section, index))
                origins[item.id] = Origin(path, line, column)
        entities.update({e.id: e for e in rules.entities})
        attributes.update({a.id: a for a in rules.attributes})
        facts.extend(rules.facts)
        policies.extend(rules.policies)
    return RuleSet(entities, attributes, tuple(facts), tuple(policies), origins,
                   tuple(path for path, _, _ in parsed))
