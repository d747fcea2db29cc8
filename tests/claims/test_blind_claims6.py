"""A sixth blind table of 120 sentences and their claims (``data/blind_claims6.jsonl``),
written in session 8 the same way as the earlier ones (``test_blind_claims2.py``): by a
helper who read the brief, the README, the docs and the shipped rules, and only the
notation of ``test_extraction.py`` and the earlier tables; who never read the extractor
nor ran claimcheck. It was written in registers the earlier tables used little: social
posts (handles, hashtags, "yrs", "mfg", "~25%"), slide bullets and table cells without
verbs, legal and regulatory language, marketing lines, captions, title-case headlines,
comparisons of two companies in one sentence, sarcasm, hypotheticals and odd number forms
("450K", "3x", "nineteen oh-six"); 22 of its rows have no claim.

First run, before any fix it informed: 54 of 120 sentences exact; claims precision 0.776,
recall 0.591, F1 0.671, the weakest first run of the six tables. The general fixes it
prompted ("1 in 4 pairs" as a share, one owner's pair and an executive's years are not
the product's or company's age, factories closed are no count, a headline's "to 303,000"
is no plan) are in the commit history, each tested with other sentences in
``test_registers8.py``; with them and this session's other fixes the table stands at 63
of 120 exact, F1 0.718. Rows still different are in :data:`GAPS`, each with what differs
(generated from the run, not judged row by row: some are the table's judgment calls,
such as sarcasm or a "Maine corporation" as a founding place, rather than gaps); the test
fails when one of them starts passing.
"""

from __future__ import annotations

import pytest

from tests.claims.test_blind_claims2 import (  # noqa: F401
    check_row,
    shipped_claims_of,
    table_rows,
)

ROWS = table_rows("blind_claims6")

GAPS = {
    '3/6 Today NB runs 4 US factories w/ ~1,250 workers. Not bad for a 119-yr-old company 👀':
        "gap: misses 'new-balance founding-year [1905.915, 1907.915]'",
    "Unpopular opinion: NB isn't 'made in USA', it's ~25% made in USA. Read the fine print 🧐 #sneakers":
        "gap: misses 'new-balance made-in usa not'; misses 'new-balance us-production-share [0.2, 0.3]'",
    'Shoutout to @LLBean: 113 yrs in Freeport & still making boots in Maine 🥾🌲 #MadeInMaine':
        "gap: misses 'll-bean founding-year [1911.915, 1913.915]'",
    'NB HQ: Boston. NB mfg: Lawrence, Methuen, Norway & Skowhegan.':
        "gap: misses 'new-balance made-in lawrence-ma'; misses 'new-balance made-in methuen-ma'; misses 'new-balance made-in skowhegan-me'",
    "Oh sure, New Balance makes ALL its shoes in America. And I'm the Queen of England. 🙄":
        "gap: misses 'new-balance us-production-share [1, 1] (unasserted)'; adds 'new-balance us-production-share [1, 1]'",
    '4/5 L.L.Bean: Bean Boots = 100% Maine (Brunswick + Lewiston). Founded 1912 in Freeport.':
        "gap: misses 'll-bean founding-place freeport-me'; misses 'll-bean founding-year [1912, 1913)'; misses 'll-bean-boot made-in brunswick-me'; misses 'll-bean-boot made-in lewiston-me'; misses 'll-bean-boot made-in maine'; adds 'freeport-me city-founding-year [1912, 1913)'",
    '5/5 Red Wing: Iron Rangers still built in Red Wing, MN. Mostly US-made overall, per the co.':
        "gap: misses 'red-wing us-production-share (0.5, 1]'",
    '@RedWingShoes has been in Red Wing since 1905 and still makes Iron Rangers there 🙌':
        "gap: misses 'red-wing-iron-ranger made-in red-wing-mn'; adds 'red-wing-iron-ranger launch-year (-inf, 1906)'",
    '• New Balance — US-made share: ~25% | US factories: 4 | Factory workers: ~1,250':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'; adds 'new-balance made-in usa'",
    'NB factories (US): 5 → 4 (2011 → 2025)':
        "gap: misses 'new-balance factories [4, 4]'; misses 'new-balance factories [5, 5]'",
    'Bean Boot pairs made/yr (L.L.Bean): ~450K in 2014 vs. ~1M target for 2018':
        "gap: misses 'll-bean annual-pairs [405000, 495000]'; misses 'll-bean annual-pairs [900000, 1100000] (unasserted)'",
    'Red Wing | est. 1905 | Red Wing, MN | ~500 stores':
        "gap: misses 'red-wing founding-year [1905, 1906)'",
    'Pittsburgh at a glance — official neighborhoods: 90 | bridges: 446 | inc. as a city: 1816':
        "gap: misses 'pittsburgh city-incorporation-year [1816, 1817)'",
    '• 993 — launched 2008 · made in USA · category: running':
        "gap: misses 'nb-993 category running'",
    'Domestic mfg: 1 in 4 pairs (New Balance, FY2024)':
        "gap: misses 'new-balance us-production-share [0.25, 0.25]'",
    'NB Methuen plant | opened 2022 | ~200 associates':
        "gap: misses 'new-balance factory-workers [180, 220] in methuen-ma'; adds 'new-balance factory-workers [180, 220]'",
    'US-made share by brand: Red Wing ~2/3 · NB ~1/4 · L.L.Bean n/a':
        "gap: misses 'new-balance us-production-share [0.2, 0.3]'; misses 'red-wing us-production-share [0.6, 0.733]'",
    'Plaintiffs contend that New Balance assembles only about 25% of its shoes domestically yet advertises them as American-made.':
        "gap: misses 'new-balance made-in usa (unasserted)'; misses 'new-balance us-production-share [0.2, 0.3] (unasserted)'; adds 'new-balance us-production-share [0.2, 0.3]'",
    "Defendant L.L.Bean, Inc. ('L.L.Bean') is a Maine corporation founded in 1912 with its principal place of business in Freeport, Maine.":
        "gap: misses 'll-bean founding-place maine'; adds 'll-bean founding-place freeport-me'",
    'The jury found that the counterfeit boots, sold online as Red Wing Iron Rangers, had been made in China rather than in Minnesota.':
        "gap: adds 'red-wing-iron-ranger made-in china'",
    "In 1996 the FTC cited New Balance, which then made about 70 percent of its US-sold shoes domestically, in its 'Made in USA' review.":
        "gap: adds 'new-balance made-in usa'",
    "Exhibit 4 shows a 990v5 box bearing the legend 'MADE IN USA' and a hang tag reading 'Assembled in Lawrence, MA.'":
        "gap: misses 'nb-990 made-in lawrence-ma (unasserted)'; misses 'nb-990 made-in usa (unasserted)'; adds 'nb-990 made-in usa'",
    'The Bean Boot: 1 million+ pairs a year, 100% made in Maine, zero compromises.':
        "gap: misses 'll-bean annual-pairs (1000000, inf)'",
    "America's oldest sneaker brand? New Balance, at 119 years — and still making about 4 million pairs a year stateside.":
        "gap: misses 'new-balance founding-year [1905.915, 1907.915]'",
    'Unmatched comfort, built in Lawrence: the 990 has been a best-in-class runner since 1982.':
        "gap: misses 'nb-990 made-in lawrence-ma'",
    'Red Wing, Minnesota (pop. 16,500), is the hometown of Red Wing Shoes, founded here in 1905.':
        "gap: misses 'red-wing founding-place red-wing-mn'; misses 'red-wing-mn city-population [16500, 16500]'",
    'Lewiston–Auburn: twin cities on the Androscoggin, where the rubber bottoms of Bean Boots are molded.':
        "gap: misses 'll-bean-boot made-in lewiston-me'",
    'Above: a worker lasts a 990v6 upper at the Lawrence, Massachusetts, factory.':
        "gap: misses 'nb-990 made-in lawrence-ma'",
    'Photograph courtesy of L.L.Bean. A 1912 Maine Hunting Shoe — the very first Bean Boot — on display in Freeport.':
        "gap: misses 'll-bean-boot launch-year [1912, 1913)'",
    "Iron Rangers on the last at Red Wing's factory in Red Wing, Minn., where some 700 pairs are finished each day.":
        "gap: misses 'red-wing annual-pairs [230107.5, 281242.5] in red-wing-mn'; misses 'red-wing-iron-ranger made-in red-wing-mn'",
    'Bean Boot Maker L.L.Bean Turns 113, Still Stitching in Brunswick':
        "gap: misses 'll-bean founding-year [1912, 1913)'; misses 'll-bean made-in brunswick-me'",
    'Pittsburgh Population Holds Near 303K, Census Shows':
        "gap: misses 'pittsburgh city-population [272700, 333300]'",
    'How Pittsburgh Went From 677,000 People to 303,000 in Seventy Years':
        "gap: misses 'pittsburgh city-population [677000, 677000]'; adds 'pittsburgh city-population [677000, 677000] (unasserted)'",
    'Red Wing (1905) is a year older than New Balance (1906) and seven years older than L.L.Bean (1912).':
        "gap: misses 'll-bean founding-year [1912, 1913)'; misses 'new-balance founding-year [1906, 1907)'; misses 'red-wing founding-year [1905, 1906)'",
    "NB runs 4 US plants to Red Wing's 2.":
        "gap: misses 'red-wing factories [2, 2]'; adds 'red-wing factories [4, 4] in usa'",
    "New Balance makes roughly 4 million pairs a year in the US — about 3x L.L.Bean's Bean Boot output.":
        "gap: adds 'll-bean-boot made-in usa'",
    'The Iron Ranger and the Bean Boot are both American-made, one in Minnesota and the other in Maine.':
        "gap: misses 'll-bean-boot made-in maine'; misses 'red-wing-iron-ranger made-in minnesota'",
    'The Carnegie Library of Pittsburgh opened its doors in 1895 and now serves the city from 19 locations.':
        "gap: misses 'carnegie-library-pittsburgh founding-year [1895, 1896)'",
    'L.L.Bean used to make Bean Boots only in Freeport; production later moved to Brunswick and Lewiston.':
        "gap: misses 'll-bean-boot made-in brunswick-me'; misses 'll-bean-boot made-in lewiston-me'; adds 'll-bean us-production-share [1, 1]'",
    "Every New Balance sneaker is lovingly handcrafted in New England — or so the brand's ads would have you believe.":
        "gap: misses 'new-balance us-production-share [1, 1] (unasserted)'",
    'Is there a sneaker more American than the 990, built in Massachusetts since 1982?':
        "gap: misses 'nb-990 launch-year (-inf, 1983)'; misses 'nb-990 made-in massachusetts'",
    'A Bean Boot made in China would cost half as much, analysts estimate.':
        "gap: misses 'll-bean-boot made-in china (unasserted)'; adds 'll-bean-boot made-in china'",
    'Red Wing plans to open 20 new stores in 2026.':
        "gap: adds 'red-wing retail-stores [20, 20] (unasserted)'",
    'Pittsburgh is no longer a city of 300,000-plus.':
        "gap: misses 'pittsburgh city-population (300000, inf) not'",
    'L.L.Bean will mark its 125th anniversary in 2037.':
        "gap: misses 'll-bean founding-year [1912, 1913) (unasserted)'",
    'Can any other outfitter say it has made boots in Maine for more than a century, as L.L.Bean has?':
        "gap: misses 'll-bean founding-year (-inf, 1925.915)'; misses 'll-bean made-in maine'; adds 'll-bean founding-year (-inf, 1925.91) (unasserted)'; adds 'll-bean made-in maine (unasserted)'",
    'New Balance makes around 25 pc of the shoes it sells in Britain at its factory in England.':
        "gap: misses 'new-balance made-in uk'; adds 'new-balance us-production-share [0.7, 0.8]'",
    "New Balance's US output: 4M pairs/yr (est.)":
        "gap: misses 'new-balance annual-pairs [3600000, 4400000]'",
    'Red Wing has made the Iron Ranger for more than a quarter-century.':
        "gap: adds 'red-wing founding-year (-inf, 2000.91)'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims6(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
