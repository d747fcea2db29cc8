"""HTML articles, parsed with the standard library's HTML parser.

``html.parser`` reports the exact line and column of every run of text it
hands over (character references are delivered separately when
``convert_charrefs`` is off), which is what an exact source map needs; tree
builders such as lxml keep only element lines.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser

from claimcheck.documents.directives import Directive, parse
from claimcheck.documents.frontmatter import coerce_date
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

_SKIPPED = {"script", "style", "pre", "code", "noscript", "template", "svg", "math", "textarea"}
_BLOCKS: dict[str, BlockKind] = {
    **{f"h{level}": "heading" for level in range(1, 7)},
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "tr": "table_row",
    "blockquote": "quote",
    "figcaption": "paragraph",
}
_BREAKS = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "ul", "ol",
    "dl", "table", "body", "form", "fieldset", "hr", "br", "figure", "details", "summary",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
         "wbr"}
_RUN = re.compile(r"\S+(?: \S+)*")


class _Extractor(HTMLParser):
    def __init__(self, path: str, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.path = path
        self.line_starts = line_starts_of(source)
        self.builder = TextBuilder()
        self.skip_depth = 0
        self.in_head = False
        self.in_title = False
        self.title: list[str] = []
        self.date: dt.date | None = None
        self.byline_date: dt.date | None = None  # a <time datetime> near the top of the text
        self.kinds: list[BlockKind] = []
        self.cell_ended = False  # a table cell closed: the next text in the row follows ", "
        self.directives: list[Directive] = []
        # a table's column headings (a first row of <th> cells), for timeline rows
        self.term_ended = False  # a <dt> has just closed
        self.headings: list[str] = []
        self.row_cells: list[tuple[str, list[str]]] = []  # this row's cells: tag, text
        self.rows_seen = 0  # rows of the current table read so far
        self.timeline = False  # the current row opens with a year under the headings

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip_depth += tag not in _VOID
        elif tag == "head":
            self.in_head = True
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            self._meta(dict(attrs))
        elif tag == "time" and self.byline_date is None and self.builder.length < _BYLINE_REACH:
            self.byline_date = _time_date(dict(attrs).get("datetime"))
        elif tag == "a" and dict(attrs).get("href"):
            self.builder.open_link()
        elif tag == "dd" and self.term_ended:
            # "<dt>1921</dt> <dd>founds the firm ...</dd>": a term and its definition are
            # one line, "1921: founds the firm ...", as "Founded: 1921" is
            self.term_ended = False
            self.builder.add_separator(": ")
            self.kinds.append(_BLOCKS[tag])
        elif tag in _BLOCKS:
            self.in_head = False  # "<head><title>T</title><h1>...": the body has begun
            self.term_ended = False
            self.builder.end_block()
            self.kinds.append(_BLOCKS[tag])
            self.cell_ended = False
            if tag == "tr":
                self.row_cells, self.timeline = [], False
        elif tag == "table":
            self.headings, self.rows_seen = [], 0
            self._break()
        elif tag in ("td", "th"):
            self.row_cells.append((tag, []))
        elif tag in _BREAKS:
            self.in_head = False  # a browser closes an unclosed <head> at <body> or <p>
            self._break()

    def _break(self) -> None:
        """End the block, except inside a table row, where "<td><p>7</p></td>" or a
        "<br>" only separates words of the row."""
        self.term_ended = False
        if self.kinds and self.kinds[-1] == "table_row":
            self.builder.add_space()
        else:
            self.builder.end_block()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag in _BREAKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip_depth = max(self.skip_depth - 1, 0)
        elif tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag == "a":
            self.builder.close_link()
        elif tag == "dt":
            if self.kinds:
                self.kinds.pop()
            if self.builder.ends_with("?"):
                self.builder.end_block()  # "<dt>When was Red Wing founded?</dt>": a question
                # its answer below answers, as under a question heading
            else:
                self.term_ended = True  # its definition may follow on the same line
        elif tag in _BLOCKS:
            self.builder.end_block()
            if self.kinds:
                self.kinds.pop()
            if tag == "tr":
                self._row_ended()
        elif tag in ("td", "th"):
            self.cell_ended = True  # "Member farms, 410": one block per row, as in Markdown
            if len(self.row_cells) > 1:
                suffix = timeline_suffix if self.timeline else cell_suffix
                self.builder.add_separator(suffix(
                    len(self.row_cells) - 1, self.headings, "".join(self.row_cells[-1][1])))
        elif tag in _BREAKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.skip_depth or self.in_head:
            return
        base = self._offset()
        kind = self.kinds[-1] if self.kinds else "paragraph"
        if not self._cell_text(data, kind):
            return
        first = True
        for run in _RUN.finditer(data):
            if not first or run.start() > 0:
                self.builder.add_space()
            self.builder.add(run.group(), base + run.start(), kind)
            first = False
        if data[-1:].isspace():
            self.builder.add_space()

    def _cell_text(self, text: str, kind: BlockKind) -> bool:
        """Note ``text`` as part of the current table cell, and write the separator a new
        cell needs; False for whitespace between two cells, which is no text."""
        if self.row_cells and kind == "table_row":
            self.row_cells[-1][1].append(text)
        if self.cell_ended:
            if not text.strip():
                return False
            cell = len(self.row_cells) - 1
            first = not any("".join(t).strip() for _, t in self.row_cells[1:-1])
            self.builder.add_separator(
                timeline_separator(cell, self.headings, text, first) if self.timeline
                else cell_separator(cell, "".join(self.row_cells[0][1]) if self.row_cells else "",
                                    text.lstrip()))
            self.cell_ended = False
        elif (len(self.row_cells) == 1 and kind == "table_row" and self.rows_seen
              and text.strip()):
            # the first cell of a row below the headings: a year opens a timeline line
            self.timeline = opens_timeline_row("".join(self.row_cells[0][1]), self.headings)
        return True

    def _row_ended(self) -> None:
        """A table's first row of heading cells alone gives its column headings."""
        if (not self.rows_seen and len(self.row_cells) > 1
                and all(tag == "th" for tag, _ in self.row_cells)):
            self.headings = [" ".join("".join(text).split()) for _, text in self.row_cells]
        self.rows_seen += 1
        self.row_cells, self.timeline = [], False

    def handle_comment(self, data: str) -> None:
        line, column = self.getpos()
        directive = parse(f"<!--{data}-->", self.builder.length, line, column + 1)
        if directive is not None:
            self.directives.append(directive)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, reference: str) -> None:
        text = html.unescape(reference)
        if self.in_title:
            self.title.append(text)
        if self.skip_depth or self.in_head:
            return
        kind = self.kinds[-1] if self.kinds else "paragraph"
        if text.isspace():
            self.builder.add_space()
        elif self._cell_text(text, kind):  # "<td>&asymp;24</td>": the separator comes first
            self.builder.add(text, self._offset(), kind)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("name") or attrs.get("property") or "").lower()
        if name in ("date", "article:published_time", "dc.date", "dcterms.date"):
            line, column = self.getpos()
            self.date = self.date or coerce_date(attrs.get("content"), self.path, line,
                                                 column + 1)


# how far into the text a byline's <time datetime="2019-10-08"> may stand (not a date in a
# comment or a related story further down)
_BYLINE_REACH = 600
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _time_date(value: str | None) -> dt.date | None:
    """The day a ``<time datetime>`` names, if it names one ("2019-10-08T18:12-04:00")."""
    m = _ISO_DAY.match(value or "")
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_html(path: str, source: str) -> Document:
    """Build a :class:`Document` from an HTML file's decoded contents.

    Text inside ``<script>``, ``<style>``, ``<pre>``, ``<code>`` and the
    ``<head>`` is left out; ``<title>`` and ``<meta name="date">`` are read.
    """
    parser = _Extractor(path, source)
    parser.feed(source)
    parser.close()
    text, segments, blocks = parser.builder.build()
    title = " ".join("".join(parser.title).split()) or None
    return Document(
        path=path,
        text=text,
        source_map=SourceMap(segments, parser.line_starts),
        blocks=blocks,
        date=parser.date or parser.byline_date,
        title=title,
        links=parser.builder.links,
        marks=parser.builder.marks,
        directives=tuple(parser.directives),
    )
