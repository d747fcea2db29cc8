"""Check-worthiness: how likely a sentence is to state a fact someone could check.

``check_worthiness("Pfizer was founded in New York in 1849.")`` is near 1;
``check_worthiness("We hope you enjoy your new shoes!")`` is near 0. The score
is a logistic function of the features in :mod:`.features`; its weights are
data (``data/weights.yaml``), fitted on the training split of
``tests/worthiness/data/sentences.jsonl`` by ``bench/fit_worthiness.py``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span

from claimcheck.errors import ClaimcheckError, Place

from .features import FEATURES, bind, features_of, featurize

WEIGHTS_PATH = Path(__file__).with_name("data") / "weights.yaml"

DEFAULT_THRESHOLD = 0.5
"""Scores at or above this count as check-worthy."""


@dataclass(frozen=True, slots=True)
class Weights:
    """A fitted logistic model: one weight per feature and a bias."""

    bias: float
    """The log-odds of a sentence with every feature at zero."""
    weights: dict[str, float]
    """Feature name -> weight, for every name in ``FEATURES``."""

    def score(self, features: Mapping[str, float]) -> float:
        """The logistic of the weighted feature sum, in [0, 1]."""
        z = self.bias + sum(self.weights[name] * features[name] for name in FEATURES)
        # Clamp so that exp() cannot overflow, whatever a refit produces.
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))


def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    """Read a weights file, checking it has exactly one number per feature."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    raw = data.get("weights") or {}
    if set(raw) != set(FEATURES) or not isinstance(data.get("bias"), int | float):
        raise ClaimcheckError(
            f"weights must have a numeric 'bias' and one weight for each of {list(FEATURES)} "
            f"(found {sorted(raw)}); refit with: python bench/fit_worthiness.py",
            Place(str(path)),
        )
    return Weights(bias=float(data["bias"]), weights={k: float(raw[k]) for k in FEATURES})


# Loaded at import: the file is small, and a broken file should fail early, not mid-run.
WEIGHTS = load_weights()


def check_worthiness(sentence: str) -> float:
    """How check-worthy ``sentence`` is, from 0 (opinion, question, boilerplate) to 1."""
    return WEIGHTS.score(featurize(sentence))


def check_worthiness_span(tokens: Doc | Span) -> float:
    """The same score for a sentence already in a ``Doc`` (``doc.sents``), without re-tokenising."""
    return WEIGHTS.score(features_of(tokens))


__all__ = [
    "DEFAULT_THRESHOLD",
    "bind",
    "WEIGHTS",
    "Weights",
    "check_worthiness",
    "check_worthiness_span",
    "load_weights",
]
