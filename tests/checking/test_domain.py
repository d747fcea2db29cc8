"""The second domain: Pittsburgh's statistics (rules/domains/pittsburgh.yaml) across a
news story, a city press release and a blog (tests/fixtures/domain/), written from
the brief and the rules format without reading the extractor's code or tests.

First blind run: flags precision 11/12, recall 11/14; supported precision 8/8,
recall 8/11. The general fixes it prompted (places as subjects of attributes that
list `place`, "the city", shares with no place, comment lines in .txt, one subject
per entity, count nouns chosen by who can have them, years that date a claim) are
in the commit history; every annotation now holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.annotations import expectations, score
from claimcheck.documents import display_path
from claimcheck.report.model import Report
from claimcheck.run import RunOptions, run
from tests.conftest import FIXTURES, ROOT

DOMAIN = FIXTURES / "domain"
DAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def report() -> Report:
    return run(RunOptions(paths=[DOMAIN], rules=[ROOT / "rules"], as_of=DAY, today=DAY,
                          show_supported=True))


@pytest.mark.parametrize("article", sorted(p.name for p in DOMAIN.iterdir()))
def test_domain_article(report: Report, article: str) -> None:
    path = DOMAIN / article
    result = score(expectations(path, display_path(path)), list(report.findings))
    assert result.passed, "\n".join(result.problems)
