"""``claimcheck run corpus/`` end to end: the seed article's outcomes and the
expectations written for every other corpus article (corpus_expected.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from claimcheck.findings import Finding
from claimcheck.report.model import Report
from claimcheck.run import RunOptions, run
from tests.conftest import ROOT

SEED = "corpus/new-balance-made-in-usa.txt"
DAY = dt.date(2026, 11, 24)
EXPECTED = yaml.safe_load((Path(__file__).with_name("corpus_expected.yaml")).read_text("utf-8"))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def report() -> Report:
    return run(RunOptions(paths=[ROOT / "corpus"], rules=[ROOT / "rules"], today=DAY,
                          show_supported=True))


def _find(report: Report, path: str, contains: str, verdict: str,
          rule: str | None = None) -> list[Finding]:
    return [f for f in report.findings if f.span.path == path and f.verdict == verdict
            and contains in _flat(f.span.sentence) and (rule is None or f.rule == rule)]


SEED_OUTCOMES = [
    ("around one-quarter of New Balance’s total shoe production", "supported",
     "nb-us-production-share"),
    ("committed to manufacturing its footwear in the United States", "policy",
     "made-in-usa-unqualified"),
    ("992 & 993 have been manufactured exclusively", "contradicted", "nb-992-launch-year"),
    ("992 & 993 have been manufactured exclusively", "contradicted", "nb-993-launch-year"),
    ("heritage court shoes like 998/992", "contradicted", "nb-998-category"),
    ("heritage court shoes like 998/992", "contradicted", "nb-992-category"),
    ("hiking boots like Fresh Foam Hierro", "contradicted", "nb-hierro-made-in"),
    ("loyal to New Balance for over 100 years", "supported", "nb-founding-year"),
    ("both durable and sustainable", "policy", "green-claim-unqualified"),
    ("only eco-friendly and highest quality leather", "policy", "green-claim-unqualified"),
    ("reduce carbon footprints", "policy", "green-claim-unqualified"),
    ("unparalleled manufacturing standards", "policy", "superlative-unsourced"),
    ("opening soon in Massachusetts", "policy", "time-sensitive-wording"),
]


@pytest.mark.parametrize(("contains", "verdict", "rule"), SEED_OUTCOMES,
                         ids=[f"{c[2]}:{c[0][:30]}" for c in SEED_OUTCOMES])
def test_seed_outcome(report: Report, contains: str, verdict: str, rule: str) -> None:
    assert _find(report, SEED, contains, verdict, rule)


def test_990_is_not_contradicted_in_the_seed(report: Report) -> None:
    assert not [f for f in report.flags if f.span.path == SEED and f.claim is not None
                and f.claim.subject == "nb-990"]


def test_seed_sentences_without_checkable_claims_get_no_flag(report: Report) -> None:
    quiet = ["The New Balance design team first sketches out various models on paper",
             "Are All New Balance Shoes Made In The USA?",
             "Look for “Made in USA” on the label",
             "New Balance is an American footwear company.",
             "Leather is selected and cut with precision"]
    for text in quiet:
        assert not [f for f in report.flags if f.span.path == SEED and text in f.span.sentence]


def test_corpus_has_every_verdict_and_no_errors(report: Report) -> None:
    assert not report.errors
    assert all(count > 0 for count in report.by_verdict().values()), report.by_verdict()
    formats = {Path(d.path).suffix for d in report.documents}
    assert formats >= {".txt", ".md", ".html"} and len(report.documents) >= 7


CORPUS_CASES = [(path, item) for path, items in EXPECTED.items() for item in items]


@pytest.mark.parametrize(("path", "item"), CORPUS_CASES,
                         ids=[f"{Path(p).name}:{i['verdict']}:{i['contains'][:30]}"
                              for p, i in CORPUS_CASES])
def test_corpus_expectation(report: Report, path: str, item: dict) -> None:
    contains, verdict = _flat(item["contains"]), item["verdict"]
    found = _find(report, path, contains, verdict, item.get("rule"))
    if not found and verdict == "inconsistent":
        found = [f for f in report.findings if f.verdict == "inconsistent" and any(
            s.path == path and contains in _flat(s.sentence) for s in f.related)]
    assert found, f"{path}: expected {verdict} {item.get('rule')} on “{contains}”"


def test_no_unexpected_flags_in_the_written_corpus(report: Report) -> None:
    unexpected = []
    for finding in report.flags:
        items = EXPECTED.get(finding.span.path)
        if items is None:
            continue
        sentence = _flat(finding.span.sentence)
        if not any(_flat(i["contains"]) in sentence and i["verdict"] == finding.verdict
                   for i in items):
            unexpected.append(f"{finding.span.path}:{finding.span.line} {finding.rule}")
    assert not unexpected
