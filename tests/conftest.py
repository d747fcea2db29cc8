"""Shared fixtures: the shipped rules, one spaCy pipeline per session, a fixed date."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.checking.context import AnalysedDocument
from claimcheck.claims.model import Claim
from claimcheck.documents.text import read_text
from claimcheck.nlp import analyse, build_pipeline
from claimcheck.rules import RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TODAY = dt.date(2025, 12, 1)
"""Every test reads undated text at this date, so results never depend on the clock."""


@pytest.fixture(scope="session", autouse=True)
def _run_from_project_root() -> None:
    """Reports show paths relative to the working directory; tests expect the project root."""
    os.chdir(ROOT)


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    """The shipped rules plus the fixture subject (Acme Boots)."""
    return load_rules([ROOT / "rules", FIXTURES / "rules"])


@pytest.fixture(scope="session")
def nlp(rules: RuleSet):
    """The default blank-English pipeline with claimcheck's components."""
    return build_pipeline(rules)


@pytest.fixture(scope="session")
def analysed(nlp) -> Callable[[str], AnalysedDocument]:
    """Analyse a plain-text string as an undated article read at :data:`TODAY`."""

    def run(text: str, date: dt.date | None = None) -> AnalysedDocument:
        document = read_text("sample.txt", text)
        return next(analyse(nlp, [document], date or TODAY, TODAY))

    return run


@pytest.fixture(scope="session")
def claims_of(analysed) -> Callable[[str], list[Claim]]:
    """The claims of a plain-text string."""
    return lambda text, date=None: list(analysed(text, date).claims)


def verdicts_by_line(article: Path, text: str, rules: list[Path],
                     day: dt.date) -> dict[int, set[str]]:
    """Write ``text`` to ``article``, run claimcheck on it read at ``day`` and return
    ``"rule:verdict"`` strings by line (supported ones included)."""
    from claimcheck.run import RunOptions, run

    article.write_text(text, encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=rules, as_of=day, today=day,
                            show_supported=True))
    found: dict[int, set[str]] = {}
    for f in report.findings:
        found.setdefault(f.span.line, set()).add(f"{f.rule}:{f.verdict}")
    return found
