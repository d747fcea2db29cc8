"""Annotated fixture articles: each verdict and each policy kind, marked in the file.

``<!-- ruleid: ID -->`` above a line means it must be flagged by ID,
``<!-- ok: ID -->`` that it must not, ``<!-- supported: ID -->`` that it agrees
with fact ID. Any other flag in a fixture file fails the test too.
"""

from __future__ import annotations

import pytest

from claimcheck.annotations import expectations, score
from claimcheck.documents import display_path
from claimcheck.report.model import Report
from claimcheck.run import RunOptions, run
from tests.conftest import FIXTURES, ROOT, TODAY

ARTICLES = FIXTURES / "articles"


@pytest.fixture(scope="module")
def report() -> Report:
    options = RunOptions(paths=[ARTICLES], rules=[ROOT / "rules", FIXTURES / "rules"],
                         as_of=TODAY, today=TODAY, show_supported=True)
    return run(options)


@pytest.mark.parametrize("article", sorted(p.name for p in ARTICLES.glob("*.md")))
def test_fixture_article(report: Report, article: str) -> None:
    path = ARTICLES / article
    expected = expectations(path, display_path(path))
    assert expected, f"{article} has no annotations"
    result = score(expected, list(report.findings))
    assert result.passed, "\n".join(result.problems)


def test_every_verdict_and_policy_kind_is_exercised(report: Report) -> None:
    from claimcheck.checking.policies import KINDS
    from claimcheck.rules import load_rules

    verdicts = {f.verdict for f in report.findings}
    assert verdicts == {"contradicted", "inconsistent", "policy", "unverified", "supported"}
    rules = load_rules([ROOT / "rules"])
    kinds_flagged = {p.kind for p in rules.policies
                     if any(f.rule == p.id for f in report.findings)}
    assert kinds_flagged == set(KINDS)
