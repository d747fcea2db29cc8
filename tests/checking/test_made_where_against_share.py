"""Where a company makes things, against the share of its making the rules give for a
place (an attribute of type share with that place and the same cue words of making): a
denial is contradicted by a share above nothing and supported by none, and the place or a
place in it contradicted by none (a share above nothing does not support "makes its pens in
the US", which may mean all of them). Added in session 15, after a blind set's
letter "Bellhaven doesn't make a single mattress in America anymore" went unchecked
against the company's 70% made in the US."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import ROOT, verdicts_by_line

DAY = dt.date(2026, 11, 24)

RULES = """entities:
  - id: ow-owlcraft
    name: Owlcraft Pens
    kind: organisation
    aliases: [Owlcraft Pens, Owlcraft]
  - id: ow-quill
    name: Quill Works
    kind: organisation
    aliases: [Quill Works]
facts:
  - id: ow-us-share
    subject: ow-owlcraft
    attribute: us-production-share
    value: 0.4
    tolerance: 0.05
    valid_from: 2020-01-01
    source: "test"
  - id: qw-us-share
    subject: ow-quill
    attribute: us-production-share
    value: 0
    valid_from: 2020-01-01
    source: "test"
"""

ARTICLE = """---
title: Pens
date: 2026-06-01
---
Owlcraft no longer makes pens in America.

Owlcraft makes pens in the United States and in Mexico.

Owlcraft makes pens in Maine.

Quill Works makes its pens in Maine.

Quill Works does not make pens in the US.

Owlcraft does not make pens in Maine.
"""


def test_where_it_is_made_is_checked_against_the_share_made_there(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "pens.yaml").write_text(RULES, encoding="utf-8")
    verdicts = verdicts_by_line(tmp_path / "pens.md", ARTICLE, [ROOT / "rules", rules], DAY)
    assert "ow-us-share:contradicted" in verdicts.get(5, set())
    assert not {v for v in verdicts.get(7, set()) if v.startswith("ow-us-share")}
    # (40% in the US says nothing of Maine)
    assert not {v for v in verdicts.get(9, set()) if v.startswith("ow-us-share")}
    assert "qw-us-share:contradicted" in verdicts.get(11, set())
    assert "qw-us-share:supported" in verdicts.get(13, set())
    assert not {v for v in verdicts.get(15, set()) if v.startswith("ow-us-share")}
