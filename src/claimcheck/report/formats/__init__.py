"""Output formats: each a module with a pure ``render(report) -> str``."""

from __future__ import annotations

from enum import Enum

from claimcheck.report.formats import json, text


class Format(str, Enum):
    """The formats ``--format`` accepts."""

    text = "text"
    json = "json"


RENDERERS = {Format.text: text.render, Format.json: json.render}
"""Format → its render function."""
