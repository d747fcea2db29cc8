"""Reading many articles on several cores.

Claim extraction is pure Python and holds the GIL, so threads cannot share it out.
Worker processes can: they are forked from this process once the spaCy pipeline is
built, so each starts with the pipeline, the rules and the articles already in memory.
Nothing is pickled on the way in (a task is a range of article indices), only each
article's analysis on the way back, which is the same plain data the cache stores.

spaCy's own ``nlp.pipe(n_process=...)`` is not used: it pickles every ``Doc`` with its
user data both ways, and claimcheck keeps only the analysis.

Workers run on Linux only: elsewhere ``fork`` is unavailable (Windows) or unsafe
(macOS), and a run reads its articles in this process. So does a run small enough that
starting workers costs more than it saves. The order and the results are the same.

On Linux each worker asks the kernel to kill it when its parent dies, so a run stopped
with SIGTERM or SIGHUP (a cancelled CI job, a closed terminal) leaves no worker behind.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import math
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from spacy.language import Language

from claimcheck.checking.context import AnalysedDocument
from claimcheck.documents.model import Document
from claimcheck.errors import WorkerError
from claimcheck.nlp.analyse import DateLookup, analyse

PARALLEL_FROM = 150_000
"""Characters of text below which articles are read in this process: about 25,000
words, a second of reading on one core, where starting workers and sending analyses
back would eat most of the gain."""
CHUNK_CHARS = 40_000
"""About how much text one task reads (a few articles): small enough that the cores
finish together, large enough that sending tasks costs little."""

_Job = tuple[Language, Sequence[Document], "dt.date | None", dt.date, "DateLookup | None"]
_job: _Job | None = None  # what the forked workers read (set only while they run)


_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")
"""A container's CPU quota under cgroup v2: "200000 100000" is two CPUs, "max" none."""
_CFS = Path("/sys/fs/cgroup/cpu")
"""The same under cgroup v1: cpu.cfs_quota_us over cpu.cfs_period_us (-1: none)."""


def default_jobs() -> int:
    """One worker per CPU this process may run on: the CPUs it may be scheduled on,
    fewer when a container's CPU quota allows fewer (a CI runner limited to two CPUs on
    a large host)."""
    try:
        cpus = max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # (no affinity on macOS or Windows)
        cpus = os.cpu_count() or 1
    quota = _quota()
    return min(cpus, max(1, math.ceil(quota))) if quota is not None else cpus


def _quota() -> float | None:
    """The container's CPU quota in CPUs, under cgroup v2 or v1; None for none."""
    try:
        quota, period = _CPU_MAX.read_text(encoding="ascii").split()[:2]
        return None if quota == "max" else int(quota) / int(period)
    except (OSError, ValueError):
        pass  # (no cgroup v2 file: v1, or no cgroup)
    try:
        quota_us = int((_CFS / "cpu.cfs_quota_us").read_text(encoding="ascii"))
        period_us = int((_CFS / "cpu.cfs_period_us").read_text(encoding="ascii"))
        return None if quota_us <= 0 or period_us <= 0 else quota_us / period_us
    except (OSError, ValueError):
        return None


def analyse_all(
    nlp: Language, documents: Sequence[Document], as_of: dt.date | None, today: dt.date,
    configured: DateLookup | None = None, jobs: int | None = None,
) -> Iterator[AnalysedDocument]:
    """Analysed documents in the order given, read by up to ``jobs`` worker processes
    (None: one per CPU; 1: in this process). Yields each as soon as it and every one
    before it is done, so a caller can show progress."""
    workers = default_jobs() if jobs is None else jobs
    chunks = _chunks(documents, CHUNK_CHARS)
    workers = min(workers, len(chunks))
    total = sum(len(d.text) for d in documents)
    if workers <= 1 or total < PARALLEL_FROM or not sys.platform.startswith("linux"):
        yield from analyse(nlp, documents, as_of, today, configured)
        return
    global _job
    _job = (nlp, documents, as_of, today, configured)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_start_worker, initargs=(os.getpid(),))
    try:
        for analysed in pool.map(_read, chunks):
            yield from analysed
    except BrokenProcessPool as error:
        raise WorkerError("a worker process reading articles died (killed, or out of "
                          "memory?); rerun with --jobs 1 to read them in one process") from error
    finally:
        # on an error or Ctrl-C, tasks not yet started are dropped; each worker stops
        # after the few articles it is reading
        pool.shutdown(wait=True, cancel_futures=True)
        _job = None


def _chunks(documents: Sequence[Document], size: int) -> list[range]:
    """Consecutive ranges of document indices of about ``size`` characters each."""
    chunks, start, chars = [], 0, 0
    for index, document in enumerate(documents):
        chars += len(document.text)
        if chars >= size:
            chunks.append(range(start, index + 1))
            start, chars = index + 1, 0
    if start < len(documents):
        chunks.append(range(start, len(documents)))
    return chunks


def _start_worker(parent: int) -> None:
    """Ctrl-C reaches every process of the terminal's group; the parent alone handles it
    (a worker would otherwise print its own traceback). And a worker dies with its
    parent, however the parent ends (Linux's PR_SET_PDEATHSIG; else, as forked workers
    share the pipes' ends, an orphan would wait on them forever)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0 or os.getppid() != parent:
        os._exit(1)  # (no such call, or the parent is already gone)


_PR_SET_PDEATHSIG = 1


def _read(indices: range) -> list[AnalysedDocument]:
    """A worker's task: analyse the documents at ``indices`` of the job."""
    assert _job is not None, "workers are forked while a job is set"
    nlp, documents, as_of, today, configured = _job
    return list(analyse(nlp, [documents[i] for i in indices], as_of, today, configured))

