"""The extractor's word lists (``data/lexicon.yaml``), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from claimcheck.intervals import Interval

_DATA = Path(__file__).with_name("data") / "lexicon.yaml"


def words_regex(patterns: list[str]) -> re.Pattern[str]:
    """Case-insensitive alternation of ``patterns`` at word edges, longest first."""
    ordered = sorted(patterns, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(ordered) + r")(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantifier:
    """A quantifier pattern and the share it means."""

    regex: re.Pattern[str]
    share: Interval


@dataclass(frozen=True)
class Lexicon:
    """Compiled word lists used by the claim extractor."""

    quantifiers: tuple[Quantifier, ...]
    adjective_endings: tuple[str, ...]
    negation: re.Pattern[str]
    modal: re.Pattern[str]
    question: re.Pattern[str]
    conditional: re.Pattern[str]
    imperatives: frozenset[str]
    nominalisers: frozenset[str]
    clause_leads: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    place_nouns: frozenset[str]
    holding_verbs: tuple[str, ...]
    moving_verbs: tuple[str, ...]
    contrast_openers: tuple[str, ...]
    ranking_words: tuple[str, ...]
    subject_pronouns: frozenset[str]
    institution_heads: frozenset[str]
    """Capitalised words that make a place before them part of a name ("Boston Globe")."""
    facility: re.Pattern[str]
    """A facility noun right after a position ("the Ponte de Sor mill")."""
    facility_nouns: frozenset[str]
    other_bodies: frozenset[str]
    """Nouns for another body than their owner ("Chile's salmon industry employs ...")."""
    sentence_adverbs: frozenset[str]
    age_lead: re.Pattern[str]
    spread_share: float
    spread_other: float
    phase_verbs: frozenset[str]
    phase_verb_followers: frozenset[str]
    passive_cues: frozenset[str]
    founding_verbs: frozenset[str]
    making_verbs: frozenset[str]
    making_nouns: frozenset[str]
    part_words: frozenset[str]
    label_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    """Nouns of an amount over time ("sales"), never a dated event's cue."""
    tally_words: frozenset[str]
    other_objects: frozenset[str]
    phrasal_cues: dict[tuple[str, str], str]
    abbreviated_cues: dict[str, str]
    """An abbreviation with its stop -> the cue word it stands for ("est." -> establish)."""
    """(verb lemma, particle) -> the cue it means ("turn out" -> "produce")."""
    regions: dict[str, str]
    """A state's, province's or country's ways of being written -> its name."""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The extractor's lexicon, loaded from the package data on first use."""
    data: dict[str, Any] = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    quantifiers = tuple(
        Quantifier(words_regex([q["pattern"]]), Interval(
            q["low"], q["high"], q.get("low_open", False), q.get("high_open", False)))
        for q in data["quantifiers"]
    )
    return Lexicon(
        quantifiers=quantifiers,
        adjective_endings=tuple(data["adjective_endings"]),
        negation=words_regex(data["negations"]),
        modal=words_regex(data["modal"]),
        # "learn how X is made", "the process of how X is made" name a topic; "most of
        # what we sell" is a free relative
        question=re.compile(r"(?!(?<=\bof )what\b)" + words_regex(data["question_words"]).pattern,
                            re.IGNORECASE),
        # (not a hedge: "if I remember right, it opened in 1981" is said as fact)
        conditional=re.compile(
            r"(?!" + "|".join(r"\s+".join(map(re.escape, h.split()))
                              for h in data["hedges_with_if"]) + r")"
            + words_regex(data["conditionals"]).pattern, re.IGNORECASE),
        imperatives=frozenset(data["imperatives"]),
        nominalisers=frozenset(data["nominalisers"]),
        clause_leads=frozenset(data["clause_leads"]),
        pronouns={kind: tuple(words) for kind, words in data["pronouns"].items()},
        place_nouns=frozenset(data["place_nouns"]),
        holding_verbs=tuple(data["holding_verbs"]),
        moving_verbs=tuple(data["moving_verbs"]),
        contrast_openers=tuple(data["contrast_openers"]),
        ranking_words=tuple(data["ranking_words"]),
        subject_pronouns=frozenset(data["subject_pronouns"]),
        institution_heads=frozenset(data["institution_heads"]),
        # (one lower-case word may stand between: "L.L.Bean's Brunswick boot plant")
        facility=re.compile(r"\s+(?:(?!(?:and|or|but|the|a|an|of|in|to|for|with|its|their|our|"
                            r"is|are|was|were|into|from|at|near|by|on|onto|over|under|across|"
                            r"through|towards?|upon|within|without|after|before|during|than|"
                            r"that|which|who|where|when|now|then|also|still|only|just|new)\b)"
                            r"(?-i:[a-z])[\w-]*(?<!ed)(?<!ing)\s+)?"
                            + words_regex(data["facility_nouns"]).pattern, re.IGNORECASE),
        facility_nouns=frozenset(data["facility_nouns"]),
        other_bodies=frozenset(data["other_bodies"]),
        sentence_adverbs=frozenset(data["sentence_adverbs"]),
        age_lead=re.compile(r"(?:" + "|".join(data["age_leads"]) + r")\s+$", re.IGNORECASE),
        spread_share=float(data["approximation"]["share"]),
        spread_other=float(data["approximation"]["other"]),
        phase_verbs=frozenset(data["phase_verbs"]),
        phase_verb_followers=frozenset(data["phase_verb_followers"]),
        passive_cues=frozenset(data["passive_cues"]),
        founding_verbs=frozenset(data["founding_verbs"]),
        making_verbs=frozenset(data["making_verbs"]),
        making_nouns=frozenset(data["making_nouns"]),
        part_words=frozenset(str(w) for w in data["part_words"]),
        label_nouns=frozenset(data["label_nouns"]),
        measure_nouns=frozenset(data["measure_nouns"]),
        tally_words=frozenset(data["tally_words"]),
        other_objects=frozenset(data["other_objects"]),
        phrasal_cues={(phrase.split()[0], phrase.split()[1]): cue
                      for phrase, cue in data["phrasal_cues"].items()},
        abbreviated_cues={str(k).lower(): str(v) for k, v in data["abbreviated_cues"].items()},
        regions={form: name for name, forms in data["regions"].items()
                 for form in (name, *forms)},
    )
