"""The fast scanners of claimcheck.quantities give exactly what a plain regex scan gives."""

from __future__ import annotations

import random

import pytest
from test_quantities_extract import CASES

from claimcheck.quantities import _context as ctx
from claimcheck.quantities import masks
from claimcheck.quantities._backward import Backward
from claimcheck.quantities._scan import WordIndex, digit_runs, finditer_at, fold_case
from claimcheck.quantities.numbers import NUMBER_RE, START_WORDS, VULGAR, number_starts

_PIECES = [
    "5", "1,200", "3.5", ".5", "-.5", "-3", "+4", "1/2", "3½", "½", "1990s", "02115", "10:30",
    "555-123-4567", "+1 (617) 555 0100", "978-3-16-148410-0", "v2.1", "A320neo", "COVID-19",
    "iPhone", "MA", "Main", "Street", "5th", "Avenue", "May", "MAY", "No.", "sec.", "§", "№",
    "#", "@", "a@b.com", "http://x.com/5", "www.a5.com", "ISBN", "XXXXXXXXXX", "pm", "a.m.",
    "two", "Twenty-One", "ſix", "İn", "ı", "\u212aM", "é5", "_5", "a", "an", "half", "dozens",
    "several", "twice", "every", "fourth", "decades", "day", "about", "more than", "rose",
    "fell by", "between", "from", "the", "in", "US$", "USD", "Rs.", "$", "€", "approx.",
    "mid-", "'s", "q1", "model", "990", "and", "or", ",", "&", "per", "times", "stores.",
]
_GLUE = ["", " ", " ", " ", "  ", "\n", "-", ",", "(", ")", "."]


def _texts() -> list[str]:
    """The test-case sentences plus random mixes of tricky pieces (fixed seed)."""
    rng = random.Random(7)
    texts = [text for text, _ in CASES]
    for _ in range(300):
        parts = [rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randint(1, 14))]
        texts.append("".join(parts))
    return texts


TEXTS = _texts()
WORDS = WordIndex([*START_WORDS, *masks.LEAD_WORDS, *(w for s in ctx.FIRST_WORDS.values() for w in s)])


def _merged(pattern, text: str) -> list[tuple[int, int]]:
    """Masked spans from a plain finditer, merged like Masks does."""
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if spans and m.start() <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], m.end()))
        else:
            spans.append((m.start(), m.end()))
    return spans


@pytest.mark.parametrize("text", TEXTS)
def test_forward_scans_match_finditer(text: str) -> None:
    """Masks, the number scan and the vague-word scans equal full finditer scans."""
    hits = WORDS.scan(text)
    digits = digit_runs(text, "".join(VULGAR))
    got = masks.Masks(text, digits, hits.starts(masks.LEAD_WORDS))._spans
    assert got == _merged(masks._MASK_RE, text)
    starts = number_starts(text, digits, hits.starts(START_WORDS))
    assert [m.span() for m in finditer_at(NUMBER_RE, text, starts)] == [
        m.span() for m in NUMBER_RE.finditer(text)
    ]
    for pattern in ctx.FIRST_WORDS:
        assert [m.span() for m in ctx.scan(pattern, text, hits)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_backward_matches_plain_search() -> None:
    """Each Backward finds what its regex finds searching the whole window."""
    patterns = [v for v in vars(ctx).values() if isinstance(v, Backward)]
    for text in TEXTS[::3]:
        for pos in range(len(text) + 1):
            for pattern in patterns:
                for window in (12, 32):
                    want = pattern.pattern.search(text, max(0, pos - window), pos)
                    got = pattern.search(text, pos, window)
                    assert (got and got.span()) == (want and want.span()), (text, pos)


def test_fold_case() -> None:
    """Letters that IGNORECASE matches with ASCII fold to them; "İ" gives up."""
    assert fold_case("ſIX ıN \u212aM") == "six in km"
    assert fold_case("İn") is None
