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


def is_word_char(ch: str) -> bool:
    """True for a character that ``\\w`` matches (``str.isalnum`` or "_")."""
    return ch.isalnum() or ch == "_"


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
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
    character class), so the engine skips through the letters of other words at C speed,
    and it runs case-sensitively on a lowercased copy of the text, which is faster still.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        """Compile a scanner for ``vocabulary`` (words made of ASCII letters only)."""
        words = sorted({w.lower() for w in vocabulary})
        if not all(w.isascii() and w.isalpha() for w in words):
            raise ValueError("WordIndex vocabulary must be ASCII letters")
        body = trie_alternation(words) + r"\b"
        self._scanners = (re.compile(body), re.compile(r"\W" + body))
        self._scanners_ci = (re.compile(body, re.I), re.compile(r"\W" + body, re.I))
        self.vocabulary = frozenset(words)

    def scan(self, text: str) -> WordHits:
        """Index the vocabulary words of ``text``."""
        folded = fold_case(text)
        at_start, after_non_word = self._scanners if folded else self._scanners_ci
        subject = folded or text
        hits = WordHits()
        first = at_start.match(subject)
        if first is not None:
            hits.add(first.group(), 0, self.vocabulary)
        for m in after_non_word.finditer(subject):
            hits.add(m.group()[1:], m.start() + 1, self.vocabulary)
        return hits


def fold_case(text: str) -> str | None:
    """``text`` lowercased so that an ASCII letter stands exactly where ``re.IGNORECASE``
    would match it, with the same word characters; None when that is not possible.

    Under ``re.IGNORECASE`` an ASCII letter also matches "ı", "ſ", "İ" and the Kelvin sign;
    ``str.lower`` handles the Kelvin sign, the first two are mapped here, and "İ" (which
    lowercases to two characters) makes the function give up. Lowercasing never turns a
    word character into a non-word character or back.
    """
    folded = text.lower()
    if len(folded) != len(text):
        return None
    if "ı" in folded or "ſ" in folded:
        folded = folded.translate(_EXTRA_FOLDS)
    return folded


_EXTRA_FOLDS = {ord("ı"): "i", ord("ſ"): "s"}


class WordHits:
    """Positions of vocabulary words in one text, by lowercase word."""

    def __init__(self) -> None:
        """Start empty."""
        self.by_word: dict[str, list[int]] = {}
        # Words found case-insensitively but not in the vocabulary once lowercased ("İ"):
        # they are offered to every pattern, which decides for itself.
        self.unusual: list[int] = []

    def add(self, word: str, pos: int, vocabulary: frozenset[str]) -> None:
        """Record ``word`` found at ``pos``."""
        key = word.lower()
        if key in vocabulary:
            self.by_word.setdefault(key, []).append(pos)
        else:
            self.unusual.append(pos)

    def starts(self, words: frozenset[str]) -> list[int]:
        """Sorted positions of any of ``words`` (plus the unusual-case words).

        Loops over the words found, not over ``words``: a sentence holds a handful of
        vocabulary words, a vocabulary hundreds."""
        out = list(self.unusual)
        for w, positions in self.by_word.items():
            if w in words:
                out.extend(positions)
        out.sort()
        return out
