"""An eleventh blind table, of 100 sentences and their claims (``data/blind_claims11.jsonl``),
written in session 11 the same way as the earlier ones (``test_blind_claims2.py``), by a
helper who read neither the extractor nor any test but the older tables and the notation
of ``test_extraction.py``, and never ran claimcheck, in registers the older tables lack:
press releases with "About" boilerplate and forward-looking statements, earnings calls,
headlines in headline-ese, infoboxes flattened to prose, regulatory and court language,
reported speech, relative dates, tense and aspect, comparisons between subjects, odd
number forms, rhetorical questions and conditionals, long sentences with parentheses; 20
rows have no claim. Four rows carry front matter with a date, which anchors their relative
dates.

First run, read by the code of the moment it was handed in (f267736, partway through
session 11): 43 of 100 sentences exact, claims precision 0.722, recall 0.601, F1 0.656;
read by the session's start (0466f70): the same, row for row. The general fixes it then
prompted (a news dateline's place and date; "the best boots in America"; "600 apiece";
"(2020 census)"; a headline's ordinal, "Opens 500th Store"; "it was introduced by
L.L.Bean"; an infobox's "Label: value" sentences; ", and the 990 has been built ..." as a
clause of its own; "denies that", "does not dispute that"; "expectation of") are tested
with other sentences in ``test_registers11.py``; after them, and after the session's
other fixes and its cold reviews, the table stood at 52 of 100 exact, F1 0.723; after
session 12's ("Headcount at its factories stood at", "found that", "built in Red Wing"), 54,
F1 0.744. Rows
still different are in :data:`GAPS`
with what differs (generated from the run; some are the table's judgment calls rather
than gaps: an infobox's "Number of employees: c. 8,000" is read as the shipped
factory-workers count, which the writer left out).
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims11")

GAPS = {
    'Pittsburgh was named in 1758 and incorporated as a city 58 years later.':
        "convention: 'N years later' after a named year is that year plus N (1816), which "
        "the writer left out by blind_claims2's decision, 'although it would be right'",
    'About Red Wing Shoe Company: Headquartered in Red Wing, Minn., since its founding in 1905, Red Wing makes work boots in its own factories and sells them through more than 500 Red Wing stores worldwide.':
        "gap: misses 'red-wing founding-place red-wing-mn'; misses 'red-wing retail-stores (500, inf)'; adds 'red-wing retail-stores (500, ∞) in red-wing-mn'",
    'PITTSBURGH, April 3, 2025 /PRNewswire/ -- The Carnegie Library of Pittsburgh, which was founded 130 years ago this year, today reopened its Hazelwood location, one of its 19.':
        "gap: misses 'carnegie-library-pittsburgh founding-year [1895, 1896)'; misses 'carnegie-library-pittsburgh library-locations [19, 19]'; adds 'carnegie-library-pittsburgh founding-year [1894.25, 1896.25]'",
    "We shipped a little over 4 million U.S.-made pairs in fiscal 2024, up 6% year over year, New Balance's chief financial officer told analysts.":
        "gap: misses 'new-balance annual-pairs (4000000, inf)'",
    'CFO (New Balance): Headcount at our four U.S. factories ended the fiscal year at 1,262, versus 1,198 a year earlier.':
        "convention: an earlier value dated only by 'a year earlier' is kept unasserted (no "
        "year says when it held); the writer asserts it",
    'ANALYST: Is 25% still the right number for your US-made share? CFO (New Balance): Roughly, yes — call it a quarter.':
        "gap: misses 'new-balance us-production-share [0.25, 0.25] (unasserted)'; misses 'new-balance us-production-share [0.2, 0.3]'",
    'Red Wing, 120, Still Stitching Iron Rangers in Minnesota':
        "gap: misses 'red-wing founding-year [1904.915, 1906.915]'",
    'Exclusive: Red Wing Weighs Moving Iron Ranger Production Out of Minnesota':
        "gap: misses 'red-wing-iron-ranger made-in minnesota not (unasserted)'; adds 'red-wing-iron-ranger made-in minnesota (unasserted)'",
    'New Balance at 119: Once Made Every Pair in Boston, Now Builds a Quarter in New England':
        "gap: misses 'new-balance founding-year [1905.915, 1907.915]'; misses 'new-balance us-production-share [1, 1]'",
    'New Balance — Founded: 1906; Founder: William J. Riley; Headquarters: Boston, Massachusetts; Number of employees: c. 8,000 (2023)':
        "gap: adds 'new-balance factory-workers [7200, 8800]'",
    'Pittsburgh — Settled: 1758 · Incorporated (borough): 1794 · Incorporated (city): 1816 · Area: 58.35 sq mi · Population (2020): 302,971 · Density: 5,500/sq mi':
        "gap: adds 'pittsburgh city-incorporation-year [1794, 1795)'",
    'Brunswick is a town in Cumberland County, Maine, with 21,756 residents as of 2020; Bean Boots have been stitched there since the 1990s.':
        "gap: misses 'll-bean-boot made-in brunswick-me'; misses 'll-bean-boot launch-year (-inf, 2000)'; adds 'll-bean-boot made-in maine'",
    'The Iron Range, for which the Iron Ranger boot is named, is a mining district in northern Minnesota that has produced ore since the 1880s.':
        "gap: adds 'red-wing-iron-ranger made-in minnesota'",
    'New Balance should not be confused with New Balance Arch, a Boston podiatry practice founded in 1921.':
        "gap: adds 'new-balance founding-place boston'; adds 'new-balance founding-year [1921, 1922)'",
    "The Commission found that New Balance's 'Made in USA' claims for the 990 were not substantiated, because some of the shoe's components were imported.":
        "gap: misses 'nb-990 made-in usa (unasserted)'; adds 'nb-990 made-in usa'",
    'Respondent New Balance Athletics, Inc. admits that it operates four manufacturing facilities in the United States and denies that it operates seven.':
        "gap: misses 'new-balance factories [7, 7] not'",
    "A 2016 NAD decision found that Red Wing could substantiate its claim that the Iron Ranger has been 'built in Red Wing, Minnesota, since the 1950s.'":
        "gap: misses 'red-wing-iron-ranger made-in red-wing-mn'; misses 'red-wing-iron-ranger launch-year (-inf, 1960)'; adds 'red-wing-iron-ranger made-in red-wing-mn (unasserted)'; adds 'red-wing founding-year [1950, 1960)'",
    "The mayor's office said Pittsburgh has 446 bridges, though some engineers put the figure closer to 2,000 if every small span is counted.":
        "gap: misses 'pittsburgh city-bridges [1800, 2200] (unasserted)'",
    "'We've never made the 990 anywhere but New England,' said a plant manager, adding that it had been produced in Skowhegan since 1993.":
        "gap: misses 'nb-990 made-in new-england'; adds 'new-balance founding-year (-∞, 1994)'",
    'Reporters were told that the Hierro is made in Vietnam, but a New Balance spokesperson later said production had moved to Indonesia.':
        "gap: misses 'nb-fresh-foam-hierro made-in vietnam (unasserted)'; misses 'nb-fresh-foam-hierro made-in indonesia'; adds 'nb-fresh-foam-hierro made-in vietnam'; adds 'new-balance made-in indonesia'",
    '---\ndate: 2014-05-20\n---\n\nLast year L.L.Bean made about 450,000 pairs of Bean Boots; this year it expects to make half a million.':
        "gap: misses 'll-bean annual-pairs [500000, 500000] (unasserted)'",
    'Next year the Iron Ranger will turn 70, a Red Wing spokesman said.':
        "gap: misses 'red-wing-iron-ranger launch-year [1956, 1957) (unasserted)'; adds 'red-wing-iron-ranger launch-year [1956, 1957)'",
    'New Balance used to make shoes in Boston, but it no longer does.':
        "gap: misses 'new-balance made-in boston'; misses 'new-balance made-in boston not'; adds 'new-balance made-in boston (unasserted)'",
    'The 993 has been assembled in Norway, Maine, since 2008, but production will move to Londonderry once the new plant opens.':
        "gap: misses 'nb-993 made-in londonderry-nh (unasserted)'",
    'In the 1970s, about seven in ten New Balance shoes were still made in New England; by the 2010s the share had fallen to a quarter.':
        "gap: misses 'new-balance us-production-share [0.25, 0.25]'",
    'New Balance runs twice as many US factories as L.L.Bean, which has two.':
        "gap: misses 'll-bean factories [2, 2]'",
    "New Balance assembles roughly one pair in four in the US — a far smaller share than Red Wing's two-thirds.":
        "gap: misses 'red-wing us-production-share [0.667, 0.667]'",
    'The 990 outsells the 993 three to one, though both are made at the same plant in Skowhegan.':
        "gap: misses 'nb-990 made-in skowhegan-me'; misses 'nb-993 made-in skowhegan-me'",
    "Pittsburgh's 446 bridges outnumber the Carnegie Library's 19 locations more than twenty to one.":
        "gap: misses 'pittsburgh city-bridges [446, 446]'",
    'The Iron Ranger, now seven decades old, remains a work boot at heart.':
        "gap: misses 'red-wing-iron-ranger launch-year [1954.915, 1956.915]'",
    "The Bean Boot's second century began in 2012.":
        "gap: misses 'll-bean-boot launch-year [1912, 1913)'",
    "About 1.2k people work at New Balance's two Maine plants — roughly 600 apiece.":
        "gap: misses 'new-balance factory-workers [1080, 1320] in maine'; adds 'new-balance factory-workers [1080, 1320]'",
    "In the '80s New Balance still made the bulk of its shoes stateside.":
        "gap: misses 'new-balance us-production-share (0.5, 1]'",
    "Pittsburgh's 58.3 sq. mi. are home to three-hundred-odd thousand people.":
        "gap: misses 'pittsburgh city-area [58.3, 58.3]'; misses 'pittsburgh city-population (300000, inf)'; adds 'pittsburgh city-population [270, 330]'; adds 'pittsburgh city-population [1000, 1000]'",
    "Red Wing's Iron Ranger II prototype, unveiled in 2019, never went on sale.":
        "gap: adds 'red-wing-iron-ranger launch-year [2019, 2020)'",
    'Who still makes sneakers in New England? New Balance does.':
        "gap: misses 'new-balance made-in new-england'",
    'Would L.L.Bean really move Bean Boot production to China? Not a chance, says its chief executive.':
        "gap: misses 'll-bean-boot made-in china not (unasserted)'",
    "If Pittsburgh still had 677,000 residents, as it did in 1950, it would be Pennsylvania's largest city.":
        "gap: misses 'pittsburgh city-population [677000, 677000]'",
    "What's more Maine than the Bean Boot, stitched in Brunswick since before most of us were born?":
        "gap: misses 'll-bean-boot made-in brunswick-me'",
    "Had Red Wing not been founded in 1905, where would America's work boots come from?":
        "gap: adds 'red-wing founding-place usa not (unasserted)'",
    "Does it matter that only about a quarter of New Balance's shoes are made in America? For the 1,250 people in its US plants, it does.":
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'; misses 'new-balance factory-workers [1250, 1250]'; adds 'new-balance us-production-share [0.2, 0.3] (unasserted)'",
    'New Balance (founded in Boston in 1906 and bought by the Davis family in 1972) makes roughly a quarter of the shoes it sells in the US at four New England factories — two in Maine (Norway and Skowhegan) and two in Massachusetts (Lawrence and Methuen) — and employs some 1,250 people there.':
        "gap: misses 'new-balance factory-workers [1125, 1375] in new-england'; adds 'new-balance factory-workers [1125, 1375] in methuen-ma'",
    'L.L.Bean, which Leon Leonwood Bean started in Freeport in 1912 to sell a rubber-bottomed boot of his own design (the Maine Hunting Shoe, introduced that same year), today runs some 60 stores and still makes every Bean Boot in Maine, at plants in Brunswick and Lewiston.':
        "gap: misses 'll-bean-boot launch-year [1912, 1913)'; misses 'll-bean retail-stores [54, 66]'; misses 'll-bean-boot made-in brunswick-me'; misses 'll-bean-boot made-in lewiston-me'",
    'Red Wing Shoe Company — founded in 1905 by Charles Beckman and 14 investors, based to this day in Red Wing, Minnesota, and maker of the Iron Ranger (a capped-toe work boot built in that town since the 1950s) — runs two factories in Minnesota and more than 500 stores.':
        "gap: misses 'red-wing-iron-ranger made-in red-wing-mn'; misses 'red-wing-iron-ranger launch-year (-inf, 1960)'; adds 'red-wing founding-place red-wing-mn'; adds 'red-wing-iron-ranger made-in minnesota'",
    "Allegheny County (about 1.23 million residents) contains Pittsburgh (302,971), whose Carnegie Library, founded in 1895, runs 19 locations across the city's 90 official neighborhoods.":
        "gap: misses 'allegheny-county city-population [1107000, 1353000]'; misses 'pittsburgh city-population [302971, 302971]'; misses 'pittsburgh city-neighborhoods [90, 90]'",
    'When Jim Davis bought New Balance in 1972 (for about $100,000), it had six employees and made some 30 pairs a day in Boston; today the company it became employs roughly 1,250 people in four US factories and makes about 4 million pairs a year.':
        "gap: misses 'new-balance annual-pairs [9861.75, 12053.25] in boston'; adds 'new-balance annual-pairs [9861.75, 12053.2]'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims11(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
