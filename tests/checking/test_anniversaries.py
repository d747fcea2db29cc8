"""An age told as an anniversary or a greeting this year goes all the way to a report (in
session 12 such a claim's interval had whole-number ends, which broke the report's text and
ended the run with exit 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import ROOT, verdicts_by_line

DAY = dt.date(2026, 11, 24)

ARTICLE = """---
title: Anniversaries
date: 2026-06-01
---
Happy 40th, 990!

Red Wing marks its 121st anniversary this year.

The 990 turns 44 this year.

Red Wing Turns 121
"""


def test_anniversaries_this_year_are_checked_in_a_report(tmp_path: Path) -> None:
    verdicts = verdicts_by_line(tmp_path / "a.md", ARTICLE, [ROOT / "rules"], DAY)
    assert verdicts[5] == {"nb-990-launch-year:contradicted"}  # 1986, not 1982
    assert verdicts[9] == {"nb-990-launch-year:supported"}  # 1982
    assert verdicts[7] == {"red-wing-founding-year:supported"}  # 2026 - 121 = 1905
    assert verdicts[11] == {"red-wing-founding-year:supported"}  # a headline's present
