"""YAML with line marks, on PyYAML: the data, and where each value was written.

PyYAML composes a node tree whose every node knows its line and column; the
same loader then constructs plain data from that tree, so a file is parsed
once. Dates are left as text for pydantic to check (a bad date is then an
error with a place, not an exception), and duplicate keys, which YAML
silently collapses, are reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc,valid-type]
    """Safe loader (libyaml when available) that does not turn dates into objects."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str) -> tuple[Any, Node | None]:
    """Plain data and the node tree of one YAML document (``None`` when empty).

    Raises ``yaml.MarkedYAMLError`` for text that is not YAML.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


def position(node: Node | None, loc: Iterable[Any], *, key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the value at ``loc`` inside ``node``.

    Walks as far down ``loc`` as the YAML goes (pydantic adds union tags that
    are not in the file); with ``key`` the mapping key itself is pointed at.
    """
    if node is None:
        return 1, 1
    mark = node.start_mark
    steps = list(loc)
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        if isinstance(node, MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == step), None)
            if pair is None:
                continue
            mark = pair[0].start_mark if key and last else pair[1].start_mark
            node = pair[1]
        elif isinstance(node, SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            mark = node.start_mark
    return mark.line + 1, mark.column + 1


def duplicate_keys(node: Node | None) -> Iterator[tuple[str, tuple[int, int], tuple[int, int]]]:
    """Every key written twice in one mapping: (key, its place, the first place)."""
    if isinstance(node, MappingNode):
        seen: dict[str, tuple[int, int]] = {}
        for key, value in node.value:
            here = (key.start_mark.line + 1, key.start_mark.column + 1)
            if key.value in seen:
                yield str(key.value), here, seen[key.value]
            seen.setdefault(key.value, here)
            yield from duplicate_keys(value)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            yield from duplicate_keys(item)
