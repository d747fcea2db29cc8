"""Split a sentence into clauses and decide how it is said (its mood).

Clauses keep claims apart: in "While some shoes are made overseas, they still
produce a significant amount in the United States" the two shares belong to
two clauses. Splitting is lexical (punctuation and leading conjunctions), so
it works on a blank pipeline with no parser.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from claimcheck.checking.context import Mood
from claimcheck.claims.lexicon import lexicon

_HARD_BREAKS = {";", ":"}
_ALWAYS_LEADS = {"but", "whereas", "although", "though"}
_SUBORDINATE_LEADS = {"while", "whereas", "although", "though", "unless", "if", "because"}


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence that states at most one thing about each subject."""

    start: int
    """Character offset of the clause in the document text."""
    end: int
    first: int
    """Index of the clause's first token in the document."""
    last: int
    """Index just past the clause's last token."""


def split_clauses(sentence: Span) -> list[Clause]:
    """The clauses of ``sentence``, in order, covering all its tokens."""
    leads = lexicon().clause_leads
    cuts = [sentence.start]
    subordinate = False
    for token in sentence:
        lower = token.lower_
        if token.i == sentence.start:
            subordinate = lower in _SUBORDINATE_LEADS
            continue
        if token.text in _HARD_BREAKS or (lower in leads and _starts_clause(token)):
            cuts.append(token.i + (token.text in _HARD_BREAKS))
            subordinate = lower in _SUBORDINATE_LEADS
        elif token.text == "," and subordinate and _ends_subordinate(token):
            cuts.append(token.i + 1)
            subordinate = False
    cuts.append(sentence.end)
    doc = sentence.doc
    clauses = []
    for first, last in zip(cuts, cuts[1:], strict=False):
        if last > first:
            clauses.append(Clause(doc[first].idx, doc[last - 1].idx + len(doc[last - 1]),
                                  first, last))
    return clauses


def _starts_clause(token: Token) -> bool:
    """ "but" and "although" always start a clause; "however", "while" only after a break."""
    previous = token.nbor(-1)
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if previous.text == "," and following is not None and following.text == ",":
        return False  # "The Iron Ranger, however, is ...": an aside, not a new clause
    if token.lower_ in _ALWAYS_LEADS:
        return not (token.lower_ == "but" and token.nbor(1).lower_ == "also")
    return previous.is_punct or previous.lower_ in ("and", "or")


def _ends_subordinate(comma: Token) -> bool:
    """A comma ends "While X," unless it only separates list items ("the 990, 992")."""
    if comma.i + 1 >= len(comma.doc):
        return False
    following = comma.nbor(1)
    return not (following.like_num or following.lower_ in ("and", "or", "&"))


def mood_of(sentence: Span, heading: bool) -> Mood:
    """Whether a sentence states, asks, instructs or supposes."""
    text = sentence.text.strip()
    words = [t for t in sentence if t.is_alpha]
    lex = lexicon()
    if text.rstrip("”\"')»").endswith("?"):
        return "question"
    if heading:
        return "heading"
    if words and words[0].lower_ in lex.imperatives and not _is_subject(words):
        return "imperative"
    if lex.conditional.match(text):
        return "conditional"
    return "statement"


def _is_subject(words: list[Token]) -> bool:
    """ "Look" in "Look for the label" is a command; in "Looks matter" it is not."""
    second = words[1].lower_ if len(words) > 1 else ""
    return second in {"is", "are", "was", "were", "has", "have", "can", "s"}
