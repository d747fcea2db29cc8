"""Output formats: each a module with a pure ``render(report) -> str``."""

from __future__ import annotations

from enum import StrEnum
from typing import assert_never

from claimcheck.report.formats import json, text
from claimcheck.report.model import Report


class Format(StrEnum):
    """The formats ``--format`` accepts."""

    text = "text"
    json = "json"


def render(report: Report, output_format: Format, color: bool = False) -> str:
    """``report`` in ``output_format``; ``color`` only affects the terminal format."""
    match output_format:
        case Format.text:
            return text.render(report, color=color)
        case Format.json:
            return json.render(report)
        case _:
            assert_never(output_format)
