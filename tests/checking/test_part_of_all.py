"""A count in a place, against a fact that counts them all wherever they are (neither the
fact nor its attribute has a place): equal to it, it agrees (they are all there); more than
it, it contradicts it; fewer says nothing of the others. Added in session 12, after a blind
set's "two workshops in the mountains of western North Carolina" went unchecked against
"two workshops"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import ROOT, verdicts_by_line

DAY = dt.date(2026, 11, 24)

RULES = """entities:
  - id: tw-vermont
    name: Vermont
    kind: place
    parent: usa
    aliases: [Vermont, VT]
  - id: tw-tollwood
    name: Tollwood Skis
    kind: organisation
    aliases: [Tollwood Skis, Tollwood]
attributes:
  - id: tw-shops
    name: number of ski shops
    type: count
    kinds: [organisation]
    nouns: [shop, workshop]
  - id: tw-output
    name: pairs of skis made in a year
    type: quantity
    unit: pair
    per: year
    kinds: [organisation]
    cues: [make]
facts:
  - id: tw-shops-2020
    subject: tw-tollwood
    attribute: tw-shops
    value: 2
    valid_from: 2020-01-01
    source: "test"
  - id: tw-output-2020
    subject: tw-tollwood
    attribute: tw-output
    value: 900
    tolerance: 50
    valid_from: 2020-01-01
    source: "test"
"""

ARTICLE = """---
title: Skis
date: 2026-06-01
---
Tollwood runs two workshops in Vermont.

Tollwood runs three workshops in Vermont.

Tollwood runs one workshop in Vermont.

Tollwood runs two workshops.

Tollwood makes about 900 pairs of skis a year in Vermont.

Tollwood makes 2,000 pairs of skis a year in Vermont.
"""


def _verdicts(tmp_path: Path) -> dict[int, set[str]]:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "tollwood.yaml").write_text(RULES, encoding="utf-8")
    return verdicts_by_line(tmp_path / "skis.md", ARTICLE, [ROOT / "rules", rules], DAY)


def test_a_count_in_a_place_is_checked_against_the_count_of_all(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path)
    assert verdicts.get(5) == {"tw-shops-2020:supported"}
    assert verdicts.get(7) == {"tw-shops-2020:contradicted"}
    assert "tw-shops-2020:supported" not in verdicts.get(9, set())
    assert "tw-shops-2020:contradicted" not in verdicts.get(9, set())
    assert verdicts.get(11) == {"tw-shops-2020:supported"}
    assert verdicts.get(13) == {"tw-output-2020:supported"}
    assert verdicts.get(15) == {"tw-output-2020:contradicted"}
