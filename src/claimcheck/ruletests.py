"""``claimcheck rules test``: run the examples every fact and policy carries.

Each example is a one-sentence article. A ``flag`` example must be flagged by
its rule; a ``pass`` example must not be. A fact's examples are read at a
date inside the fact's validity period; a policy's at the run's date with no
stated date (so time-sensitive examples count as old).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language

from claimcheck.checking.engine import check
from claimcheck.documents.text import read_text
from claimcheck.nlp import analyse
from claimcheck.rules.model import RuleSet


@dataclass(frozen=True, slots=True)
class ExampleResult:
    """One example sentence and whether its rule behaved."""

    rule: str
    kind: str
    """``flag`` or ``pass``."""
    sentence: str
    ok: bool
    place: str
    """Where the rule is written (``rules/file.yaml:LINE``)."""


def run_examples(rules: RuleSet, nlp: Language, today: dt.date) -> Iterator[ExampleResult]:
    """Check every example of every fact and policy in ``rules``."""
    for rule in (*rules.facts, *rules.policies):
        examples = getattr(rule, "examples", None)
        if examples is None:
            continue
        date = _date_for(rule, today)
        for kind, sentences in (("flag", examples.flag), ("pass", examples.pass_)):
            for sentence in sentences:
                flagged = _flags(sentence, rules, nlp, date, today)
                ok = (rule.id in flagged) == (kind == "flag")
                place = str(rules.origins.get(rule.id, ""))
                yield ExampleResult(rule.id, kind, sentence, ok, place)


def _date_for(rule: object, today: dt.date) -> dt.date:
    start = getattr(rule, "valid_from", None)
    end = getattr(rule, "valid_until", None)
    if end is not None and end < today:
        return end
    if start is not None and start > today:
        return start
    return today


def _flags(sentence: str, rules: RuleSet, nlp: Language, date: dt.date,
           today: dt.date) -> set[str]:
    document = read_text("<example>", sentence)
    analysed = list(analyse(nlp, [document], date, today))
    return {f.rule for f in check(analysed, rules, today) if f.is_flag}


def summary(results: list[ExampleResult]) -> dict[str, tuple[int, int, int]]:
    """Per rule: (true positives, false positives, false negatives)."""
    table: dict[str, list[int]] = {}
    for result in results:
        counts = table.setdefault(result.rule, [0, 0, 0])
        if result.kind == "flag":
            counts[0 if result.ok else 2] += 1
        elif not result.ok:
            counts[1] += 1
    return {rule: (c[0], c[1], c[2]) for rule, c in table.items()}
