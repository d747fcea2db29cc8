"""Readers: markup removed, prose kept, every character mapped back to the file."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.documents.html import read_html
from claimcheck.documents.markdown import read_markdown
from claimcheck.documents.model import Document
from claimcheck.documents.text import read_text

MARKDOWN = """---
title: Factory notes
date: 2024-03-05
---

# The 990 story

New Balance opened a *new* plant in [Methuen](https://example.com) in 2022.
It employs 200 people &amp; more.

- Five factories in New England
- Made in `Maine`

```
All shoes are made in the USA.
```

<!-- ruleid: nothing -->
> Quoted: the 993 launched in 2008.
"""

HTML = """<!doctype html>
<html><head><title>Plant  news</title>
<meta name="date" content="2023-01-02">
<style>p { color: red }</style></head>
<body>
<h1>Methuen &amp; Lawrence</h1>
<p>New Balance has <b>five</b> factories.
   It made 4 million pairs.</p>
<script>var claim = "All shoes are made in the USA";</script>
<pre>founded in 1950</pre>
<p>Call it <code>990v6</code> &mdash; a running shoe.</p>
</body></html>
"""

TEXT = """---
date: 2020-01-01
---
Design Phase:

New Balance was founded
in 1906 in Boston.

- Five factories
- Two in Massachusetts
"""


def _check_map(document: Document, source: str) -> None:
    """Every analysed character that came from the file maps to that same character."""
    for segment in document.source_map.segments:
        analysed = document.text[segment.start:segment.start + segment.length]
        original = source[segment.source:segment.source + segment.length]
        if "&" not in original:
            assert analysed == original


def _position(source: str, needle: str) -> tuple[int, int]:
    offset = source.index(needle)
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize(
    ("reader", "source", "needle"),
    [
        (read_markdown, MARKDOWN, "plant"),
        (read_markdown, MARKDOWN, "employs 200"),
        (read_markdown, MARKDOWN, "Methuen"),
        (read_markdown, MARKDOWN, "Five factories"),
        (read_markdown, MARKDOWN, "Quoted"),
        (read_html, HTML, "five"),
        (read_html, HTML, "million"),
        (read_html, HTML, "running shoe"),
        (read_text, TEXT, "1906"),
        (read_text, TEXT, "Two in Massachusetts"),
    ],
)
def test_positions_point_at_the_source(reader, source: str, needle: str) -> None:
    document = reader("f", source)
    _check_map(document, source)
    word = needle.split()[0]
    assert document.text.count(word) == source.count(word) == 1, "pick a unique needle"
    assert document.position(document.text.index(word)) == _position(source, word)


def test_markdown_drops_code_and_reads_front_matter() -> None:
    document = read_markdown("a.md", MARKDOWN)
    assert document.date == dt.date(2024, 3, 5)
    assert document.title == "Factory notes"
    assert "All shoes are made" not in document.text
    assert "Maine" not in document.text
    assert "ruleid" not in document.text
    assert "Methuen" in document.text and "https" not in document.text
    kinds = [b.kind for b in document.blocks]
    assert kinds[0] == "heading" and "list_item" in kinds and "quote" in kinds


def test_html_drops_script_style_pre_code_and_reads_meta() -> None:
    document = read_html("a.html", HTML)
    assert document.date == dt.date(2023, 1, 2)
    assert document.title == "Plant news"
    for hidden in ("var claim", "color: red", "founded in 1950", "990v6", "Plant  news"):
        assert hidden not in document.text
    assert "Methuen & Lawrence" in document.text
    assert document.blocks[0].kind == "heading"
    assert "five factories. It made 4 million pairs." in document.text


def test_html_byline_time_dates_the_page_when_no_meta_does() -> None:
    # a <time datetime> near the top of the text (a byline's), not one further down, and
    # a <meta> date first
    byline = ('<h1>T</h1><p class="byline">By Jo Smith, <time datetime="2019-10-08T18:12-04:00">'
              'Oct. 8</time></p><p>New Balance makes shoes.</p>')
    assert read_html("a.html", byline).date == dt.date(2019, 10, 8)
    meta = '<head><meta name="date" content="2020-01-01"></head>' + byline
    assert read_html("b.html", meta).date == dt.date(2020, 1, 1)
    late = "<p>" + "New Balance makes shoes. " * 40 + '</p><time datetime="2019-10-08">x</time>'
    assert read_html("c.html", late).date is None
    bad = '<p>By <time datetime="2019-13-40">x</time></p>'
    assert read_html("d.html", bad).date is None


@pytest.mark.parametrize("page", [
    "<html><head><title>T</title><body><p>Acme was founded in 1958.</p></body></html>",
    "<html><head><title>T</title><p>Acme was founded in 1958.</p></html>",
])
def test_an_unclosed_head_ends_where_the_body_begins(page: str) -> None:
    document = read_html("a.html", page)
    assert document.title == "T"
    assert "Acme was founded in 1958." in document.text


def test_text_headings_lists_and_soft_wraps() -> None:
    document = read_text("a.txt", TEXT)
    assert document.date == dt.date(2020, 1, 1)
    kinds = [(b.kind, document.text[b.start:b.end]) for b in document.blocks]
    assert kinds == [
        ("heading", "Design Phase:"),
        ("paragraph", "New Balance was founded in 1906 in Boston."),
        ("list_item", "Five factories"),
        ("list_item", "Two in Massachusetts"),
    ]


def test_bad_front_matter_date_is_a_document_error() -> None:
    from claimcheck.errors import DocumentError

    with pytest.raises(DocumentError, match="not a date"):
        read_markdown("a.md", "---\ndate: someday\n---\nText.\n")


def test_an_impossible_front_matter_date_is_a_document_error_at_its_line() -> None:
    """Found trying it as a new user in session 3: YAML builds "2025-13-45" as a date and
    raised ValueError, which the CLI reported as an internal error (exit 3)."""
    from claimcheck.errors import DocumentError

    with pytest.raises(DocumentError, match="impossible date") as caught:
        read_markdown("a.md", "---\ntitle: T\ndate: 2025-13-45\n---\nText.\n")
    assert caught.value.place.line == 3


def test_broken_front_matter_yaml_is_one_line_at_the_file_s_line_and_column() -> None:
    """Found by the session-4 cold review: the message was PyYAML's several lines, with
    lines counted from the front matter, not the file."""
    from claimcheck.errors import DocumentError

    with pytest.raises(DocumentError, match="not valid YAML") as caught:
        read_markdown("a.md", '---\ntitle: "x\ndate: 2024-01-02\n---\nText.\n')
    assert "\n" not in str(caught.value)
    assert (caught.value.place.line, caught.value.place.column) == (2, 8)


def test_a_bad_date_is_named_at_its_line_and_column() -> None:
    """Found by the session-9 cold review: a date that is not one, in a .txt file's front
    matter or an HTML <meta>, was reported with no line; a day that does not exist was told
    to be written in the form it was already in."""
    from claimcheck.errors import DocumentError

    with pytest.raises(DocumentError, match="not a date") as caught:
        read_text("a.txt", "---\ntitle: T\ndate: yesterday\n---\nText.\n")
    assert (caught.value.place.line, caught.value.place.column) == (3, 7)
    with pytest.raises(DocumentError, match="no real day") as caught:
        read_html("a.html", '<html><head>\n<meta name="date" content="2025-02-30">'
                  "</head><body><p>Text.</p></body></html>")
    assert caught.value.place.line == 2


def test_front_matter_never_closed_is_a_document_error() -> None:
    """Found by the session-9 cold review: the block was read as text and the article as
    undated, without a word. A rule at the top of the file is no front matter."""
    from claimcheck.errors import DocumentError

    for read, name in ((read_markdown, "a.md"), (read_text, "a.txt")):
        with pytest.raises(DocumentError, match="never closed") as caught:
            read(name, "---\ntitle: T\ndate: 2025-01-01\n\nNew Balance makes shoes.\n")
        assert caught.value.place.line == 1
    assert read_markdown("b.md", "---\n\nA rule first, then prose.\n").date is None


def test_links_are_recorded_in_markdown_and_html() -> None:
    md = read_markdown("a.md", "Invested $5 ([report](https://x.example/r)) last year.\n")
    (start, end), = md.links
    assert md.text[start:end] == "report"
    page = read_html("a.html", '<p>See <a href="https://x.example">the filing</a>.</p>')
    (start, end), = page.links
    assert page.text[start:end] == "the filing"


def test_a_markdown_table_row_is_one_block_of_its_cells() -> None:
    source = ("# Key figures\n\n| Figure | Value | Year |\n|---|---|---|\n"
              "| Member farms | 410 | 2024 |\n| Plants | 3 | |\n\nAfter the table.\n")
    doc = read_markdown("t.md", source)
    rows = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert rows == [("heading", "Key figures"), ("table_row", "Figure, Value, Year"),
                    ("table_row", "Member farms, 410, 2024"), ("table_row", "Plants, 3"),
                    ("paragraph", "After the table.")]
    assert doc.position(doc.text.index("410")) == (5, 18)  # the separators map to no source


def test_a_markdown_table_of_years_reads_each_row_as_a_timeline_line() -> None:
    source = ("| Year | Plants | Staff | Head office |\n|---|---|---|---|\n"
              "| 2016 | 2 | ~85 | Zapopan |\n| **2022** | 3 | 1,210 | |\n\n"
              "| Model | Year |\n|---|---|\n| 990 | 1982 |\n")
    doc = read_markdown("t.md", source)
    rows = [doc.text[b.start:b.end] for b in doc.blocks]
    assert rows == ["Year, Plants, Staff, Head office",
                    "2016: 2 Plants; ~85 Staff; Head office: Zapopan",
                    "2022: 3 Plants; 1,210 Staff",
                    "Model, Year", "990, 1982"]  # no year opens the row: cells as written
    assert doc.position(doc.text.index("1,210")) == (4, 18)


def test_an_html_table_of_years_reads_each_row_as_a_timeline_line() -> None:
    source = ("<table><thead><tr><th>Year</th><th>Sites</th><th>Output (litres)</th></tr>"
              "</thead>\n<tr><td>2019</td><td>3</td><td>21,500,000</td></tr>\n"
              "<tr><td><b>2025</b></td><td>3</td><td>&asymp;24 million</td></tr></table>\n"
              "<table><tr><th>Founded</th><td>1931</td></tr></table>")
    doc = read_html("t.html", source)
    rows = [doc.text[b.start:b.end] for b in doc.blocks]
    assert rows == ["Year, Sites, Output (litres)",
                    "2019: 3 Sites; 21,500,000 litres Output",
                    "2025: 3 Sites; Output (litres): ≈24 million",
                    "Founded, 1931"]  # a key-value table: cells as written
    assert doc.position(doc.text.index("21,500,000")) == (2, 32)


@pytest.mark.parametrize("reader", ["md", "html"])
def test_a_record_under_word_headings_reads_each_cell_under_its_heading(reader: str) -> None:
    # "| Boot | Maker | Made in | Price |": each row is a record, each cell what its column
    # says it is; a table of labelled figures ("Indicator | Value | Source") keeps commas
    head, row, labelled = (["Boot", "Maker", "Made in", "Price"],
                           ["Bean Boot", "L.L.Bean", "Brunswick, Maine", "$139"],
                           (["Indicator", "Value", "Source"], ["Stores", "58", "Annual report"]))
    if reader == "md":
        def table(h: list[str], r: list[str]) -> str:
            return (f"| {' | '.join(h)} |\n|{'---|' * len(h)}\n| {' | '.join(r)} |\n\n")
        doc = read_markdown("t.md", table(head, row) + table(*labelled))
    else:
        def table(h: list[str], r: list[str]) -> str:
            return ("<table><tr>" + "".join(f"<th>{c}</th>" for c in h) + "</tr><tr>"
                    + "".join(f"<td>{c}</td>" for c in r) + "</tr></table>\n")
        doc = read_html("t.html", table(head, row) + table(*labelled))
    rows = [doc.text[b.start:b.end] for b in doc.blocks]
    assert rows == ["Boot, Maker, Made in, Price",
                    "Bean Boot: Maker: L.L.Bean; Made in: Brunswick, Maine; Price: $139",
                    "Indicator, Value, Source", "Stores, 58, Annual report"]


def test_a_record_needs_a_name_first_and_word_headings() -> None:
    # a rank or a sentence in the first cell is no record's name; emphasis around a heading
    # is no part of it; a "Notes" column is a record's field like any other
    source = ("| Rank | Brand | Made in |\n|---|---|---|\n| 1 | New Balance | Skowhegan |\n\n"
              "| Claim | Verdict | Explanation |\n|---|---|---|\n"
              "| New Balance is made in the USA. | Misleading | About 25% is |\n\n"
              "| **Boot** | **Maker** | **Made in** | Notes |\n|---|---|---|---|\n"
              "| Bean Boot | L.L.Bean | Maine | since 1912 |\n")
    doc = read_markdown("t.md", source)
    rows = [doc.text[b.start:b.end] for b in doc.blocks]
    assert rows[1] == "1, New Balance, Skowhegan"
    assert rows[3] == "New Balance is made in the USA., Misleading, About 25% is"
    assert rows[5] == "Bean Boot: Maker: L.L.Bean; Made in: Maine; Notes: since 1912"


def test_a_text_table_drawn_with_pipes_reads_as_a_markdown_table() -> None:
    # no rule line under the headings, which Markdown needs; a title line above; rows of a
    # record, a timeline and a table of labelled figures; a lone piped line is prose
    source = ("New Balance — US factories\n"
              "Plant | Opened | Workforce\n"
              "Norway, ME | 1982 | 300 workers\n"
              "Lawrence, MA | 1978 | 350 workers\n\n"
              "| Year | Residents |\n|------|-----------|\n| 1950 | 676,806 |\n| 2020 | 302,971 |\n\n"
              "Indicator | Value\nStores | 58\nFactories | 4\n\n"
              "WRLP 21 NEWS | Lancaster - Reading\n")
    doc = read_text("t.txt", source)
    rows = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert rows == [
        ("heading", "New Balance — US factories"),
        ("table_row", "Plant, Opened, Workforce"),
        ("table_row", "Norway, ME: 1982 Opened; Workforce: 300 workers"),
        ("table_row", "Lawrence, MA: 1978 Opened; Workforce: 350 workers"),
        ("table_row", "Year, Residents"),
        ("table_row", "1950: 676,806 Residents"), ("table_row", "2020: 302,971 Residents"),
        ("table_row", "Indicator, Value"), ("table_row", "Stores, 58"),
        ("table_row", "Factories, 4"),
        ("heading", "WRLP 21 NEWS | Lancaster - Reading")]
    assert doc.position(doc.text.index("350 workers")) == (4, 23)
    assert doc.position(doc.text.index("302,971")) == (9, 10)


@pytest.mark.parametrize("reader", ["md", "txt"])
def test_a_bare_number_takes_its_column_s_heading_when_it_names_what_it_counts(
        reader: str) -> None:
    # "Skowhegan plant | 300" under "Plant | Workers" is 300 workers, not "plant, 300"; not
    # under a label's heading ("Value"), nor after a year
    rows = "| Plant | Workers |\n|---|---|\n| Skowhegan plant | 300 |\n| Lawrence | 400 |\n\n" + (
        "| Indicator | Value |\n|---|---|\n| Stores | 58 |\n| Plants | 4 |\n\n"
        "| Model | Launched |\n|---|---|\n| 990 | 1982 |\n| 998 | 1993 |\n")
    doc = read_markdown("t.md", rows) if reader == "md" else read_text("t.txt", rows)
    assert [doc.text[b.start:b.end] for b in doc.blocks] == [
        "Plant, Workers", "Skowhegan plant, 300 Workers", "Lawrence, 400 Workers",
        "Indicator, Value", "Stores, 58", "Plants, 4", "Model, Launched", "990, 1982",
        "998, 1993"]


def test_a_text_table_ruled_with_pluses_and_equals_signs() -> None:
    source = ("+------+----------+\n| Model | Launched |\n+======+==========+\n"
              "| 990 | 1982 |\n| 998 | 1993 |\n+------+----------+\n\n"
              "Model | Launched | Made in\n------+----------+--------\n"
              "The 990 | 1982 | USA\nThe 998 | 1993 | USA\n")
    doc = read_text("t.txt", source)
    assert [doc.text[b.start:b.end] for b in doc.blocks] == [
        "Model, Launched", "990, 1982", "998, 1993", "Model, Launched, Made in",
        "The 990: 1982 Launched; Made in: USA", "The 998: 1993 Launched; Made in: USA"]


def test_a_text_table_under_a_line_of_years_dates_each_figure_by_its_column() -> None:
    source = ("KEY FIGURES\n\n"
              "                         2025      2024\n"
              "Stores                     58        55\n"
              "Share made in USA         26%       25%\n"
              "A line of prose that is no row.\n")
    doc = read_text("r.txt", source)
    rows = [doc.text[b.start:b.end] for b in doc.blocks]
    assert rows == ["KEY FIGURES", "Stores: 58 (2025); 55 (2024)",
                    "Share made in USA: 26% (2025); 25% (2024)",
                    "A line of prose that is no row."]
    assert doc.position(doc.text.index("55")) == (4, 38)
    # without the line of years, columns are prose
    plain = read_text("p.txt", "Stores                     58        55\n")
    assert plain.text.strip() == "Stores                     58        55"


@pytest.mark.parametrize("reader", ["md", "html"])
def test_a_table_with_a_column_for_each_year_dates_each_figure_by_its_column(
        reader: str) -> None:
    # "| | 2025 | 2024 |": a label, then its figure for each year, as in a text table under
    # a line of years; a column that is no year keeps its heading; a table whose first
    # column is headed by a year has no label to read
    head, rows = ["", "2025", "2024", "Change"], [["Stores", "58", "55", "+5%"],
                                                  ["Share made in USA", "26%", "", "n/a"]]
    if reader == "md":
        source = "\n".join(f"| {' | '.join(r)} |" for r in [head, ["---"] * 4, *rows]) + "\n"
        doc = read_markdown("t.md", source)
    else:
        source = ("<table><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
                  + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
                            for r in rows) + "</table>")
        doc = read_html("t.html", source)
    assert [doc.text[b.start:b.end] for b in doc.blocks][1:] == [
        "Stores: 58 (2025); 55 (2024); Change: +5%",
        "Share made in USA: 26% (2025); Change: n/a"]
    unlabelled = read_markdown("y.md", "| 2025 | 2024 | 2023 |\n|---|---|---|\n| 58 | 55 | 51 |\n")
    assert unlabelled.text.split("\n\n")[1].strip() == "58, 55, 51"  # no label: as written


def test_a_figure_cell_and_its_lower_case_caption_read_as_one_phrase() -> None:
    source = ("| | |\n|---|---|\n| 430 | people on our payroll |\n| 84% | of sales exported |\n"
              "| Plants | 3 |\n| 3 | Plants |\n")
    doc = read_markdown("t.md", source)
    assert [doc.text[b.start:b.end] for b in doc.blocks] == [
        "430 people on our payroll", "84% of sales exported", "Plants, 3", "3, Plants"]
    page = read_html("t.html", "<table><tr><td>2,300</td><td>tonnes of glass melted</td></tr>"
                               "<tr><td>1906</td><td>Founded</td></tr></table>")
    assert [page.text[b.start:b.end] for b in page.blocks] == [
        "2,300 tonnes of glass melted", "1906, Founded"]
    assert page.position(page.text.index("tonnes")) == (1, 30)


def test_a_term_and_its_definition_are_one_line_unless_the_term_asks() -> None:
    page = read_html("t.html", "<dl><dt>1921</dt> <dd>founds the firm.</dd>"
                               "<dt>When was Red Wing founded?</dt><dd>In 1905.</dd></dl>")
    assert [page.text[b.start:b.end] for b in page.blocks] == [
        "1921: founds the firm.", "When was Red Wing founded?", "In 1905."]


def test_an_html_table_row_is_one_block_of_its_cells() -> None:
    source = ("<h2>Key figures</h2><table><tr><th>Figure</th><th>Value</th></tr>"
              "<tr><td>Member farms</td> <td>410</td></tr></table><p>After.</p>")
    doc = read_html("t.html", source)
    rows = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert rows == [("heading", "Key figures"), ("table_row", "Figure, Value"),
                    ("table_row", "Member farms, 410"), ("paragraph", "After.")]


def test_quoted_lines_in_a_text_reply_are_a_quote_block() -> None:
    doc = read_text("t.txt", "bootfan_77 wrote:\n> Made in 1972.\n> Really.\nNo, 1906.\n")
    assert [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks] == [
        ("paragraph", "bootfan_77 wrote:"), ("quote", "Made in 1972. Really."),
        ("paragraph", "No, 1906.")]
    assert doc.position(doc.text.index("Made")) == (2, 3)


def test_a_text_fact_box_reads_each_label_line_as_an_item() -> None:
    # "Label: value" lines of one paragraph are a fact box, each line an item of its own
    # (not soft-wrapped into one sentence); a single labelled line stays prose
    doc = read_text("t.txt", "AT A GLANCE\n\nFounded: 1911, outside Bakersville\n"
                    "Workshops: 2 (guitars in Spruce Pine)\nPeople: 92, including 44\n"
                    "luthiers\n\nDear friends: thank you\nfor a good year.\n")
    assert [(b.kind, doc.text[b.start:b.end].strip()) for b in doc.blocks] == [
        ("heading", "AT A GLANCE"),
        ("list_item", "Founded: 1911, outside Bakersville"),
        ("list_item", "Workshops: 2 (guitars in Spruce Pine)"),
        ("list_item", "People: 92, including 44 luthiers"),
        ("paragraph", "Dear friends: thank you for a good year.")]


def test_a_text_fact_box_s_first_line_names_it() -> None:
    # "New Balance" above its "Label: value" lines is the box's heading (what its items
    # are about), not a line soft-wrapped into the first item
    doc = read_text("t.txt", "New Balance\nFounded: 1906\nEmployees: 1,250\n")
    assert [(b.kind, doc.text[b.start:b.end].strip()) for b in doc.blocks] == [
        ("heading", "New Balance"), ("list_item", "Founded: 1906"),
        ("list_item", "Employees: 1,250")]
