"""A negated number or year ("was not founded in 1972") agrees with a fact outside it and
contradicts a fact inside it; before session 3 it was read as if the "not" were absent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import ROOT, verdicts_by_line

DAY = dt.date(2026, 11, 24)

ARTICLE = """---
title: Negations
date: 2025-06-01
---
New Balance was not founded in 1972.

The 990 was not launched in 1982.

L.L.Bean was not founded in the 1950s.
"""


def _verdicts(tmp_path: Path) -> dict[int, set[str]]:
    return verdicts_by_line(tmp_path / "neg.md", ARTICLE, [ROOT / "rules"], DAY)


def test_a_negated_year_outside_the_fact_is_supported(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path)
    assert verdicts[5] == {"nb-founding-year:supported"}
    assert verdicts[9] == {"ll-bean-founding-year:supported"}


def test_a_negated_year_that_is_the_fact_is_contradicted(tmp_path: Path) -> None:
    assert _verdicts(tmp_path)[7] == {"nb-990-launch-year:contradicted"}



UNTYPED = """---
title: A correction
date: 2025-06-01
---
The Methuen expansion cost $30 million, not $80 million.
"""


def test_a_figure_set_right_is_no_second_figure(tmp_path: Path) -> None:
    # an amount no rule declares is compared with the others about the same thing; the
    # one after ", not" is denied, not a second figure that disagrees with the first
    verdicts = verdicts_by_line(tmp_path / "fix.md", UNTYPED, [ROOT / "rules"], DAY)
    assert verdicts == {}


TWO_THINGS = """---
title: Two markets
date: 2025-06-01
---
Europe and North America took 41% of Red Wing's sales and the rest of Asia 15%.

New Balance's Methuen expansion adds 100,000 square feet, and its Skowhegan expansion adds
40,000 square feet.

The Methuen expansion adds 100,000 square feet, New Balance says.
"""


def test_two_figures_of_one_sentence_with_no_attribute_are_not_in_conflict(
        tmp_path: Path) -> None:
    # with no attribute to say what they measure, a sentence's two figures are of two
    # things: no inconsistency between them, pair by pair (the 40,000 square feet still
    # disagree with the 100,000 of another sentence, and are flagged where they stand)
    verdicts = verdicts_by_line(tmp_path / "two.md", TWO_THINGS, [ROOT / "rules"], DAY)
    assert verdicts == {8: {"claims-inconsistent:inconsistent"}}


SOURCED = """---
title: Sources
date: 2025-06-01
---
The 990 is the most famous New Balance shoe.[5] It sells well.

The 990 is the most famous New Balance shoe. It sells well.
"""


def test_a_reference_mark_read_past_still_sources_a_superlative(tmp_path: Path) -> None:
    # "[5]" is blanked so that the sentence ends before it and no number is read, but it
    # is still the sentence's source (the shipped superlative policy lists "[n]")
    verdicts = verdicts_by_line(tmp_path / "sup.md", SOURCED, [ROOT / "rules"], DAY)
    assert "superlative-unsourced:policy" not in verdicts.get(5, set())
    assert "superlative-unsourced:policy" in verdicts[7]
