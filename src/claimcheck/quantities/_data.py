"""Load the YAML term lists once and turn them into regular-expression pieces."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml


def load(name: str) -> dict[str, Any]:
    """Return the parsed ``data/<name>.yaml`` file shipped with this package."""
    path = resources.files("claimcheck.quantities").joinpath("data").joinpath(f"{name}.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"quantities data file {name}.yaml must hold a mapping")
    return data


def phrase_pattern(phrase: str) -> str:
    """Escape ``phrase`` for a regex, letting each space match any run of whitespace."""
    return r"\s+".join(re.escape(part) for part in str(phrase).split())


def alternation(phrases: Iterable[str]) -> str:
    """Build a non-capturing alternation, longest phrase first so the longest match wins."""
    unique = sorted({str(p) for p in phrases}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_pattern(p) for p in unique) + ")"


def word_alternation(phrases: Iterable[str]) -> str:
    """Like :func:`alternation`, but phrases that start/end with a letter need word edges."""
    parts = []
    for p in sorted({str(p) for p in phrases}, key=lambda p: (-len(p), p)):
        pat = phrase_pattern(p)
        if p[:1].isalnum():
            pat = r"\b" + pat
        if p[-1:].isalnum():
            pat += r"\b"
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")"


def norm_key(phrase: str) -> str:
    """Normalise a matched phrase for dictionary lookup (lowercase, single spaces)."""
    return " ".join(phrase.lower().split())


NUMBERS = load("numbers")
UNITS = load("units")
CURRENCY = load("currency")
MODIFIERS = load("modifiers")
