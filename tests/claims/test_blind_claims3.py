"""A third blind table of 120 sentences and their claims (``data/blind_claims3.jsonl``),
written in session 5 the same way as the second (``test_blind_claims2.py``): by a helper who
read the brief, the README, the docs and the shipped rules, and only the notation of
``test_extraction.py`` and the second table; who never read the extractor nor ran
claimcheck, and who kept away from the vocabulary the second table's notes list as gaps.
It is read with the shipped rules only, as written, and compared as the second table is.

First run, before any fix it informed: 96 of 120 sentences exact; claims precision 0.884,
recall 0.825, F1 0.853 (the second table's first run was F1 0.730). The general fixes it
prompted (a complement cue beside the market's place, "Every Bean Boot" is no share,
"At no point has ...", "At L.L.Bean's Brunswick plant, ...", "its 1972 purchase", "back in
'82", a numeric date's year, "two of every three", "Despite what X claimed, ...", "Pittsburgh's football
stadium seats ...") are in the commit history; with them the table stands at 105 of 120
exact, F1 0.910. Rows still
different are in :data:`GAPS`, each with the reason; the test fails when one of them starts passing.
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims3")

GAPS = {
    # conventions that differ on purpose
    "The 998 is one of the few New Balance models still manufactured in the US.":
        "convention: 'one of the few ... models still manufactured in the US' also says "
        "the maker makes a minority in the US (a share below one half)",
    "New Balance says it has invested more than $150 million in US manufacturing since "
    "2021.": "convention: 'since 2021' after the subject also says it existed in 2021",
    "The company that makes the 990, New Balance, ran three Maine factories in 2015.":
        "convention: 'Maine factories' after 'makes the 990' also places the 990's making",
    "Plenty of runners swear by the 990.":
        "convention: 'runners' names the running category in the shipped rules' words",
    # gaps left open
    "Three New Balance models are made in the USA: the 990, the 992 and the 993.":
        "gap: a list after a colon as the subjects of the predicate before it",
    "L.L.Bean introduced the Maine Hunting Shoe in 1912, the year the company was founded.":
        "gap: 'YEAR, the year X was founded' gives the founding year",
    "The 990 did not debut in 1985, as some sites claim, but in 1982.":
        "gap: 'not X, ..., but Y' with years and an aside between",
    "Is the Bean Boot a duck boot or a hiking boot?":
        "gap: the category 'hiking boot' in an alternative question",
    "The 990, the 992 and the 998 have one thing in common: all three are running shoes.":
        "gap: subjects listed before a colon, the predicate after it",
    "A million pairs of Bean Boots is L.L.Bean's production target for next year.":
        "gap: a target named after the number is not read as a plan",
    "Maine accounts for more than two million of the pairs New Balance produces each year.":
        "gap: a place as the subject of 'accounts for'",
    "A hundred and fifty-five million dollars: that is what New Balance has poured into its "
    "domestic plants since 2021.": "gap: an amount fronted before a colon and 'that is what'",
    "On March 18, 1816, the Pennsylvania legislature chartered Pittsburgh as a city.":
        "gap: the object of an active 'chartered' is the place chartered, not the state",
    "Pittsburgh has about 303,000 residents, while Allegheny County has roughly 1.23 million.":
        "gap: the second count leaves out its noun after 'while'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims3(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
