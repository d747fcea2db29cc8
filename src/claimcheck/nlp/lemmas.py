"""Lemmas for cue matching, lower-cased whatever the pipeline.

The lookup lemmatizer keys on the exact text, so "Made" in a heading has no
lemma; this reads the same ``spacy-lookups-data`` table with the lower-cased
form. A trained pipeline's own lemmas are used when it has them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Token


def lemma_function(nlp: Language) -> Callable[[Token], str]:
    """A function giving each token's lower-case lemma."""
    table = load_lookups(nlp.lang or "en", ["lemma_lookup"]).get_table("lemma_lookup")

    def lemma(token: Token) -> str:
        lower = token.lower_
        found = table.get(lower)
        if found is not None:
            return str(found).lower()
        return token.lemma_.lower() if token.lemma_ else lower

    return lemma
