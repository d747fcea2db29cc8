"""Question headings and tables, as FAQ and "key figures" pages write them: the answer
below "## How many factories does New Balance run?" counts factories ("Four: two in Maine
and two in Massachusetts"); a table row is a label and its value; a row or an answer with
no subject of its own is about what the heading, else the title, names. Annotations above
a table cover all its rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimcheck.annotations import expectations, score
from claimcheck.run import RunOptions, run
from tests.conftest import ROOT

DAY = dt.date(2026, 11, 24)

FAQ = """---
title: "New Balance: frequently asked questions"
date: 2025-02-01
---
# Questions we hear

## How many factories does New Balance run in the USA?

<!-- ruleid: nb-factories-2024 -->
Six at the last count.

## Where was the company founded?

<!-- supported: nb-founding-place -->
In Boston, where it started in 1906.

## Key figures

<!-- supported: nb-founding-year -->
<!-- ruleid: nb-us-production-share -->
| Figure | Value |
|---|---|
| Founded | 1906 |
| Share of shoes made in the USA | 80% |
"""


# Found by the cold review of session 3: answers that count people or pairs, labels with
# a place, an H1 as the only title, HTML cells holding paragraphs and line breaks.
FAQ2 = """---
date: 2025-05-01
---
# New Balance FAQ

## How many people work in its US factories?

<!-- ruleid: nb-factory-workers -->
Around 3,000.

## How many pairs does New Balance make in the US each year?

<!-- ruleid: nb-annual-us-pairs -->
About 7 million.

## How many factories does it run?

<!-- ok: nb-factories-maine-2024 -->
<!-- ruleid: nb-factories-2024 -->
Five, mostly in Maine.

## Key figures

<!-- ruleid: nb-factories-2024, nb-annual-us-pairs -->
| Figure | Value |
|---|---|
| Factories in the USA | 7 |
| Pairs made in the US a year | 9 million |
"""

HTML = """<html><head><title>New Balance in numbers</title>
<meta name="date" content="2025-03-01"></head><body>
<!-- ruleid: nb-factories-2024 -->
<table><tr><td><p>Factories in the USA</p></td><td>7<br></td></tr></table>
</body></html>
"""


def _check(tmp_path: Path, name: str, text: str, strict: bool = True) -> None:
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY,
                            show_supported=True))
    result = score(expectations(article, str(article)), list(report.findings), strict=strict)
    assert result.passed, "\n".join(result.problems)


def test_answers_count_what_the_question_asks(tmp_path: Path) -> None:
    _check(tmp_path, "faq2.md", FAQ2)


def test_an_html_row_with_paragraphs_in_its_cells(tmp_path: Path) -> None:
    article = tmp_path / "t.html"
    article.write_text(HTML, encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY))
    assert {f.rule for f in report.findings} == {"nb-factories-2024"}


def test_answers_and_table_rows_are_checked(tmp_path: Path) -> None:
    article = tmp_path / "faq.md"
    article.write_text(FAQ, encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY,
                            show_supported=True))
    result = score(expectations(article, str(article)), list(report.findings))
    assert result.passed, "\n".join(result.problems)


INLINE = """---
title: Asked and answered
date: 2025-02-01
---
Where is the 990 made?

In Lawrence, Massachusetts, at the Lawrence factory.
"""


def test_an_answer_is_flagged_on_its_own_line(tmp_path: Path) -> None:
    # the cue ("made") is the question's, the claim the answer's: marked where the
    # answer is, not from the question's line on
    from tests.conftest import verdicts_by_line

    verdicts = verdicts_by_line(tmp_path / "qa.md", INLINE, [ROOT / "rules"], DAY)
    assert verdicts == {7: {"nb-990-made-in:supported"}}


RECORDS = """---
title: Boots compared
date: 2025-02-01
---
| Boot | Maker | Made in | Price |
|---|---|---|---|
| 990v6 | New Balance | Lawrence, Massachusetts | $200 |
| Bean Boot | L.L.Bean | China | $139 |
| Trail Runner | Acme | Vietnam | $90 |

| Brand | Country | Price |
|---|---|---|
| New Balance | China | $90 |
"""


def test_each_cell_of_a_record_is_read_under_its_heading(tmp_path: Path) -> None:
    # "Made in" says where each row's product is made; "Price" says the amount is a price,
    # so it is none of the rules' amounts (not the company's investment either); a row of
    # a maker the rules do not know says nothing of theirs
    from tests.conftest import verdicts_by_line

    verdicts = verdicts_by_line(tmp_path / "records.md", RECORDS, [ROOT / "rules"], DAY)
    assert verdicts == {7: {"nb-990-made-in:supported"},
                        8: {"ll-bean-boot-made-in:contradicted"}}


NUMBERS = """<html><head><meta name="date" content="2025-03-01"></head><body>
<h2>New Balance by the numbers</h2>
<table>
<tr><td>120</td><td>years since the company was founded in Boston</td></tr>
<tr><td>9</td><td>factories in New England</td></tr>
<tr><td>Founded</td><td>1906</td></tr>
</table></body></html>
"""


def test_a_figure_and_its_caption_in_a_row_read_as_one_phrase(tmp_path: Path) -> None:
    # "By the numbers" boxes set a figure in one cell and what it counts in the next:
    # "9 | factories in New England" is nine factories, not a nine and some factories
    from tests.conftest import verdicts_by_line

    verdicts = verdicts_by_line(tmp_path / "numbers.html", NUMBERS, [ROOT / "rules"], DAY)
    assert verdicts == {4: {"nb-founding-year:supported", "nb-founding-place:supported"},
                        5: {"nb-factories-new-england-2024:contradicted"},
                        6: {"nb-founding-year:supported"}}


LABEL = """<html><head><title>Tres Fuentes Fuente Mayor Extra Virgin Olive Oil 500ml | Shop</title>
<meta name="date" content="2025-03-01"></head>
<body><h2>Nutrition</h2>
<table>
<tr><th>Typical values</th><th>Per 100 ml</th><th>Per 10 ml</th><th>%RI</th></tr>
<tr><td>Fat</td><td>92 g</td><td>9.2 g</td><td>13%</td></tr>
<tr><td>Salt</td><td>0 g</td><td>0 g</td><td>0%</td></tr>
</table></body></html>
"""


def test_figures_in_table_rows_are_no_untyped_claims(tmp_path: Path) -> None:
    # each row of a table is another item: its figures are not compared with the other
    # rows' as if they measured one thing
    from tests.conftest import FIXTURES, verdicts_by_line

    verdicts = verdicts_by_line(tmp_path / "label.html", LABEL,
                                [ROOT / "rules", FIXTURES / "domain18" / "rules"], DAY)
    assert verdicts == {}


OTHERS = """---
title: Pittsburgh sports and shops
date: 2025-02-01
---
| Team | League | Founded | Venue |
|---|---|---|---|
| Pittsburgh Steelers | NFL | 1933 | Acrisure Stadium |
| Pittsburgh Pirates | MLB | 1881 | PNC Park |

| Branch | City | Established |
|---|---|---|
| New Balance Newbury Street | Boston | 2010 |

| Store | Opens | Closes | Founded |
|---|---|---|---|
| Red Wing Boston | 10 | 6 | 2015 |

| Retailer | Brand | Since | City |
|---|---|---|---|
| Marathon Sports | New Balance | 1975 | Cambridge |
"""


def test_a_record_of_something_else_is_not_its_namesake_s(tmp_path: Path) -> None:
    # a record named "Pittsburgh Steelers", "New Balance Newbury Street", "Red Wing Boston"
    # or "Marathon Sports" is a team's or a shop's: its founding is not the city's nor the
    # company's
    from tests.conftest import verdicts_by_line

    assert verdicts_by_line(tmp_path / "others.md", OTHERS, [ROOT / "rules"], DAY) == {}
