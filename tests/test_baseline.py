"""Baselines: known flags pass, new flags fail, reflowed text keeps its fingerprint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cli import main
from tests.conftest import ROOT

RULES = str(ROOT / "rules")
HEAD = "---\ndate: 2025-06-01\n---\n"


def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out = capsys.readouterr()
    return int(exited.value.code or 0), out.out, out.err


def test_baseline_lets_known_flags_pass_and_new_ones_fail(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.md"
    article.write_text(HEAD + "Intro.\n\nNew Balance was founded in 1972.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    code, _, err = invoke(capsys, "run", str(article), "--rules", RULES,
                          "--write-baseline", str(baseline))
    assert code == 0 and "wrote 1 flags" in err
    assert json.loads(baseline.read_text())["flags"][0]["rule"] == "nb-founding-year"
    # known flag: passes; the paragraph moved down and rewrapped over two lines
    article.write_text(HEAD + "Intro.\n\nMore intro.\n\nNew Balance was\nfounded in 1972.\n",
                       encoding="utf-8")
    code, out, _ = invoke(capsys, "run", str(article), "--rules", RULES, "--baseline",
                          str(baseline))
    assert code == 0 and "1 known flags left out" in out
    # the claimed value changed: a new flag, which fails
    article.write_text(HEAD + "Intro.\n\nNew Balance was founded in 1975.\n", encoding="utf-8")
    code, out, _ = invoke(capsys, "run", str(article), "--rules", RULES, "--baseline",
                          str(baseline))
    assert code == 1 and "nb-founding-year" in out


def test_bad_baseline_is_a_usage_error(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{}", encoding="utf-8")
    code, _, err = invoke(capsys, "run", str(ROOT / "corpus"), "--rules", RULES,
                          "--baseline", str(bad))
    assert code == 2 and "not a claimcheck baseline" in err
