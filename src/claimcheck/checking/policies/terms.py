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


# A quoted phrase the sentence says is not (or no longer) used, named as words, a line or a
# label: 'removed the words "never needs sharpening"', 'never allowed it to claim "..." , a
# line its rivals used' (but a brand's own "tagline" or "claim" in quotes is still its claim)
_META = r"(?:words?|phrases?|terms?|labels?|lines?|slogans?|taglines?|wording|expressions?|claims?)"
_META_BEFORE = re.compile(rf"\b(?:the|a|an|its|their|our|that|this)\s+(?:\w+\s+)?{_META}"
                          rf"\s*[:,]?\s*\Z|\bso-called\s*\Z", re.IGNORECASE)
_META_AFTER = re.compile(rf"\s*(?:,\s*(?:a|the|an)\s+(?:\w+\s+)?{_META}\b|\s*{_META}\b)",
                         re.IGNORECASE)
_DISOWNED = re.compile(r"\b(?:remov|retir|scrapp|abandon|reject|delet|replac|refus|withdr[ae]w|"
                       r"forb[ai]d)\w*|\b(?:drop|stop|ban)(?:s|ped|ping|ned|ning)?\b"
                       r"|\bno longer\b|\bnever\b", re.IGNORECASE)
_REMOVED_OBJECT = re.compile(r"\b(?:remov|delet|scrapp|retir|withdr[ae]w)\w*\s+\Z|"
                             r"\b(?:dropped|stopped using|banned)\s+\Z", re.IGNORECASE)
# '"Detoxifies body and mind": withdrawn after the Board's decision'
_REMOVED_AFTER = re.compile(r"\s*[:,—–-]?\s*(?:(?:was|were|has been|have been)\s+)?(?:withdrawn|"
                            r"removed|dropped|retired|scrapped|banned|deleted)\b", re.IGNORECASE)
_QUOTES = {"“": "”", '"': '"', "‘": "’"}  # (a straight ' is mostly an apostrophe)


def mentioned(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is inside a quotation that the sentence says is not used:
    named as words, a line or a label (see :data:`_META`) after a word of removal or
    refusal (see :data:`_DISOWNED`)."""
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, 0, start)
        if left < 0:
            continue
        if opening == closing:
            if text.count(opening, 0, left) % 2:
                continue  # the quote before is a closing one
        elif text.rfind(closing, left, start) >= 0:
            continue  # that quotation closed before the term
        right = text.find(closing, end)
        if right < 0 or (opening != closing and 0 <= text.find(opening, end) < right):
            continue
        named_as_words = (_META_BEFORE.search(text, max(0, left - 40), left)
                          or _META_AFTER.match(text, right + 1))
        # 'removed "X" from the packaging', '"X": withdrawn after the decision'
        removed = (_REMOVED_OBJECT.search(text, max(0, left - 40), left)
                   or _REMOVED_AFTER.match(text, right + 1))
        if (named_as_words and _DISOWNED.search(text, 0, left)) or removed:
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
    return any(regex.search(sentences[i].text)
               # (a reference mark read past, "[3]", is a source too)
               or any(sentences[i].start <= at <= sentences[i].end and regex.search(mark)
                      for at, mark in document.marks)
               for i in range(index, last + 1) if sentences[i].block == block)
