"""SARIF, GitHub workflow commands, JUnit XML and Markdown: golden files and structure."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from claimcheck.findings import Expected, Finding, Span
from claimcheck.report.fingerprint import fingerprint
from claimcheck.report.formats import github, junit, markdown, sarif
from claimcheck.report.model import DocumentResult, FileError, Report, RuleInfo
from tests.conftest import ROOT, TODAY
from tests.report.test_formats import _golden, _report

SARIF_SCHEMA = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = {
    "fixtures.sarif": sarif,
    "fixtures.github.txt": github,
    "fixtures.junit.xml": junit,
    "fixtures.md": markdown,
}


@pytest.fixture(scope="module")
def report() -> Report:
    return _report()


@pytest.fixture(scope="module")
def tricky() -> Report:
    """A hand-made report whose text holds every character the formats must escape."""
    span = Span(
        path="docs/a,b:c.md",
        line=3,
        column=5,
        end_line=3,
        end_column=22,
        text="*best* <b>ever</b>",
        sentence="The *best* <b>ever</b> | shoe_made.",
        offset=4,
        start=4,
    )
    finding = Finding(
        rule="superlative-unsourced",
        verdict="policy",
        severity="warning",
        message="First line, with a comma: and a colon\nsecond line 100%\r",
        span=span,
        found="“*best*” with [no](source)",
        expected=Expected("a source & a `ranking`", source="Who said it\x0b?"),
        related=(replace(span, line=9, end_line=10),),
    )
    multiline = replace(
        finding,
        rule="claim-unverified",
        verdict="unverified",
        severity="info",
        span=replace(span, line=5, end_line=6, column=1),
        related=(),
    )
    return Report(
        version="9.9.9",
        as_of=TODAY,
        documents=(
            DocumentResult("docs/a,b:c.md", None, TODAY, "as-of", 2),
            DocumentResult("docs/broken.md", None, None, None, 0, "not UTF-8"),
        ),
        findings=(finding, multiline),
        errors=(FileError("docs/broken.md", "cannot decode: byte 0xff at 12\nsee --help"),),
        rules=(
            RuleInfo("claim-unverified", "unverified", "info", "No fact covers it."),
            RuleInfo("superlative-unsourced", "superlative", "warning", "Say who: cite."),
        ),
    )


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_golden(report: Report, name: str) -> None:
    _golden(name, FORMATS[name].render(report))


@pytest.mark.parametrize("module", FORMATS.values(), ids=FORMATS.keys())
def test_byte_identical_across_runs(report: Report, module: ModuleType) -> None:
    rendered = module.render(report)
    assert rendered == module.render(_report())
    assert rendered.endswith("\n") and not rendered.endswith("\n\n")


# SARIF ------------------------------------------------------------------------------------


def _sarif_validator() -> jsonschema.Draft7Validator:
    """The SARIF 2.1.0 schema, rooted at its ``Root`` definition.

    This copy of the schema keeps the log's own rules in ``definitions/Root``
    and leaves the top level empty, so validating against the file as is would
    accept anything; ``test_sarif_validator_rejects_a_broken_log`` guards that.
    """
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    rooted = {key: schema[key] for key in ("$schema", "$id", "definitions")}
    rooted["allOf"] = [{"$ref": "#/definitions/Root"}]
    return jsonschema.Draft7Validator(
        rooted, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def _errors(log: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in _sarif_validator().iter_errors(log)]


def test_sarif_follows_the_official_schema(report: Report, tricky: Report) -> None:
    assert _errors(json.loads(sarif.render(report))) == []
    assert _errors(json.loads(sarif.render(tricky))) == []


def test_sarif_validator_rejects_a_broken_log(report: Report) -> None:
    log = json.loads(sarif.render(report))
    assert _errors({})
    assert _errors({**log, "version": "2.0.0"})
    del log["runs"][0]["results"][0]["message"]
    assert _errors(log)


def test_sarif_has_one_result_per_flag(report: Report) -> None:
    run = json.loads(sarif.render(report))["runs"][0]
    results, rules = run["results"], run["tool"]["driver"]["rules"]
    assert len(results) == len(report.flags) < len(report.findings)
    assert Counter(r["level"] for r in results) == Counter(
        {
            "error": report.by_severity()["error"],
            "warning": report.by_severity()["warning"],
            "note": report.by_severity()["info"],
        }
    )
    for result, finding in zip(results, report.flags, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule
        assert result["partialFingerprints"] == {"claimcheck/v1": fingerprint(finding)}
        assert result["properties"]["verdict"] == finding.verdict
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (
            finding.span.line,
            finding.span.column,
        )
        assert region["snippet"]["text"] == finding.span.text
        assert finding.found in result["message"]["text"]
        assert len(result.get("relatedLocations", [])) == len(finding.related)
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert [a["location"]["uri"] for a in run["artifacts"]] == [d.path for d in report.documents]


def test_sarif_rules_carry_level_kind_and_place(report: Report) -> None:
    rules = json.loads(sarif.render(report))["runs"][0]["tool"]["driver"]["rules"]
    by_id = {rule["id"]: rule for rule in rules}
    fact = by_id["nb-founding-year"]
    assert fact["defaultConfiguration"]["level"] == "error"
    assert "fact" in fact["properties"]["tags"]
    assert "rules/new-balance.yaml:" in fact["help"]["text"]
    assert "New Balance company history" in fact["help"]["text"]
    assert by_id["claim-unverified"]["defaultConfiguration"]["level"] == "note"


def test_sarif_reports_file_errors_as_unsuccessful(tricky: Report) -> None:
    run = json.loads(sarif.render(tricky))["runs"][0]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "cannot decode" in note["message"]["text"]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "docs/a%2Cb%3Ac.md"


# GitHub workflow commands -------------------------------------------------------------------


def test_github_one_command_per_flag(report: Report) -> None:
    lines = github.render(report).splitlines()
    assert len(lines) == len(report.flags)
    commands = Counter(line.split(" ", 1)[0] for line in lines)
    severities = report.by_severity()
    assert commands == Counter(
        {
            "::error": severities["error"],
            "::warning": severities["warning"],
            "::notice": severities["info"],
        }
    )
    first = report.flags[0]
    assert lines[0].startswith(
        f"::error file={first.span.path},line={first.span.line},col={first.span.column},"
    )
    assert f",title={first.rule} ({first.verdict})::" in lines[0]


def test_github_escapes_messages_and_properties(tricky: Report) -> None:
    lines = github.render(tricky).split("\n")
    assert lines[-1] == "" and len(lines) == 4
    flag, multiline, error = lines[:3]
    properties, message = flag[len("::warning ") :].split("::", 1)
    assert properties.startswith("file=docs/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=21,")
    assert properties.endswith(",title=superlative-unsourced (policy)")
    assert message.startswith("First line, with a comma: and a colon%0Asecond line 100%25%0D%0A")
    assert "\r" not in flag and "%" not in re.sub(r"%(25|0A|0D|3A|2C)", "", flag)
    # Columns are only allowed on a one-line annotation.
    assert multiline.startswith("::notice file=docs/a%2Cb%3Ac.md,line=5,endLine=6,title=")
    assert error == "::error file=docs/broken.md::cannot decode: byte 0xff at 12%0Asee --help"


# JUnit XML ----------------------------------------------------------------------------------


def test_junit_counts_cases_failures_and_errors(report: Report) -> None:
    root = ET.fromstring(junit.render(report))
    (suite,) = root.iter("testsuite")
    cases = suite.findall("testcase")
    assert suite.get("name") == "claimcheck"
    assert [c.get("name") for c in cases] == [d.path for d in report.documents]
    assert {c.get("classname") for c in cases} == {"claimcheck"}
    assert suite.get("tests") == str(len(cases))
    assert suite.get("failures") == str(len(report.flags)) == str(len(suite.findall(".//failure")))
    assert suite.get("errors") == "0"
    per_file = Counter(f.span.path for f in report.flags)
    for case in cases:
        failures = case.findall("failure")
        assert len(failures) == per_file[case.get("name")]
        assert {f.get("type") for f in failures} <= {
            "contradicted",
            "inconsistent",
            "policy",
            "unverified",
        }
    text = cases[0].findall("failure")[0].text or ""
    assert text.startswith(f"{report.flags[0].span.path}:{report.flags[0].span.line}:")
    assert "found:" in text and "expected:" in text and "source:" in text


def test_junit_escapes_text_and_reports_file_errors(tricky: Report) -> None:
    root = ET.fromstring(junit.render(tricky))
    (suite,) = root.iter("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "2", "1")
    failure = suite.find("testcase/failure")
    assert failure is not None and failure.get("message") == tricky.flags[0].message
    assert "<b>ever</b>" in (failure.text or "") and "Who said it\ufffd?" in (failure.text or "")
    error = suite.find("testcase[@name='docs/broken.md']/error")
    assert error is not None and "cannot decode" in (error.get("message") or "")


def test_junit_reads_back_with_junitparser(report: Report, tricky: Report) -> None:
    junitparser = pytest.importorskip("junitparser")
    for source in (report, tricky):
        xml = junitparser.JUnitXml.fromstring(junit.render(source))
        (suite,) = list(xml)
        counts = (suite.tests, suite.failures, suite.errors)
        suite.update_statistics()
        assert counts == (suite.tests, suite.failures, suite.errors)
        assert suite.failures == len(source.flags) and suite.errors == len(source.errors)
        results = [r for case in suite for r in case.result]
        assert sum(isinstance(r, junitparser.Failure) for r in results) == len(source.flags)


# Markdown ------------------------------------------------------------------------------------


def test_markdown_summary_table(report: Report) -> None:
    rendered = markdown.render(report)
    assert rendered.startswith("## claimcheck report\n")
    assert "| verdict | count |\n| --- | ---: |\n" in rendered
    for verdict, count in report.by_verdict().items():
        assert f"\n| {verdict} | {count} |\n" in rendered
    severities = report.by_severity()
    assert (
        f"{severities['error']} error · {severities['warning']} warning · {severities['info']} info"
    ) in rendered


def test_markdown_one_details_block_per_file(report: Report) -> None:
    rendered = markdown.render(report)
    per_file = Counter(f.span.path for f in report.flags)
    summaries = re.findall(
        r"<details>\n<summary><code>(.*?)</code> \((\d+) flags?\)</summary>", rendered
    )
    assert summaries == [(path, str(n)) for path, n in per_file.items()]
    assert rendered.count("<details>") == rendered.count("</details>") == len(per_file)
    assert (
        "> New Balance was founded <strong>in 1972</strong>." in rendered
        or "> <strong>New Balance was founded in 1972</strong>." in rendered
    )


def test_markdown_escapes_article_text(tricky: Report) -> None:
    rendered = markdown.render(tricky)
    assert "<b>" not in rendered.replace("<strong>", "")
    assert "> The <strong>\\*best\\* &lt;b&gt;ever&lt;/b&gt;</strong> \\| shoe\\_made." in rendered
    assert "- found: “\\*best\\*” with \\[no\\](source)" in rendered
    assert "- expected: a source &amp; a \\`ranking\\`" in rendered
    assert "### Files that could not be checked" in rendered
    assert "- `docs/broken.md`: cannot decode: byte 0xff at 12 see --help" in rendered


def test_markdown_escapes_list_starts_only_at_line_start() -> None:
    assert markdown.escape("1. first", line_start=True) == "1\\. first"
    assert markdown.escape("- item", line_start=True) == "\\- item"
    assert markdown.escape("version 1.0") == "version 1.0"
    assert markdown.code("a `b` c") == "``a `b` c``"


# File errors with a place ------------------------------------------------------------------


def test_a_file_error_at_one_place_names_it_in_every_format() -> None:
    """A broken front matter is at a line and column; every format says where, the way
    editors and CI annotations read it (``path:line:col``), and the JSON stays valid."""
    from claimcheck.report.formats import html, text
    from claimcheck.report.formats import json as json_format
    from claimcheck.report.model import schema_path

    placed = Report(
        version="9.9.9", as_of=TODAY,
        documents=(DocumentResult("docs/bad.md", None, None, None, 0, "not valid YAML"),
                   DocumentResult("docs/bin.txt", None, None, None, 0, "binary")),
        findings=(),
        errors=(FileError("docs/bad.md", "front matter is not valid YAML", 2, 8),
                FileError("docs/bin.txt", "binary file (contains NUL bytes)")))
    assert "docs/bad.md:2:8: error: front matter is not valid YAML" in text.render(placed)
    assert "docs/bin.txt: error: binary file" in text.render(placed)
    assert "1 file error" not in text.render(placed) and "2 file errors" in text.render(placed)
    assert "`docs/bad.md:2:8`: front matter" in markdown.render(placed)
    assert "docs/bad.md:2:8: front matter" in html.render(placed)
    assert "docs/bad.md:2:8: front matter" in junit.render(placed)
    assert github.render(placed).splitlines()[:2] == [
        "::error file=docs/bad.md,line=2,col=8::front matter is not valid YAML",
        "::error file=docs/bin.txt::binary file (contains NUL bytes)"]
    errors = json.loads(json_format.render(placed))["errors"]
    assert errors == [
        {"path": "docs/bad.md", "message": "front matter is not valid YAML", "line": 2, "column": 8},
        {"path": "docs/bin.txt", "message": "binary file (contains NUL bytes)"}]
    jsonschema.validate(json.loads(json_format.render(placed)),
                        json.loads(schema_path().read_text(encoding="utf-8")))
    log = json.loads(sarif.render(placed))
    assert _errors(log) == []
    first, second = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 2,
                                                                   "startColumn": 8}
    assert "region" not in second["locations"][0]["physicalLocation"]
