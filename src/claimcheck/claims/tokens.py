"""Tokens read through arrays, so the extractor creates no spaCy ``Token`` per word.

``Doc.to_array`` hands over every token's lower-case form, offset and flags
at C speed; strings and lemmas are looked up once per distinct word and
cached across documents. This keeps claim extraction a small multiple of
spaCy's own tokenizer time.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_TITLE, LENGTH, LIKE_NUM, LOWER
from spacy.tokens import Doc

from claimcheck.claims.lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Word:
    """One token: where it is and what it says (lower-cased, with its lemma)."""

    i: int
    """Index of the token in the document."""
    start: int
    end: int
    lower: str
    lemma: str

    @property
    def idx(self) -> int:
        """Character offset of the token (the name spaCy uses)."""
        return self.start

    def __len__(self) -> int:
        return self.end - self.start


class Vocabulary:
    """Lower-case strings and lemmas per token hash, cached for the whole run."""

    def __init__(self, lemma_of: Callable[[str], str]) -> None:
        self._lemma_of = lemma_of
        self._lower: dict[int, str] = {}
        self._lemma: dict[str, str] = {}

    def lower(self, doc: Doc, key: int) -> str:
        """The string of a ``LOWER`` hash."""
        text = self._lower.get(key)
        if text is None:
            text = self._lower[key] = doc.vocab.strings[key]
        return text

    def lemma(self, lower: str) -> str:
        """The lemma of a lower-case word."""
        found = self._lemma.get(lower)
        if found is None:
            # ("est." is "establish", "pop." "population": see ``abbreviated_cues``)
            found = self._lemma[lower] = (lexicon().abbreviated_cues.get(lower)
                                          or self._lemma_of(lower))
        return found


class TokenTable:
    """The tokens of one document as parallel lists."""

    def __init__(self, doc: Doc, vocabulary: Vocabulary) -> None:
        array = doc.to_array([LOWER, IDX, LENGTH, IS_ALPHA, IS_PUNCT, LIKE_NUM, IS_TITLE])
        self.vocabulary = vocabulary
        self.lower = [vocabulary.lower(doc, int(key)) for key in array[:, 0].tolist()]
        self.starts: list[int] = array[:, 1].tolist()
        self.lengths: list[int] = array[:, 2].tolist()
        self.is_alpha: list[int] = array[:, 3].tolist()
        self.is_punct: list[int] = array[:, 4].tolist()
        self.like_num: list[int] = array[:, 5].tolist()
        self.is_title: list[int] = array[:, 6].tolist()

    def __len__(self) -> int:
        return len(self.lower)

    def word(self, i: int) -> Word:
        """Token ``i`` as a :class:`Word`."""
        start = self.starts[i]
        lower = self.lower[i]
        return Word(i, start, start + self.lengths[i], lower, self.vocabulary.lemma(lower))

    def at(self, offset: int) -> int:
        """Index of the first token starting at or after character ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def end(self, i: int) -> int:
        """Character offset just past token ``i``."""
        return self.starts[i] + self.lengths[i]
