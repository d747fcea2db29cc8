"""Shared by the term-based policy kinds: compiled term lists and a nearby-text test."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from claimcheck.checking.context import AnalysedDocument, Sentence
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
            if not mentioned(sentence.text, match.start(), match.end()):
                yield index, sentence, match


# Words that talk about a quoted phrase rather than use it: 'removed the words "never needs
# sharpening"', '"the best boots in America", a slogan it dropped', 'the "eco" label'
_META = r"(?:words?|phrases?|terms?|labels?|lines?|slogans?|taglines?|wording|expressions?|claims?)"
_META_BEFORE = re.compile(rf"\b(?:the|a|an|its|their|our|that|this|so-called)\s+(?:\w+\s+)?{_META}"
                          rf"\s*[:,]?\s*\Z|\bso-called\s*\Z", re.IGNORECASE)
_META_AFTER = re.compile(rf"\s*(?:,\s*(?:a|the|an)\s+(?:\w+\s+)?{_META}\b|\s*{_META}\b)",
                         re.IGNORECASE)
_QUOTES = {"“": "”", '"': '"', "‘": "’"}  # (a straight ' is mostly an apostrophe)


def mentioned(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is inside a quotation that the sentence talks about rather
    than asserts: a phrase named as words, a line or a label (see :data:`_META`)."""
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, 0, start)
        if left < 0:
            continue
        right = text.find(closing, end)
        if right < 0 or (opening == closing and text.count(opening, 0, left) % 2):
            continue  # not inside a pair of straight quotes
        if (_META_BEFORE.search(text, max(0, left - 40), left)
                or _META_AFTER.match(text, right + 1)):
            return True
    return False


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
    return any(regex.search(sentences[i].text) for i in range(index, last + 1)
               if sentences[i].block == block)
