"""Both ends of a change, and earlier values, checked against the facts of their own years
(the census facts start on census day, as the 2000 and 2010 ones always did); a forecast,
another company's figure, a slogan and a denial that is not the sentence's own are kept out.
Several cases come from the session 8 cold review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import ROOT, verdicts_by_line

DAY = dt.date(2026, 11, 24)

ARTICLE = """---
title: Changes
date: 2026-11-01
---
Pittsburgh's population fell from 305,704 in 2010 to 302,971 in 2020.

The Black share of Pittsburgh's population fell from 26.1% in 2010 to 22.8% in 2020.

Pittsburgh's population fell from 305,704 in 2010 to 250,000 in 2020.

The share of New Balance's US-sold shoes made in the US is projected to climb from 25% in 2024 to 60% in 2030.

New Balance makes about 25% of its US-sold shoes in the US, compared with 2% at Nike in 2015.

The report that New Balance was founded in 1906 is accurate, though claims about its Chinese plants are false.

Our promise to you:

"Every New Balance shoe is made in the USA."
"""


def _verdicts(tmp_path: Path) -> dict[int, set[str]]:
    return verdicts_by_line(tmp_path / "changes.md", ARTICLE, [ROOT / "rules"], DAY)


def test_both_ends_agree_with_the_census_of_their_year(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path)
    assert verdicts[5] == {"pgh-population-2010:supported", "pgh-population-2020:supported"}
    assert verdicts[7] == {"pgh-black-share-2010:supported", "pgh-black-share-2020:supported"}


def test_a_wrong_end_is_flagged_against_its_own_year(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path)
    assert verdicts[9] == {"pgh-population-2010:supported", "pgh-population-2020:contradicted"}


def test_a_forecast_and_another_companys_figure_are_not_checked(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path)
    assert "nb-us-production-share:error" not in verdicts.get(11, set())
    assert verdicts[13] == {"nb-us-production-share:supported"}


def test_a_denial_in_another_clause_denies_nothing(tmp_path: Path) -> None:
    assert _verdicts(tmp_path)[15] == {"nb-founding-year:supported"}


def test_a_first_person_lead_in_leaves_the_slogan_the_publishers(tmp_path: Path) -> None:
    assert "made-in-usa-unqualified:policy" in _verdicts(tmp_path)[19]
