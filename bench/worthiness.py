"""How well and how fast check_worthiness scores the test split of the labelled sentences.

    python bench/worthiness.py                 # precision/recall/F1, per register, speed
    python bench/worthiness.py --split train   # the same on the training split
    python bench/worthiness.py --errors        # also list the misclassified sentences
    python bench/worthiness.py --split blind   # the blind set (tests/worthiness/data/blind.jsonl)

The blind set was written by a helper who never saw the scorer, its features or the
training sentences, after the weights were fitted; it is never used for fitting.

Speed is sentences per second through ``check_worthiness`` one string at a time
(tokenising, lemmas, quantity extraction and scoring), after a warm-up call that
builds the spaCy pipeline; the median of ``--runs`` passes over the split.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_worthiness import DATA, load, scores  # noqa: E402  (sibling script, not a package)

from claimcheck.worthiness import DEFAULT_THRESHOLD, check_worthiness  # noqa: E402


def evaluate(rows: list[dict], threshold: float) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 overall (key ``all``) and per register."""
    groups: dict[str, list[tuple[bool, int]]] = defaultdict(list)
    for row in rows:
        predicted = check_worthiness(row["text"]) >= threshold
        groups["all"].append((predicted, row["label"]))
        groups[row["register"]].append((predicted, row["label"]))
    return {
        name: scores([p for p, _ in pairs], [y for _, y in pairs])
        for name, pairs in sorted(groups.items(), key=lambda item: item[0] != "all")
    }


def throughput(texts: list[str], runs: int) -> float:
    """Median sentences per second over ``runs`` passes (pipeline already built)."""
    check_worthiness("The pipeline is built on this first call.")
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            check_worthiness(text)
        rates.append(len(texts) / (time.perf_counter() - start))
    return statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    """Print the scores table, optionally the errors, and the throughput."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "train", "all", "blind"), default="test")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--errors", action="store_true", help="list misclassified sentences")
    args = parser.parse_args(argv)

    if args.split == "blind":
        rows = load(DATA.with_name("blind.jsonl"))
    else:
        rows = [r for r in load() if args.split == "all" or r["split"] == args.split]
    print(f"split {args.split}, {len(rows)} sentences, threshold {args.threshold}")
    print(f"{'register':<14}{'n':>5}{'precision':>11}{'recall':>9}{'F1':>8}")
    for name, s in evaluate(rows, args.threshold).items():
        print(f"{name:<14}{s['n']:>5}{s['precision']:>11.3f}{s['recall']:>9.3f}{s['f1']:>8.3f}")
    if args.errors:
        print("\nmisclassified (label, score, register, text):")
        for row in rows:
            score = check_worthiness(row["text"])
            if (score >= args.threshold) != bool(row["label"]):
                print(f"  {row['label']}  {score:.3f}  {row['register']:<13} {row['text']}")
    rate = throughput([r["text"] for r in rows], args.runs)
    print(f"\n{rate:,.0f} sentences/second ({1000 / rate:.3f} ms per sentence)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
