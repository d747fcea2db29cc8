"""Reading articles on several cores: same report as one process, errors and progress kept."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest

import claimcheck.nlp.workers as workers
from claimcheck.cli import main
from claimcheck.report.formats import Format, render
from claimcheck.run import RunOptions, run
from tests.conftest import FIXTURES, ROOT

PATHS = [ROOT / "corpus", FIXTURES / "domain21", FIXTURES / "heldout"]
RULES = [ROOT / "rules", FIXTURES / "domain21" / "rules"]
DAY = dt.date(2026, 11, 24)


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """Every run parallel however small, in tasks of one or two articles; the worker
    counts of the pools started."""
    started: list[int] = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, workers_: int, **kwargs) -> None:  # type: ignore[no-untyped-def]
            started.append(workers_)
            super().__init__(workers_, **kwargs)

    monkeypatch.setattr(workers, "PARALLEL_FROM", 0)
    monkeypatch.setattr(workers, "CHUNK_CHARS", 3_000)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", Counted)
    return started


def _report(jobs: int, paths: list[Path] = PATHS) -> str:
    report = run(RunOptions(paths=paths, rules=RULES, today=DAY, jobs=jobs, show_supported=True))
    return render(report, Format.json)


def test_workers_give_the_report_one_process_gives(pools: list[int]) -> None:
    one = _report(1)
    assert pools == []
    assert _report(2) == one
    assert pools == [2]
    assert _report(3) == one  # (more workers than cores: still the same, in order)
    assert pools == [2, 3]


def test_a_small_run_reads_in_this_process(monkeypatch) -> None:
    def no_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a pool was started for a small run")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_pool)
    assert '"claims"' in _report(2, [ROOT / "corpus" / "nb-990-buyers-guide.txt"])


def test_a_workers_error_reaches_the_command_as_an_internal_error(
        pools: list[int], monkeypatch, capsys) -> None:
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("reader broke")

    monkeypatch.setattr(workers, "analyse", broken)  # (the forked workers inherit it)
    with pytest.raises(RuntimeError, match="reader broke"):
        _report(2)
    with pytest.raises(SystemExit) as exited:
        main(["run", str(ROOT / "corpus"), "--rules", str(ROOT / "rules"), "--jobs", "2",
              "--no-cache"])
    assert exited.value.code == 3
    err = capsys.readouterr().err
    assert "internal error: RuntimeError('reader broke')" in err and "Traceback" not in err


def test_progress_names_every_file_once_failures_too(pools: list[int], tmp_path: Path) -> None:
    for name in ("a.md", "b.txt", "c.md"):
        (tmp_path / name).write_text("New Balance was founded in 1906.\n" * 200, encoding="utf-8")
    (tmp_path / "d.md").write_bytes(b"\xff\xfe\x00broken")
    shown: list[str] = []
    report = run(RunOptions(paths=[tmp_path], rules=RULES, today=DAY, jobs=2), shown.append)
    assert sorted(Path(p).name for p in shown) == ["a.md", "b.txt", "c.md", "d.md"]
    assert len(report.errors) == 1 and pools == [2]


@pytest.mark.parametrize(("sizes", "size", "expected"), [
    ([], 10, []),
    ([5], 10, [range(0, 1)]),
    ([5, 5, 5], 10, [range(0, 2), range(2, 3)]),
    ([12, 1, 9, 30], 10, [range(0, 1), range(1, 3), range(3, 4)]),
])
def test_tasks_are_consecutive_articles_of_about_the_size(
        sizes: list[int], size: int, expected: list[range]) -> None:
    documents = [SimpleNamespace(text="x" * n) for n in sizes]
    assert workers._chunks(documents, size) == expected  # type: ignore[arg-type]


def test_analyses_pickle_back_whole() -> None:
    import pickle

    from claimcheck.documents import load
    from claimcheck.nlp import analyse, build_pipeline
    from claimcheck.rules import load_rules

    nlp = build_pipeline(load_rules(RULES))
    documents = [load(p) for p in sorted((ROOT / "corpus").iterdir())]
    analysed = list(analyse(nlp, documents, None, DAY))  # type: ignore[arg-type]
    back = pickle.loads(pickle.dumps(analysed))
    assert back == analysed
    assert [c.fields for a in back for c in a.claims] == [c.fields for a in analysed for c in a.claims]


def test_only_plain_dataclasses_are_pickled_by_their_fields() -> None:
    from dataclasses import dataclass, field

    from claimcheck.records import pickled_by_fields

    @dataclass(frozen=True)
    class Derived:
        a: int
        b: int = field(init=False, default=0)

    with pytest.raises(TypeError, match="every field"):
        pickled_by_fields(Derived)
