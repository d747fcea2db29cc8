"""Configuration files: precedence, validation with places, and their effect on a run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.config import ConfigError, find_config, load_config
from tests.conftest import ROOT

ARTICLE = ("---\ndate: 2025-06-01\n---\nNew Balance was founded in 1972.\n\n"
           "Our shoes are eco-friendly.\n")


def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out = capsys.readouterr()
    return int(exited.value.code or 0), out.out, out.err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "old.txt").write_text("A new plant is opening soon in Maine.\n", encoding="utf-8")
    cwd = Path.cwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(cwd)


def test_yaml_mistakes_name_the_line(project: Path) -> None:
    (project / "claimcheck.yaml").write_text("fail_on: warning\nrulez: [x]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(find_config())
    assert str(caught.value) == (f"{(project / 'claimcheck.yaml').as_posix()}:2:1: unknown "
                                 "setting 'rulez' (did you mean 'rules'?); allowed: rules, "
                                 "include, exclude, fail_on, format, outputs, as_of, dates, "
                                 "model, worthiness_threshold, select, ignore, severity, "
                                 "cache_dir, cache, jobs")


def test_pyproject_table_is_read_and_checked(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claimcheck]\nfail_on = "fatal"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject.toml:5: fail_on: Input should be"):
        load_config(find_config())


def test_config_show_says_where_each_value_came_from(project: Path, capsys) -> None:
    (project / "claimcheck.yaml").write_text("fail_on: warning\n", encoding="utf-8")
    code, out, _ = invoke(capsys, "config", "show")
    assert code == 0
    assert "fail_on = 'warning'  # claimcheck.yaml:1:1" in out.replace(
        (project / "claimcheck.yaml").as_posix(), "claimcheck.yaml")
    assert "format = 'text'  # default" in out


def test_config_changes_the_run(project: Path, capsys) -> None:
    rules = str(ROOT / "rules")
    base = ["run", ".", "--rules", rules, "--format", "json"]
    _, out, _ = invoke(capsys, *base)
    before = {(f["rule"], f["severity"]) for f in json.loads(out)["findings"]}
    assert ("nb-founding-year", "error") in before and ("green-claim-unqualified", "warning") in before
    (project / "claimcheck.yaml").write_text(
        "ignore: [nb-]\nseverity: {green-claim-unqualified: error}\nexclude: ['*.txt']\n",
        encoding="utf-8")
    code, out, _ = invoke(capsys, *base)
    report = json.loads(out)
    after = {(f["rule"], f["severity"]) for f in report["findings"]}
    assert after == {("green-claim-unqualified", "error")}
    assert [d["path"] for d in report["documents"]] == ["a.md"] and code == 1


def test_configured_dates_and_fail_on(project: Path, capsys) -> None:
    (project / "claimcheck.yaml").write_text(
        "fail_on: warning\ndates: {'*.txt': 2019-01-01}\ninclude: ['old.txt']\n",
        encoding="utf-8")
    code, out, _ = invoke(capsys, "run", ".", "--rules", str(ROOT / "rules"), "--format", "json")
    report = json.loads(out)
    assert report["documents"][0]["date_source"] == "config"
    assert report["documents"][0]["read_at"] == "2019-01-01"
    assert [f["rule"] for f in report["findings"]] == ["time-sensitive-wording"]
    assert code == 1  # a warning fails with fail_on: warning from the file
    assert invoke(capsys, "run", ".", "--rules", str(ROOT / "rules"), "--fail-on", "error")[0] == 0


def test_typos_in_values_are_errors(project: Path, capsys) -> None:
    (project / "claimcheck.yaml").write_text("outputs: {sarfi: x.sarif}\n", encoding="utf-8")
    code, _, err = invoke(capsys, "run", ".", "--rules", str(ROOT / "rules"))
    assert code == 2 and "claimcheck.yaml:1:1: outputs" in err
    (project / "claimcheck.yaml").write_text("select: [nb-typo-*]\n", encoding="utf-8")
    code, _, err = invoke(capsys, "run", ".", "--rules", str(ROOT / "rules"))
    assert code == 2 and "select pattern 'nb-typo-*' matches no rule" in err


@pytest.mark.parametrize("value", ["0", "two", "true", "2.0"])
def test_jobs_must_be_a_whole_number_from_one(project: Path, value: str) -> None:
    (project / "claimcheck.yaml").write_text(f"jobs: {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"claimcheck.yaml:1:\d+: jobs"):
        load_config(find_config())
