"""Scan a text only where a pattern can start, instead of trying every position.

Python's regex engine skips ahead quickly only when a pattern starts with a literal or a
plain character class. The extractor's patterns start with ``\\b``, a look-behind or a
letter, so ``finditer`` tries (and fails) a full match at every single character. Here one
fast pass finds the few places where a pattern *could* start (digit runs, and the word
starts of a known vocabulary), and :func:`finditer_at` calls ``pattern.match`` only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ._data import trie_alternation


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Yield exactly what ``pattern.finditer(text)`` yields, trying only ``starts``.

    ``starts`` must be sorted and include every position where ``pattern`` can match; the
    pattern must never match the empty string. Like ``finditer``, a match hides the
    positions it covers from later matches.
    """
    match = pattern.match
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            end = m.end()
            yield m


def digit_runs(text: str, extra: str = "") -> list[int]:
    """Start offsets of the maximal runs of digits (``\\d``, plus the ``extra`` characters)."""
    run_re = re.compile(rf"[\d{re.escape(extra)}]+") if extra else _DIGIT_RUN_RE
    return [m.start() for m in run_re.finditer(text)]


_DIGIT_RUN_RE = re.compile(r"\d+")


class WordIndex:
    """Where the words of a fixed vocabulary occur as whole words (case-insensitively).

    A "whole word" is a maximal run of ``\\w`` characters, which is what a pattern of the
    form ``\\b(?i:word)\\b`` matches. The scanning regex starts with ``\\W`` (a plain
    character class) so the engine skips through the letters of other words at C speed.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        """Compile a scanner for ``vocabulary`` (words made of ASCII letters only)."""
        words = sorted({w.lower() for w in vocabulary})
        if not all(w.isascii() and w.isalpha() for w in words):
            raise ValueError("WordIndex vocabulary must be ASCII letters")
        body = "(?i:" + trie_alternation(words) + r")\b"
        self._after_non_word = re.compile(r"\W" + body)
        self._at_start = re.compile(body)
        self.vocabulary = frozenset(words)

    def scan(self, text: str) -> WordHits:
        """Index the vocabulary words of ``text``."""
        hits = WordHits()
        first = self._at_start.match(text)
        if first is not None:
            hits.add(first.group(), 0, self.vocabulary)
        for m in self._after_non_word.finditer(text):
            hits.add(m.group()[1:], m.start() + 1, self.vocabulary)
        return hits


class WordHits:
    """Positions of vocabulary words in one text, by lowercase word."""

    def __init__(self) -> None:
        """Start empty."""
        self.by_word: dict[str, list[int]] = {}
        # Words that only match case-insensitively under Unicode rules ("ſix", "Kelvin K"):
        # they are offered to every pattern, which decides for itself.
        self.unusual: list[int] = []

    def add(self, word: str, pos: int, vocabulary: frozenset[str]) -> None:
        """Record ``word`` found at ``pos``."""
        key = word.lower()
        if key in vocabulary:
            self.by_word.setdefault(key, []).append(pos)
        else:
            self.unusual.append(pos)

    def starts(self, words: Iterable[str]) -> list[int]:
        """Sorted positions of any of ``words`` (plus the unusual-case words)."""
        out = list(self.unusual)
        for w in words:
            out.extend(self.by_word.get(w, ()))
        out.sort()
        return out
