"""Throughput and memory of claimcheck against spaCy's bare tokenizer, same text, same run.

    python bench/bench.py                # ~200,000 words, 5 runs each, medians
    python bench/bench.py --words 1000000 --runs 3

The corpus is the shipped articles' paragraphs, shuffled with a fixed seed and
written as many .txt/.md/.html files to a temporary folder. Every measurement
runs in a fresh subprocess, so peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("tokenizer", "quantities", "pipeline", "run-1", "run")
CACHED = ("cached",)
"""A run with the analysis cache in --cache-dir (cold, warm or after one change)."""
ARTICLE_WORDS = 600


def build_corpus(folder: Path, words: int) -> int:
    """Write articles of about ``ARTICLE_WORDS`` words each; return the word count."""
    from claimcheck.documents import discover, load

    paragraphs = []
    for path in discover([ROOT / "corpus"]):
        document = load(path)
        text = getattr(document, "text", "")
        paragraphs += [p.strip() for p in text.split("\n\n") if len(p.split()) > 5]
    rng = random.Random(1906)
    total, index = 0, 0
    while total < words:
        body, count = [], 0
        while count < ARTICLE_WORDS:
            paragraph = rng.choice(paragraphs)
            body.append(paragraph)
            count += len(paragraph.split())
        suffix = (".txt", ".md", ".html")[index % 3]
        text = "\n\n".join(body)
        if suffix == ".html":
            text = "<html><body>" + "".join(f"<p>{p}</p>\n" for p in body) + "</body></html>"
        elif suffix == ".md":
            text = f"---\ndate: 2024-0{1 + index % 9}-15\n---\n\n{text}\n"
        (folder / f"a{index:05d}{suffix}").write_text(text, encoding="utf-8")
        total += count
        index += 1
    return total


def measure(stage: str, folder: Path, cache_dir: Path | None = None) -> dict[str, float]:
    """Run one stage over the corpus in this process; seconds and bytes."""
    from claimcheck.documents import discover, load
    from claimcheck.nlp import analyse, build_pipeline
    from claimcheck.quantities import extract_quantities
    from claimcheck.rules import load_rules
    from claimcheck.run import RunOptions, run

    files = discover([folder])
    texts = [getattr(load(p), "text", "") for p in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    if stage == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        for _ in nlp.tokenizer.pipe(texts, batch_size=64):
            pass
    elif stage == "quantities":
        for text in texts:
            extract_quantities(text)
    elif stage == "pipeline":
        nlp = build_pipeline(load_rules([ROOT / "rules"]))
        for _ in analyse(nlp, (load(p) for p in files), None, time_today()):  # type: ignore[misc]
            pass
    elif stage == "cached":
        run(RunOptions(paths=[folder], rules=[ROOT / "rules"], cache_dir=cache_dir))
    elif stage == "run-1":
        run(RunOptions(paths=[folder], rules=[ROOT / "rules"], jobs=1))
    else:
        run(RunOptions(paths=[folder], rules=[ROOT / "rules"]))
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    # worker processes: the largest one's peak, once per worker (an upper bound: pages
    # they share with this process are counted again)
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    if worker and stage in ("run", "cached"):
        rss += worker * default_jobs()
    return {"seconds": seconds, "bytes": size, "rss": rss}


def default_jobs() -> int:
    from claimcheck.nlp.workers import default_jobs as jobs

    return jobs()


def time_today():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.today()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", action="store_true",
                        help="also time cold, warm and one-change runs with the analysis cache")
    parser.add_argument("--stage", choices=STAGES + CACHED, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(measure(args.stage, args.folder, args.cache_dir)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        words = build_corpus(folder, args.words)
        files = len(list(folder.iterdir()))
        print(f"corpus: {words:,} words in {files} articles (txt/md/html); "
              f"{args.runs} runs per stage, medians\n")
        print(f"{'stage':<12}{'seconds':>9}{'words/s':>11}{'MB/s':>7}{'peak MB':>9}"
              f"{'x tokenizer':>13}")
        base = None
        for stage in STAGES:
            results = [json.loads(subprocess.run(
                [sys.executable, __file__, "--stage", stage, "--folder", str(folder)],
                capture_output=True, text=True, check=True).stdout) for _ in range(args.runs)]
            seconds = statistics.median(r["seconds"] for r in results)
            rss = statistics.median(r["rss"] for r in results) / 1e6
            megabytes = results[0]["bytes"] / 1e6
            base = base or seconds
            print(f"{stage:<12}{seconds:>9.2f}{words / seconds:>11,.0f}{megabytes / seconds:>7.2f}"
                  f"{rss:>9.0f}{seconds / base:>13.1f}")
        if args.cache:
            _cache_table(folder, args.runs)
        print("\ntokenizer: spaCy's bare English tokenizer; quantities: extract_quantities "
              "alone; pipeline: the full spaCy pipeline with claim extraction, one process; "
              "run-1: everything (read, analyse, check, report) in one process; run: the same "
              f"as `claimcheck run` does it, articles read by {default_jobs()} worker "
              "process(es), one per CPU (peak MB counts each worker's peak in full, though "
              "they share pages with the parent).")


def _one(stage: str, folder: Path, cache_dir: Path | None = None) -> dict[str, float]:
    command = [sys.executable, __file__, "--stage", stage, "--folder", str(folder)]
    if cache_dir is not None:
        command += ["--cache-dir", str(cache_dir)]
    return json.loads(subprocess.run(command, capture_output=True, text=True,
                                     check=True).stdout)


def _cache_table(folder: Path, runs: int) -> None:
    """Cold (empty cache), warm (nothing changed) and one article changed."""
    article = sorted(folder.iterdir())[len(list(folder.iterdir())) // 2]
    original = article.read_text(encoding="utf-8")
    results: dict[str, list[float]] = {"cold": [], "warm": [], "one change": []}
    for attempt in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            results["cold"].append(_one("cached", folder, Path(cache))["seconds"])
            results["warm"].append(_one("cached", folder, Path(cache))["seconds"])
            article.write_text(original + f"\n\nEdited {attempt}: New Balance has five "
                               "factories.\n", encoding="utf-8")
            results["one change"].append(_one("cached", folder, Path(cache))["seconds"])
            article.write_text(original, encoding="utf-8")
    print(f"\nwith the analysis cache ({runs} runs, medians; timing covers run() only, "
          "not Python start-up)")
    for name, values in results.items():
        print(f"{name:<12}{statistics.median(values):>9.2f} s")


if __name__ == "__main__":
    main()
