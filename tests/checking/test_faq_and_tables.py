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


def test_answers_and_table_rows_are_checked(tmp_path: Path) -> None:
    article = tmp_path / "faq.md"
    article.write_text(FAQ, encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY,
                            show_supported=True))
    result = score(expectations(article, str(article)), list(report.findings), strict=False)
    assert result.passed, "\n".join(result.problems)
