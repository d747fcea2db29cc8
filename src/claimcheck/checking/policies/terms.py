"""Shared by the term-based policy kinds: compiled term lists and a nearby-text test."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from claimcheck.checking.context import AnalysedDocument, Sentence
from claimcheck.claims.quotes import mentioned
from claimcheck.findings import Expected, Finding
from claimcheck.rules.fields import RuleBase


@lru_cache(maxsize=256)
def compile_terms(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive alternation of ``patterns``, anchored at word edges."""
    if not patterns:
        return None
    body = "|".join(f"(?:{pattern})" for pattern in patterns)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def matches(
    document: AnalysedDocument, patterns: Iterable[str], moods: frozenset[str]
) -> Iterator[tuple[int, Sentence, re.Match[str]]]:
    """Every match of ``patterns`` in sentences whose mood is in ``moods``."""
    regex = compile_terms(tuple(patterns))
    if regex is None:
        return
    for index, sentence in enumerate(document.sentences):
        if sentence.mood not in moods:
            continue
        for match in regex.finditer(sentence.text):
            if not mentioned(sentence.text, match.start(), match.end()) and not (
                    _NAMED_CLAIM_AFTER.match(sentence.text, match.end())):
                yield index, sentence, match


# a term that names a claim, not makes one: "the lead-free claim was supported" (but
# "eco-friendly labels" are labels said to be eco-friendly)
_NAMED_CLAIM_AFTER = re.compile(r"[\"”’']?\s+(?:claims?|wording)\b"
                                r"(?!\s+(?:is|are)\s+"
                                r"(?:true|accurate|correct)\b)", re.IGNORECASE)


def term_finding(config: RuleBase, document: AnalysedDocument, sentence: Sentence,
                 match: re.Match[str], found: str, expected: str) -> Finding:
    """The policy finding for a term matched in ``sentence``."""
    start = sentence.start + match.start()
    return Finding(
        rule=config.id,
        verdict="policy",
        severity=config.severity,
        message=config.message,
        span=document.span(sentence, start, start + len(match.group())),
        found=found,
        expected=Expected(expected),
    )


def nearby(
    document: AnalysedDocument, index: int, patterns: Iterable[str], window: int
) -> bool:
    """True when ``patterns`` match in sentence ``index`` or the ``window`` after it.

    The window stays inside the sentence's paragraph.
    """
    regex = compile_terms(tuple(patterns))
    if regex is None:
        return False
    sentences = document.sentences
    block = sentences[index].block
    last = min(index + window, len(sentences) - 1)
    return any(regex.search(sentences[i].text)
               # (a reference mark read past, "[3]", is a source too)
               or any(sentences[i].start <= at <= sentences[i].end and regex.search(mark)
                      for at, mark in document.marks)
               for i in range(index, last + 1) if sentences[i].block == block)
