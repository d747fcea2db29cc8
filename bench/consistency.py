"""The cross-article check scales linearly: time to check 1,000 to 10,000 articles.

    python bench/consistency.py             # 1k, 2k, 5k, 10k articles, 3 runs each, medians
    python bench/consistency.py --sizes 10000 20000

Articles are generated from templates about the shipped subjects with varied
numbers (so thousands of claims share a subject and attribute and conflict),
analysed once with the real pipeline, then replicated under new paths; the
timing covers the checking stage only (facts, policies, consistency,
unverified), which is what grows with the corpus as a whole.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from dataclasses import replace
from pathlib import Path

from claimcheck.checking.context import AnalysedDocument
from claimcheck.checking.engine import check
from claimcheck.documents.markdown import read_markdown
from claimcheck.nlp import analyse, build_pipeline
from claimcheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [
    "L.L.Bean runs {n} retail stores across the country.",
    "Red Wing employs {n} workers in Minnesota.",
    "New Balance operates {n} factories in New England.",
    "About {p} percent of New Balance shoes are made in the United States.",
    "Pittsburgh has {n} public stairways.",
    "The company says its shoes are eco-friendly and unmatched.",
    "L.L.Bean was founded in {y}.",
]


def templates_corpus(count: int, seed: int = 1906) -> list[str]:
    """``count`` distinct small articles."""
    rng = random.Random(seed)
    articles = []
    for index in range(count):
        body = [t.format(n=rng.randint(2, 60), p=rng.randint(10, 90), y=rng.randint(1900, 1930))
                for t in rng.sample(TEMPLATES, 4)]
        articles.append(f"---\ndate: 2024-0{1 + index % 9}-10\n---\n\n" + "\n\n".join(body))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rules = load_rules([ROOT / "rules"])
    nlp = build_pipeline(rules)
    today = dt.date(2026, 11, 24)
    distinct = [read_markdown(f"t{i}.md", text) for i, text in enumerate(templates_corpus(400))]
    analysed = list(analyse(nlp, distinct, None, today))
    print(f"{'articles':>9}{'claims':>9}{'seconds':>9}{'µs/claim':>10}{'findings':>10}")
    for size in args.sizes:
        corpus = [_copy(analysed[i % len(analysed)], i) for i in range(size)]
        claims = sum(len(d.claims) for d in corpus)
        timings, findings = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            findings = len(check(corpus, rules, today))
            timings.append(time.perf_counter() - start)
        seconds = statistics.median(timings)
        print(f"{size:>9,}{claims:>9,}{seconds:>9.2f}{seconds / claims * 1e6:>10.1f}"
              f"{findings:>10,}")


def _copy(document: AnalysedDocument, index: int) -> AnalysedDocument:
    path = f"generated/a{index:05d}.md"
    return replace(document, path=path,
                   claims=tuple(replace(c, path=path) for c in document.claims))


if __name__ == "__main__":
    main()
