"""Policy kinds: one module per kind, each with a ``Config`` model and a ``check``.

A kind is code; its instances are YAML under ``rules/policies/``. To add a
kind, write a module with ``Config`` (a :class:`~claimcheck.rules.fields.RuleBase`
with a ``kind`` literal) and ``check(config, context)``, and list it here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any, Union

from claimcheck.checking.policies import (
    consistency,
    environmental,
    origin,
    required_source,
    superlative,
    time_sensitive,
)

KINDS: dict[str, ModuleType] = {
    "origin": origin,
    "environmental": environmental,
    "superlative": superlative,
    "time-sensitive": time_sensitive,
    "required-source": required_source,
    "consistency": consistency,
}
"""Policy kind name → module implementing it."""

POLICY_CONFIGS = Union[tuple(module.Config for module in KINDS.values())]  # type: ignore[valid-type]  # noqa: UP007


def checker(config: Any) -> Callable[..., Iterator[Any]]:
    """The ``check`` function of a policy instance's kind."""
    return KINDS[config.kind].check  # type: ignore[no-any-return]
