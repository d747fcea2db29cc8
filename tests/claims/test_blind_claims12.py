"""A twelfth blind table, of 100 rows and their claims (``data/blind_claims12.jsonl``),
written in session 12 the same way as the earlier ones (``test_blind_claims2.py``), by a
helper who read neither the extractor nor any test but the older tables and the notation
of ``test_extraction.py``, and never ran claimcheck, in registers the older tables lack:
social posts and threads, forum replies quoting each other ("> ..."), product Q&A, job
adverts and careers pages, obituaries and anniversary pieces, listicles and footnotes,
number formats ("1 250", "4m", "c.4m", "≈", "¼"), dates ("FY24", "the mid-2000s", "the turn
of the last century"), hedges and corrections, changes and comparisons, exceptions and
negation scope ("all but two", "except the 574"), coreference across two or three
sentences, and product-name variants; 20 rows have no claim. Four rows carry front matter
with a date.

First run, read by the code of the moment it was handed in (partway through session 12):
43 of 100 rows exact, claims precision 0.676, recall 0.487, F1 0.566; read by the
session's start (1dacdf5): 42 exact, F1 0.558. The general fixes it prompted (space-grouped
thousands and "4m pairs"; "c.8,000"; a blockquote opening a reply or under "Quote from:",
"Re:"; "Happy 40th", "marks its 100th anniversary"; "for a quarter-century" of a person's
work; "since 2021" after money put in; a denial's exception; "isn't made only in"; a daily
rate "five days a week"; "the 990's been"; a bracketed aside's "not") are tested with other
sentences in ``test_registers12.py``; after them, and after the session's other fixes and its
cold review, the table stood at 57 of 100 exact, F1 0.679. Rows still different are in
:data:`GAPS` with what differs (generated from the run; three are conventions, marked so).
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims12")

GAPS = {
    '2/5 The made-in-USA lineup: 990v6, 992, 993, 998. All assembled in Maine or Massachusetts. The Hierro? Made in Vietnam. #NewBalance #MadeInUSA':
        "gap: misses 'nb-990 made-in usa'; misses 'nb-992 made-in usa'; misses 'nb-993 made-in usa'; misses 'nb-998 made-in usa'; misses 'nb-fresh-foam-hierro made-in vietnam'",
    "3/5 Factories, per NB: Norway + Skowhegan (ME), Lawrence + Methuen (MA). That's 4 — with a 5th coming to Londonderry NH in 2026 🏭":
        "gap: misses 'new-balance factories [4, 4]'; misses 'new-balance factories [5, 5] (unasserted)'",
    "---\ndate: 2025-03-10\n---\n\n4/5 Fun stat: NB's US plants turn out ~4m pairs a year with ≈1 250 workers. Not bad for a 119-year-old brand 👟":
        "gap: misses 'new-balance founding-year [1905.186, 1907.186]'",
    "Replying to @bootguy_mn: Yep, every Iron Ranger is still made in Red Wing, MN, the town we've called home since 1905. ^JT, Red Wing Shoes":
        "gap: misses 'red-wing founding-year (-inf, 1906)'; adds 'red-wing-iron-ranger launch-year (-∞, 1906)'",
    'New Balance posted: "Proudly American-made since 1906." Sure — from a brand that builds maybe 25% of its shoes here 🙃':
        "gap: misses 'new-balance made-in usa (unasserted)'; misses 'new-balance founding-year (-inf, 1907) (unasserted)'; misses 'new-balance us-production-share [0.2, 0.3]'; adds 'new-balance made-in usa'; adds 'new-balance founding-year (-∞, 1907)'",
    "bootnerd wrote:\n> Red Wing makes about two-thirds of its boots in Minnesota\n\nThat was true in 2015. Last I heard it's closer to 60 percent now.":
        "gap: misses 'red-wing us-production-share [0.52, 0.68]'",
    "Re: Are Bean Boots still made in Maine?\n\n> They moved production to China years ago.\n\nNo they didn't. L.L.Bean still makes every Bean Boot in Brunswick and Lewiston.":
        "gap: misses 'll-bean-boot made-in china not'",
    "> Pittsburgh has like 700 bridges\n\nIt's 446. The 700-ish number is city steps, not bridges.":
        "gap: misses 'pittsburgh city-bridges [630, 770] (unasserted)'; misses 'pittsburgh city-bridges [446, 446]'; misses 'pittsburgh public-stairways [630, 770]'; misses 'pittsburgh city-bridges [630, 770] not'; adds 'pittsburgh city-bridges [700, 700] (unasserted)'",
    "Q: Where's the Iron Ranger made? I've seen listings that say China.\nA (Red Wing Shoes): Every Iron Ranger is made in Red Wing, Minnesota. Listings that say otherwise are counterfeits.":
        "gap: adds 'red-wing-iron-ranger made-in china'",
    'Careers | New Balance Maine\nJoin the 500+ associates who craft the 990 and 993 at our Norway and Skowhegan factories. Competitive pay, full benefits, paid training.':
        "gap: misses 'new-balance factory-workers (500, inf) in maine'; adds 'new-balance factory-workers (500, ∞) in skowhegan-me'",
    "I'm thrilled to share that I've started a new position as Operations Lead at New Balance's Methuen, MA plant! 🎉 Proud to help build the 990 here alongside 220 amazing associates. #MadeInUSA #manufacturing":
        "gap: misses 'nb-990 made-in methuen-ma'; misses 'new-balance factory-workers [220, 220] in methuen-ma'",
    'After 25 years, today is my last day at New Balance. When I started on the Skowhegan line, NB ran five New England plants; today it runs four, and our team still makes the 993 right here in Maine. 🙏 #grateful':
        "gap: misses 'new-balance factories [4, 4] in new-england'",
    "---\ndate: 2019-06-15\n---\n\nWhy build your career at Red Wing? For 114 years we've crafted boots in Red Wing, Minnesota — and our Iron Rangers are still stitched by hand just down the hall from the corporate offices.":
        "gap: misses 'red-wing founding-year [1904.452, 1906.452]'; misses 'red-wing made-in red-wing-mn'; adds 'red-wing-iron-ranger made-in red-wing-mn'; adds 'red-wing-iron-ranger launch-year [1904.45, 1906.45]'",
    'Seasonal Retail Associate — L.L.Bean Flagship, Freeport, ME. Join a company that has called Freeport home since 1912 and still employs 5 000 people statewide.':
        "gap: misses 'll-bean founding-year (-inf, 1913)'; misses 'll-bean factory-workers [5000, 5000] in maine'",
    "---\ndate: 2022-09-01\n---\n\nHappy 40th, 990! Launched in 1982 at a then-shocking $100, New Balance's flagship runner has been built in New England ever since.":
        "gap: misses 'nb-990 category running'; misses 'nb-990 made-in new-england'",
    'Her grandfather, a Boston cobbler, worked briefly for New Balance, which had been founded in the early 1900s as a maker of arch supports.':
        "convention: 'the early 1900s' is read as the decade 1900-1909 (the writer took the first three decades, [1900, 1930))",
    '4. L.L.Bean Boot — made in Maine since 1912; about 600k pairs a year at its peak':
        "gap: misses 'll-bean annual-pairs [540000, 660000]'",
    "New Balance's US factory workforce: 1,250*\n\n*Approximate; company figure as of FY24.":
        "gap: misses 'new-balance factory-workers [1125, 1375]'",
    'Three-quarters of the shoes New Balance sells in America — ¾, give or take — are made in Asian factories.':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'; adds 'new-balance us-production-share [0.25, 0.25]'",
    'L.L.Bean made 0.45 mn pairs of Bean Boots in 2014 and 0.6 mn in 2016.':
        "gap: misses 'll-bean annual-pairs [600000, 600000]'",
    "Skowhegan (pop. ~8.6k) hosts the NB plant where about 400 people — roughly ⅓ of the company's US workforce — build 990s.":
        "gap: misses 'skowhegan-me city-population [7740, 9460]'; misses 'new-balance factory-workers [360, 440] in skowhegan-me'; misses 'nb-990 made-in skowhegan-me'; adds 'new-balance us-production-share [0.266667, 0.4]'; adds 'nb-990 made-in usa'; adds 'new-balance factory-workers [360, 440]'",
    'Spec sheet — 992 | Category: running | Launch: 2006-09 | Assembly: Skowhegan, Maine':
        "gap: misses 'nb-992 category running'; misses 'nb-992 made-in skowhegan-me'",
    'New Balance unveiled the 992 in the mid-2000s as the successor to the 991.':
        "convention: 'the mid-2000s' is read as the whole decade, [2000, 2010) (the writer narrowed it to [2004, 2007))",
    'Red Wing got its start around the turn of the last century, in a river town on the Mississippi.':
        "gap: misses 'red-wing founding-year [1895, 1906)'",
    'L.L.Bean was incorporated in Feb. 1934, but the company dates its founding to 1912.':
        "convention: 'incorporate' is a cue of the shipped founding-year, so the incorporation's year is read as a founding claim too (the writer kept only the 1912 founding)",
    'L.L.Bean reportedly plans to open a third boot plant in Maine, sources say.':
        "gap: misses 'll-bean factories [3, 3] (unasserted)'",
    "It is claimed that the Iron Ranger was introduced in 1952, though Red Wing's own archivists say it debuted in 1957.":
        "gap: misses 'red-wing-iron-ranger launch-year [1957, 1958)'",
    "New Balance's US factory headcount is 1,250 — or 2,500, if you believe a widely shared infographic.":
        "gap: misses 'new-balance factory-workers [2500, 2500] (unasserted)'",
    'The Hierro, which this review originally said was made in Maine (it is not; it is made in Vietnam), remains my favourite trail runner.':
        "gap: misses 'nb-fresh-foam-hierro made-in maine (unasserted)'; misses 'nb-fresh-foam-hierro made-in maine not'; adds 'nb-fresh-foam-hierro made-in maine'",
    'Production of the 998 is allegedly moving from Lawrence to Methuen, per a post on an NB fan forum.':
        "gap: misses 'nb-998 made-in methuen-ma (unasserted)'; misses 'nb-998 made-in lawrence-ma not (unasserted)'; adds 'nb-998 made-in methuen-ma'",
    'Red Wing makes a larger share of its boots in the US than New Balance does — about 60% versus about 25%.':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'",
    "New Balance's US output has grown by a million pairs since 2015, to roughly 4.2 million a year.":
        "gap: misses 'new-balance annual-pairs [3780000, 4620000]'; adds 'new-balance annual-pairs [1e+06, 1e+06]'",
    "All but two of New Balance's five New England plants were in Maine, and none of them was in Boston.":
        "gap: misses 'new-balance factories [0, 0] in boston'",
    'Every New Balance model in this guide except the 574 is made in the USA: the 990, the 992, the 993 and the 998.':
        "gap: misses 'nb-990 made-in usa'; misses 'nb-992 made-in usa'; misses 'nb-993 made-in usa'; misses 'nb-998 made-in usa'; adds 'new-balance us-production-share [1, 1]'",
    "The 993 isn't made only in Skowhegan — some pairs are assembled in Norway, Maine, too.":
        "gap: misses 'nb-993 made-in norway-me'",
    "It's not that the 998 isn't made in the US — it is — but its laces come from overseas.":
        "gap: misses 'nb-998 made-in usa'; adds 'nb-998 made-in usa not'",
    "Neither New Balance's Lawrence plant nor its Methuen one makes the Hierro, which is built in Asia.":
        "gap: misses 'nb-fresh-foam-hierro made-in lawrence-ma not'",
    'Red Wing Shoe Company started out in 1905. Its best-known boot is the Iron Ranger. The company still builds it in Red Wing, Minnesota.':
        "gap: misses 'red-wing-iron-ranger made-in red-wing-mn'; adds 'red-wing made-in red-wing-mn'",
    "New Balance doesn't publish many numbers. It does say, though, that its four American plants employ about 1,250 people. Those workers turn out roughly 4 million pairs a year.":
        "gap: misses 'new-balance annual-pairs [3600000, 4400000]'",
    "The Hierro is New Balance's most rugged trail shoe. Unlike the brand's 990, it isn't made in the US. Most pairs come from Vietnam.":
        "gap: misses 'nb-990 made-in usa'; misses 'nb-fresh-foam-hierro made-in usa not'; adds 'new-balance made-in usa not'",
    'L.L.Bean was founded in Freeport. A century later its boot business had outgrown the town, and today the boots are made 25 miles away in Brunswick.':
        "gap: misses 'll-bean made-in brunswick-me'",
    'Jim and Anne Davis bought a small Boston company in 1972. They kept its name: New Balance. Fifty-three years on, the firm makes about a quarter of its US-sold shoes domestically.':
        "gap: misses 'new-balance acquisition-year [1972, 1973)'",
    "The Carnegie Library of Pittsburgh was established in 1895. Today it has 19 locations. Most of them sit in the city's 90 official neighborhoods.":
        "gap: misses 'pittsburgh city-neighborhoods [90, 90]'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims12(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
