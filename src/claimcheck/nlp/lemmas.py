"""Lemmas for cue matching, lower-cased whatever the pipeline.

The lookup lemmatizer keys on the exact text, so "Made" in a heading has no
lemma; this reads the same ``spacy-lookups-data`` table with the lower-cased
form.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.language import Language
from spacy.lookups import Table, load_lookups


def lemma_function(nlp: Language) -> Callable[[str], str]:
    """A function from a lower-case word to its lower-case lemma.

    Reuses the pipeline's own lookup table when it has a lookup lemmatizer, else
    spacy-lookups-data's English table, loaded once per process (loading it costs half a
    second).
    """
    lemmatizer = nlp.get_pipe("lemmatizer") if nlp.has_pipe("lemmatizer") else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_lookup"):
        table = lookups.get_table("lemma_lookup")
    else:
        table = lookup_table()

    def lemma(lower: str) -> str:
        found = table.get(lower)
        return str(found).lower() if found is not None else lower

    return lemma


@functools.cache
def lookup_table() -> Table:
    """spacy-lookups-data's English lemma table (word -> lemma, absent when a word is its
    own lemma), loaded on first use."""
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
