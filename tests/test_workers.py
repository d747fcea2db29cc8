"""Reading articles on several cores: same report as one process, errors and progress kept."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
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


def test_a_worker_that_dies_is_named_not_called_a_bug(pools: list[int], monkeypatch,
                                                      capsys) -> None:
    def killed(*args, **kwargs):  # type: ignore[no-untyped-def]
        os.kill(os.getpid(), signal.SIGKILL)  # (as the out-of-memory killer would)

    monkeypatch.setattr(workers, "analyse", killed)
    with pytest.raises(SystemExit) as exited:
        main(["run", str(ROOT / "corpus"), "--rules", str(ROOT / "rules"), "--jobs", "2",
              "--no-cache"])
    assert exited.value.code == 3
    err = capsys.readouterr().err
    assert "a worker process reading articles died" in err and "bug" not in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers run on Linux only")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP])
def test_workers_die_with_their_parent(tmp_path: Path, stop: signal.Signals) -> None:
    """A run stopped by SIGTERM (a cancelled CI job) or SIGHUP (a closed terminal) leaves
    no worker reading on: they are dead (or zombies waiting to be reaped) at once."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").iterdir())]
    for i in range(160):  # (about 400,000 characters: enough to start workers)
        (tmp_path / f"a{i:03d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    run_ = subprocess.Popen([sys.executable, "-m", "claimcheck", "run", str(tmp_path),
                             "--rules", str(ROOT / "rules"), "--no-cache", "--jobs", "2",
                             "-f", "json", "-o", str(tmp_path / "out.json")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 30
    while not children and time.monotonic() < deadline and run_.poll() is None:
        children = [int(pid) for pid in Path(f"/proc/{run_.pid}/task/{run_.pid}/children")
                    .read_text().split()] if Path(f"/proc/{run_.pid}").exists() else []
        time.sleep(0.05)
    assert children, "no worker started"
    run_.send_signal(stop)
    run_.wait(timeout=30)
    time.sleep(0.5)
    left = [pid for pid in children if _alive(pid)]
    for pid in left:  # (a failing run leaves nothing behind either)
        os.kill(pid, signal.SIGKILL)
    assert left == []


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


@pytest.mark.parametrize(("cpu_max", "expected"), [
    ("max 100000\n", 64), ("200000 100000\n", 2), ("150000 100000\n", 2),
    ("50000 100000\n", 1), (None, 64)])
def test_default_jobs_follow_a_container_s_cpu_quota(tmp_path: Path, monkeypatch,
                                                     cpu_max: str | None,
                                                     expected: int) -> None:
    quota = tmp_path / "cpu.max"
    if cpu_max is not None:
        quota.write_text(cpu_max, encoding="ascii")
    monkeypatch.setattr(workers, "_CPU_MAX", quota)
    monkeypatch.setattr(workers, "_CFS", tmp_path / "no-v1")
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: set(range(64)),
                        raising=False)
    assert workers.default_jobs() == expected


@pytest.mark.parametrize(("quota_us", "expected"), [("-1\n", 64), ("300000\n", 3)])
def test_default_jobs_follow_a_cgroup_v1_quota(tmp_path: Path, monkeypatch, quota_us: str,
                                               expected: int) -> None:
    (tmp_path / "cpu.cfs_quota_us").write_text(quota_us, encoding="ascii")
    (tmp_path / "cpu.cfs_period_us").write_text("100000\n", encoding="ascii")
    monkeypatch.setattr(workers, "_CPU_MAX", tmp_path / "no-v2")
    monkeypatch.setattr(workers, "_CFS", tmp_path)
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: set(range(64)),
                        raising=False)
    assert workers.default_jobs() == expected
