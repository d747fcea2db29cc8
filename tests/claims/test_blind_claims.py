"""A table of 120 sentences and the claims a careful reader takes from them, written blind
in session 3 by a helper who read the brief, the README, the shipped rules and only the
notation of ``test_extraction.py``, never the extractor, and never ran claimcheck.

First run, before any fix it informed: 107 of 120 sentences exact; claims precision
0.940, recall 0.901, F1 0.920 (counting claimcheck's internal untyped claims, such as
``~weigh:pound``, as extras). The general fixes it prompted (coordinated and denied places,
"domestically", "each year" is no quantifier, "popular with trail runners", "The
company" after a product, "there", a number that measures something is no product,
a category after ", not") are in the commit history; the table now guards them.

Untyped claims (attribute ids starting with ``~``) are left out of the comparison: they
are claimcheck's own bookkeeping for values no rule declares, compared only with each
other and never reported on their own. Rows still wrong are listed in ``GAPS``; the test
fails when one of them starts passing, so the list stays honest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.claims.test_extraction import describe

TABLE = Path(__file__).parent / "data" / "blind_claims.jsonl"
ROWS = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line]

GAPS = {
    "New Balance was not founded in 1972; that is the year Jim and Anne Davis bought it.":
        "'that is the year ... bought it' carries the year of the clause before",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims(claims_of, row: dict) -> None:
    found = {describe(c) for c in claims_of(row["text"]) if not c.attribute.startswith("~")}
    expected = set(row["claims"])
    if row["text"] in GAPS:
        assert found != expected, f"now passes, remove it from GAPS: {row['text']}"
        return
    assert found == expected, row["note"]


def test_the_table_is_the_size_it_was_written() -> None:
    assert len(ROWS) == 120
    assert sum(1 for r in ROWS if not r["claims"]) == 30
