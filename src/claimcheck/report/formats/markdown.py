"""``--format markdown``: the report as a pull-request comment (GitHub-flavoured Markdown).

A title and a summary table come first, so a reviewer sees the counts without
scrolling; then one collapsed ``<details>`` block per file, each flag with its
place, verdict, severity and rule, the sentence with the claim in bold, and
what was found and expected. Article text can hold anything, so every piece
of it is escaped for Markdown and for inline HTML before it is written.
"""

from __future__ import annotations

import html
import re
from itertools import groupby

from claimcheck.findings import VERDICTS, Finding
from claimcheck.report.formats.common import details, related_label
from claimcheck.report.model import FileError, Report

TITLE = "claimcheck report"
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]|~#$])")
"""Characters that start emphasis, code, links, tables, strikethrough, headings or maths."""
BLOCK_START = re.compile(r"^([-+=]|\d{1,9}[.)])")
"""Text that would open a list or underline a heading at the start of a line (``>`` is
escaped as ``&gt;``, which opens nothing)."""
"""How a related place stands to the flagged claim, by verdict."""


def render(report: Report) -> str:
    """The report as Markdown with a trailing newline."""
    blocks = [f"## {TITLE}", _overview(report), _verdict_table(report), _severities(report)]
    flags = report.flags
    if flags:
        blocks.append("### Flags")
        for path, findings in groupby(flags, key=lambda f: f.span.path):
            blocks.append(_file_block(path, list(findings)))
    else:
        blocks.append("No flags.")
    if report.errors:
        blocks.append(_errors(report.errors))
    return "\n\n".join(blocks) + "\n"


def escape(text: str, line_start: bool = False) -> str:
    """Article or rules text made literal in Markdown: whitespace folded, markup escaped.

    ``line_start`` says the text opens a line, where ``- ``, ``+ `` or ``1. `` would
    start a list.
    """
    flat = MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(text.split()))
    if line_start:
        flat = BLOCK_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], flat)
    return html.escape(flat, quote=False)


def code(text: str) -> str:
    """``text`` as an inline code span, fenced with more backticks than it contains."""
    flat = " ".join(text.split())
    runs = [len(run) for run in re.findall(r"`+", flat)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _overview(report: Report) -> str:
    flags = len(report.flags)
    return (
        f"**{_plural(flags, 'flag')}** in {_plural(len(report.documents), 'document')} "
        f"({_plural(report.claims, 'claim')} checked as of {report.as_of.isoformat()}, "
        f"claimcheck {escape(report.version)})."
    )


def _verdict_table(report: Report) -> str:
    counts = report.by_verdict()
    rows = ["| verdict | count |", "| --- | ---: |"]
    rows += [f"| {verdict} | {counts[verdict]} |" for verdict in VERDICTS]
    return "\n".join(rows)


def _severities(report: Report) -> str:
    counts = report.by_severity()
    parts = [f"{counts[s]} {s}" for s in ("error", "warning", "info")]
    return f"Flags by severity: {' · '.join(parts)}; {_plural(len(report.errors), 'file error')}."


def _file_block(path: str, findings: list[Finding]) -> str:
    summary = f"<code>{html.escape(path)}</code> ({_plural(len(findings), 'flag')})"
    parts = [f"<details>\n<summary>{summary}</summary>"]
    parts += [_finding(f) for f in findings]
    parts.append("</details>")
    return "\n\n".join(parts)


def _finding(finding: Finding) -> str:
    span = finding.span
    head = (
        f"**{code(f'{span.path}:{span.line}:{span.column}')}** · {finding.verdict} · "
        f"{finding.severity} · {code(finding.rule)}"
    )
    facts = [f"- {label}: {escape(text)}" for label, text in details(finding)]
    label = related_label(finding)
    facts += [
        f"- {label}: {code(f'{o.path}:{o.line}:{o.column}')} “{escape(o.text)}”"
        for o in finding.related
    ]
    return "\n\n".join(
        [
            head,
            escape(finding.message, line_start=True),
            f"> {_sentence(finding)}",
            "\n".join(facts),
        ]
    )


def _sentence(finding: Finding) -> str:
    """The sentence, escaped, with the claim's words in bold when they can be found in it."""
    span = finding.span
    start = max(span.offset, 0)
    end = start + len(span.text)
    if not span.text.strip() or span.sentence[start:end] != span.text:
        return escape(span.sentence, line_start=True)
    # <strong> rather than ** : emphasis markers next to punctuation do not always open.
    before, words, after = span.sentence[:start], span.text, span.sentence[end:]
    return "".join(
        [
            escape(before, line_start=True) + (" " if before[-1:].isspace() else ""),
            f"<strong>{escape(words)}</strong>",
            (" " if after[:1].isspace() else "") + escape(after),
        ]
    ).strip()


def _errors(errors: tuple[FileError, ...]) -> str:
    lines = ["### Files that could not be checked", ""]
    lines += [f"- {code(e.place)}: {escape(e.message)}" for e in errors]
    return "\n".join(lines)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
