"""Tests for claimcheck.worthiness: clear cases, odd inputs, data files and the test-split F1."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from claimcheck.errors import ClaimcheckError
from claimcheck.worthiness import (
    DEFAULT_THRESHOLD,
    WEIGHTS,
    check_worthiness,
    check_worthiness_span,
    load_weights,
)
from claimcheck.worthiness.features import FEATURES, featurize, load_terms, resources

DATA = Path(__file__).parent / "data" / "sentences.jsonl"

MEASURED_TEST_F1 = 0.991
"""Test-split F1 at the default threshold when the weights were last fitted."""

# None of these sentences is in sentences.jsonl: they check that the model
# generalises, not that it remembers.
CHECK_WORTHY = [
    "New Balance was founded in Boston in 1906.",
    "About one in four pairs sold in the USA is made there.",
    "The 990 has been made in America since 1982.",
    "The company employs about 1,300 factory workers in New England.",
    "Revenue rose 8% to $6.5 billion in 2023.",
    "Nairobi is the largest city in Kenya.",
    "The hospital opened a new cancer ward in May 2021.",
    "Toyota sold 11.2 million vehicles last year.",
    "The Fresh Foam Hierro is made in Asia.",
    "The stadium was built in 1923 and holds 90,000 people.",
    "Volvo is owned by the Chinese company Geely.",
    "The battery lasts up to 20 hours.",
    "Lagos has more residents than any other city in Africa.",
    "Netflix launched its streaming service in 2007.",
    "Our plant in Maine produces 4 million pairs a year.",
    "The team has won the league title three times since 2015.",
    "The clinic treated 5,400 patients in 2022.",
]

NOT_CHECK_WORTHY = [
    "We hope you enjoy your new shoes!",
    "Click here to subscribe.",
    "What makes a great running shoe?",
    "Thank you for reading.",
    "I love how light these feel.",
    "These sneakers are absolutely gorgeous.",
    "The price might go up next year.",
    "Could this be the end of an era?",
    "Sign up today and join the community.",
    "Open the box and remove the packaging.",
    "Good morning, everyone!",
    "Honestly, it was the best meal of my life.",
    "You will never want to take them off.",
    "Let us know what you think in the comments.",
    "We are thrilled to welcome you.",
    "Follow us for more stories like this.",
    "Enjoy the ride.",
    "May I ask a question?",
]


@pytest.mark.parametrize("sentence", CHECK_WORTHY)
def test_check_worthy_sentences_score_at_or_above_threshold(sentence: str) -> None:
    assert check_worthiness(sentence) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize("sentence", NOT_CHECK_WORTHY)
def test_other_sentences_score_below_threshold(sentence: str) -> None:
    assert check_worthiness(sentence) < DEFAULT_THRESHOLD


def test_the_table_has_enough_clear_cases() -> None:
    assert len(CHECK_WORTHY) + len(NOT_CHECK_WORTHY) >= 30


@pytest.mark.parametrize(
    "text",
    ["", " ", "?", "!!!", "\n\n", "1906", "€", "🙂", "a" * 5000, "The 990 ships. " * 333],
)
def test_odd_inputs_score_within_zero_and_one(text: str) -> None:
    assert 0.0 <= check_worthiness(text) <= 1.0


def test_features_are_all_named_and_within_zero_and_one() -> None:
    values = featurize("Pfizer was founded in New York in 1849, more than 170 years ago!")
    assert list(values) == list(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in values.values())


def test_a_mid_sentence_may_is_a_month_not_a_hedge() -> None:
    values = featurize("The ward opened in May 2021.")
    assert values["hedge"] == 0.0 and values["year"] == 1.0
    assert featurize("Prices may rise.")["hedge"] == 1.0


def test_span_score_equals_string_score() -> None:
    doc = resources().nlp.make_doc("Tokyo has about 14 million people. I love it here!")
    first, second = doc[:7], doc[7:]
    assert first.text == "Tokyo has about 14 million people."
    assert check_worthiness_span(first) == pytest.approx(check_worthiness(first.text))
    assert check_worthiness_span(second) < DEFAULT_THRESHOLD


def test_scoring_a_sentence_takes_well_under_five_milliseconds() -> None:
    check_worthiness("Warm-up: the pipeline is built on first use.")
    start = time.perf_counter()
    for _ in range(200):
        check_worthiness("Tesla opened its first factory in Shanghai in 2019.")
    assert (time.perf_counter() - start) / 200 < 0.005


def test_weights_file_has_one_weight_per_feature() -> None:
    assert set(WEIGHTS.weights) == set(FEATURES)


def test_a_weights_file_missing_a_feature_is_rejected(tmp_path: Path) -> None:
    broken = tmp_path / "weights.yaml"
    broken.write_text("bias: 0.1\nweights: {number: 1.0}\n", encoding="utf-8")
    with pytest.raises(ClaimcheckError, match="one weight for each"):
        load_weights(broken)


def test_a_terms_file_missing_a_list_is_rejected(tmp_path: Path) -> None:
    broken = tmp_path / "terms.yaml"
    broken.write_text("predicates: [make]\n", encoding="utf-8")
    with pytest.raises(ClaimcheckError, match="not a list"):
        load_terms(broken)


def _rows(path: Path = DATA) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


BLIND = DATA.with_name("blind.jsonl")
# Measured on the blind set (written by someone who never saw the scorer or its training
# sentences): python bench/worthiness.py --split blind
MEASURED_BLIND_F1 = 0.962


def test_the_labelled_sentences_are_many_balanced_varied_and_split() -> None:
    rows = _rows()
    assert len(rows) >= 320
    assert len({r["text"] for r in rows}) == len(rows)
    assert 0.45 <= sum(r["label"] for r in rows) / len(rows) <= 0.55
    assert {r["register"] for r in rows} == {
        "news",
        "marketing",
        "product-docs",
        "review",
        "speech",
    }
    assert 0.65 <= sum(r["split"] == "train" for r in rows) / len(rows) <= 0.75
    assert all(r["split"] in ("train", "test") and r["label"] in (0, 1) for r in rows)


def test_test_split_f1_has_not_regressed() -> None:
    test = [r for r in _rows() if r["split"] == "test"]
    predicted = [check_worthiness(r["text"]) >= DEFAULT_THRESHOLD for r in test]
    labels = [bool(r["label"]) for r in test]
    tp = sum(p and y for p, y in zip(predicted, labels, strict=True))
    precision = tp / max(1, sum(predicted))
    recall = tp / max(1, sum(labels))
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    assert f1 >= MEASURED_TEST_F1 - 0.02, f"test-split F1 fell to {f1:.3f}"


def _f1(rows: list[dict]) -> float:
    predicted = [check_worthiness(r["text"]) >= DEFAULT_THRESHOLD for r in rows]
    labels = [bool(r["label"]) for r in rows]
    tp = sum(p and y for p, y in zip(predicted, labels, strict=True))
    precision = tp / max(1, sum(predicted))
    recall = tp / max(1, sum(labels))
    return 2 * precision * recall / (precision + recall) if tp else 0.0


def test_the_blind_set_is_balanced_and_never_used_for_fitting() -> None:
    rows = _rows(BLIND)
    assert len(rows) == 200
    assert all(r["split"] == "blind" for r in rows)
    for register in ("news", "marketing", "product-docs", "review", "speech"):
        assert sorted(r["label"] for r in rows if r["register"] == register) == [0] * 20 + [1] * 20
    assert not ({r["text"] for r in rows} & {r["text"] for r in _rows()})


def test_blind_set_f1_has_not_regressed() -> None:
    f1 = _f1(_rows(BLIND))
    assert f1 >= MEASURED_BLIND_F1 - 0.02, f"blind-set F1 fell to {f1:.3f}"


def test_the_second_training_set_is_balanced_and_apart_from_the_evaluation_sets() -> None:
    rows = _rows(DATA.with_name("train2.jsonl"))
    # 300 written; 8 stock phrases that the other sets also hold were dropped
    assert len(rows) == 292 and all(r["split"] == "train" for r in rows)
    assert sum(r["label"] for r in rows) == 150
    others = {r["text"] for r in _rows(BLIND)} | {r["text"] for r in _rows()}
    assert not ({r["text"] for r in rows} & others)

