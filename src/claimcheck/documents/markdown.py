"""Markdown articles, parsed with markdown-it-py (CommonMark plus tables).

markdown-it gives each block its source lines but not the column of each
inline run, so prose runs are located by searching the block's source from a
moving cursor: exact for ordinary text, and at worst the start of the run when
an escape or entity made the rendered text differ from the source.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

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

# text_join would merge entities and escapes into plain text runs; kept apart, every
# "text" run is verbatim source and each "text_special" run knows its source markup.
_PARSER = (MarkdownIt("commonmark").enable("table").disable("text_join")
           .use(front_matter_plugin))
_SKIPPED_INLINE = {"code_inline", "html_inline", "image"}


def read_markdown(path: str, source: str) -> Document:
    """Build a :class:`Document` from a Markdown file's decoded contents.

    Fenced and indented code, inline code, raw HTML and images are not prose
    and are left out; headings, list items, quotes and table cells become
    blocks of their own kind. A table row is one block, its cells joined by commas
    ("Member farms, 410"; "Amstel, 2017, €2,899"): a label and its values, as a
    specification list gives them, which split apart would say nothing; a row that opens
    with a year under column headings is a timeline line ("2016: 2 Breweries; Head office:
    Zapopan", see :func:`~claimcheck.documents.model.timeline_separator`), a row under
    word headings a record ("Kapka: Maker: Světlík; Made in: Nový Bor"), and a figure
    before a lower-case caption one phrase ("430 people on our payroll").
    """
    split_front_matter(source, path)  # an unclosed block is an error, not text
    line_starts = line_starts_of(source)
    builder = TextBuilder()
    meta = None
    containers: list[BlockKind] = []
    kind: BlockKind = "paragraph"
    directives: list[Directive] = []
    cells = 0  # cells read so far in the current table row, empty ones too
    written = 0  # cells of the row with text
    header: list[str] = []  # the table's column headings
    in_head = False  # reading the table's heading row
    first_cell = ""  # the current row's first cell
    timeline = False  # the current row opens with a year under column headings, or is a
    # record under word headings (see opens_timeline_row)
    for token in _PARSER.parse(source):
        if token.type == "front_matter":
            meta = parse_front_matter(token.content, path)
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            containers.append("list_item")
        elif token.type == "blockquote_open":
            containers.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type == "heading_open":
            kind = "heading"
        elif token.type in ("thead_open", "thead_close"):
            header = [] if token.type == "thead_open" else header
            in_head = token.type == "thead_open"
        elif token.type == "tr_open":
            cells = written = 0
            timeline = False
        elif token.type == "tr_close":
            builder.end_block()
        elif token.type in ("th_open", "td_open"):
            kind = "table_row"
        elif token.type == "paragraph_open":
            kind = containers[-1] if containers else "paragraph"
        elif token.type == "html_block" and token.map:
            first, last = token.map
            end = line_starts[last] if last < len(line_starts) else len(source)
            directives.extend(find(source, line_starts, line_starts[first], end, builder.length))
        elif token.type == "inline" and token.map and kind == "table_row":
            content = token.content.strip()
            if in_head:
                header.append(content.strip("*_ "))  # "| **Made in** |" names "Made in"
            if content:
                if written:
                    builder.add_separator(timeline_separator(cells, header, content,
                                                             written == 1)
                                          if timeline else cell_separator(cells, first_cell,
                                                                          content))
                _add_inline(builder, source, line_starts, token, kind)
                if cells:
                    builder.add_separator(timeline_suffix(cells, header, content) if timeline
                                          else cell_suffix(cells, header, content))
                if cells == 0:
                    first_cell = content.strip("*_ ")
                timeline = timeline or (cells == 0 and not in_head
                                        and opens_timeline_row(content, header))
                written += 1
            cells += 1  # an empty cell keeps its column ("| 2020 |  | 1,250 |")
        elif token.type == "inline" and token.map:
            _add_inline(builder, source, line_starts, token, kind)
            builder.end_block()
    text, segments, blocks = builder.build()
    return Document(
        path=path,
        text=text,
        source_map=SourceMap(segments, line_starts),
        blocks=blocks,
        date=meta.date if meta else None,
        title=meta.title if meta else None,
        url=meta.url if meta else None,
        links=builder.links,
        marks=builder.marks,
        directives=tuple(directives),
    )


def _add_inline(
    builder: TextBuilder,
    source: str,
    line_starts: tuple[int, ...],
    token: Token,
    kind: BlockKind,
) -> None:
    assert token.map is not None
    first, last = token.map
    cursor = line_starts[first]
    limit = line_starts[last] if last < len(line_starts) else len(source)
    for child in token.children or ():
        if child.type in ("softbreak", "hardbreak"):
            builder.add_space()
        elif child.type == "link_open":
            builder.open_link()
        elif child.type == "link_close":
            builder.close_link()
        elif child.type in _SKIPPED_INLINE or child.type in ("text", "text_special"):
            written = child.markup if child.type == "text_special" else child.content
            found = source.find(written, cursor, limit) if written else -1
            if child.type in ("text", "text_special"):
                builder.add(child.content, found if found >= 0 else cursor, kind)
            if found >= 0:
                cursor = found + len(written)
