"""claimcheck's spaCy components, registered as factories.

Each writes its results to ``Doc._`` extensions: ``doc._.mentions``,
``doc._.quantities``, ``doc._.claims`` and ``doc._.sentences``. The
components that need the rules are configured after ``add_pipe`` with
``use_rules`` (as spaCy's ``entity_ruler`` takes ``add_patterns``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import IS_LOWER, IS_SPACE, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.claims.extractor import ClaimExtractor
from claimcheck.claims.mentions import MentionMatcher
from claimcheck.quantities import extract_quantities
from claimcheck.rules.model import RuleSet

EXTENSIONS = ("document", "date", "mentions", "quantities", "claims", "sentences")
"""Doc extensions claimcheck sets."""

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def text_of(doc: Doc) -> str:
    """The document's text; ``doc.text`` rebuilds it token by token on every access."""
    document = doc._.document
    return document.text if document is not None else doc.text


class _NeedsRules:
    def __init__(self) -> None:
        self.rules: RuleSet | None = None

    def use_rules(self, rules: RuleSet) -> None:
        """Give the component the run's rules."""
        self.rules = rules

    def _rules(self) -> RuleSet:
        if self.rules is None:
            raise RuntimeError(f"{type(self).__name__} used before use_rules()")
        return self.rules


@Language.component("claimcheck_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: blocks never share a sentence; an opening
    quote starts the sentence it opens; and none starts after a semicolon or comma, before
    a word in lower case, or after the stop of "No." or "Vol." before a number.

    Line breaks always become whitespace tokens, so only those are looked at.
    """
    if doc.has_annotation("DEP"):
        return doc  # a parser has set the sentences already; spaCy refuses changes to them
    spaces = doc.to_array([IS_SPACE])
    for i in spaces.nonzero()[0].tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    array = doc.to_array([ORTH, SENT_START, IS_SPACE, IS_LOWER, LOWER])
    orths, starts = array[:, 0], array[:, 1]
    follows = numpy.zeros(len(doc), dtype=bool)  # the next token starts a sentence
    follows[:-1] = starts[1:] == 1
    strings = doc.vocab.strings
    # A sentence goes on after a semicolon or a comma that follows an abbreviation's full
    # stop ("area 58.3 sq. mi.; 446 bridges"): the sentencizer ends it after them.
    next_space = numpy.zeros(len(doc), dtype=bool)
    next_space[:-1] = array[1:, 2] == 1
    marks = ((orths == strings[";"]) | (orths == strings[","])) & follows & ~next_space
    # Nor before a word in lower case after a full stop on the same line: the stop was an
    # abbreviation's ("58.3 sq. mi. of land", "Sanjo forge, est. by")
    stop = (orths == strings["."]) & follows
    next_lower = numpy.zeros(len(doc), dtype=bool)
    next_lower[:-1] = array[1:, 3] == 1
    for i in (marks | (stop & next_lower)).nonzero()[0].tolist():
        doc[i + 1].is_sent_start = False
    # Nor after the stop of an abbreviation that numbers something ("Aogami No. 2 steel",
    # "Vol. 3", "Tel. +81 256-63-2210"), which the tokenizer splits off as a full stop.
    lowers = array[:, 4]
    for i in (stop & ~next_lower).nonzero()[0].tolist():
        if (i and strings[int(lowers[i - 1])] in _NUMBERING and not doc[i - 1].whitespace_
                and doc[i + 1].text[:1] in _NUMBER_OPENINGS):
            doc[i + 1].is_sent_start = False
    # A cue abbreviation kept whole ("pop. 302,971") still ends a sentence when its stop is
    # a full stop: a capital follows ("... are pure pop. Five factories ...")
    for word in _STOPPED_CUES:
        for i in (orths == strings[word]).nonzero()[0].tolist() if word in strings else ():
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                doc[i + 1].is_sent_start = True
    # An opening quote ends the sentence before it in the sentencizer's reading ('... in
    # Maine. "' then 'We make ...'): it opens the next one, which it quotes.
    found = sorted(i for q in _OPENING_QUOTES  # only the quote tokens, found in C
                   for i in (orths == doc.vocab.strings[q]).nonzero()[0].tolist())
    for i in found:
        if not 0 < i < len(doc) - 1:
            continue
        token = doc[i]
        if (not token.whitespace_
                and doc[i - 1].whitespace_ and doc[i + 1].is_sent_start
                and not token.is_sent_start):
            token.is_sent_start = True
            doc[i + 1].is_sent_start = False
    return doc


_OPENING_QUOTES = ('"', "“", "‘")
_STOPPED_CUES = ("pop.", "mfg.", "mfd.")  # kept one token by the pipeline (see pipeline.py)
_NUMBERING = frozenset({"no", "nos", "nr", "nrs", "vol", "vols", "pp", "p", "fig", "figs", "art",
                        "sec", "ch", "op", "ref", "tel", "ph", "ext", "apt", "ste", "rm", "bldg"})
_NUMBER_OPENINGS = frozenset("0123456789+#(")


class Quantities:
    """Finds every quantity in the document (``doc._.quantities``)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = extract_quantities(text_of(doc))
        return doc


@Language.factory("claimcheck_quantities", assigns=["doc._.quantities"])
def make_quantities(nlp: Language, name: str) -> Quantities:
    """Factory for :class:`Quantities`."""
    return Quantities()


class Mentions(_NeedsRules):
    """Finds the rules' entities, places and categories (``doc._.mentions``)."""

    def __init__(self) -> None:
        super().__init__()
        self._matcher: MentionMatcher | None = None

    def use_rules(self, rules: RuleSet) -> None:
        """Build the alias matcher from the rules' entities and categories."""
        super().use_rules(rules)
        self._matcher = MentionMatcher(rules)

    def __call__(self, doc: Doc) -> Doc:
        self._rules()
        assert self._matcher is not None
        doc._.mentions = list(self._matcher.find(text_of(doc)))
        return doc


@Language.factory("claimcheck_mentions", assigns=["doc._.mentions"])
def make_mentions(nlp: Language, name: str) -> Mentions:
    """Factory for :class:`Mentions`."""
    return Mentions()


class Claims(_NeedsRules):
    """Extracts claims and sentence records (``doc._.claims``, ``doc._.sentences``)."""

    def __init__(self, lemma: Callable[[str], str]) -> None:
        super().__init__()
        self.lemma = lemma
        self._extractor: ClaimExtractor | None = None

    def use_rules(self, rules: RuleSet) -> None:
        """Index the rules' cue words."""
        super().use_rules(rules)
        self._extractor = ClaimExtractor(rules, self.lemma)

    def __call__(self, doc: Doc) -> Doc:
        self._rules()
        assert self._extractor is not None
        doc._.sentences, doc._.claims = self._extractor.extract(doc)
        return doc


@Language.factory("claimcheck_claims", assigns=["doc._.claims", "doc._.sentences"],
                  requires=["doc._.mentions", "doc._.quantities"])
def make_claims(nlp: Language, name: str) -> Claims:
    """Factory for :class:`Claims`, using the pipeline's lemma table."""
    from claimcheck.nlp.lemmas import lemma_function

    return Claims(lemma_function(nlp))
