"""Claims dated to different years are no conflict: a table of years, "in 2012" beside
"today". Claims of the same year still are, across articles too (the fixture rules'
Acme Boots has a ``stores`` attribute and no fact about it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimcheck.findings import Finding
from claimcheck.run import RunOptions, run
from tests.conftest import FIXTURES, ROOT

DAY = dt.date(2026, 11, 24)


def _findings(tmp_path: Path, **articles: str) -> list[Finding]:
    for name, text in articles.items():
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    report = run(RunOptions(paths=[tmp_path], rules=[ROOT / "rules", FIXTURES / "rules"],
                            as_of=DAY, today=DAY))
    return list(report.findings)


def _inconsistent(findings: list[Finding]) -> list[tuple[str, int]]:
    return sorted((Path(f.span.path).stem, f.span.line) for f in findings
                  if f.rule == "claims-inconsistent")


HISTORY = """---
date: 2024-05-01
---
# Acme Boots over the years

| Year | Stores | Head office |
|------|--------|-------------|
| 2016 | 4 | Dover |
| 2019 | 9 | Dover |

In 2012, Acme Boots ran 6 stores. Today Acme Boots has 15 stores.
"""


def test_figures_of_different_years_do_not_conflict(tmp_path: Path) -> None:
    findings = _findings(tmp_path, history=HISTORY)
    assert _inconsistent(findings) == []
    # each is still a claim no fact covers
    assert sorted(f.span.line for f in findings if f.rule == "claim-unverified") == [
        8, 9, 11, 11]


def test_figures_of_the_same_year_conflict_and_the_message_names_it(tmp_path: Path) -> None:
    findings = _findings(tmp_path, history=HISTORY.replace(
        "In 2012, Acme Boots ran 6 stores.", "In 2016, Acme Boots ran 5 stores."))
    assert _inconsistent(findings) == [("history", 8)]
    message = next(f.message for f in findings if f.rule == "claims-inconsistent")
    assert "of Acme Boots in 2016 disagree" in message
    assert "history.md:11 says" in message


def test_an_undated_figure_in_an_article_of_that_year_is_compared(tmp_path: Path) -> None:
    old = "---\ndate: 2019-03-01\n---\nAcme Boots runs 12 stores.\n"
    findings = _findings(tmp_path, history=HISTORY, old=old)
    # the 2019 article's present is the table's 2019 row; today's 15 is not compared with it
    # (undated figures are: 12 and 15 disagree whatever the articles' dates)
    assert _inconsistent(findings) == [("history", 9), ("history", 11)]
    by_line = {f.span.line: f for f in findings if f.rule == "claims-inconsistent"}
    assert "in 2019" in by_line[9].message and "old.md:4" in by_line[9].message
    assert "in 20" not in by_line[11].message and "old.md:4" in by_line[11].message


def test_a_year_that_dates_an_event_does_not_keep_its_value_from_comparison(
        tmp_path: Path) -> None:
    """"In 1931" dates the founding, not a state of that year; and a company has one
    founding place (``single: true``), so two places neither inside the other disagree."""
    text = ("---\ndate: 2024-05-01\n---\nIn 1931, Acme Boots was founded in Boston.\n\n"
            "Acme Boots was founded in Skowhegan, Maine.\n")
    findings = _findings(tmp_path, a=text)
    assert _inconsistent(findings) == [("a", 4)]


def test_single_place_attributes_accept_a_place_and_the_region_holding_it(
        tmp_path: Path) -> None:
    text = ("---\ndate: 2024-05-01\n---\nAcme Boots was founded in Boston.\n\n"
            "Acme Boots was founded in Massachusetts.\n\nAcme Boots makes boots in Maine and "
            "in Massachusetts.\n")
    assert _inconsistent(_findings(tmp_path, a=text)) == []
