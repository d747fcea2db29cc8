"""Reading many articles on several cores.

Claim extraction is pure Python and holds the GIL, so threads cannot share it out.
Worker processes can: they are forked from this process once the spaCy pipeline is
built, so each starts with the pipeline, the rules and the articles already in memory.
Nothing is pickled on the way in (a task is a range of article indices), only each
article's analysis on the way back, which is the same plain data the cache stores.

spaCy's own ``nlp.pipe(n_process=...)`` is not used: it pickles every ``Doc`` with its
user data both ways, and claimcheck keeps only the analysis.

Where ``fork`` is unavailable (Windows) or the corpus is small enough that starting
workers costs more than it saves, articles are read in this process, in the same order
and with the same results.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from spacy.language import Language

from claimcheck.checking.context import AnalysedDocument
from claimcheck.documents.model import Document
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


def default_jobs() -> int:
    """One worker per CPU this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # (no affinity on macOS or Windows)
        return os.cpu_count() or 1


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
    forks = "fork" in multiprocessing.get_all_start_methods()
    if workers <= 1 or total < PARALLEL_FROM or not forks:
        yield from analyse(nlp, documents, as_of, today, configured)
        return
    global _job
    _job = (nlp, documents, as_of, today, configured)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_ignore_interrupts)
    try:
        for analysed in pool.map(_read, chunks):
            yield from analysed
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


def _ignore_interrupts() -> None:
    """Ctrl-C reaches every process of the terminal's group; the parent alone handles it
    (a worker would otherwise print its own traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read(indices: range) -> list[AnalysedDocument]:
    """A worker's task: analyse the documents at ``indices`` of the job."""
    assert _job is not None, "workers are forked while a job is set"
    nlp, documents, as_of, today, configured = _job
    return list(analyse(nlp, [documents[i] for i in indices], as_of, today, configured))

