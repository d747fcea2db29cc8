"""A fourth blind table of 120 sentences and their claims (``data/blind_claims4.jsonl``),
written in session 6 the same way as the second and third (``test_blind_claims2.py``): by a
helper who read the brief, the README, the docs and the shipped rules, and only the notation
of ``test_extraction.py`` and the earlier tables; who never read the extractor nor ran
claimcheck. It was written in the registers the earlier tables used little: headlines,
photo captions, social posts, transcripts with speaker labels, "Label: value" bullets and
fact boxes, clefts, comparisons, other companies and other towns of the same name.

First run, before any fix it informed: 78 of 120 sentences exact; claims precision 0.771,
recall 0.653, F1 0.707. The general fixes it prompted (names compared with or denied are no
subjects, the state of a town the rules do not know is where, explaining headlines and
pseudo-clefts assert, plans with the object between, "not until", fact boxes in running
text and cells after "|" and "·", "turns 120", "back in 2012", "Did you know that",
"in the neighborhood of", another town of the same name, "one pair in ten") are in the
commit history, each tested with other sentences in ``test_sets_and_boxes.py``; with them
the table stands at 100 of 120 exact, F1 0.871. Rows still different are in :data:`GAPS`,
each with the reason; the test fails when one of them starts passing.
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims4")

GAPS = {
    # conventions that differ on purpose
    "L.L.Bean Bean Boot production, 2016: 600,000+ pairs":
        "convention: a trailing '+' reads as 'more than' (bound '>'), the table's as 'or more'",
    "Red Wing at a glance: founded 1905; headquarters: Red Wing, Minn.; retail stores: 500+":
        "convention: a trailing '+' reads as 'more than' (bound '>'), the table's as 'or more'",
    "Pittsburgh is home to just over three hundred thousand people.":
        "convention: 'just over' is an approximation (modifiers.yaml), the table's 'more than'",
    "New Balance has spent an estimated $150–160 million on its domestic factories.":
        "convention: 'an estimated' widens a stated range like any approximation, and "
        "'domestic' scopes it to the USA",
    "It was Red Wing, not New Balance, that was founded in 1905.":
        "convention: a denied name gives no claim at all, the table a negated one",
    "It's the Fresh Foam Hierro, not the 990, that New Balance makes in Asia.":
        "convention: a denied name gives no claim at all, the table a negated one",
    "L.L.Bean — founded in Freeport (not Portland) in 1912 — still sells its boots by mail.":
        "convention: a bracketed denied place gives no claim at all, the table a negated one",
    "Does anyone know if the Hierro is made in the US? Tag on mine says Vietnam.":
        "convention (session 7): the sentence after a question answers it with the question's "
        "subject and cue, so the tag's 'Vietnam' says where the Hierro is made; the table's "
        "judgment gives the answer nothing",
    # gaps left open
    "Made in Maine Since 1912: The Bean Boot Story":
        "gap: a predicate fronted before a colon, its subject after it",
    "Pictured: 993s being assembled on the line in Skowhegan, Maine, in March 2024.":
        "gap: 'being assembled' after a caption's label reads as a topic, not a statement",
    "PSA: Bean Boots are NOT made in China — every pair is made in Brunswick and Lewiston, "
    "Maine. 🥾": "gap: after the dash, 'every pair' does not carry the Bean Boots on",
    "About one in four New Balance pairs (roughly four million a year) is made in the US.":
        "gap: a bracketed second figure whose noun stands outside the brackets",
    "A hundred and thirteen years after its founding, L.L.Bean still calls Freeport home.":
        "gap: 'N years after its founding' in a present sentence dates nothing",
    "Jim Davis bought a struggling Boston running-shoe maker in 1972; that company was New "
    "Balance.": "gap: a company described in one clause and named in the next",
    "Ask anyone in Skowhegan about the town's biggest employer, and they'll name New Balance, "
    "which has about 400 workers there.":
        "gap: a relative clause after a future main clause is read as unasserted too",
    "Analysts forecast that Pittsburgh's population will fall below 300,000 by 2030.":
        "gap: a forecast trend ('will fall below') gives no claim, not even an unasserted one",
    "L.L.Bean's goal: to produce one million pairs of Bean Boots a year.":
        "gap: a goal named before a colon gives no claim, not even an unasserted one",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims4(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
