"""Cases found by trying the tool as a new user would, on an article no test had seen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimcheck.run import RunOptions, run
from tests.conftest import ROOT

DAY = dt.date(2026, 11, 24)

ARTICLE = """---
title: New user
date: 2025-05-01
---
# Red Wing at a glance

- Founded in 1915 in Red Wing, Minnesota
- The Iron Ranger, a work boot launched in 2007, is made in China

L.L.Bean, the Freeport outfitter, operates roughly 60 stores, up from 40 in 2015.
"""


def _flags(tmp_path: Path) -> set[tuple[int, str]]:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY))
    return {(f.span.line, f.rule) for f in report.findings}


def test_a_list_item_naming_only_a_place_is_about_the_heading_s_subject(tmp_path: Path) -> None:
    flags = _flags(tmp_path)
    assert (7, "red-wing-founding-year") in flags  # founded 1905, not 1915
    assert (8, "red-wing-iron-ranger-made-in") in flags  # the aside's product, not Red Wing


def test_an_earlier_value_after_up_from_does_not_conflict_with_the_current_one(
        tmp_path: Path) -> None:
    assert not any(rule == "claims-inconsistent" for _, rule in _flags(tmp_path))


def test_a_since_bound_is_not_cited_as_agreeing_evidence(tmp_path: Path) -> None:
    """Found by the session-3 cold review: "has made shoes in the USA since 1982" implies
    only that New Balance existed by 1982, so it is no evidence beside a contradiction."""
    article = tmp_path / "b.md"
    article.write_text("---\ndate: 2025-06-10\n---\nNew Balance was founded in 1920.\n\n"
                       "New Balance has made shoes in the USA since 1982.\n", encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY))
    founded = [f for f in report.findings
               if f.rule == "nb-founding-year" and f.verdict == "contradicted"]
    assert len(founded) == 1 and founded[0].related == ()


def test_an_amount_in_another_currency_than_the_fact_is_reported_not_dropped(
        tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "maple.yaml").write_text(
        "entities:\n  - id: acme\n    name: Acme Syrup\n    kind: organisation\n"
        "attributes:\n  - id: plant-cost\n    name: money invested in a plant\n"
        "    type: quantity\n    unit: dollar\n    kinds: [organisation]\n"
        "    cues: [invest, cost, spend]\n"
        "facts:\n  - id: acme-plant-cost\n    subject: acme\n    attribute: plant-cost\n"
        "    value: 42000000\n    unit: dollar\n    source: annual report\n", encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("Acme Syrup invested C$42 million in its plant, its annual report "
                       "says.\n\nAcme Syrup invested $50 million in its plant, its annual "
                       "report says.\n", encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules", rules], as_of=DAY,
                            today=DAY))
    found = {(f.span.line, f.rule, f.verdict): f for f in report.findings}
    other = found[(1, "claim-unverified", "unverified")]
    assert "in dollars, the article's figure in Canadian dollars" in other.message
    assert other.found == "“C$42 million”"  # in its own unit, not "$42,000,000"
    assert (3, "acme-plant-cost", "contradicted") in found  # dollars still compare


def test_the_currency_note_shows_beside_a_policy_flag(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("New Balance has invested €140 million in its US factories.\n\n"
                       "New Balance has invested £120 million in its US factories.\n",
                       encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY))
    found = {(f.span.line, f.rule) for f in report.findings}
    assert (1, "claim-unverified") in found  # the euro figure against a fact in dollars
    assert not any(rule == "claims-inconsistent" for _, rule in found)  # € and £ differ


def test_a_name_several_currencies_share_is_taken_in_the_fact_s_currency(
        tmp_path: Path) -> None:
    """"kroner" is Norwegian or Danish: against a fact in Norwegian kroner it is compared
    (and contradicted when wrong); "kronor" is Swedish, another currency."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "paint.yaml").write_text(
        "entities:\n  - id: acme\n    name: Acme Paint\n    kind: organisation\n"
        "  - id: odda\n    name: Odda\n    kind: place\n"
        "attributes:\n  - id: plant-cost\n    name: money invested in a plant\n"
        "    type: quantity\n    unit: norwegian_krone\n    kinds: [organisation]\n"
        "    cues: [invest, investment]\n"
        "facts:\n  - id: acme-plant-cost\n    subject: acme\n    attribute: plant-cost\n"
        "    value: 410000000\n    tolerance: 20000000\n    unit: norwegian_krone\n"
        "    source: annual report\n", encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("Acme Paint invested about 410 million kroner in its plant.\n\n"
                       "Acme Paint invested 900 million kroner in its plant.\n\n"
                       "Acme Paint invested 410 million kronor in its plant.\n\n"
                       "Acme Paint grinds pigment. The Odda forge opened after an investment "
                       "of 410 million kroner, its report says.\n", encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules", rules], as_of=DAY,
                            today=DAY, show_supported=True))
    found = {(f.span.line, f.rule, f.verdict) for f in report.findings}
    assert (1, "acme-plant-cost", "supported") in found
    assert (3, "acme-plant-cost", "contradicted") in found
    assert (5, "claim-unverified", "unverified") in found
    assert not any(line == 5 and rule == "acme-plant-cost" for line, rule, _ in found)
    # "The Odda forge" is the company's facility (a forge is one), in Odda
    assert (7, "acme-plant-cost", "supported") in found


def test_a_policy_term_quoted_as_a_disowned_line_is_not_flagged(tmp_path: Path) -> None:
    """A quoted term the sentence says was dropped is mentioned, not used; a brand's own
    tagline in quotes, and a term outside the quotes, are still its claims (the cold
    review found a closing quote paired with another quotation's opening)."""
    article = tmp_path / "a.md"
    article.write_text(
        "---\ndate: 2025-06-10\n---\nL.L.Bean dropped the slogan “eco-friendly boots” in "
        "2015.\n\nIts new tagline: “Eco-friendly boots for every trail.”\n\n"
        "L.L.Bean retired the label “Green Line” in 2020, yet its boots are eco-friendly, "
        "the company insists, “every pair”.\n", encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules"], as_of=DAY, today=DAY))
    green = sorted(f.span.line for f in report.findings if f.verdict == "policy"
                   and "eco-friendly" in (f.found or "").lower())
    assert green == [6, 8]
