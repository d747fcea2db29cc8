"""Features of one sentence that say whether it states a checkable fact.

Each feature is a number in [0, 1] read from a spaCy ``Doc`` or ``Span`` made
by the blank English pipeline with lookup lemmas (no trained model, so no
part-of-speech tags: word lists and surface shape stand in for them). The word
lists live in ``data/terms.yaml``; the weights that combine the features are
fitted by ``bench/fit_worthiness.py``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
import yaml
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc, Span, Token

from claimcheck.errors import ClaimcheckError, Place
from claimcheck.nlp.lemmas import lookup_table
from claimcheck.quantities import extract_quantities

TERMS_PATH = Path(__file__).with_name("data") / "terms.yaml"

#: Feature names, in the order the weights file lists them.
FEATURES = (
    "number",
    "unit",
    "year",
    "proper",
    "named_start",
    "predicate",
    "comparison",
    "anchor",
    "first_singular",
    "first_plural",
    "second_person",
    "question",
    "exclamation",
    "imperative",
    "hedge",
    "future",
    "past",
    "opinion",
    "boilerplate",
    "length",
    "short",
)

_CLAUSE_BREAKS = frozenset({",", ":", ";", "-", "—"})
_SENTENCE_BREAKS = frozenset({".", "!", "?", ":", '"', "“", "(", "—"})
_LIST_KEYS = (
    "predicates",
    "dates",
    "comparisons",
    "not_comparisons",
    "anchors",
    "hedges",
    "opinions",
    "first_singular",
    "first_plural",
    "second_person",
    "imperatives",
    "boilerplate",
    "future",
)


@dataclass(frozen=True, slots=True)
class Terms:
    """The word lists of ``terms.yaml``, lower-cased."""

    lists: dict[str, frozenset[str]]
    """List name -> its words (or phrases, for ``boilerplate``)."""
    boilerplate: re.Pattern[str]
    """One pattern matching any boilerplate phrase on word boundaries."""

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]


def load_terms(path: Path = TERMS_PATH) -> Terms:
    """Read and check a terms file: every list present and a list."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    wrong = [key for key in _LIST_KEYS if not isinstance(data.get(key), list)]
    if wrong:
        raise ClaimcheckError(
            f"missing or not a list: {wrong}; a terms file needs the lists {list(_LIST_KEYS)}",
            Place(str(path)),
        )
    lists = {key: frozenset(str(word).lower() for word in data[key]) for key in _LIST_KEYS}
    phrases = sorted(lists["boilerplate"], key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    return Terms(lists=lists, boilerplate=pattern)


@dataclass(frozen=True, slots=True)
class Resources:
    """What scoring needs, built once: the pipeline, its lemmas and the term lists."""

    nlp: Language
    """The run's pipeline, else ``spacy.blank("en")`` (only its tokenizer is used)."""
    lemmas: Table
    """spaCy's lemma lookup table: word -> lemma, absent when a word is its own lemma."""
    common: frozenset[str]
    """Ordinary English words (the lemma table's lemmas and stop words), to tell names apart."""
    terms: Terms
    """The word lists."""


_BOUND: list[Resources] = []


def bind(nlp: Language) -> None:
    """Score with the run's own pipeline and lemma table instead of building another
    (claimcheck runs one spaCy pipeline per run)."""
    _BOUND[:] = [_resources(nlp, lookup_table())]


def resources() -> Resources:
    """The bound pipeline's resources, else a private blank pipeline built on first use."""
    return _BOUND[0] if _BOUND else _own_resources()


@functools.cache
def _own_resources() -> Resources:
    return _resources(spacy.blank("en"), lookup_table())


def _resources(nlp: Language, table: Table) -> Resources:
    # The table's lemmas form a dictionary of common words with no place names
    # or brands in it, which is what tells "Tokyo has" from "Fans were".
    common = frozenset(str(v).lower() for v in table.values()) | STOP_WORDS
    return Resources(nlp=nlp, lemmas=table, common=common, terms=load_terms())


def featurize(text: str) -> dict[str, float]:
    """The feature values of ``text``, which should be one sentence."""
    return features_of(resources().nlp.make_doc(text))  # features read lemmas from the table


def features_of(tokens: Doc | Span) -> dict[str, float]:
    """The feature values of an already tokenised sentence (a ``Doc`` or a ``Span``)."""
    res = resources()
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    lowers = [t.lower_ for t in tokens]
    # A capitalised "May" inside the sentence is the month; anywhere else, the modal.
    months = [i > 0 and t.text == "May" for i, t in enumerate(tokens)]
    modals = ["" if month else lower for lower, month in zip(lowers, months, strict=True)]
    # Looked up by the lower-cased word, not read from token.lemma_, because the
    # lookup lemmatizer misses capitalised forms ("Founded", "Made").
    lemmas = [str(res.lemmas.get(lower, lower)).lower() for lower in lowers]
    text = tokens.text
    values = {
        **_quantity_features(text, lowers, res.terms["dates"], any(months)),
        "proper": min(_proper_count(tokens), 3) / 3,
        "named_start": float(_named_start(words, res)),
        "predicate": _any_in(lemmas, lowers, res.terms["predicates"]),
        "comparison": float(_has_comparison(lowers, lemmas, res.terms)),
        "anchor": float(_has_anchor(tokens, res.terms["anchors"])),
        "first_singular": _any_in(lowers, lowers, res.terms["first_singular"]),
        "first_plural": _any_in(lowers, lowers, res.terms["first_plural"]),
        "second_person": _any_in(lowers, lowers, res.terms["second_person"]),
        "question": float("?" in text),
        "exclamation": float("!" in text),
        "imperative": float(_is_imperative(tokens, res.terms["imperatives"])),
        "hedge": _any_in(modals, modals, res.terms["hedges"]),
        "future": _any_in(lowers, lowers, res.terms["future"]),
        "past": float(_has_past(lowers, lemmas, res.terms["future"])),
        "opinion": min(_count_in(lemmas, lowers, res.terms["opinions"]), 2) / 2,
        "boilerplate": float(bool(res.terms.boilerplate.search(" ".join(lowers)))),
        "length": min(len(words), 30) / 30,
        "short": float(len(words) <= 4),
    }
    return {name: values[name] for name in FEATURES}


def _quantity_features(
    text: str, lowers: Sequence[str], dates: frozenset[str], may: bool
) -> dict[str, float]:
    quantities = extract_quantities(text)
    years = [q for q in quantities if q.unit == "calendar_year"]
    others = [q for q in quantities if q.unit != "calendar_year"]
    return {
        "number": float(bool(others)),
        "unit": float(any(q.unit is not None for q in others)),
        "year": float(bool(years) or may or any(w in dates for w in lowers)),
    }


def _is_name(token: Token) -> bool:
    """Capitalised like a name or an acronym, and not the pronoun "I"."""
    return (token.is_title or (token.is_upper and len(token) > 1)) and token.text != "I"


def _proper_count(tokens: Doc | Span) -> int:
    # A capital after a sentence break says nothing, so only mid-sentence capitals count.
    count = 0
    for i, token in enumerate(tokens):
        after_break = i == 0 or tokens[i - 1].text in _SENTENCE_BREAKS
        if not after_break and _is_name(token):
            count += 1
    return count


def _named_start(words: Sequence[Token], res: Resources) -> bool:
    """The sentence opens with a name ("Tokyo has", "Real Madrid has", "FDA")."""
    if not words or not _is_name(words[0]):
        return False
    first = words[0].lower_
    if first in STOP_WORDS or first in res.terms["imperatives"]:
        return False
    if len(words) > 1 and _is_name(words[1]):
        return True
    known = first in res.common or first in res.lemmas
    return not known and not first.endswith("ly")


def _any_in(primary: Sequence[str], fallback: Sequence[str], terms: frozenset[str]) -> float:
    return float(_count_in(primary, fallback, terms) > 0)


def _count_in(primary: Sequence[str], fallback: Sequence[str], terms: frozenset[str]) -> int:
    # Lemma first, surface form second: "amazing" lemmatises to "amaze".
    return sum(1 for a, b in zip(primary, fallback, strict=True) if a in terms or b in terms)


def _has_comparison(lowers: Sequence[str], lemmas: Sequence[str], terms: Terms) -> bool:
    for lower, lemma in zip(lowers, lemmas, strict=True):
        if lower in terms["comparisons"]:
            return True
        # No tagger, so an -er/-est form whose lemma is shorter stands in for JJR/JJS.
        if (
            lower.endswith(("er", "est"))
            and lemma != lower
            and lower not in terms["not_comparisons"]
        ):
            return True
    return False


def _has_anchor(tokens: Doc | Span, anchors: frozenset[str]) -> bool:
    """A preposition tying the sentence to a place, a name or a date ("in Ohio", "since 1982")."""
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ not in anchors:
            continue
        following = tokens[i + 1]
        if following.lower_ == "the" and i + 2 < len(tokens):
            following = tokens[i + 2]
        if _is_name(following) or following.like_num:
            return True
    return False


def _has_past(lowers: Sequence[str], lemmas: Sequence[str], future: frozenset[str]) -> bool:
    """A verb in the past tense, the tense of reported events ("stood", "voted", "came").

    No tagger, so: a word whose lemma differs and that is not a plural or an -ing form
    ("shoes", "making"), in a sentence with no future marker.
    """
    if any(lower in future for lower in lowers):
        return False
    return any(
        lemma != lower and lower.isalpha() and not lower.endswith(("s", "ing"))
        and lower not in _NOT_PAST
        for lower, lemma in zip(lowers, lemmas, strict=True)
    )


# Forms the lemma table maps to another word that are not past tenses.
_NOT_PAST = frozenset({"better", "best", "worse", "worst", "men", "women", "children", "people",
                       "feet", "teeth", "mice", "an", "am", "are", "be", "me", "data"})


def _is_imperative(tokens: Doc | Span, verbs: frozenset[str]) -> bool:
    """An instruction: the first word, or the first after a short lead-in clause, is a verb."""
    alpha = [t for t in tokens if t.is_alpha or t.text in _CLAUSE_BREAKS]
    if not alpha:
        return False
    if alpha[0].lower_ in verbs:
        return True
    # "To get started, create an account." / "Step 3: connect the sensor."
    for i, token in enumerate(alpha[:8]):
        if token.text in _CLAUSE_BREAKS and i + 1 < len(alpha):
            return alpha[i + 1].lower_ in verbs
    return False
