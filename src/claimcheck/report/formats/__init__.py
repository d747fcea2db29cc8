"""Output formats: each a module with a pure ``render(report) -> str``."""

from __future__ import annotations

from enum import StrEnum
from typing import assert_never

from claimcheck.report.formats import github, html, json, junit, markdown, sarif, text
from claimcheck.report.model import Report


class Format(StrEnum):
    """The formats ``--format`` accepts (and ``outputs:`` in the configuration)."""

    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"
    html = "html"


def render(report: Report, output_format: Format, color: bool = False) -> str:
    """``report`` in ``output_format``; ``color`` only affects the terminal format."""
    match output_format:
        case Format.text:
            return text.render(report, color=color)
        case Format.json:
            return json.render(report)
        case Format.sarif:
            return sarif.render(report)
        case Format.github:
            return github.render(report)
        case Format.junit:
            return junit.render(report)
        case Format.markdown:
            return markdown.render(report)
        case Format.html:
            return html.render(report)
        case _:
            assert_never(output_format)
