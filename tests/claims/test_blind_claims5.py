"""A fifth blind table of 120 sentences and their claims (``data/blind_claims5.jsonl``),
written in session 7 the same way as the earlier ones (``test_blind_claims2.py``): by a
helper who read the brief, the README, the docs and the shipped rules, and only the
notation of ``test_extraction.py`` and the earlier tables; who never read the extractor
nor ran claimcheck. It was written in registers the earlier tables used little: one-line
FAQ answers, annual-report language with footnote marks, corrections and editor's notes,
obituaries, job postings, product listings, listicles, hedges, conditionals, zero counts,
odd number forms and comparisons across time.

First run, before any fix it informed: 76 of 120 sentences exact; claims precision 0.790,
recall 0.662, F1 0.720. The general fixes it prompted (zero counts beyond "has no", "a
single", changes that are no totals, corrected figures after ", not", questions answered
by the next sentence, part and whole, "neither ... nor", a count worldwide, an answer's
"No —", "sq. mi.", "four (4)", "US-sold", a fact in brackets) are in the commit history,
each tested with other sentences in ``test_registers7.py``; with them the table stands at
96 of 120 exact, F1 0.849. Rows still different are in :data:`GAPS`, each with the
reason; the test fails when one of them starts passing.
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims5")

GAPS = {
    "Born in Lewiston, Maine, in 1958, Tom Harrity has run L.L.Bean's Brunswick boot plant, where some 450 workers make Bean Boots, since 2004.":
        "gap: a person's birthplace taken as the count's place, and 'has run ... since 2004' as the boot's age",
    "Lena Hartwell, 91, stitched Bean Boots in Brunswick for 37 years, starting in 1952, the year L.L.Bean turned 40.":
        "gap: 'the year X turned 40' after a named year; a person's working years read as the company's",
    "Join the team that builds the 990 in Lawrence, Massachusetts — now hiring stitchers and lasters for all shifts.":
        "convention: an imperative sentence asserts nothing, its relative clause included",
    "990v6 spec sheet: weight 11.2 oz; drop 12 mm; first released: 1982.":
        "convention: a version's launch ('990v6') is not the line's (test_extraction: 'The 990v6, released in 2022')",
    "5. Pittsburgh has more bridges than Venice — 446 of them.":
        "gap: '446 of them' after a dash refers to a noun counted without a number",
    "New Balance reportedly employs some 400 people at its Norway, Maine, plant.":
        "gap: a town named like a country ('Norway, Maine') before 'plant' is not read as the count's place",
    "Sources familiar with the plans say New Balance could announce a sixth US factory next year.":
        "gap: an ordinal ('a sixth factory') gives no count",
    "New Balance claims to have invested more than $150 million in its US plants since 2021.":
        "convention: 'claims to' asserts, as 'says' does; and 'since 2021' bounds the founding year",
    "It is widely believed that the Bean Boot was introduced in 1911, but company records point to 1912.":
        "gap: 'It is widely believed that' does not make its clause unasserted; 'point to 1912' has no cue",
    "Pittsburgh, by some counts, has as many as 800 sets of public stairs.":
        "rules: the shipped stairway nouns are 'set of stair' and 'public step', not 'sets of public stairs'",
    "Were Pittsburgh's population to fall below 300,000, the city would lose some federal funding.":
        "gap: an inverted conditional ('Were X to fall below') gives no claim",
    "If you want a boot made in Maine, buy the Bean Boot.":
        "gap: the product named in the imperative after a conditional is not the subject of the condition's 'made in'",
    "Should New Balance ever stop making the 990 in the US, it would end a run that began in 1982.":
        "gap: 'a run that began in 1982' is read as the founding",
    "At L.L.Bean, Bean Boot production rose from fewer than 100,000 pairs in 2007 to more than 600,000 in 2016.":
        "gap: the level after 'rose from A to B' and an amount's lower bound of zero ('fewer than')",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims5(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
