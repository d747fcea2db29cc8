"""Report formats: golden files, the JSON schema, byte-stable output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from claimcheck.report.formats import json as json_format
from claimcheck.report.formats import text as text_format
from claimcheck.report.model import Report, schema_path
from claimcheck.run import RunOptions, run
from tests.conftest import FIXTURES, ROOT, TODAY

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1"
"""Set CLAIMCHECK_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change."""


def _report() -> Report:
    return run(RunOptions(paths=[FIXTURES / "articles"], rules=[ROOT / "rules", FIXTURES / "rules"],
                          as_of=TODAY, today=TODAY))


@pytest.fixture(scope="module")
def report() -> Report:
    return _report()


def _golden(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8"), (
        f"{name} differs from the golden file; if the change is intended, rerun with "
        "CLAIMCHECK_UPDATE_GOLDEN=1 and review the diff")


def test_text_golden(report: Report) -> None:
    _golden("fixtures.txt", text_format.render(report))


def test_json_golden(report: Report) -> None:
    _golden("fixtures.json", json_format.render(report))


def test_json_follows_the_shipped_schema(report: Report) -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(json_format.render(report)), schema)


def test_json_is_byte_identical_across_runs(report: Report) -> None:
    assert json_format.render(report) == json_format.render(_report())


def test_text_colour_only_when_asked(report: Report) -> None:
    assert "\x1b[" not in text_format.render(report)
    assert "\x1b[" in text_format.render(report, color=True)


def test_text_marks_the_claim_in_its_sentence(report: Report) -> None:
    rendered = text_format.render(report)
    assert "> New Balance was founded »in 1972«." in rendered or \
        "> »New Balance was founded in 1972«." in rendered
    assert "source:   New Balance company history" in rendered


def test_fingerprints_are_unique_and_ignore_line_numbers(report: Report) -> None:
    from dataclasses import replace

    from claimcheck.report.fingerprint import fingerprint

    prints = [fingerprint(f) for f in report.flags]
    assert len(prints) == len(set(prints))
    moved = replace(report.flags[0], span=replace(report.flags[0].span, line=999))
    assert fingerprint(moved) == prints[0]


def test_schema_file_is_inside_the_package() -> None:
    assert schema_path().is_file()
    assert Path(schema_path()).parent.name == "schema"
