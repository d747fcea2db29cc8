"""Stage 2: one spaCy pipeline per run, blank English by default.

``spacy.blank("en")`` + sentencizer + claimcheck's components: it installs from
PyPI alone and never downloads a model. claimcheck reads lemmas from
``spacy-lookups-data``'s table by the lower-cased word (:mod:`claimcheck.nlp.lemmas`),
so the blank pipeline runs no lemmatizer: spaCy's would set ``token.lemma_`` on every
token, which nothing reads, at a tenth of the run's time. ``model`` selects an installed trained
pipeline instead; the same components are added after its parser.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

import claimcheck.nlp.components  # noqa: F401  (registers the factories)
from claimcheck import worthiness
from claimcheck.errors import ModelError
from claimcheck.rules.model import RuleSet

OWN_COMPONENTS = ("claimcheck_breaks", "claimcheck_quantities", "claimcheck_mentions",
                  "claimcheck_claims")


def build_pipeline(rules: RuleSet, model: str | None = None) -> Language:
    """The run's pipeline, configured with ``rules``."""
    nlp = _base(model)
    # line breaks must reach a trained parser before it parses (it keeps sentence starts
    # set before it, and refuses them after)
    parsers = [n for n in nlp.pipe_names
               if n == "parser" or "token.dep" in nlp.get_pipe_meta(n).assigns]
    _keep_abbreviations(nlp)
    for name in OWN_COMPONENTS:
        if name == "claimcheck_breaks" and parsers:
            nlp.add_pipe(name, before=parsers[0])
        else:
            nlp.add_pipe(name)
    for name in ("claimcheck_mentions", "claimcheck_claims"):
        nlp.get_pipe(name).use_rules(rules)  # type: ignore[attr-defined]
    worthiness.bind(nlp)
    return nlp


def _base(model: str | None) -> Language:
    if model is None or model == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.initialize()
        return nlp
    try:
        nlp = spacy.load(model, exclude=["ner"])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed ({exc}); install it with pip, "
            "or leave out --model to use the built-in blank English pipeline"
        ) from None
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    return nlp


# Abbreviations that stand before a number or a unit and never end a sentence; spaCy's English
# tokenizer splits off their full stop, and the sentencizer then ends a sentence there
# ("employs approx. | 2,300 people"). One token each, they end nothing.
_ABBREVIATIONS = ("approx", "appr", "est", "estd", "ca", "incl", "excl", "avg", "tot", "vs",
                  "pop", "mfg", "mfd",  # "Est. 1905", "(pop. 302,971)": cues (lexicon.yaml)
                  "sq", "cu", "fl")  # and before a unit: "58.3 sq. mi.", "5 cu. ft."


# A company's suffix in capitals ("NEW BALANCE ATHLETICS, INC. — Founded: 1906"): spaCy
# keeps "Inc." and "Co." whole, not "INC." and "CO."
_COMPANY_SUFFIXES = ("INC", "CORP", "LTD", "BROS")  # (not "CO.": Colorado ends sentences)


def _keep_abbreviations(nlp: Language) -> None:
    forms = [f for word in _ABBREVIATIONS for f in (word, word.capitalize())]
    for form in (*forms, *_COMPANY_SUFFIXES):
        nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
            f"{form}.", [{ORTH: f"{form}."}])
