"""Every rule's own examples: ``claimcheck rules test`` must pass on the shipped rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.nlp import build_pipeline
from claimcheck.rules import load_rules
from claimcheck.ruletests import run_examples, summary
from tests.conftest import ROOT, TODAY

SHIPPED = load_rules([ROOT / "rules"])


def test_every_policy_has_flag_and_pass_examples() -> None:
    missing = [p.id for p in SHIPPED.policies
               if p.examples is None or not p.examples.flag or not p.examples.pass_]
    assert not missing, f"policies without flag and pass examples: {missing}"


def test_shipped_examples_all_hold() -> None:
    results = list(run_examples(SHIPPED, build_pipeline(SHIPPED), TODAY))
    failures = [f"{r.place} {r.rule} {r.kind}: {r.sentence}" for r in results if not r.ok]
    assert results and not failures, "\n".join(failures)
    assert all(fp == fn == 0 for _, fp, fn in summary(results).values())


def test_rules_test_command_reports_a_failing_example(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "r.yaml"
    rules.write_text((ROOT / "rules" / "policies" / "superlative.yaml").read_text("utf-8").replace(
        "pass: [", "pass: [\"The finest shoes ever.\", "), encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["rules", "test", "--rules", str(rules)])
    out = capsys.readouterr().out
    assert exited.value.code == 1
    assert "superlative-unsourced: example should be passed: 'The finest shoes ever.'" in out


def test_rules_validate_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["rules", "validate", "--rules", str(ROOT / "rules")])
    assert exited.value.code in (0, None)
    assert "no problems found" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["rules", "list", "--rules", str(ROOT / "rules")])
    assert "made-in-usa-unqualified\torigin\terror\trules/policies/origin.yaml:2" in \
        capsys.readouterr().out


def test_rules_commands_take_paths_as_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    # `claimcheck rules validate myrules/` as well as `--rules myrules/`, both together
    domain = ROOT / "tests" / "fixtures" / "domain20" / "rules"
    with pytest.raises(SystemExit) as exited:
        main(["rules", "validate", str(ROOT / "rules"), "--rules", str(domain)])
    assert exited.value.code in (0, None)
    assert capsys.readouterr().out.startswith("13 files:")
    with pytest.raises(SystemExit) as exited:  # the domain alone lacks the shipped ids
        main(["rules", "validate", str(domain)])
    assert exited.value.code == 2
    assert "kestrel-ridge.yaml:" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["rules", "list", str(ROOT / "rules")])
    assert "made-in-usa-unqualified\torigin" in capsys.readouterr().out


def test_docs_rules_md_is_in_sync_with_the_rules() -> None:
    from claimcheck.ruledocs import markdown

    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == markdown(SHIPPED), (
        "docs/rules.md is out of date: run `claimcheck rules docs > docs/rules.md`")


def test_explain_prints_a_rule_and_suggests_close_ids(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["explain", "nb-founding-year", "--rules", str(ROOT / "rules")])
    out = capsys.readouterr().out
    assert exited.value.code in (0, None)
    assert out.startswith("nb-founding-year (fact, error)") and "Source: New Balance" in out
    with pytest.raises(SystemExit) as exited:
        main(["explain", "nb-foundng-year", "--rules", str(ROOT / "rules")])
    assert exited.value.code == 2
    assert "did you mean 'nb-founding-year'" in capsys.readouterr().err
