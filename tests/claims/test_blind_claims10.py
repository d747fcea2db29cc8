"""A tenth blind table, of 100 sentences and their claims (``data/blind_claims10.jsonl``),
written in session 10 the same way as the earlier ones (``test_blind_claims2.py``), by a
helper who read neither the extractor nor any test but the older tables, and never ran
claimcheck, after most of the session's fixes, in registers the older tables lack: product
reviews and shopping-site Q&A, newsletters and e-mail marketing, speeches, podcast and video
transcripts with timestamps, children's encyclopedia style, translated or non-native
English, spec sheets flattened to one line, parentheses, footnotes and citations, hedged and
counterfactual claims, corrections within one sentence; 20 rows have no claim.

First run, read by the code of the moment it was handed in (cf7d32b, partway through
session 10): 48 of 100 sentences exact, claims precision 0.654, recall 0.496, F1 0.565; read
by the session's start (e8682da): the same, row for row. The general fixes it then
prompted (a value taken back at once, "or rather 540"; "something like"; people who found
a review helpful are no staff; a reviewer's "mine"; spec lines split by bullets, with
"INC." ending no sentence) are tested with other sentences in ``test_registers10.py``;
after them the table stood at 56 of 100 exact, F1 0.700. Rows still different are in
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

ROWS = table_rows("blind_claims10")

GAPS = {
    'Q: Are Bean Boots still made in the USA? A: Yes, every pair is handcrafted in Brunswick, Maine. — Answered by L.L.Bean Customer Service · 214 of 230 people found this helpful':
        "gap: misses 'll-bean-boot made-in brunswick-me'; adds 'll-bean factory-workers [214, 214]'; adds 'll-bean factory-workers [230, 230]'",
    '3.0 out of 5 stars — The Hierro is a comfy trail runner, but mine was manufactured in Indonesia, not the US like my 990s.':
        "gap: misses 'nb-fresh-foam-hierro made-in indonesia'; misses 'nb-fresh-foam-hierro made-in usa not'; misses 'nb-990 made-in usa'; adds 'nb-990 made-in indonesia'; adds 'nb-990 made-in usa not'",
    '★★★★★ Ordered the Bean Boots in October, got them in December — worth the wait. Made in Maine by people who care. (1,024 people found this helpful)':
        "gap: misses 'll-bean-boot made-in maine'",
    "★★☆☆☆ Paid $200 thinking the whole 990 was US-made, but the box says 'Made in USA with domestic and imported materials.' Still assembled in Lawrence, at least.":
        "gap: misses 'nb-990 made-in usa (unasserted)'; misses 'nb-990 made-in lawrence-ma'; adds 'nb-990 made-in usa'",
    'From: New Balance <news@email.newbalance.com> | Subject: Why we still assemble the 992 in Skowhegan 🇺🇸':
        "gap: misses 'nb-992 made-in skowhegan-me'; adds 'nb-992 made-in skowhegan-me (unasserted)'",
    "In this issue: how Pittsburgh's 446 bridges got their names, a walk up the Fineview steps, and why the city stopped at 90 official neighborhoods.":
        "gap: misses 'pittsburgh city-neighborhoods [90, 90]'; adds 'pittsburgh city-neighborhoods [90, 90] (unasserted)'",
    'Four hundred forty-six bridges. Ninety neighborhoods. Three rivers. One Pittsburgh!':
        "gap: misses 'pittsburgh city-bridges [446, 446]'; misses 'pittsburgh city-neighborhoods [90, 90]'",
    'Some people ask me: why not make the Iron Ranger in China? My answer never changes — not while I am president of Red Wing.':
        "gap: misses 'red-wing-iron-ranger made-in china (unasserted)'",
    "New Balance's two Massachusetts plants, in Lawrence and Methuen, employ six hundred people — six hundred! — and every one of them is here tonight.":
        "gap: misses 'new-balance factory-workers [600, 600] in massachusetts'; adds 'new-balance factory-workers [600, 600]'",
    "[00:03:12] HOST: So where's the Iron Ranger actually made? [00:03:15] GUEST: Red Wing, Minnesota — same town since forever.":
        "gap: misses 'red-wing-iron-ranger made-in red-wing-mn'",
    '[12:41] MAYA: L.L.Bean was founded in nineteen-twelve, right? [12:43] DEV: Yep — in Freeport.':
        "gap: misses 'll-bean founding-year [1912, 1913) (unasserted)'; misses 'll-bean founding-place freeport-me'; adds 'll-bean founding-year [1912, 1913)'",
    "Transcript 00:19:44 — NARRATOR: NB's Lawrence factory opened in 1978, and the 990 — launched four years later — would be built there for decades.":
        "gap: misses 'nb-990 made-in lawrence-ma'; adds 'nb-990 made-in lawrence-ma (unasserted)'; adds 'nb-990 launch-year [1978, 1979)'; adds 'nb-990 launch-year (-∞, 2005.91]'",
    "[32:10] HOST: The Hierro — that's a trail shoe, right, not a road shoe? [32:12] GUEST (New Balance product manager): Trail, a hundred percent. And it's made in Vietnam, not Maine.":
        "gap: misses 'nb-fresh-foam-hierro category trail-running (unasserted)'; misses 'nb-fresh-foam-hierro category running not (unasserted)'; misses 'nb-fresh-foam-hierro made-in vietnam'; misses 'nb-fresh-foam-hierro made-in maine not'; adds 'new-balance made-in vietnam'; adds 'new-balance made-in maine not'",
    "[05:55] SPEAKER 1: Red Wing's got, what, five hundred stores? [05:58] SPEAKER 2: Closer to six hundred, last I checked.":
        "gap: misses 'red-wing retail-stores [540, 660]'",
    'Pittsburgh is nicknamed the City of Bridges because it has 446 of them — more than almost any other city on Earth!':
        "gap: misses 'pittsburgh city-bridges [446, 446]'",
    'Word to know: a FACTORY is a building where things are made. New Balance has four of them in the United States!':
        "gap: misses 'new-balance factories [4, 4]'",
    'Try this: if you lined up 4 pairs of New Balance sneakers bought in the USA, on average only 1 of them would be made in America.':
        "gap: misses 'new-balance us-production-share [0.25, 0.25]'; adds 'new-balance annual-pairs [4, 4] in usa (unasserted)'",
    'Maine is a state in New England. Lots of shoes are made there, like the famous Bean Boot from L.L.Bean!':
        "gap: misses 'll-bean-boot made-in maine'; adds 'll-bean-boot made-in new-england'",
    'The enterprise New Balance is existing since 1906 year and was founded in the city Boston.':
        "gap: misses 'new-balance founding-year (-inf, 1907)'",
    'In the enterprise work approximately 1300 workers on four plants in New England, informs New Balance.':
        "gap: misses 'new-balance factory-workers [1170, 1430] in new-england'; adds 'new-balance factory-workers [1170, 1430]'",
    'The boots Iron Ranger are producing only in Red Wing city, Minnesota, and never in China.':
        "gap: misses 'red-wing-iron-ranger made-in red-wing-mn'; misses 'red-wing-iron-ranger made-in china not'; adds 'red-wing us-production-share [1, 1]'; adds 'red-wing-iron-ranger made-in minnesota'",
    'Since 2008 year the model 993 is manufacturing in the town Norway, state Maine, without interruption.':
        "gap: misses 'nb-993 launch-year (-inf, 2009)'",
    'Quantity of pairs which New Balance produces on American ground in one year is around 4 millions.':
        "gap: misses 'new-balance annual-pairs [3600000, 4400000]'",
    'Red Wing makes the two thirds from its boots in the homeland, the rest is importing.':
        "gap: misses 'red-wing us-production-share [0.667, 0.667]'; adds 'red-wing us-production-share [0.333333, 0.333333]'",
    'L.L.Bean — Founded: 1912 | HQ: Freeport, ME | Employees: ~5,000 | Stores: 60+':
        "gap: adds 'll-bean factory-workers [4500, 5500]'",
    'Key figures (New Balance, US manufacturing, 2025) • Factories: 4 (ME 2, MA 2) • Workforce: 1,200–1,300 • Annual output: ≈4M pairs • Investment since 2021: $155M':
        "gap: misses 'new-balance factories [4, 4]'; misses 'new-balance factory-workers [1200, 1300]'; misses 'new-balance annual-pairs [3600000, 4400000]'; misses 'new-balance us-investment [155000000, 155000000]'; adds 'new-balance made-in usa'",
    'Red Wing Shoe Company ◆ Founded 1905 ◆ Tannery: S.B. Foot (since 1872) ◆ US factories: 2, both in Minnesota':
        "gap: misses 'red-wing factories [2, 2]'; adds 'red-wing founding-year (-∞, 1873)'",
    'Hierro (trail) | Made in: Vietnam / Indonesia | Upper: engineered mesh | Drop: 8 mm':
        "gap: misses 'nb-fresh-foam-hierro made-in indonesia'",
    'New Balance assembles roughly a quarter of the shoes it sells in the US domestically (Smith 2020), a share little changed since 2013 (Jones & Park 2023, p. 41).':
        "gap: adds 'new-balance founding-year (-∞, 2014)'",
    "Roughly 700 people work at L.L.Bean's two Maine boot plants.²³":
        "gap: misses 'll-bean factory-workers [630, 770] in maine'; adds 'll-bean factory-workers [630, 770]'",
    "Pittsburgh's 2020 population (302,971)¹ was about 1% below its 2010 count (305,704)².":
        "gap: misses 'pittsburgh city-population [305704, 305704]'",
    'The 990 (first released 1982; see Table 2) is built in Skowhegan (Maine) and Lawrence (Mass.).':
        "gap: misses 'nb-990 made-in skowhegan-me'; misses 'nb-990 made-in lawrence-ma'",
    'The Hierro (a trail shoe; cf. Fig. 3) is made in Asia — not, as one catalogue claimed (Outdoor Gear 2019), in Maine.':
        "gap: misses 'nb-fresh-foam-hierro made-in asia'; misses 'nb-fresh-foam-hierro made-in maine not'",
    'Red Wing was incorporated in Minnesota (Beckman 1905; Hall 2011).':
        "gap: adds 'red-wing founding-year [1905, 1906)'",
    'Were L.L.Bean to open a third boot plant, it would most likely go to Lewiston.':
        "gap: misses 'll-bean factories [3, 3] (unasserted)'",
    "Without the Davis family's purchase, New Balance might have folded long before its centennial in 2006.":
        "gap: misses 'new-balance founding-year [1906, 1907) (unasserted)'; adds 'new-balance acquisition-year [2006, 2007) not'",
    'Apparently the 993 is now assembled in Methuen rather than Skowhegan.':
        "gap: misses 'nb-993 made-in skowhegan-me not'",
    'By 2015, New Balance was operating four — sorry, five — New England factories, three of them in Maine.':
        "gap: misses 'new-balance factories [4, 4] in new-england (unasserted)'; misses 'new-balance factories [5, 5] in new-england'; misses 'new-balance factories [3, 3] in maine'",
    "L.L.Bean's Brunswick plant — make that its Lewiston plant — molds the rubber bottoms of every Bean Boot.":
        "gap: adds 'll-bean-boot made-in lewiston-me'",
    "The Bean Boot was introduced in 1912 — the caption's 1921 transposes the digits — and is still stitched in Brunswick.":
        "gap: misses 'll-bean-boot launch-year [1921, 1922) (unasserted)'",
    'CLP has 19 — or is it 20 now? — neighborhood branches, from Hazelwood to Squirrel Hill.':
        "gap: misses 'carnegie-library-pittsburgh library-locations [19, 19]'; misses 'carnegie-library-pittsburgh library-locations [20, 20] (unasserted)'",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:50] for r in ROWS])
def test_blind_claims10(shipped_claims_of, row: dict) -> None:  # noqa: F811
    check_row(shipped_claims_of, row, GAPS)
