"""Specification lists ("- **Amstel**: city bike, launched in 2017, from €2,899") give
values without verbs; a year that is one claim's value does not date the others. Checked
with the domain4 rules (Korvel Bicycles), on articles written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, verdicts_by_line

DAY = dt.date(2026, 11, 24)

ARTICLE = """---
title: Spec list
date: 2025-03-01
---
# The range

- **Amstel**: electric city bike; launched in 2017; from €2,599
- **Ardenne**: gravel bike, 9.4 kg, from €1,799

The Amstel has a €2,599 frame kit as an option.

The Amstel cost €2,199 when it was introduced in 2017.

Korvel's Amstel, launched in 2017, now costs €2,599.
"""


def _flags(tmp_path: Path) -> dict[int, set[str]]:
    return verdicts_by_line(tmp_path / "spec.md", ARTICLE,
                            [ROOT / "rules", FIXTURES / "domain4/rules"], DAY)


def test_an_amount_in_a_list_item_is_the_one_attribute_in_its_unit(tmp_path: Path) -> None:
    flags = _flags(tmp_path)
    assert "kv-amstel-price-2024:contradicted" in flags[7]  # €2,599, not €2,899
    assert "kv-amstel-launch-year:supported" in flags[7]
    assert "kv-ardenne-weight:supported" in flags[8]


def test_outside_a_list_an_amount_needs_a_cue(tmp_path: Path) -> None:
    assert not any(f.startswith("kv-amstel-price") for f in _flags(tmp_path).get(10, set()))


def test_a_year_dates_other_claims_only_in_a_when_clause(tmp_path: Path) -> None:
    flags = _flags(tmp_path)
    assert not any(f.startswith("kv-amstel-price-2024") for f in flags[12])  # dated 2017
    assert "kv-amstel-price-2024:contradicted" in flags[14]  # "now", not 2017
