"""A measure right before a product's name is one size of a line that comes in several
("a three-gallon Cobalt Wren crock", "a five-gallon Cobalt Wren"): no figure of the line,
so two sizes in two articles are no inconsistency. Added in session 15 after a blind set's
museum panel and impact report were called inconsistent for their crocks' sizes; a figure
of one thing named by a noun ("the 150,000-square-foot expansion") is still compared."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimcheck.run import RunOptions, run
from tests.conftest import ROOT

DAY = dt.date(2026, 11, 24)


def _inconsistent(folder: Path, first: str, second: str) -> list[str]:
    """The claims-inconsistent findings of two articles of the same day, one sentence each."""
    for name, sentence in (("a.md", first), ("b.md", second)):
        (folder / name).write_text(f"---\ndate: 2026-01-05\n---\n{sentence}\n",
                                   encoding="utf-8")
    report = run(RunOptions(paths=[folder], rules=[ROOT / "rules"], as_of=DAY, today=DAY))
    return [f.rule for f in report.findings if f.rule == "claims-inconsistent"]


def test_sizes_before_a_product_name_do_not_conflict(tmp_path: Path) -> None:
    assert not _inconsistent(tmp_path, "New Balance showed a ten-inch 990 display in Boston.",
                             "New Balance showed a twelve-inch 990 display in Boston.")


def test_a_measure_of_one_thing_still_conflicts(tmp_path: Path) -> None:
    assert _inconsistent(tmp_path, "New Balance opened the 150,000-square-foot Lawrence expansion.",
                         "New Balance opened the 100,000-square-foot Lawrence expansion.")
