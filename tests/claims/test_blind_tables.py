"""What every blind claims table must keep: its rows as written (120, 25 of them with no
claim, but for the sixth, seventh and eighth), and gaps that name real rows (a gap whose row was
edited away would hide nothing)."""

from __future__ import annotations

import importlib

import pytest

TABLES = [f"tests.claims.test_blind_claims{n}" for n in (2, 3, 4, 5, 6, 7, 8)]
# rows, and rows with no claim, where not 120 and 25
SIZES = {"tests.claims.test_blind_claims6": (120, 22), "tests.claims.test_blind_claims7": (60, 11),
         "tests.claims.test_blind_claims8": (100, 20)}


@pytest.mark.parametrize("module", TABLES)
def test_gaps_name_real_rows(module: str) -> None:
    table = importlib.import_module(module)
    assert set(table.GAPS) <= {r["text"] for r in table.ROWS}


@pytest.mark.parametrize("module", TABLES)
def test_the_table_is_the_size_it_was_written(module: str) -> None:
    rows = importlib.import_module(module).ROWS
    size, empty = SIZES.get(module, (120, 25))
    assert len(rows) == size
    assert sum(1 for r in rows if not r["claims"]) == empty
