"""Claims quoted to be judged are mentioned, not made: the quoted words of a claim someone
challenges ('Riverbend challenged three claims: that its glazes are "lead-free"'), a label
for the claims at issue, and a term that names a claim ("the lead-free claim was
supported") raise no policy finding, and a claim read inside such a quotation is not
asserted. Added in session 15, after a blind set's review-board decision was flagged for
every claim it judged. The writer's own words still count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import ROOT, verdicts_by_line

DAY = dt.date(2026, 11, 24)

ARTICLE = """---
title: A decision
date: 2026-03-01
---
Harbor Outfitters challenged two claims that New Balance made in its ads: that its shoes are "eco-friendly" and that they are "Made in USA."

Claims at issue: Environment ("eco-friendly"); origin ("Made in USA").

The panel found that the eco-friendly claim was not supported.

Our new laces are eco-friendly.

New Balance says its shoes are "eco-friendly."

Our objective is to back up our claims, and our "eco-friendly" dyes are the first step.

We dispute the claims Harbor makes about us, and we repeat: "Our laces are eco-friendly."

We print our tags with eco-friendly labels.
"""


def test_claims_quoted_to_be_judged_raise_no_finding(tmp_path: Path) -> None:
    verdicts = verdicts_by_line(tmp_path / "decision.md", ARTICLE, [ROOT / "rules"], DAY)
    for line in (5, 7, 9):
        assert not {v for v in verdicts.get(line, set())
                    if v.startswith(("green-claim-unqualified", "made-in-usa-unqualified"))}
    assert "green-claim-unqualified:policy" in verdicts.get(11, set())
    assert "green-claim-unqualified:policy" in verdicts.get(13, set())
    # (the writer's own words: not a challenged claim, nor a claim named as words; cold
    # review)
    for line in (15, 17, 19):
        assert "green-claim-unqualified:policy" in verdicts.get(line, set()), line
