"""Rules files: entities, attributes, facts and policies, loaded and validated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.rules.loader import load_rules, rules_files
    from claimcheck.rules.model import Origin, RuleSet, valid_on

__all__ = ["Origin", "RuleSet", "load_rules", "rules_files", "valid_on"]

_HOMES = {"load_rules": "loader", "rules_files": "loader", "Origin": "model",
          "RuleSet": "model", "valid_on": "model"}


def __getattr__(name: str) -> Any:
    # Loaded on first use, not on import: the policy kinds import
    # claimcheck.rules.fields, and the schema (which the loader needs) imports them back.
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"claimcheck.rules.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
