"""The terminal report for reviewers: flags grouped by file, then a summary.

Rendered with rich into a string, so it is tested without a terminal;
colour is added only when the caller says the output is a terminal.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from itertools import groupby

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.findings import VERDICTS, Finding
from claimcheck.report.model import DocumentResult, Report

STYLES = {
    "contradicted": "bold red", "inconsistent": "bold magenta", "policy": "bold yellow",
    "unverified": "cyan", "supported": "green",
    "error": "red", "warning": "yellow", "info": "blue",
}


def render(report: Report, color: bool = False, width: int = 100) -> str:
    """The whole report as text; ANSI colour only when ``color`` is true."""
    out = io.StringIO()
    console = Console(file=out, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, color_system="standard" if color else None)
    documents = {d.path: d for d in report.documents}
    for path, findings in groupby(report.shown, key=lambda f: f.span.path):
        _file(console, documents.get(path), path)
        for finding in findings:
            _finding(console, finding)
    for error in report.errors:
        # one line, never wrapped: ``path:line:col: error: ...`` is what editors and grep read
        console.print(Text.assemble((error.place, "bold"), ": ", ("error", "bold red"), ": ",
                                    error.message), soft_wrap=True)
    _summary(console, report)
    return "\n".join(line.rstrip() for line in out.getvalue().split("\n"))


def _file(console: Console, document: DocumentResult | None, path: str) -> None:
    when = ""
    if document is not None and document.read_at is not None:
        when = {"document": f"dated {document.read_at}",
                "config": f"dated {document.read_at} by the configuration",
                "as-of": f"undated; read as of {document.read_at} (--as-of)",
                "today": f"undated; read as of today, {document.read_at}"}.get(
                    document.date_source or "", "")
    console.print(Text.assemble((path, "bold underline"), f"  ({when})" if when else ""))


def _finding(console: Console, finding: Finding) -> None:
    span = finding.span
    head = Text.assemble(
        "  ", (f"{span.path}:{span.line}:{span.column}", "bold"), "  ",
        (finding.verdict, STYLES[finding.verdict]), "  ",
        (finding.severity, STYLES[finding.severity]), "  ", (finding.rule, "dim"),
    )
    console.print(head)
    _indented(console, Text(finding.message))
    _indented(console, Text.assemble("> ", _sentence(finding)))
    _indented(console, Text.assemble("found:    ", finding.found))
    if finding.claim is not None and finding.claim.speaker:
        _indented(console, Text.assemble("said by:  ", finding.claim.speaker))
    if finding.expected is not None:
        _indented(console, Text.assemble("expected: ", finding.expected.text))
        if finding.expected.source:
            _indented(console, Text.assemble("source:   ", (finding.expected.source, "italic")))
    label = {"contradicted": "agrees:  ", "inconsistent": "conflicts:"}.get(finding.verdict,
                                                                           "see also:")
    for other in finding.related:
        _indented(console, Text.assemble(f"{label} ", (f"{other.path}:{other.line}:"
                                                       f"{other.column}", "bold"), "  ",
                                         f"“{_clip(other.text, 70)}”"))
    console.print()


def _indented(console: Console, text: Text) -> None:
    console.print(Padding(text, (0, 0, 0, 4)))


def _sentence(finding: Finding) -> Text:
    span = finding.span
    raw = span.sentence
    start = max(span.offset, 0)
    end = start + len(span.text)
    if raw[start:end] != span.text:
        return Text(_flat(raw))
    return Text.assemble(_flat(raw[:start]), ("»", "bold"), (_flat(span.text), "bold reverse"),
                         ("«", "bold"), _flat(raw[end:]))


def _flat(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) to one space, keeping the edges."""
    return re.sub(r"\s+", " ", text)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _clip(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _summary(console: Console, report: Report) -> None:
    verdicts = report.by_verdict()
    table = Table(title="Summary", title_justify="left", show_header=True, box=None,
                  pad_edge=False)
    table.add_column("verdict")
    table.add_column("count", justify="right")
    for verdict in VERDICTS:
        table.add_row(Text(verdict, STYLES[verdict]), str(verdicts[verdict]))
    console.print(table)
    severities = report.by_severity()
    per_severity = defaultdict(int, severities)
    console.print(Text.assemble(
        f"{_count(len(report.documents), 'document')}, {_count(report.claims, 'claim')}, ",
        (_count(len(report.flags), "flag"), "bold"),
        f" ({per_severity['error']} error, {per_severity['warning']} warning, "
        f"{per_severity['info']} info), {_count(len(report.errors), 'file error')}"
        + (f", {report.baselined} known flags left out (--baseline)" if report.baselined else ""),
    ))
