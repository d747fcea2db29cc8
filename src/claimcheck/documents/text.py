"""Plain-text articles: paragraphs are separated by blank lines."""

from __future__ import annotations

import re

from claimcheck.documents.directives import Directive, find
from claimcheck.documents.frontmatter import parse_front_matter, split_front_matter
from claimcheck.documents.model import (
    BlockKind,
    Document,
    SourceMap,
    TextBuilder,
    cell_separator,
    cell_suffix,
    line_starts_of,
    opens_timeline_row,
    timeline_separator,
    timeline_suffix,
)

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_QUOTE_MARKER = re.compile(r"\s*(?:>\s?)+")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+")
_COMMENT = re.compile(r"<!--.*?-->")
# a short label and its colon opening a line: "Founded: 1911", "Instruments built a year:
# about 3,800", "1934: ..." (not "At 11:00", nor a long sentence with a colon)
_LABEL_LINE = re.compile(r"[ \t]*[A-Z0-9][\w&'’/().-]*(?:[ \t]+[\w&'’/().-]+){0,5}:[ \t]+\S")
_SENTENCE_END = ('.', '!', '?', '"', "”", "’", "'", ")")


def read_text(path: str, source: str) -> Document:
    """Build a :class:`Document` from a plain-text file's decoded contents.

    A one-line paragraph without closing punctuation is a heading (``Design
    Phase:``); lines starting with a bullet or a number are list items; other
    line breaks inside a paragraph are soft wraps.
    """
    raw, body_start = split_front_matter(source, path)
    meta = parse_front_matter(raw, path) if raw is not None else None
    builder = TextBuilder()
    starts = line_starts_of(source)
    directives: list[Directive] = []
    for start, end in _paragraphs(source, body_start):
        _add_paragraph(builder, source, start, end, directives, starts)
    text, segments, blocks = builder.build()
    return Document(
        path=path,
        text=text,
        source_map=SourceMap(segments, starts),
        directives=tuple(directives),
        blocks=blocks,
        marks=builder.marks,
        date=meta.date if meta else None,
        title=meta.title if meta else None,
        url=meta.url if meta else None,
    )


def _paragraphs(source: str, start: int) -> list[tuple[int, int]]:
    spans = []
    for gap in _BLANK_LINES.finditer(source, start):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(source)))
    return spans


# A column table's heading line of years ("              2025        2024"), its columns
# two spaces or more apart
_YEAR_COLUMNS = re.compile(r"[ \t]*(?:19|20)\d\d(?:[ \t]{2,}(?:19|20)\d\d)+[ \t]*")
_FIGURE = re.compile(r"[~≈<>]?[$€£]?\(?-?\d[\d.,]*\)?\s?%?[*¹²³⁴⁵⁶⁷⁸⁹]*|[-–—]|n/a", re.IGNORECASE)


def _add_row(builder: TextBuilder, line: str, offset: int, years: list[str]) -> bool:
    """Write a row of a column table under a heading line of years ("Watches delivered
    9,300  8,600" under "2025  2024") as "Watches delivered: 9,300 (2025); 8,600 (2024)":
    each figure dated by its column, as a year in brackets after a figure dates it. False
    for a line that is no such row. (Hand-written: no library reads text tables aligned by
    spaces back to their source columns.)"""
    cells = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]
    if len(cells) != len(years) + 1 or not all(_FIGURE.fullmatch(c) for _, c in cells[1:]):
        return False
    builder.end_block()
    label_at, label = cells[0]
    builder.add(label, offset + label_at, "table_row")
    for (at, figure), year in zip(cells[1:], years, strict=True):
        builder.add_separator(": " if at == cells[1][0] else "; ")
        builder.add(figure, offset + at, "table_row")
        builder.add_separator(f" ({year})")
    builder.end_block()
    return True


# a row of a table drawn with pipes: "Norway, ME | 1982 | 300 workers" (a line of dashes
# and pipes or pluses, "---|---", "----+----", is only a rule)
_PIPE_ROW = re.compile(r"[ \t]*\|?[^|\n]*(?:\|[^|\n]*)+")
_PIPE_RULE = re.compile(r"[ \t]*[|+]?(?:[ \t]*:?[-=]{2,}:?[ \t]*[|+]?)+[ \t]*")


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a pipe-table row, each with its offset in the line."""
    found, at = [], 0
    body = line.rstrip()
    lead = len(body) - len(body.lstrip())
    if body[lead:lead + 1] == "|":  # "| a | b |": the outer pipes close no cell
        lead += 1
        if body.endswith("|"):
            body = body[:-1]
    for part in body[lead:].split("|"):
        stripped = part.strip()
        found.append((lead + at + part.find(stripped[:1]) if stripped else lead + at, stripped))
        at += len(part) + 1
    return found


def _pipe_table(lines: list[str]) -> int:
    """Where a table drawn with pipes starts among ``lines`` (its heading row, with two
    rows or more of as many cells after it; a title line may stand above it), else -1."""
    rows = [i for i, line in enumerate(lines) if _PIPE_ROW.fullmatch(line)
            and not _PIPE_RULE.fullmatch(line)]
    if len(rows) < 3 or [i for i in range(rows[0])
                         if not _PIPE_RULE.fullmatch(lines[i])] not in ([], [0]):
        return -1  # (rule lines, or one title line, may stand above the heading row)
    width = len(_cells(lines[rows[0]]))
    return rows[0] if width >= 2 and all(len(_cells(lines[i])) == width for i in rows) else -1


def _add_pipe_table(builder: TextBuilder, lines: list[str], offset: int) -> None:
    """Write a table drawn with pipes as a Markdown table is read (see
    :func:`~claimcheck.documents.model.opens_timeline_row`): each row a block, a timeline
    line or a record under word headings ("Norway, ME: Opened: 1982; Workforce: 300
    workers"), else its cells joined by commas. (Hand-written: Markdown parsers want the
    rule line under the headings that plain-text tables often lack.)"""
    header: list[str] = []
    for line in lines:
        if not line.strip() or _PIPE_RULE.fullmatch(line):
            offset += len(line) + 1
            continue
        cells = _cells(line)
        builder.end_block()
        timeline = bool(header) and opens_timeline_row(cells[0][1], header)
        written = 0
        for k, (at, content) in enumerate(cells):
            if content:
                if written:
                    builder.add_separator(timeline_separator(k, header, content, written == 1)
                                          if timeline else cell_separator(k, cells[0][1], content))
                builder.add(content, offset + at, "table_row")
                if k:
                    builder.add_separator(timeline_suffix(k, header, content) if timeline
                                          else cell_suffix(k, header, content))
                written += 1
        header = header or [content for _, content in cells]
        builder.end_block()
        offset += len(line) + 1


def _add_paragraph(builder: TextBuilder, source: str, start: int, end: int,
                   directives: list[Directive], starts: tuple[int, ...]) -> None:
    lines = source[start:end].split("\n")
    offset = start
    table = _pipe_table(lines) if source.find("|", start, end) >= 0 else -1
    if table >= 0:
        if table and not _PIPE_RULE.fullmatch(lines[0]):  # its title: "US factories"
            builder.end_block()
            builder.add(lines[0].strip(), offset + len(lines[0]) - len(lines[0].lstrip()),
                        "heading")
            builder.end_block()
            offset += len(lines[0]) + 1
            lines = lines[1:]
        _add_pipe_table(builder, lines, offset)
        return
    single = sum(1 for line in lines if line.strip() and not _COMMENT.fullmatch(line.strip())) == 1
    # a fact box or a timeline, a "Label: value" line each ("Founded: 1911, outside
    # Bakersville", "Workshops: 2", "1934: moved to Spruce Pine"): each line an item of its
    # own, not soft-wrapped into one sentence
    boxed = sum(1 for line in lines if _LABEL_LINE.match(line)) >= 2
    labelled = False  # a label line of the box has been read
    quoting = False  # the lines so far are a quotation
    years: list[str] = []  # the column headings of a table of years, once its heading is read
    for line in lines:
        body = line.strip()
        if _COMMENT.fullmatch(body):
            directives.extend(find(source, starts, offset, offset + len(line), builder.length))
            offset += len(line) + 1
            continue  # a line that is only an HTML-style comment is a note, not prose
        if not years and _YEAR_COLUMNS.fullmatch(line):
            builder.end_block()
            years = body.split()
            offset += len(line) + 1
            continue  # "   2025   2024": the columns' years, for the rows below
        if years and _add_row(builder, line, offset, years):
            offset += len(line) + 1
            continue
        if body:
            marker = _LIST_MARKER.match(line)
            quoted = None if marker else _QUOTE_MARKER.match(line)
            if marker:
                builder.end_block()
                lead = marker.end()
                kind: BlockKind = "list_item"
            elif boxed and _LABEL_LINE.match(line):
                builder.end_block()
                lead = len(line) - len(line.lstrip())
                kind = "list_item"
                labelled = True
            elif quoted:  # "> And yes, ..." under "MarinaMats wrote:": a quoted message
                if not quoting:
                    builder.end_block()
                lead = quoted.end()
                kind = "quote"
            else:
                if quoting:
                    builder.end_block()  # the quotation ends where the reply goes on
                lead = len(line) - len(line.lstrip())
                # (a fact box's first line, before its labels, names what it is about:
                # "New Balance" then "Founded: 1906")
                named = boxed and not labelled and len(body.split()) <= 8
                kind = ("heading" if (single or named) and not body.endswith(_SENTENCE_END)
                        else "paragraph")
                if named:
                    builder.end_block()
            quoting = quoted is not None
            builder.add(line[lead:].rstrip(), offset + lead, kind)
            builder.add_space()
        offset += len(line) + 1
    builder.end_block()
