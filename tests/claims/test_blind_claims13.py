"""A thirteenth blind table, of 100 rows and their claims (``data/blind_claims13.jsonl``),
written in session 13 the same way as the earlier ones (``test_blind_claims2.py``), by a
helper who read neither the extractor nor any test but the older tables and the notation
of ``test_extraction.py``, and never ran claimcheck, in registers the older tables lack:
annual-report and risk-factor prose ("the Company", "As of December 31, 2024"),
encyclopedia prose with footnote marks, interview and podcast transcripts with speaker
labels and timestamps, British spelling and formats ("per cent", "1,250-strong", "c.
1906", "As at 1 April 2020"), numeric dates ("03/1982", "Q3 2021"), headline-ese ("NB to
open 6th US plant", "Bean Boot output tops 600K"), "respectively" lists, comparisons
between companies ("four years before L.L.Bean"), claims in brackets and after
semicolons, changes against levels ("rose 4% to 1,150"), hearsay and conditionals,
captions and alt text, tables drawn with pipes, and long sentences with several subjects;
20 rows have no claim.

First run, read by the code of the moment it was handed in (early in session 13): 51 of
100 rows exact, claims precision 0.677, recall 0.503, F1 0.577; read by the session's start
(2f233c4): the same. The general fixes it prompted (names set aside after "before"/"after"
and before a relative clause; "the 990 in Lawrence and the 993 in Skowhegan"; ", Red Wing
builds ..." and ", and Pittsburgh now has ..." as clauses; "home to dozens of
shoemakers"; "It" about a place; plan verbs; "since" after an investment noun; "rose 4% to
1,150"; categories in rank; "both", "neither"; tables drawn with pipes; "is down from", ",
against"; "As at"; ", the blog claimed"; "Made-in-USA 990"; "1,250-strong") are tested with
other sentences in ``test_registers13.py``; after them, and after the session's cold review,
the table stood at 64 of 100 exact, F1 0.761. Rows still different are in :data:`GAPS` with
what differs (generated from the run; one is a convention, marked so).
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims13")

GAPS = {
    'New Balance — 2024 Annual Report — Human Capital\n\nAs of December 31, 2024, the Company had approximately 9,000 employees worldwide, of whom approximately 1,250 were employed at our U.S. manufacturing facilities.':
        "gap: misses 'new-balance factory-workers [1125, 1375]'",
    'Red Wing Shoe Company — Risk Factors\n\nIf we are unable to attract and retain skilled labor at our Minnesota factories, which employed approximately 1,100 people at fiscal year-end, our ability to meet demand for our Heritage boots could be impaired.':
        "gap: misses 'red-wing factory-workers [990, 1210] in minnesota'; adds 'red-wing factory-workers [990, 1210] (unasserted)'",
    'During fiscal 2024, New Balance invested approximately $52 million in its U.S. manufacturing facilities, bringing its total investment in those facilities since 2021 to approximately $155 million.':
        "gap: misses 'new-balance us-investment [139500000, 170500000]'",
    'Red Wing Shoe Company — Annual Report to Associates, Fiscal 2023\n\nOur Heritage footwear, including the Iron Ranger, is manufactured at our two factories in Red Wing, Minnesota (the "Red Wing Facilities"), where we produced approximately 1.0 million pairs in fiscal 2023.':
        "gap: misses 'red-wing made-in red-wing-mn'; misses 'red-wing annual-pairs [900000, 1100000] in red-wing-mn'; adds 'red-wing founding-year [2023, 2024)'; adds 'red-wing annual-pairs [900000, 1.1e+06]'",
    'New Balance — 2025 Annual Review — Outlook\n\nWe expect our Londonderry, New Hampshire facility to begin production in the first half of 2026, at which point we will operate five U.S. manufacturing facilities.':
        "gap: misses 'new-balance made-in londonderry-nh (unasserted)'; adds 'new-balance made-in usa'",
    'L.L.Bean, Inc. is an American privately held retailer founded in 1912 by Leon Leonwood Bean.[1] Its headquarters and flagship store are in Freeport, Maine (pop. 8,737 as of 2020).[2]':
        "gap: misses 'freeport-me city-population [8737, 8737]'",
    "Q: How many pairs do New Balance's American factories make in a year?\nA: Roughly four million. We'd like that number to be higher.":
        "gap: adds 'new-balance made-in usa (unasserted)'",
    "[00:41:02] HOST: How big is the Skowhegan team these days?\n[00:41:05] GUEST (New Balance plant manager): We're at about 450 associates, up from 380 when I started in 2015.":
        "gap: misses 'new-balance factory-workers [405, 495] in skowhegan-me'; misses 'new-balance factory-workers [380, 380] in skowhegan-me'",
    "REPORTER: So that's five plants in New England?\nCEO, NEW BALANCE: Four, today. Five once Londonderry opens next year.":
        "gap: misses 'new-balance factories [5, 5] in new-england (unasserted)'; misses 'new-balance factories [4, 4] in new-england'",
    'CALLER: My dad always said L.L.Bean started out in Portland.\nHOST: Nope. Freeport, 1912. Look it up.':
        "gap: misses 'll-bean founding-place portland-me (unasserted)'; misses 'll-bean founding-place freeport-me'; misses 'll-bean founding-year [1912, 1913)'; adds 'll-bean founding-place portland-me'",
    'Q: Where is the Fresh Foam Hierro made?\nA (New Balance spokesperson): Not in the US. We make it in Vietnam and Indonesia.':
        "gap: misses 'nb-fresh-foam-hierro made-in usa not'; adds 'new-balance made-in usa not'",
    'New Balance — founded c. 1906 in Boston as an arch-support maker — was acquired by the Davis family in 1972 and was still making most of its trainers in New England until the 1990s.':
        "gap: adds 'new-balance made-in new-england'",
    "The 990 and 992 are made in the USA; the 991 and 1500 are made in England, at the firm's Flimby works in Cumbria.":
        "convention: the firm's Flimby works make shoes in England, so New Balance makes some there (the writer read the unknown models as no claim of the firm's)",
    "As at 1 April 2020, some 23 per cent of Pittsburgh's residents were Black, against 26.1 per cent at the 2010 census.":
        "gap: misses 'pittsburgh black-population-share [0.261, 0.261]'; adds 'pittsburgh black-population-share [0.261, 0.261] (unasserted)'",
    "L.L.Bean's 4,500-strong Maine workforce, several hundred of whom hand-stitch Bean Boots in Brunswick, has grown by a tenth since 2014.":
        "gap: misses 'll-bean-boot made-in brunswick-me'",
    'Pittsburgh — a city of c. 300,000 souls spread over 58 square miles — counts 90 official neighbourhoods and 446 bridges at the last tally.':
        "gap: misses 'pittsburgh city-area [58, 58]'",
    'Launch dates (MM/YYYY): 990 — 03/1982; 998 — 09/1994; 993 — 10/2008.':
        "gap: misses 'nb-990 launch-year [1982, 1983)'; misses 'nb-998 launch-year [1994, 1995)'; misses 'nb-993 launch-year [2008, 2009)'",
    'NB to open 6th US plant':
        "gap: misses 'new-balance factories [6, 6] (unasserted)'",
    'Bean Boot output tops 600K':
        "gap: misses 'll-bean annual-pairs (600000, inf)'",
    'Red Wing, 120, Weighs Asia Production Move for Iron Ranger':
        "gap: misses 'red-wing founding-year [1904.915, 1906.915]'",
    'Pittsburgh pop. dips under 300K — Census':
        "gap: misses 'pittsburgh city-population [0, 300000)'",
    "New Balance's Norway, Maine, and Lawrence plants employ 350 and 600 associates, respectively, while its Skowhegan plant employs roughly 400.":
        "gap: misses 'new-balance factory-workers [350, 350] in norway-me'; misses 'new-balance factory-workers [360, 440] in skowhegan-me'",
    'Bean Boots are still stitched in Maine (in Brunswick, mostly); the rubber bottoms come from Lewiston.':
        "gap: misses 'll-bean-boot made-in brunswick-me'",
    'New Balance (which makes the 990 in Skowhegan and the 992 in Lawrence) is privately held; its owners bought it in 1972.':
        "gap: misses 'new-balance acquisition-year [1972, 1973)'",
    "L.L.Bean's Bean Boot output jumped by a third in 2016, from 450,000 pairs to 600,000.":
        "gap: misses 'll-bean annual-pairs [600000, 600000]'; misses 'll-bean annual-pairs [450000, 450000] (unasserted)'",
    "A third of Pittsburgh's residents are Black, the blog claimed; the 2020 census says 23%.":
        "gap: misses 'pittsburgh black-population-share [0.333, 0.333] (unasserted)'; misses 'pittsburgh black-population-share [0.23, 0.23]'; adds 'pittsburgh black-population-share [0.333333, 0.333333]'",
    'According to industry gossip, L.L.Bean now makes well over a million Bean Boots a year.':
        "gap: misses 'll-bean annual-pairs (1000000, inf) (unasserted)'",
    'Red Wing will open its 600th store next spring.':
        "gap: misses 'red-wing retail-stores [600, 600] (unasserted)'",
    'Had Red Wing stayed a small Minnesota bootmaker, it would never have opened more than 500 stores.':
        "gap: misses 'red-wing retail-stores (500, inf) not (unasserted)'; adds 'red-wing retail-stores (500, ∞) (unasserted)'",
    'Alt text: Two New Balance associates stitch 990 uppers on the line in Lawrence, Massachusetts.':
        "gap: misses 'nb-990 made-in lawrence-ma'; adds 'new-balance factory-workers [2, 2] in lawrence-ma'",
    'New Balance — U.S. manufacturing (pairs in thousands)\n                 Fiscal 2024   Fiscal 2023\nPairs produced         4,012         3,874':
        "gap: misses 'new-balance annual-pairs [4012000, 4012000]'; misses 'new-balance annual-pairs [3874000, 3874000]'; adds 'new-balance annual-pairs [2023, 2023]'",
    'While New Balance still assembles the 990 in Lawrence and the 993 in Skowhegan, L.L.Bean stitches every Bean Boot in Brunswick, Red Wing builds the Iron Ranger in Red Wing, Minnesota, and Pittsburgh, once home to dozens of shoemakers, now counts just 302,971 residents.':
        "gap: misses 'll-bean-boot made-in brunswick-me'; misses 'red-wing-iron-ranger made-in red-wing-mn'",
    'Founded in 1905, Red Wing is seven years older than L.L.Bean (1912) and a year older than New Balance, which Jim and Anne Davis bought in 1972 and which today employs about 1,250 people in four US factories.':
        "gap: misses 'll-bean founding-year [1912, 1913)'",
    'The Carnegie Library of Pittsburgh, established in 1895, now runs 19 locations across Pittsburgh, a city of 90 neighborhoods and 446 bridges that was incorporated in 1816 and named in 1758.':
        "gap: misses 'carnegie-library-pittsburgh library-locations [19, 19]'; misses 'pittsburgh city-neighborhoods [90, 90]'; misses 'pittsburgh city-bridges [446, 446]'; misses 'pittsburgh city-incorporation-year [1816, 1817)'; misses 'pittsburgh city-founding-year [1758, 1759)'; adds 'carnegie-library-pittsburgh founding-year [1816, 1817)'; adds 'carnegie-library-pittsburgh library-locations [19, 19] in pittsburgh'",
    'New Balance makes about a quarter of its US-sold shoes domestically, Red Wing roughly two-thirds of its boots, and L.L.Bean, apart from the Bean Boot (made in Maine since 1912), less than a tenth of its goods.':
        "gap: misses 'red-wing us-production-share [0.6, 0.733]'; misses 'll-bean us-production-share [0, 0.1)'; misses 'll-bean-boot made-in maine'; adds 'red-wing us-production-share [0.2, 0.3]'; adds 'll-bean us-production-share [0.2, 0.3]'; adds 'll-bean-boot made-in usa'; adds 'new-balance founding-year (-∞, 1913)'; adds 'red-wing founding-year (-∞, 1913)'; adds 'll-bean founding-year (-∞, 1913)'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims13(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
