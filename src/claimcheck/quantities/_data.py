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
    """A non-capturing alternation of ``phrases``; the longest phrase wins."""
    return trie_alternation(phrases)


def word_alternation(phrases: Iterable[str]) -> str:
    """Like :func:`alternation`, but phrases that start/end with a letter need word edges."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for p in {str(p) for p in phrases}:
        groups.setdefault((p[:1].isalnum(), p[-1:].isalnum()), []).append(p)
    parts = []
    for (head, tail), members in sorted(groups.items(), reverse=True):
        parts.append((r"\b" if head else "") + trie_alternation(members) + (r"\b" if tail else ""))
    return "(?:" + "|".join(parts) + ")"


def norm_key(phrase: str) -> str:
    """Normalise a matched phrase for dictionary lookup (lowercase, single spaces)."""
    return " ".join(phrase.lower().split())


NUMBERS = load("numbers")
UNITS = load("units")
CURRENCY = load("currency")
MODIFIERS = load("modifiers")


def _trie_regex(trie: dict[str, dict], ) -> str:  # type: ignore[type-arg]
    """Render a character trie as a regex; the end-of-word marker is the key ""."""
    optional = "" in trie
    branches = []
    for ch in sorted(k for k in trie if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(trie[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def trie_alternation(phrases: Iterable[str]) -> str:
    """A fast alternation: a trie-shaped regex that fails at the first wrong character.

    Python's regex engine tries every branch of a flat alternation at every position, which
    is far too slow for long word lists; a trie fails after one character instead. Greedy
    optional tails make the longest phrase win.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in {" ".join(str(p).split()) for p in phrases}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"
