"""An eighth blind table, of 100 sentences and their claims (``data/blind_claims8.jsonl``),
written in session 9 the same way as the earlier ones (``test_blind_claims2.py``), by a
helper who read neither the extractor nor any test but the older tables, and never ran
claimcheck, in registers the older tables lack: earnings-call transcripts with speaker
labels, FAQ pages, encyclopedia leads with pronunciations and reference marks, shop
listings and spec lines, press-release datelines, corrections and errata, interview
transcripts, British usage ("per cent", "c. 1,000 staff"), informal posts ("~1k", "600k",
"iirc"), hedges, conditionals, comparisons, headlines and captions; 20 rows have no claim.

First run, read by the code of the moment it was handed in (4cad7a2, partway through
session 9): 45 of 100 sentences exact, claims precision 0.728, recall 0.557, F1 0.631; read
by the session's start (6b7973b): 44 of 100, F1 0.621. The general fixes it then prompted (an
appositive age "the 120-year-old bootmaker", a person's "45-year-old engineer", a window of
months, "a decade earlier", "store count", "population 8,620 (2020)" after a comma or a
";", "446 bridges, 90 hoods", "A." before an inline answer, an ordinal of the newest, "in
2019 L.L.Bean" read as litres) are tested with other sentences in
``test_registers9.py``. Rows still different are in :data:`GAPS` with what differs
(generated from the run; some are the table's judgment calls rather than gaps).
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims8")

GAPS = {
    'RED WING, Minn., Jan. 14, 2025 /PRNewswire/ -- Red Wing Shoe Company, the 120-year-old bootmaker, said Tuesday that the Iron Ranger will continue to be made exclusively in Minnesota.':
        "convention: the dateline's date (Jan. 14, 2025) is the release's own and anchors "
        "'120-year-old' (founding [1904.04, 1906.04]); the writer read it at the table's day",
    'OPERATOR: Next question, please. ANALYST: Roughly what share of your US volume is built domestically these days? CFO, NEW BALANCE: About a quarter — call it 25 per cent, give or take.':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'",
    'CFO (New Balance): Capex came to $41 million in the quarter, most of it for Londonderry. ANALYST: And total investment in your US plants since 2021? CFO: North of $150 million.':
        "gap: misses 'new-balance us-investment (150000000, inf)'",
    "ANALYST: Has the plant count target changed? CEO (New Balance): No — we'll be at five U.S. plants once Londonderry opens in early 2026; today it's four.":
        "gap: misses 'new-balance factories [4, 4]'; misses 'new-balance factories [5, 5] (unasserted)'; adds 'new-balance factories [5, 5] in usa'",
    'FAQ — Where are Bean Boots made? Every pair is handmade in Brunswick and Lewiston, Maine, as they have been for decades.':
        "gap: adds 'll-bean founding-year (-inf, 2005.91]'; adds 'll-bean-boot launch-year (-inf, 2005.91]'",
    'How old is Red Wing Shoes? The company was established in 1905, which makes it more than 120 years old.':
        "gap: misses 'red-wing founding-year (-inf, 1905.915)'",
    "What does 'Made in USA' mean at New Balance? We put the label on a shoe when domestic value makes up 70% or more of it, and such shoes are a limited share of our US sales.":
        "gap: adds 'new-balance made-in usa (unasserted)'; adds 'new-balance us-production-share [0.7, 1]'",
    "Pittsburgh (/ˈpɪtsbɜːrɡ/ PITS-burg) is a city in Allegheny County, Pennsylvania; with 302,971 residents as of 2020, it is the state's second-most populous city.":
        "gap: misses 'pittsburgh city-population [302971, 302971]'; adds 'allegheny-county city-population [302971, 302971]'",
    'Iron Rangers restocked! 🔔 Style 8085, Oxblood Mesa — crafted in the USA, sizes 8–13 D, ships in 1–2 days.':
        "gap: misses 'red-wing-iron-ranger made-in usa'",
    'Fresh Foam X Hierro v9 GTX — trail running shoe — Country of manufacture: Vietnam':
        "gap: misses 'nb-fresh-foam-hierro made-in vietnam'",
    'Product description: Built in Lawrence, Massachusetts since 1993, the 998 is a running shoe that pairs a suede upper with ABZORB cushioning.':
        "gap: misses 'nb-998 launch-year (-inf, 1994)'",
    "Why you'll love the Bean Boot: ✔ Stitched in Brunswick ✔ Waterproof rubber bottoms ✔ Resoleable":
        "gap: misses 'll-bean-boot made-in brunswick-me'",
    'BOSTON, March 3, 2025 /PRNewswire/ -- New Balance today announced a $65 million investment in a new factory in Londonderry, New Hampshire, its fifth in New England.':
        "gap: misses 'new-balance factories [5, 5] in new-england (unasserted)'; misses 'new-balance us-investment [65000000, 65000000] in londonderry-nh (unasserted)'; adds 'new-balance us-investment [6.5e+07, 6.5e+07] in londonderry-nh'",
    'NEW YORK, May 20, 2025 /PRNewswire/ -- Acme Outdoor Co. today announced it has acquired a 51% stake in a Portland, Maine, bootmaker founded in 1946.':
        "gap: adds 'portland-me city-founding-year [1946, 1947)'",
    'LAWRENCE, Mass., June 2, 2025 /PRNewswire/ -- New Balance today celebrated one million pairs of the 990 assembled at its Lawrence factory since 2015.':
        "gap: adds 'nb-990 launch-year (-inf, 2016)'; adds 'new-balance founding-year (-inf, 2016)'",
    'PITTSBURGH, Oct. 1, 2025 /PRNewswire/ -- The Carnegie Library of Pittsburgh will open its 20th location next spring, library officials said.':
        "gap: misses 'carnegie-library-pittsburgh library-locations [20, 20] (unasserted)'; adds 'carnegie-library-pittsburgh library-locations [20, 20]'",
    'Errata, p. 14: for "Red Wing was founded in 1915" read "Red Wing was founded in 1905".':
        "gap: misses 'red-wing founding-year [1905, 1906)'; misses 'red-wing founding-year [1915, 1916) (unasserted)'; adds 'red-wing founding-year [1915, 1916)'",
    'This article has been amended to remove a reference to New Balance\'s "seven US plants". The company operates four.':
        "gap: misses 'new-balance factories [4, 4]'; misses 'new-balance factories [7, 7] (unasserted)'; adds 'new-balance factories [7, 7] in usa'",
    "Clarification: Pittsburgh covers about 58 square miles; a graphic in Sunday's edition put the figure at 85 square miles.":
        "gap: misses 'pittsburgh city-area [85, 85] (unasserted)'",
    'Q: How many people work in your Maine plants? A: About 900, split between Norway and Skowhegan. (From our interview with a New Balance plant manager.)':
        "gap: misses 'new-balance factory-workers [810, 990] in maine'",
    "Q: Some readers think the 990 is made in China. A: It never has been; every 990 has come out of our New England factories since 1982, says New Balance's head of US manufacturing.":
        "gap: misses 'nb-990 made-in china (unasserted)'; misses 'nb-990 made-in china not'; misses 'nb-990 made-in new-england'; adds 'nb-990 made-in china'; adds 'nb-990 made-in usa'; adds 'new-balance founding-year (-inf, 1983)'",
    'Q: What share of your production stays in the US? A: Two-thirds, give or take; the rest is mostly Asia. (Red Wing CEO, interviewed by Footwear News)':
        "gap: misses 'red-wing us-production-share [0.6, 0.733]'",
    'HOST: So New Balance has four US factories now? GUEST: Four today, and a fifth in Londonderry from next year.':
        "gap: misses 'new-balance factories [4, 4]'; misses 'new-balance factories [5, 5] (unasserted)'",
    'Q: Is the 993 still assembled in Skowhegan? A: Yes, the 993 has been put together there since it was introduced in 2008.':
        "gap: misses 'nb-993 made-in skowhegan-me'",
    "New Balance's Flimby works in Cumbria, England, has turned out trainers since 1982 and employs c. 300 people.":
        "gap: misses 'new-balance factory-workers [270, 330] in uk'; misses 'new-balance made-in uk'; adds 'new-balance factory-workers [270, 330]'",
    "Red Wing, founded in 1905, is a family-owned firm; it has 'no intention whatsoever' of moving production to China, its chairman told the Financial Times.":
        "gap: misses 'red-wing made-in china not (unasserted)'; adds 'red-wing made-in china'",
    'LL Bean was making like 600k pairs of duck boots a year back in 2016 iirc':
        "gap: misses 'll-bean annual-pairs [540000, 660000]'; adds 'll-bean annual-pairs [600000, 600000]'",
    'Bean Boots: still handmade in Maine after 100+ yrs 🥾':
        "gap: misses 'll-bean-boot launch-year (-inf, 1925.915)'",
    'It is not the case that Red Wing makes most of its boots abroad; roughly two-thirds are made domestically.':
        "gap: misses 'red-wing us-production-share [0, 0.5) not'; misses 'red-wing us-production-share [0.6, 0.733]'; adds 'red-wing us-production-share [0.5, 1]'",
    'New Balance may or may not have a fifth US factory running by the end of 2026.':
        "gap: misses 'new-balance factories [5, 5] (unasserted)'",
    'Arguably, no brand has done more for US shoemaking than New Balance, which still assembles roughly one in four of its American-sold pairs at home.':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'",
    'Nobody disputes that Pittsburgh was incorporated in 1816; whether its founding should be dated to 1758 or 1754 is another matter.':
        "gap: misses 'pittsburgh city-founding-year [1754, 1755) (unasserted)'; misses 'pittsburgh city-founding-year [1758, 1759) (unasserted)'; adds 'pittsburgh city-founding-year [1758, 1759)'",
    'Were Red Wing to shift Iron Ranger production to Mexico, costs would fall; were it to move to Vietnam, they would fall further.':
        "gap: misses 'red-wing-iron-ranger made-in vietnam (unasserted)'",
    "New Balance's US plants: Lawrence (opened 1978), Methuen (2022), Norway, Maine, and Skowhegan — four in all, with a fifth due in Londonderry.":
        "gap: misses 'new-balance factories [4, 4]'; misses 'new-balance factories [5, 5] (unasserted)'",
    'The 990, the 992, the 993 and the 998: all running shoes, all built in New England.':
        "gap: misses 'nb-990 category running'; misses 'nb-990 made-in new-england'; misses 'nb-992 category running'; misses 'nb-992 made-in new-england'; misses 'nb-993 category running'; misses 'nb-993 made-in new-england'; misses 'nb-998 category running'; misses 'nb-998 made-in new-england'",
    "PHOTO: Workers stitch the uppers of Bean Boots at L.L.Bean's Brunswick plant, Oct. 12, 2024. (Portland Press Herald via Getty Images)":
        "gap: misses 'll-bean-boot made-in brunswick-me'",
    'Red Wing Shoes at 120: Still Made in Minnesota':
        "gap: misses 'red-wing founding-year [1904.915, 1906.915]'",
    'Exclusive: New Balance Weighs a Sixth U.S. Factory':
        "gap: misses 'new-balance factories [6, 6] (unasserted)'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims8(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
