"""A ninth blind table, of 100 sentences and their claims (``data/blind_claims9.jsonl``),
written in session 10 the same way as the earlier ones (``test_blind_claims2.py``), by a
helper who read neither the extractor nor any test but the older tables, and never ran
claimcheck, in registers the older tables lack: timeline entries and fragments, social-media
posts and threads, captions and pull quotes, obituaries and profiles, job postings, legal
and regulatory text, listicles and title-case headlines, comparisons of two or three
companies in one sentence, negation and scope, unusual number phrasings ("a hundred-odd",
"just shy of 120 years"), several claims in one sentence; 20 rows have no claim.

First run, read by the code of the moment it was handed in (f79eaf5, partway through
session 10): 45 of 100 sentences exact, claims precision 0.683, recall 0.538, F1 0.602; read
by the session's start (e8682da): the same. The general fix it then prompted, a list of
names before a list of as many years or places pairing them in order without
"respectively" ("New Balance, Red Wing and L.L.Bean were founded in 1906, 1905 and 1912"),
is tested with other sentences in ``test_registers10.py``; with it and the session's later
fixes the table stood at 48 of 100 exact, F1 0.650. Rows still different are in
:data:`GAPS` with what differs (generated from the run; some are the table's judgment calls
rather than gaps).
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims9")

GAPS = {
    'New Balance timeline, 1972: takeover by Jim and Anne Davis':
        "gap: misses 'new-balance acquisition-year [1972, 1973)'",
    '2011–2023 · Five New England plants: three in Maine, two in Massachusetts (New Balance)':
        "gap: misses 'new-balance factories [5, 5] in new-england'",
    "2022 — Methuen plant opens, New Balance's fifth in New England":
        "gap: misses 'new-balance factories [5, 5] in new-england'",
    'New Balance, 2024: down to four US factories after closing one in Maine.':
        "gap: misses 'new-balance factories [4, 4]'; adds 'new-balance factories [4, 4] in maine'",
    'Pittsburgh: 1758, named for William Pitt; 1816, incorporated as a city; 2020, 302,971 residents.':
        "gap: adds 'pittsburgh city-incorporation-year [2020, 2021)'",
    '1905 Red Wing Shoe Company formed in Red Wing, Minn.':
        "gap: misses 'red-wing founding-year [1905, 1906)'; misses 'red-wing founding-place red-wing-mn'",
    '3/5 NB: only ~1 in 4 pairs made stateside. 4 factories, ~1.2k ppl.':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'; misses 'new-balance factories [4, 4]'; misses 'new-balance factory-workers [1080, 1320]'",
    "4/5 @LLBean hasn't published a US-made % in years 🤷 Bean Boots tho? 100% Maine-made.":
        "gap: adds 'll-bean us-production-share [0.8, 0.8] (unasserted)'; adds 'll-bean-boot made-in usa not (unasserted)'; adds 'll-bean us-production-share [1, 1]'",
    'the 993 turning 17 this year while still being made in skowhegan is honestly iconic 🫶':
        "gap: misses 'nb-993 made-in skowhegan-me'; adds 'nb-993 made-in skowhegan-me (unasserted)'",
    'RT if your Iron Rangers are older than the 992 (released 2006) 👴🥾':
        "gap: misses 'nb-992 launch-year [2006, 2007)'; adds 'red-wing-iron-ranger launch-year [2006, 2007) (unasserted)'",
    "ngl @RedWingShoes store count being 'around 500' feels low?? there's one in every mall":
        "gap: misses 'red-wing retail-stores [450, 550] (unasserted)'",
    'Pull quote: “About one pair in four that we sell in this country, we make in this country.” — New Balance spokesperson':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'",
    '“We’ve never made a single Iron Ranger anywhere but Red Wing.” — Red Wing Shoe Company president, 2024':
        "gap: misses 'red-wing-iron-ranger made-in red-wing-mn'",
    "PULL QUOTE | 'Pittsburgh has more bridges than any city on Earth — 446 at last count.' — tour guide Denise Kraus":
        "gap: misses 'pittsburgh city-bridges [446, 446]'",
    "Now 58, Harlan Ostrowski has spent 33 of Red Wing's 120 years on its factory floor.":
        "gap: misses 'red-wing founding-year [1904.915, 1906.915]'",
    'He joined L.L.Bean in 1961, when the company was not yet fifty, and retired 38 years later as manager of its Brunswick boot plant.':
        "gap: misses 'll-bean founding-year [1912, inf)'",
    'Born in Boston in 1906 — the same year and city as New Balance — Arthur Lindqvist went on to cobble shoes for half a century.':
        "gap: misses 'new-balance founding-year [1906, 1907)'; misses 'new-balance founding-place boston'; adds 'new-balance founding-year [1974.91, 1976.91]'",
    "Paul Ouellette, 71, who ran L.L.Bean's rubber line in Lewiston for three decades, says Bean Boot bottoms have been made in the city since 1965.":
        "gap: adds 'll-bean founding-year [1994.91, 1996.91]'; adds 'll-bean-boot launch-year [1994.91, 1996.91]'; adds 'll-bean founding-year (-∞, 1966)'",
    'Join our team of 900 associates in Norway and Skowhegan — New Balance Maine is hiring stitchers for every shift.':
        "gap: misses 'new-balance factory-workers [900, 900] in maine'; adds 'new-balance factory-workers [900, 900] (unasserted)'",
    'Now hiring: Production Associate, 2nd shift, $19.75/hr + $1,500 sign-on bonus — L.L.Bean, Brunswick, ME (Bean Boot plant)':
        "gap: adds 'll-bean-boot made-in brunswick-me'",
    'Red Wing Shoe Company: 120 years in Red Wing, Minnesota. Join the 1,000-plus employees at our hometown factories.':
        "gap: misses 'red-wing founding-year [1904.915, 1906.915]'; misses 'red-wing factory-workers (1000, inf) in red-wing-mn'; adds 'red-wing factory-workers (1000, ∞) (unasserted)'",
    'Apprenticeship (12 months, paid): learn to build the 990 in Lawrence, Massachusetts, where it has been built since 1982.':
        "gap: misses 'nb-990 launch-year (-inf, 1983)'",
    "Why New Balance? We've made shoes in New England since before your grandparents were born, and roughly 1,300 people build them here today.":
        "gap: misses 'new-balance factory-workers [1170, 1430] in new-england'; adds 'new-balance factory-workers [1170, 1430]'",
    "The tongue label of the 990v6 reads: 'Made in USA of US and imported materials.'":
        "gap: misses 'nb-990 made-in usa (unasserted)'",
    'Under the settlement, L.L.Bean will pay $1.2 million without admitting that any Bean Boot was made outside Maine.':
        "gap: adds 'll-bean-boot made-in maine (unasserted)'",
    "Complaint ¶ 18: New Balance advertised the 993 as 'Proudly Made in the USA' while sourcing 35% of its components abroad.":
        "gap: misses 'nb-993 made-in usa (unasserted)'; adds 'nb-993 made-in usa'",
    'The 3 New Balance Models Still Made in Maine':
        "gap: misses 'new-balance made-in maine'",
    '3. The Hierro Is Made in Asia — Not Maine':
        "gap: misses 'nb-fresh-foam-hierro made-in maine not'",
    'New Balance, Red Wing and L.L.Bean were founded in 1906, 1905 and 1912 — in Boston, Red Wing and Freeport.':
        "gap: misses 'new-balance founding-place boston'; misses 'red-wing founding-place red-wing-mn'; misses 'll-bean founding-place freeport-me'",
    'Red Wing employs more factory workers in Minnesota than L.L.Bean does in Maine — roughly 1,000 against 800.':
        "gap: misses 'red-wing factory-workers [900, 1100] in minnesota'; misses 'll-bean factory-workers [800, 800] in maine'",
    "New Balance says it makes about a quarter of its US-sold shoes domestically; Red Wing claims roughly two-thirds; L.L.Bean won't say.":
        "gap: misses 'red-wing us-production-share [0.6, 0.733] (unasserted)'",
    "Red Wing's Iron Ranger and L.L.Bean's Bean Boot are both made in the USA; New Balance's Hierro is not.":
        "gap: misses 'nb-fresh-foam-hierro made-in usa not'",
    'New Balance turns out some 4 million US-made pairs a year — more than L.L.Bean and Red Wing combined.':
        "gap: misses 'new-balance annual-pairs [3600000, 4400000]'",
    'New Balance plans a fifth US plant for 2026; L.L.Bean and Red Wing have announced none.':
        "gap: misses 'new-balance factories [5, 5] (unasserted)'",
    'Not all 990s come from the same factory, but none of them is made outside New England.':
        "gap: misses 'nb-990 made-in new-england'",
    'Lawrence is no longer the only Massachusetts town where New Balance builds shoes.':
        "gap: misses 'new-balance made-in lawrence-ma'; adds 'new-balance made-in massachusetts not'",
    "New Balance doesn't make most of its shoes in America — but it doesn't make none, either.":
        "gap: misses 'new-balance us-production-share (0.5, 1] not'; misses 'new-balance us-production-share [0, 0] not'; adds 'new-balance us-production-share [0, 0.5]'",
    "It's not that New Balance makes few shoes in the US — it makes about 4 million pairs a year here — it's that it sells so many more.":
        "gap: adds 'new-balance us-production-share [0.5, 1]'",
    "L.L.Bean's hundred-odd years in Freeport show in every creaky floorboard of the flagship.":
        "gap: misses 'll-bean founding-year (-inf, 1925.915)'",
    'The Iron Ranger has been a Red Wing staple for the better part of a century.':
        "gap: misses 'red-wing-iron-ranger launch-year (1925.915, 1975.915)'",
    'New Balance, just shy of 120 years old, still keeps its head office in Boston.':
        "gap: misses 'new-balance founding-year (1905.915, inf)'; adds 'new-balance founding-year [1893.91, 1917.91]'",
    "The 2020 count put Pittsburgh's population a shade over 300,000, and the city still spans 58-odd square miles.":
        "gap: misses 'pittsburgh city-population (300000, inf)'; misses 'pittsburgh city-area (58, inf)'; adds 'pittsburgh city-area [52.2, 63.8]'",
    'New Balance now makes a quarter-million pairs a year more than it did in 2015.':
        "gap: adds 'new-balance annual-pairs [250000, 250000]'",
    "Pittsburgh's official neighborhoods number fourscore and ten.":
        "gap: misses 'pittsburgh city-neighborhoods [90, 90]'",
    'Boston-founded New Balance, owned by the Davis family since 1972, employs around 1,250 people across four American factories.':
        "gap: adds 'new-balance founding-year (-∞, 1973)'",
    'L.L.Bean, which started out in Freeport, makes its boots in two Maine factories.':
        "gap: misses 'll-bean made-in maine'",
    'Red Wing Shoes, 120 years old this year, still makes its Iron Rangers in its birthplace of Red Wing, Minn.':
        "gap: misses 'red-wing founding-year [1905, 1906)'; misses 'red-wing-iron-ranger made-in red-wing-mn'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims9(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
