"""What a reader produces: analysable text with an exact map back to the file."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from claimcheck.documents.directives import Directive

BlockKind = Literal["paragraph", "heading", "list_item", "quote", "table_row"]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like unit of the analysed text (sentences never cross blocks)."""

    start: int
    """Offset of the block's first character in :attr:`Document.text`."""
    end: int
    """Offset just past the block's last character."""
    kind: BlockKind = "paragraph"
    """What the markup made of it; headings are titles, not assertions."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of analysed text copied verbatim from one place in the source."""

    start: int
    """Offset in :attr:`Document.text`."""
    source: int
    """Offset of the same character in the source file's text."""
    length: int
    """How many characters the run spans (the same in both texts)."""


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Maps offsets in the analysed text to 1-based line and column in the file."""

    segments: tuple[Segment, ...]
    line_starts: tuple[int, ...]
    _seg_starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_seg_starts", tuple(s.start for s in self.segments))

    @classmethod
    def identity(cls, source: str) -> SourceMap:
        """A map for text analysed exactly as it stands in the file."""
        return cls((Segment(0, 0, len(source)),), line_starts_of(source))

    def source_offset(self, offset: int) -> int:
        """The file offset of analysed offset ``offset``.

        Characters the reader inserted (block separators) map to the end of
        the segment before them, so every offset has a place in the file.
        """
        if not self.segments:
            return 0
        index = max(bisect.bisect_right(self._seg_starts, offset) - 1, 0)
        seg = self.segments[index]
        return seg.source + min(max(offset - seg.start, 0), seg.length)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of analysed offset ``offset``."""
        source = self.source_offset(offset)
        line = bisect.bisect_right(self.line_starts, source) - 1
        return line + 1, source - self.line_starts[line] + 1


def line_starts_of(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return tuple(starts)


@dataclass(frozen=True, slots=True)
class Document:
    """One article, ready for the NLP stage."""

    path: str
    """Path as shown to users (relative to the working directory where possible)."""
    text: str
    """The prose to analyse: markup, code and front matter removed."""
    source_map: SourceMap
    """Where each character of :attr:`text` stands in the file."""
    blocks: tuple[Block, ...]
    """Paragraphs, headings and list items, in order."""
    date: dt.date | None = None
    """The date the document states (front matter or ``<meta name="date">``)."""
    title: str | None = None
    """The document's title, when it states one."""
    url: str | None = None
    """The document's canonical URL, when it states one."""
    links: tuple[tuple[int, int], ...] = ()
    """Analysed-text ranges of hyperlink anchors (their targets are sources)."""
    marks: tuple[tuple[int, str], ...] = ()
    """Reference marks blanked from the analysed text ("[1]"), with their offsets: a
    source for a superlative, though not words of the sentence."""
    directives: tuple[Directive, ...] = ()
    """Suppression comments (``<!-- claimcheck: ignore RULE -- reason -->``)."""

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source file of an analysed offset."""
        return self.source_map.position(offset)


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A file that could not be turned into a :class:`Document`."""

    path: str
    message: str
    line: int | None = None
    """Where in the file the problem is, when it is at one place (front matter)."""
    column: int | None = None


class TextBuilder:
    """Accumulates analysed text from source runs, keeping the offset map exact.

    Readers call :meth:`add` for each run of prose they find and
    :meth:`end_block` when markup closes a paragraph; blocks are joined by a
    blank line so sentence splitting never runs across them.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._blocks: list[Block] = []
        self._length = 0
        self._block_start: int | None = None
        self._block_kind: BlockKind = "paragraph"
        self._links: list[tuple[int, int]] = []
        self._link_start: int | None = None

    def open_link(self) -> None:
        """A hyperlink's anchor text starts here."""
        self._link_start = self._length

    def close_link(self) -> None:
        """The hyperlink's anchor text ends here."""
        if self._link_start is not None:
            self._links.append((self._link_start, self._length))
            self._link_start = None

    @property
    def length(self) -> int:
        """How much analysed text there is so far (where the next prose will start)."""
        return self._length

    @property
    def links(self) -> tuple[tuple[int, int], ...]:
        """Ranges of analysed text that were link anchors."""
        return tuple(self._links)

    def add(self, text: str, source_offset: int, kind: BlockKind = "paragraph") -> None:
        """Append ``text``, which stands at ``source_offset`` in the file."""
        if not text:
            return
        if self._block_start is None:
            self._block_start, self._block_kind = self._length, kind
        self._segments.append(Segment(self._length, source_offset, len(text)))
        self._parts.append(text)
        self._length += len(text)

    def add_space(self) -> None:
        """Append one separating space (for line breaks inside a block)."""
        if self._block_start is not None and self._parts and not self._parts[-1].endswith(" "):
            self._parts.append(" ")
            self._length += 1

    def ends_with(self, mark: str) -> bool:
        """Whether the text written so far, spaces aside, ends with ``mark``."""
        for part in reversed(self._parts):
            if part.strip():
                return part.rstrip().endswith(mark)
        return False

    def add_separator(self, text: str) -> None:
        """Append ``text`` that stands for markup, not prose (", " between table cells)."""
        if self._block_start is not None and self._parts:
            if self._parts[-1] == " ":  # "<p>Founded</p> </td>": no space before the comma
                self._parts.pop()
                self._length -= 1
            self._parts.append(text)
            self._length += len(text)

    def end_block(self) -> None:
        """Close the current block, if any, and separate it from the next."""
        if self._block_start is None:
            return
        body_end = self._length
        for part in reversed(self._parts):
            stripped = len(part) - len(part.rstrip())
            body_end -= stripped
            if stripped < len(part):
                break
        if body_end > self._block_start:
            self._blocks.append(Block(self._block_start, body_end, self._block_kind))
        self._parts.append("\n\n")
        self._length += 2
        self._block_start = None

    def build(self) -> tuple[str, tuple[Segment, ...], tuple[Block, ...]]:
        """The analysed text, its segments and its blocks."""
        self.end_block()
        text, self._marks = _blank_footnote_marks("".join(self._parts))
        return text, tuple(self._segments), tuple(self._blocks)

    @property
    def marks(self) -> tuple[tuple[int, str], ...]:
        """The reference marks :meth:`build` blanked, at their offsets."""
        return tuple(getattr(self, "_marks", ()))


# Superscript digits glued to a word or number are footnote marks ("352 employees¹",
# "founded in 1947³"), except a unit's power ("12 m³", "58 km²"); they are blanked, one
# space for one mark, so that offsets stay exact and the word and number read whole.
_FOOTNOTE_MARKS = re.compile(r"(?<=[\w.,%)\]])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_UNIT_POWER = re.compile(r"(?:^|[\s\d/])(?:m|cm|mm|km|dm|ft|in|yd|mi|sq)\Z")


# ... and so are reference marks in brackets glued to a word or a stop, as encyclopedias
# write them ("vases.[1] The company", "the Bean Boot[a]", "a footnote[^2]"): left in, they
# read as numbers and hide where a sentence ends
_REFERENCE_MARKS = re.compile(r"(?<=[^\s\[\](])\[(?:\d{1,3}|[a-z]|\^\w{1,8}|note \d{1,3}|"
                              r"citation needed|nb \d{1,3})\]", re.IGNORECASE)


def _blank_footnote_marks(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with its footnote and reference marks blanked, and the reference marks
    blanked, at their offsets (a source, though not words of the sentence)."""
    marks: list[tuple[int, str]] = []

    def blank(m: re.Match[str]) -> str:
        marks.append((m.start(), m.group()))
        return " " * len(m.group())

    if "[" in text:
        text = _REFERENCE_MARKS.sub(blank, text)
    if not any(mark in text for mark in "¹²³⁴⁵⁶⁷⁸⁹⁰"):
        return text, marks
    return _FOOTNOTE_MARKS.sub(
        lambda m: m.group() if _UNIT_POWER.search(text, max(0, m.start() - 4), m.start())
        else " " * len(m.group()), text), marks


# A table whose rows open with a year under column headings ("Year | Plants | Head office",
# then "2016 | 2 | Zapopan") is read row by row as a timeline line: "2016: 2 Plants; Head
# office: Zapopan", the heading after a bare number (the noun it counts) and before anything
# else, so the row's year dates its figures; other tables keep their cells joined by commas
# ("Founded, 1906").
_TIMELINE_YEAR = re.compile(r"\W*(?:1[6-9]|20)\d\d\W*")
_BARE_NUMBER = re.compile(r"[~≈]?\s*[\d.,]+\s*%?\+?")


def opens_timeline_row(first_cell: str, headings: list[str]) -> bool:
    """Whether a row whose first cell reads ``first_cell`` is a timeline line, or a record
    under three or more word headings ("Glass | Maker | Made in | Price", then "Kapka |
    Světlík | Nový Bor | €38"), read the same way: "Kapka: Maker: Světlík; Made in: Nový
    Bor; Price: €38", each cell under what its column says it is."""
    if len(headings) < 2:
        return False
    if _TIMELINE_YEAR.fullmatch(first_cell.strip()) is not None:
        return True
    if year_columns(headings):
        return bool(first_cell.strip())  # "Stores | 520 | 480" under "| | 2024 | 2023 |"
    # (the record's name first: not a rank, nor a sentence as a claim-review table has)
    return (len(headings) > 2 and _BARE_NUMBER.fullmatch(first_cell.strip()) is None
            and len(first_cell.split()) <= 5 and not first_cell.rstrip().endswith((".", "!", "?"))
            and all(_WORD_HEADING.fullmatch(h)
                    and h.strip().lower() not in _LABEL_HEADINGS for h in headings))


def year_columns(headings: list[str]) -> bool:
    """Whether a table's columns after the first are years ("| | 2024 | 2023 |", "Key
    figures | 2025 | 2024 | Change"): its rows are labels with a figure for each year, read
    as "Stores: 520 (2024); 480 (2023)", as a year in brackets after a figure dates it."""
    return (not _is_year(headings[0])
            and sum(_is_year(h) for h in headings[1:]) >= 2)


def _is_year(heading: str) -> bool:
    return _TIMELINE_YEAR.fullmatch(heading.strip()) is not None  # "2025", "**2025**"


# Headings of a table of labelled figures ("Indicator | Value | Source"), whose first cell
# is the label of the rest: such rows keep their cells joined by commas ("Member farms,
# 410, 2024").
_LABEL_HEADINGS = frozenset({
    "figure", "figures", "value", "values", "indicator", "indicators", "metric", "metrics",
    "measure", "measures", "item", "items", "amount", "number", "total", "data", "fact",
    "facts", "key facts", "field", "attribute", "property", "kpi", "unit"})
# a column heading that names what its cells are ("Made in", "Price (€)"), not a year or
# a figure
_WORD_HEADING = re.compile(r"[^\W\d_][\w .,'’&/()%€$£-]{0,39}")


# A figure alone in a row's first cell ("430", "84%", "2,300 t"), a caption after it
# (no unit: "12 in | shaft height" is no "12 in shaft")
_FIGURE_CELL = re.compile(r"[~≈]?\s*[$€£]?\s*\d[\d.,]*\s*%?\+?")


def cell_separator(cell: int, first_cell: str, content: str) -> str:
    """What stands before cell ``cell`` (1, 2, ...) of a row that is no timeline line: a
    comma ("Founded, 1906"), or a space after a figure whose caption follows in lower case,
    as a "by the numbers" box sets them ("430 | people on our payroll" is "430 people on
    our payroll")."""
    if cell == 1 and content[:1].islower() and _FIGURE_CELL.fullmatch(first_cell.strip()):
        return " "
    return ", "


def timeline_separator(cell: int, headings: list[str], content: str, first: bool) -> str:
    """What stands before cell ``cell`` (1, 2, ...; empty cells count) of a timeline row
    that reads ``content``: ": " after the year or the record's name (``first``: no cell
    written since), "; " between cells, and the column's heading before a cell that is not
    a bare number."""
    lead = ": " if first else "; "  # not ", ": "2 Furnaces, 140" reads 140 furnaces
    heading = headings[cell] if cell < len(headings) else ""
    if not heading or _is_year(heading) or _BARE_NUMBER.fullmatch(content.strip()):
        return lead  # (a year column's year follows its figure: see timeline_suffix)
    return f"{lead}{heading}: "


def timeline_suffix(cell: int, headings: list[str], content: str) -> str:
    """What follows a bare number in cell ``cell`` of a timeline row: its column's heading,
    the unit in its brackets first ("14.4" under "Output (million litres)" is "14.4 million
    litres Output")."""
    heading = headings[cell] if cell < len(headings) else ""
    if _is_year(heading) and cell and not _is_year(headings[0]):
        # "520 (2024)": the year of its column (a figure in any form: "€3.2m", "67%")
        return f" ({heading.strip()})" if any(c.isdigit() for c in content) else ""
    if not heading or not _BARE_NUMBER.fullmatch(content.strip()):
        return ""
    unit = _HEADING_UNIT.fullmatch(heading)
    return f" {unit.group(2)} {unit.group(1)}" if unit else f" {heading}"


def cell_suffix(cell: int, headings: list[str], content: str) -> str:
    """What follows a bare number in cell ``cell`` (after the first) of a row that is no
    timeline line: its column's heading, when that names what the number counts ("Skowhegan
    plant, 300 Workers" under "Plant | Workers", not "plant, 300"), not when it is a
    label's ("Indicator | Value") or a year."""
    heading = headings[cell].strip() if cell < len(headings) else ""
    if (not cell or not heading or _is_year(heading) or heading.lower() in _LABEL_HEADINGS
            or not _WORD_HEADING.fullmatch(heading) or _is_year(content)):
        return ""  # (nor after a year: "990, 1982" under "Model | Launched")
    return timeline_suffix(cell, headings, content)


_HEADING_UNIT = re.compile(r"(.+?)\s*[(\[]([^()\[\]]+)[)\]]\s*")
