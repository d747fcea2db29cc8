"""The command line: exit codes 0/1/2/3, messages without tracebacks, formats, extract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import __version__
from claimcheck.cli import main
from tests.conftest import FIXTURES, ROOT

RULES = str(ROOT / "rules")


def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``claimcheck ARGS`` in-process: (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    captured = capsys.readouterr()
    code = exited.value.code
    return (0 if code is None else int(code)), captured.out, captured.err


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_version(capsys) -> None:
    assert invoke(capsys, "--version") == (0, f"claimcheck {__version__}\n", "")


def test_help_lists_commands(capsys) -> None:
    code, out, _ = invoke(capsys, "--help")
    assert code == 0 and "run" in out and "extract" in out and "Exit codes" in out


def test_clean_article_exits_0(capsys, tmp_path: Path) -> None:
    article = write(tmp_path, "ok.md", "---\ndate: 2025-06-01\n---\nNew Balance was founded in 1906.\n")
    code, out, err = invoke(capsys, "run", str(article), "--rules", RULES, "--as-of", "2025-06-02")
    assert code == 0, out + err
    assert "0 flags" in out


def test_flags_exit_1_and_fail_on_controls_it(capsys, tmp_path: Path) -> None:
    article = write(tmp_path, "bad.md", "---\ndate: 2025-06-01\n---\nNew Balance was founded in 1972.\n"
                    "Our shoes are eco-friendly.\n")
    code, out, _ = invoke(capsys, "run", str(article), "--rules", RULES)
    assert code == 1 and "contradicted" in out and "nb-founding-year" in out
    warn = write(tmp_path, "w.md", "---\ndate: 2025-06-01\n---\nOur shoes are eco-friendly.\n")
    assert invoke(capsys, "run", str(warn), "--rules", RULES)[0] == 0
    assert invoke(capsys, "run", str(warn), "--rules", RULES, "--fail-on", "warning")[0] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "no/such/folder"], "no such file or folder"),
        (["run", ".", "--rules", "no/such/rules"], "does not exist"),
        (["run", ".", "--as-of", "yesterday"], "--as-of 'yesterday' is not a date"),
        (["run", ".", "--fail-on", "fatal"], "'fatal' is not one of 'error', 'warning', 'info'"),
        (["run", ".", "--output", "no/such/dir/report.json"], "folder no/such/dir does not exist"),
        (["run", "tests/fixtures/rules"], "no articles found in tests/fixtures/rules"),
        (["extract", "tests"], "is a folder"),
        (["run", ".", "--model", "no_such_pipeline_xyz"], "is not installed"),
        (["run"], "Missing argument"),
        (["extract", "no/such/file.txt"], "no such file"),
    ],
)
def test_user_errors_exit_2_without_traceback(capsys, args: list[str], message: str) -> None:
    if "--rules" not in args and args[0] == "run" and len(args) > 1:
        args = [*args, "--rules", RULES] if "no/such/rules" not in args else args
    code, out, err = invoke(capsys, *args)
    assert code == 2
    assert message in out + err
    assert "Traceback" not in out + err


def test_broken_rules_file_exit_2_with_place(capsys, tmp_path: Path) -> None:
    rules = write(tmp_path, "rules.yaml", "facts:\n  - id: x\n    subject: nobody\n")
    article = write(tmp_path, "a.txt", "Hello.\n")
    code, _, err = invoke(capsys, "run", str(article), "--rules", str(rules))
    assert code == 2
    assert f"{rules.as_posix()}:2:5: fact 'x' is missing required key 'attribute'" in err


def test_broken_article_is_reported_and_exits_2(capsys, tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    write(tmp_path / "corpus", "good.md", "New Balance was founded in 1906.\n")
    (tmp_path / "corpus" / "bad.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    code, out, err = invoke(capsys, "run", str(tmp_path / "corpus"), "--rules", RULES,
                            "--format", "json")
    assert code == 2
    report = json.loads(out)
    assert report["summary"]["errors"] == 1 and report["summary"]["documents"] == 2
    assert report["errors"][0]["path"].endswith("bad.txt")
    assert "binary file" in err


def test_broken_front_matter_names_file_line_and_column(capsys, tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    write(tmp_path / "corpus", "good.md", "New Balance was founded in 1906.\n")
    bad = write(tmp_path / "corpus", "bad.md",
                '---\ntitle: "Unclosed\ndate: 2024-06-01\n---\nNew Balance was founded in 1906.\n')
    code, out, _ = invoke(capsys, "run", str(tmp_path / "corpus"), "--rules", RULES)
    assert code == 2
    # the quote opened on line 2, column 8 is where the broken construct began
    assert f"{bad.as_posix()}:2:8: error: front matter is not valid YAML" in out
    code, _, err = invoke(capsys, "extract", str(bad), "--rules", RULES)
    assert code == 2 and f"{bad.as_posix()}:2:8: front matter is not valid YAML" in err


def test_internal_error_exits_3(capsys, monkeypatch, tmp_path: Path) -> None:
    import claimcheck.run

    def boom(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(claimcheck.run, "run", boom)
    code, _, err = invoke(capsys, "run", str(tmp_path), "--rules", RULES)
    assert code == 3
    assert "internal error" in err and "simulated bug" in err and "Traceback" not in err


def test_json_to_file(capsys, tmp_path: Path) -> None:
    out_file = tmp_path / "report.json"
    code, out, _ = invoke(capsys, "run", str(FIXTURES / "articles" / "origin.md"), "--rules", RULES,
                          "--format", "json", "--output", str(out_file), "--show-supported")
    assert code == 1 and out == ""
    report = json.loads(out_file.read_text(encoding="utf-8"))
    assert report["schema"] == "claimcheck/report/v1"
    assert {f["verdict"] for f in report["findings"]} >= {"policy", "supported"}


def test_extract_prints_claims_and_quantities(capsys, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", "New Balance was founded in 1906.\nIt has 5 factories.\n")
    code, out, _ = invoke(capsys, "extract", str(article), "--rules", RULES)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    claims = [r for r in records if r["type"] == "claim"]
    quantities = [r for r in records if r["type"] == "quantity"]
    assert claims[0]["attribute"] == "founding-year" and claims[0]["line"] == 1
    assert {q["value"] for q in quantities} == {1906.0, 5.0}
    assert set(quantities[0]) >= {"text", "start", "end", "value", "range", "unit", "bound", "trend"}


def test_extract_shows_when_a_claim_is_about(capsys, tmp_path: Path) -> None:
    article = write(tmp_path, "a.md", "---\ndate: 2024-05-01\n---\nIn 2012, New Balance had "
                    "4 factories. Does New Balance run five factories today?\n")
    code, out, _ = invoke(capsys, "extract", str(article), "--rules", RULES)
    claims = [r for r in map(json.loads, out.splitlines()) if r["type"] == "claim"]
    assert code == 0 and len(claims) == 2
    assert claims[0]["year"] == 2012 and claims[0]["read_at"] == "2012-12-31"
    assert "year" not in claims[1] and claims[1]["read_at"] == "2024-05-01"
    assert "not-asserted" in claims[1]["qualifiers"]


def test_extract_reads_stdin_and_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "extract", "-", "--rules", RULES],
        input="About one in four New Balance shoes is made in the USA.",
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout.splitlines()[0])
    assert first["attribute"] == "us-production-share" and first["path"] == "<stdin>"


def test_worthiness_threshold_controls_unverified(capsys) -> None:
    article = str(FIXTURES / "articles" / "unverified.md")
    rules = ["--rules", RULES, "--rules", str(FIXTURES / "rules"), "--format", "json"]
    _, out, _ = invoke(capsys, "run", article, *rules)
    assert json.loads(out)["summary"]["by_verdict"]["unverified"] == 2
    _, out, _ = invoke(capsys, "run", article, *rules, "--worthiness-threshold", "1")
    assert json.loads(out)["summary"]["by_verdict"]["unverified"] == 0
    code, _, err = invoke(capsys, "run", article, *rules, "--worthiness-threshold", "2")
    assert code == 2 and "--worthiness-threshold" in err and "less than or equal to 1" in err


def test_check_worthiness_is_public() -> None:
    import claimcheck

    assert claimcheck.check_worthiness("New Balance was founded in 1906.") > 0.5
    assert claimcheck.check_worthiness("Do you love these shoes?") < 0.5


def test_several_outputs_in_one_run(capsys, tmp_path: Path) -> None:
    article = str(FIXTURES / "articles" / "contradicted.md")
    files = {name: tmp_path / name for name in ("r.sarif", "r.html", "r.xml", "r.md")}
    code, out, _ = invoke(capsys, "run", article, "--rules", RULES, "--rules",
                          str(FIXTURES / "rules"), "--format", "github",
                          "--sarif", str(files["r.sarif"]), "--html", str(files["r.html"]),
                          "--junit", str(files["r.xml"]), "--markdown", str(files["r.md"]))
    assert code == 1 and out.startswith("::error file=")
    assert json.loads(files["r.sarif"].read_text())["version"] == "2.1.0"
    assert files["r.html"].read_text().startswith("<!DOCTYPE html>")
    assert "<testsuite" in files["r.xml"].read_text()
    assert "| verdict |" in files["r.md"].read_text().lower() or "verdict" in files["r.md"].read_text()


def test_cache_reuses_unchanged_articles(capsys, tmp_path: Path, monkeypatch) -> None:
    import claimcheck.run

    folder = tmp_path / "c"
    folder.mkdir()
    for i in range(3):
        write(folder, f"a{i}.md", f"---\ndate: 2025-06-01\n---\nNew Balance was founded in {1900 + i}.\n")
    cache = tmp_path / "cache"
    (tmp_path / "claimcheck.yaml").write_text(f"cache_dir: {cache}\n", encoding="utf-8")
    args = ["run", str(folder), "--rules", RULES, "--format", "json",
            "--config", str(tmp_path / "claimcheck.yaml")]
    _, cold, _ = invoke(capsys, *args)
    analysed: list[int] = []
    original = claimcheck.run.analyse_all

    def counting(nlp, documents, *rest):
        documents = list(documents)
        analysed.append(len(documents))
        return original(nlp, documents, *rest)

    monkeypatch.setattr(claimcheck.run, "analyse_all", counting)
    _, warm, _ = invoke(capsys, *args)
    assert warm == cold and analysed == []
    write(folder, "a1.md", "---\ndate: 2025-06-01\n---\nNew Balance was founded in 1906.\n")
    _, changed, _ = invoke(capsys, *args)
    assert analysed == [1] and changed != cold
    invoke(capsys, *args, "--no-cache")
    assert analysed == [1, 3]


def test_no_color_and_plain_output_when_piped(capsys, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = invoke(capsys, "run", str(FIXTURES / "articles" / "origin.md"), "--rules", RULES)
    assert "\x1b[" not in out


def test_model_option_loads_a_saved_pipeline_and_adds_the_components(capsys, tmp_path: Path) -> None:
    import spacy

    saved = spacy.blank("en")
    saved.add_pipe("sentencizer")
    saved.to_disk(tmp_path / "pipeline")
    article = str(FIXTURES / "articles" / "contradicted.md")
    args = ["run", article, "--rules", RULES, "--rules", str(FIXTURES / "rules"), "--format",
            "json", "--no-cache"]
    _, default, _ = invoke(capsys, *args)
    code, with_model, _ = invoke(capsys, *args, "--model", str(tmp_path / "pipeline"))
    assert code == 1
    assert json.loads(with_model)["findings"] == json.loads(default)["findings"]


def test_help_does_not_load_spacy() -> None:
    """`claimcheck --help` and usage errors answer at once: spaCy and the word tables load
    only when a command needs them (the public names of the package load on first use)."""
    probe = ("import sys, claimcheck.cli, claimcheck; "
             "print('spacy' in sys.modules, 'claimcheck.quantities' in sys.modules); "
             "claimcheck.extract_quantities('5 km'); print('claimcheck.quantities' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["False", "False", "True"]


def test_an_interrupted_run_says_so_and_exits_130(capsys, monkeypatch) -> None:
    import claimcheck.run

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(claimcheck.run, "run", interrupted)
    code, out, err = invoke(capsys, "run", str(FIXTURES / "articles" / "origin.md"),
                            "--rules", RULES, "--no-cache")
    assert (code, out, err) == (130, "", "claimcheck: interrupted\n")


def test_an_interrupt_while_the_report_is_written_says_so_too(capsys, monkeypatch) -> None:
    import claimcheck.cli

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(claimcheck.cli, "render", interrupted)
    code, out, err = invoke(capsys, "run", str(FIXTURES / "articles" / "origin.md"),
                            "--rules", RULES, "--no-cache")
    assert (code, out, err) == (130, "", "claimcheck: interrupted\n")
