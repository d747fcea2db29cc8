"""``--format html``: one standalone review page, every article with its flagged claims marked.

The page needs no network: the stylesheet and the script (``html_assets/``) are inlined and
every finding's details are rendered into the page, so it opens from a file, an e-mail or a
CI artifact. Each finding is numbered by its place in :attr:`Report.shown`. A claim is
highlighted where its :attr:`Span.start` points; a finding without a usable start, or one
whose words overlap an earlier mark, is listed under its article instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from html import escape
from importlib import resources

from claimcheck.findings import SEVERITIES, SEVERITY_RANK, VERDICTS, Finding, Span
from claimcheck.report.model import DocumentResult, Report, RuleInfo

Numbered = tuple[int, Finding]
"""A finding with its number on the page (its index in ``report.shown``)."""

_PACKAGE = "claimcheck.report.formats"
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_RELATED_LABEL = {"contradicted": "agrees", "inconsistent": "conflicts"}


def render(report: Report) -> str:
    """The report as one HTML page (UTF-8 text, no external resources), byte-stable."""
    numbered = list(enumerate(report.shown))
    by_path: dict[str, list[Numbered]] = {}
    for n, finding in numbered:
        by_path.setdefault(finding.span.path, []).append((n, finding))
    placed = {d.path: _placement(d, by_path.get(d.path, [])) for d in report.documents}
    anchors = {d.path: f"doc-{k}" for k, d in enumerate(report.documents)}
    marks = {(f.span.path, f.span.start): n for marked, _ in placed.values() for n, f in marked}
    articles = [_article(d, anchors[d.path], *placed[d.path]) for d in report.documents]
    strays = [pair for pair in numbered if pair[1].span.path not in anchors]
    if strays:
        articles.append(_unplaced(strays, "Findings in files not shown above"))
    rules = {r.id: r for r in report.rules}
    details = [_detail(n, f, rules.get(f.rule), anchors, marks) for n, f in numbered]
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>claimcheck report, as of {report.as_of.isoformat()}</title>",
        f"<style>\n{_asset('page.css')}</style>",
        "</head>",
        "<body>",
        _summary(report),
        '<div class="layout">',
        _filters(report),
        '<main id="articles">',
        *articles,
        "</main>",
        '<aside class="panel" id="panel" aria-labelledby="panel-title" aria-live="polite">',
        '<h2 id="panel-title">Finding</h2>',
        '<p class="hint" id="panel-hint">Select a highlighted claim (click it, or Tab to it and'
        " press Enter) to see its finding here. Escape closes it.</p>",
        *details,
        "</aside>",
        "</div>",
        f"<script>\n{_asset('page.js')}</script>",
        "</body>",
        "</html>",
    ]) + "\n"


def _asset(name: str) -> str:
    """A file of ``html_assets/``, shipped as package data."""
    return resources.files(_PACKAGE).joinpath("html_assets", name).read_text(encoding="utf-8")


def _placement(document: DocumentResult, findings: list[Numbered]
               ) -> tuple[list[Numbered], list[Numbered]]:
    """Split a document's findings into those marked in its text and those listed under it.

    Where spans overlap, the more severe finding gets the mark (then the earlier verdict of
    :data:`VERDICTS`), so the colour a reader sees is the worst one.
    """
    text = document.text or ""
    blocks = list(_blocks(text))

    def fits(span: Span) -> bool:
        end = span.start + len(span.text)
        return (span.start >= 0 and bool(span.text) and text[span.start:end] == span.text
                and any(s <= span.start and end <= e for s, e in blocks))

    candidates = sorted(
        (pair for pair in findings if fits(pair[1].span)),
        key=lambda p: (p[1].span.start, -SEVERITY_RANK[p[1].severity],
                       VERDICTS.index(p[1].verdict), p[0]))
    marked: list[Numbered] = []
    end = 0
    for n, finding in candidates:
        if finding.span.start >= end:
            marked.append((n, finding))
            end = finding.span.start + len(finding.span.text)
    numbers = {n for n, _ in marked}
    return marked, [pair for pair in findings if pair[0] not in numbers]


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each paragraph: the non-blank blocks between blank lines."""
    start = len(text) - len(text.lstrip())
    for gap in _BLANK_LINE.finditer(text, start):
        if gap.start() > start:
            yield start, gap.start()
        start = gap.end()
    if text[start:].strip():
        yield start, len(text.rstrip())


def _attrs(n: int, finding: Finding) -> str:
    """The data attributes the script filters and selects on."""
    return (f'data-finding="{n}" data-verdict="{finding.verdict}" '
            f'data-severity="{finding.severity}" data-rule="{escape(finding.rule)}" '
            f'data-file="{escape(finding.span.path)}"')


def _article(document: DocumentResult, anchor: str, marked: list[Numbered],
             listed: list[Numbered]) -> str:
    """One document: its title, path, paragraphs with marks, then its unmarked findings."""
    title = escape(document.title or document.path)
    lines = [f'<article class="document" id="{anchor}" data-file="{escape(document.path)}"'
             f' aria-labelledby="{anchor}-title">',
             f'<header><h2 id="{anchor}-title">{title}</h2>',
             f'<p class="place">{escape(document.path)}{_dated(document)}</p></header>']
    if document.error:
        lines.append(f'<p class="error">Not checked: {escape(document.error)}</p>')
    text = document.text or ""
    for start, end in _blocks(text):
        inside = [(n, f) for n, f in marked if start <= f.span.start < end]
        lines.append(f'<p class="prose">{_prose(text, start, end, inside)}</p>')
    if document.text is None and not document.error:
        lines.append('<p class="hint">The text of this document is not in the report.</p>')
    if listed:
        lines.append(_unplaced(listed, "Findings not marked in the text"))
    lines.append("</article>")
    return "\n".join(lines)


def _dated(document: DocumentResult) -> str:
    """Which date the claims were read at, worded as in the terminal report."""
    if document.read_at is None:
        return ""
    when = document.read_at.isoformat()
    return " · " + {"document": f"dated {when}", "config": f"dated {when} by the configuration",
                    }.get(document.date_source or "", f"undated, read as of {when}")


def _prose(text: str, start: int, end: int, marks: list[Numbered]) -> str:
    """The escaped text of one paragraph with a ``<mark>`` around each marked span."""
    out, at = [], start
    for n, finding in marks:
        span = finding.span
        stop = span.start + len(span.text)
        label = f"{finding.verdict}, {finding.severity}: {finding.rule}"
        out.append(escape(text[at:span.start]))
        out.append(f'<mark id="mark-{n}" class="verdict-{finding.verdict}" {_attrs(n, finding)}'
                   f' tabindex="0" role="button" aria-pressed="false" aria-controls="panel"'
                   f' title="{escape(label)}">{escape(span.text)}</mark>')
        at = stop
    out.append(escape(text[at:end]))
    return "".join(out)


def _unplaced(findings: list[Numbered], heading: str) -> str:
    """A list of findings that have no mark: each a button that selects it."""
    items = [
        f'<li {_attrs(n, f)}><button type="button" data-select="{n}" aria-pressed="false"'
        f' aria-controls="panel"><span class="badge verdict-{f.verdict}">{f.verdict}</span> '
        f'<span class="place">{escape(_place(f.span))}</span> {escape(f.message)}</button></li>'
        for n, f in findings
    ]
    return "\n".join([f'<section class="unplaced"><h3>{escape(heading)}</h3><ul>', *items,
                      "</ul></section>"])


def _place(span: Span) -> str:
    return f"{span.path}:{span.line}:{span.column}"


def _detail(n: int, finding: Finding, rule: RuleInfo | None, anchors: dict[str, str],
            marks: dict[tuple[str, int], int]) -> str:
    """Everything the side panel shows about one finding, hidden until it is selected."""
    span, expected = finding.span, finding.expected
    rows = [("Found", escape(finding.found))]
    if finding.claim is not None and finding.claim.speaker:
        rows.append(("Said by", escape(finding.claim.speaker)))
    if expected is not None:
        rows.append(("Expected", escape(expected.text)))
        if expected.source:
            rows.append(("Source", escape(expected.source)))
    rows.append(("Where", _link(span, anchors, marks)))
    rule_text = f"<code>{escape(finding.rule)}</code>"
    if rule is not None:
        place = f" ({escape(rule.place)})" if rule.place else ""
        rule_text += f" {escape(rule.description)}{place}"
    rows.append(("Rule", rule_text))
    lines = [f'<section class="detail" id="finding-{n}" data-detail="{n}" hidden>',
             f'<p><span class="badge verdict-{finding.verdict}">{finding.verdict}</span> '
             f'<span class="badge severity-{finding.severity}">{finding.severity}</span></p>',
             f'<p class="message">{escape(finding.message)}</p>',
             "<dl>", *(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows), "</dl>",
             f"<blockquote>{escape(' '.join(span.sentence.split()))}</blockquote>"]
    if finding.related:
        label = _RELATED_LABEL.get(finding.verdict, "see also")
        lines.append(f"<h3>Related places ({label})</h3><ul>")
        lines += [f"<li>{_link(other, anchors, marks)} “{escape(' '.join(other.text.split()))}”"
                  "</li>" for other in finding.related]
        lines.append("</ul>")
    lines.append("</section>")
    return "\n".join(lines)


def _link(span: Span, anchors: dict[str, str], marks: dict[tuple[str, int], int]) -> str:
    """``path:line:col``, linked to its mark on this page, else to its article, if any."""
    mark = marks.get((span.path, span.start))
    target = f"mark-{mark}" if mark is not None else anchors.get(span.path)
    place = f'<span class="place">{escape(_place(span))}</span>'
    return f'<a href="#{target}">{place}</a>' if target else place


def _summary(report: Report) -> str:
    """The page header: what was checked, and counts by verdict and by severity."""
    verdicts, severities = report.by_verdict(), report.by_severity()
    rows = "".join(f'<tr><th><span class="badge verdict-{v}">{v}</span></th>'
                   f"<td>{verdicts[v]}</td></tr>" for v in VERDICTS)
    sev_rows = "".join(f'<tr><th><span class="badge severity-{s}">{s}</span></th>'
                       f"<td>{severities[s]}</td></tr>" for s in SEVERITIES)
    errors = "".join(f"<li>{escape(e.place)}: {escape(e.message)}</li>" for e in report.errors)
    return "\n".join([
        '<header class="page-header">',
        "<h1>claimcheck report</h1>",
        f'<p class="meta">claimcheck {escape(report.version)} · as of '
        f"{report.as_of.isoformat()} · {len(report.documents)} documents, {report.claims}"
        f" claims, {len(report.flags)} flags, {len(report.errors)} file errors</p>",
        '<div class="summary">',
        f"<table><caption>Findings by verdict</caption>{rows}</table>",
        f"<table><caption>Flags by severity</caption>{sev_rows}</table>",
        "</div>",
        *([f'<ul class="file-errors">{errors}</ul>'] if errors else []),
        "</header>",
    ])


def _filters(report: Report) -> str:
    """Checkboxes for verdicts and severities, selects for rules and files (shown ones only)."""
    shown = report.shown
    verdicts = Counter(f.verdict for f in shown)
    severities = Counter(f.severity for f in shown)
    boxes: dict[str, list[tuple[str, int]]] = {
        "verdict": [(v, verdicts[v]) for v in VERDICTS if verdicts[v]],
        "severity": [(s, severities[s]) for s in SEVERITIES if severities[s]],
    }
    lines = ['<form class="filters" id="filters" aria-label="Filter findings">', "<h2>Filters</h2>"]
    for name, values in boxes.items():
        lines.append(f"<fieldset><legend>{name.capitalize()}</legend>")
        lines += [f'<label><input type="checkbox" name="{name}" value="{value}" checked> '
                  f'<span class="badge {name}-{value}">{value}</span> '
                  f'<span class="count">{count}</span></label>' for value, count in values]
        lines.append("</fieldset>")
    selects: dict[str, list[str]] = {
        "rule": sorted({f.rule for f in shown}),
        "file": sorted({f.span.path for f in shown}),
    }
    for name, options in selects.items():
        choices = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in options)
        lines.append(f'<fieldset><legend><label for="filter-{name}">{name.capitalize()}</label>'
                     f'</legend><select id="filter-{name}" name="{name}">'
                     f'<option value="">all {name}s</option>{choices}</select></fieldset>')
    lines += ['<button type="reset">Show all</button>', "</form>"]
    return "\n".join(lines)
