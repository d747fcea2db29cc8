"""The mention matcher's one regular expression, factored as a trie of the aliases, finds
what a flat alternation of the same aliases (longest first) finds."""

from __future__ import annotations

import re

import pytest

from claimcheck.claims.mentions import _compile

EXACT = ["US", "NB", "USA"]
FOLDED = ["New Balance", "New Balance Athletics", "New England", "Maine", "Main Street",
          "Massachusetts", "the 990", "990", "990v6", "Bean Boot", "Bean", "Straße"]


def _flat(exact: list[str], folded: list[str]) -> re.Pattern[str]:
    alternatives = [(a, False) for a in exact] + [(a, True) for a in folded]
    alternatives.sort(key=lambda pair: len(pair[0]), reverse=True)
    parts = [(f"(?i:{body})" if fold else body)
             for alias, fold in alternatives
             for body in [r"\s+".join(re.escape(word) for word in alias.split())]]
    return re.compile(r"(?<![\w$£€-])(?<!\w\.)(?<!\d,)(?:" + "|".join(parts)
                      + r")(?![\w]|-\d|\.\d|,\d)")


@pytest.mark.parametrize("text, spans", [
    ("New Balance Athletics makes the 990v6 in Maine.",
     ["New Balance Athletics", "990v6", "Maine"]),
    ("NEW  BALANCE and new\nbalance", ["NEW  BALANCE", "new\nbalance"]),
    ("us and US and USA and usa", ["US", "USA"]),  # all capitals: case-sensitive
    ("Main Street, Maine, mainly", ["Main Street", "Maine"]),
    ("New Balance Athleticsville", ["New Balance"]),  # the longer alias fails: falls back
    ("$39,990 and 990-5 and 990.5 and the 990", ["the 990"]),  # inside numbers: no
    ("the Bean Boots and a Bean Boot", ["Bean", "Bean Boot"]),
    ("STRASSE and Straße and straße", ["Straße", "straße"]),
])
def test_trie_matches_like_a_flat_alternation(text: str, spans: list[str]) -> None:
    trie = _compile(EXACT, FOLDED)
    assert trie is not None
    found = [m.group() for m in trie.finditer(text)]
    assert found == spans
    assert found == [m.group() for m in _flat(EXACT, FOLDED).finditer(text)]
