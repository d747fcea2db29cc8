"""Levels foreseen, shares of a named part of the making, a product's share, breakdowns by
place ("Maine 2, Massachusetts 2"): read after
the sixth and seventh blind claims tables missed them, tested here in other words than
their rows. Each case lists ``describe(claim) @ period`` ("now" for none).
"""

from __future__ import annotations

import pytest

from tests.claims.test_extraction import describe

CASES = [
    # a level planned or foreseen names its count before the verbs that lead to it
    ("Red Wing's retail fleet is expected to reach 600 stores.",
     {"red-wing retail-stores [600, 600] (unasserted) @ now"}),
    ("Allegheny County's population is forecast to drop to 1.2 million by 2035.",
     {"allegheny-county city-population [1.2e+06, 1.2e+06] (unasserted) @ now"}),
    ("Pittsburgh's population will be about 310,000.",
     {"pittsburgh city-population [279000, 341000] (unasserted) @ now"}),
    # ... but a count noun before "have" owns something else
    ("Its workers have 20 days of paid leave.", set()),
    # "domestic share of production": the place of the making the share is of
    ("L.L.Bean's domestic share of manufacturing is about 60%.",
     {"ll-bean us-production-share [0.52, 0.68] @ now"}),
    ("About 25% of manufacturing at New Balance happens in the US.",
     {"new-balance us-production-share [0.2, 0.3] @ now"}),
    ("New Balance's domestic share of the sneaker market is 12%.", set()),
    # after ";" the making itself goes on about the subject before
    ("The Iron Ranger is no longer made in China; production returned to Minnesota in 2019.",
     {"red-wing-iron-ranger made-in china not @ now",
      "red-wing-iron-ranger made-in minnesota @ 2019"}),
    ("The 990 was made in Boston; manufacturing moved to Lawrence.",
     {"nb-990 made-in boston @ now", "nb-990 made-in lawrence-ma @ now"}),
    ("New Balance owns five factories; the production of the 990 stays in Lawrence.",
     {"new-balance factories [5, 5] @ now", "nb-990 made-in lawrence-ma @ now"}),
    # a share of a named product is the product's place, not the maker's share of all it
    # makes
    ("Red Wing makes the Iron Ranger only in the US.", {"red-wing-iron-ranger made-in usa @ now"}),
    ("New Balance makes its 990 exclusively in the US.", {"nb-990 made-in usa @ now"}),
    ("New Balance makes all of its 993s in Skowhegan.", {"nb-993 made-in skowhegan-me @ now"}),
    ("L.L.Bean makes 95% of its Bean Boots in Brunswick.",
     {"ll-bean-boot made-in brunswick-me @ now"}),
    ("New Balance makes nearly all of its shoes in Asia.",
     {"new-balance us-production-share [0, 0.1] @ now"}),
    ("New Balance makes a quarter of its shoes, including the 990, in the US.",
     {"new-balance us-production-share [0.25, 0.25] @ now", "nb-990 made-in usa @ now"}),
    # a breakdown that names each place before its number: the same noun, in that place (a
    # place the rules do not know gives no count)
    ("Red Wing employs 2,000 people (Minnesota 1,500, Missouri 500).",
     {"red-wing factory-workers [2000, 2000] @ now",
      "red-wing factory-workers [1500, 1500] in minnesota @ now"}),
    ("L.L.Bean runs three US factories: Maine 2, Vermont 1.",
     {"ll-bean factories [3, 3] in usa @ now", "ll-bean factories [2, 2] in maine @ now"}),
    ("Red Wing runs 2 factories (Minnesota).", {"red-wing factories [2, 2] in minnesota @ now"}),
    # "output" is the shipped annual-pairs cue; a rate per worker is none
    ("L.L.Bean's annual boot output is about 600,000 pairs.",
     {"ll-bean annual-pairs [540000, 660000] @ now"}),
    ("Red Wing's output per worker rose 4% last year.", set()),
    # the place of the sites counted before is their workers' place; the head of "Headcount
    # at ... factories" is what a level counts
    ("Red Wing's three Minnesota factories employ 1,100 people.",
     {"red-wing factories [3, 3] in minnesota @ now",
      "red-wing factory-workers [1100, 1100] in minnesota @ now"}),
    ("Headcount at L.L.Bean's Maine plants fell 8%, to 450.",
     {"ll-bean factory-workers [450, 450] in maine @ now"}),
    ("Red Wing's workforce is about 2,000.", {"red-wing factory-workers [1800, 2200] @ now"}),
    ("New Balance's four factories, two in Maine and two in Massachusetts, employ 1,200 "
     "people.",
     {"new-balance factories [4, 4] @ now", "new-balance factories [2, 2] in maine @ now",
      "new-balance factories [2, 2] in massachusetts @ now",
      "new-balance factory-workers [1200, 1200] @ now"}),
    # a year of another event does not date the claim: after a year attribute's cue, in a
    # relative clause or a participle after the claim; "By 2018" does date it
    ("The boot was launched in 1994, and Red Wing runs 500 stores.",
     {"red-wing retail-stores [500, 500] @ now"}),
    ("Red Wing now runs 500 stores, 40 of them in Minnesota, which it entered in 1999.",
     {"red-wing retail-stores [500, 500] @ now",
      "red-wing retail-stores [40, 40] in minnesota @ now"}),
    ("Red Wing ran 480 stores in 2019.", {"red-wing retail-stores [480, 480] @ 2019"}),
    ("By 2018 Red Wing was running 480 stores.", {"red-wing retail-stores [480, 480] @ 2018"}),
    ("In 2019 L.L.Bean employed 5,000 people.",
     {"ll-bean factory-workers [5000, 5000] @ 2019"}),
    ("Founded in 1912 with a single store, L.L.Bean now runs 51.",
     {"ll-bean founding-year [1912, 1913) @ now", "ll-bean retail-stores [1, 1] @ 1912"}),
    # "including" one of them: no place for all of them
    ("New Balance operates five factories, including a Skowhegan plant bought in 1981.",
     {"new-balance factories [5, 5] @ now"}),
    ("New Balance operates five factories in Maine, including one in Skowhegan.",
     {"new-balance factories [5, 5] in maine @ now"}),
    # a change since a year dates no one's age
    ("Orders for the 990 have doubled since 2020.", set()),
    ("The Iron Ranger has been made in Red Wing, Minn., since 1915.",
     {"red-wing-iron-ranger launch-year (-inf, 1916) @ now",
      "red-wing-iron-ranger made-in red-wing-mn @ now"}),
    # a label noun right after a comma or ";", a tally after its noun, a number with its own
    # noun after a comma
    ("Skowhegan, population 8,620 (2020), is a town on the Kennebec.",
     {"skowhegan-me city-population [8620, 8620] @ 2020"}),
    ("Skowhegan is a town in Somerset County, Maine; population 8,620 (2020).",
     {"skowhegan-me city-population [8620, 8620] @ 2020"}),
    ("Pittsburgh's bridge count stands at 446.", {"pittsburgh city-bridges [446, 446] @ now"}),
    ("New Balance's factory total is four.", {"new-balance factories [4, 4] @ now"}),
    ("Pittsburgh: 446 bridges, 90 hoods, ~700 sets of steps.",
     {"pittsburgh city-bridges [446, 446] @ now",
      "pittsburgh public-stairways [630, 770] @ now"}),
    # "it" in the next sentence is the place the sentence was about, not where it lies
    ("Pittsburgh is a city in Allegheny County. It has 302,971 residents.",
     {"pittsburgh city-population [302971, 302971] @ now"}),
    # ages: an appositive "the 120-year-old bootmaker" is the name's before it; "a
    # 45-year-old engineer" is a person's; a window of months ages no one
    ("Red Wing Shoe Company, the 120-year-old bootmaker, said Tuesday that it would hire.",
     {"red-wing founding-year [1904.91, 1906.91] @ now"}),
    ("L.L.Bean, the 113-year-old retailer, runs 51 stores.",
     {"ll-bean founding-year [1911.91, 1913.91] @ now", "ll-bean retail-stores [51, 51] @ now"}),
    ("New Balance hired Jim, a 45-year-old engineer.", set()),
    ("The 990 is a 40-year-old design.", {"nb-990 launch-year [1984.91, 1986.91] @ now"}),
    ("New Balance made roughly 4.1 million pairs in its U.S. plants over the last twelve "
     "months.", {"new-balance annual-pairs [3.69e+06, 4.51e+06] in usa @ now"}),
    ("Bean Boots have been made in Brunswick and Lewiston for decades.",
     {"ll-bean-boot made-in brunswick-me @ now", "ll-bean-boot made-in lewiston-me @ now",
      "ll-bean-boot launch-year (-inf, 2005.91] @ now"}),
    # an inline answer after "A." or with a phrase after its figure
    ("Q. How many bridges does Pittsburgh have? A. 446 inside the city limits.",
     {"pittsburgh city-bridges [446, 446] @ now"}),
    ("Q: How many stores does Red Wing run? A: About 500 today.",
     {"red-wing retail-stores [450, 550] @ now"}),
    # an earlier value "a decade earlier" than a dated claim
    ("Pittsburgh had 302,971 residents in 2020, down from 305,704 a decade earlier.",
     {"pittsburgh city-population [302971, 302971] @ 2020",
      "pittsburgh city-population [305704, 305704] @ 2010"}),
    # the ordinal of the newest counts them all: exactly after a verb of adding, at least
    # after a possessive alone; a place after it is the newest one's, not all of theirs
    ("Ever since L.L.Bean opened its second factory, in Brunswick, in 2017, traffic grew.",
     {"ll-bean factories [2, 2] @ 2017"}),
    ("New Balance will open a fifth US factory in 2026.",
     {"new-balance factories [5, 5] in usa (unasserted) @ now"}),
    ("New Balance's third plant is in Skowhegan.", {"new-balance factories [3, inf) @ now"}),
    ("Red Wing is building a third factory in Minnesota.",
     {"red-wing factories [3, 3] (unasserted) @ now"}),
    ("Red Wing's second-largest factory is in Minnesota.", set()),
    ("New Balance Weighs a Sixth U.S. Factory", set()),
    # hearsay is not asserted; a figure set right is denied
    ("I am also told that the 990 is made in China.", {"nb-990 made-in china (unasserted) @ now"}),
    ("We hear that Red Wing runs 600 stores.",
     {"red-wing retail-stores [600, 600] (unasserted) @ now"}),
    ("I told them L.L.Bean runs 51 stores.", {"ll-bean retail-stores [51, 51] @ now"}),
    # one side of a thing's size is no amount to check or compare
    ("New Balance makes about 4 million pairs a year; a box of 990s measures 33 x 20 cm.",
     {"new-balance annual-pairs [3.6e+06, 4.4e+06] @ now"}),
    ("Pittsburgh covers 58 square miles; its flag is 3 x 5 ft.",
     {"pittsburgh city-area [58, 58] @ now"}),
    # a level at the year's end after what was opened and closed; a successor "replaced by"
    # is no subject; a span of time takes no place from the count after it
    ("Speaking for Red Wing, the president said: we opened 20 stores and closed 5, so we "
     "ended the year with about 520.", {"red-wing retail-stores [468, 572] @ now"}),
    ("The 993 was released in 2008 and replaced by the 990v2 in 2009.",
     {"nb-993 launch-year [2008, 2009) @ now"}),
    ("Red Wing has made boots in Minnesota for over a century, and Red Wing's Minnesota "
     "plant now makes 800 pairs a day.",
     {"red-wing made-in minnesota @ now", "red-wing founding-year (-inf, 1925.91) @ now",
      "red-wing annual-pairs [292200, 292200] in minnesota @ now"}),
    # "in the state" after a state named only to say what the company is; a place after a
    # town the rules do not know; a company's site "in Flimby, England" is no other name
    ("Red Wing, the Minnesota bootmaker, runs two factories in the state.",
     {"red-wing factories [2, 2] in minnesota @ now"}),
    ("New Balance's factory in Cumbria, England, employs 300 people.",
     {"new-balance factory-workers [300, 300] in uk @ now"}),
    ("New Balance's factory in Flimby, England, makes trainers.", {"new-balance made-in uk @ now"}),
    ("New Balance's factory in England has turned out trainers since 1982.",
     {"new-balance made-in uk @ now"}),
    # a sign or a box that promises words in quotation marks reports them
    ("The box promises \"Made in USA\" for the 990.", {"nb-990 made-in usa (unasserted) @ now"}),
    # from the session-9 cold review: a plan before "its fifth plant" is still a plan; an
    # adjective before the noun of an age; a product after "around" in other words; a
    # year after "by" in an answer is no present count; a noun after the ordinal's noun
    ("Red Wing will open its sixth plant in 2027.",
     {"red-wing factories [6, 6] (unasserted) @ now"}),
    ("Red Wing plans to open its fifth plant.", {"red-wing factories [5, 5] (unasserted) @ now"}),
    ("Red Wing, a 120-year-old family business, makes boots.",
     {"red-wing founding-year [1904.91, 1906.91] @ now"}),
    ("The hype around the 990, launched in 1982, never stopped.",
     {"nb-990 launch-year [1982, 1983) @ now"}),
    ("Q: How many stores will Red Wing run? A: 600 by 2030.", set()),
    ("Red Wing gave its second factory tour.", set()),
    ("Red Wing runs 4 plants, 2 new ones in Minnesota.",
     {"red-wing factories [4, 4] @ now", "red-wing factories [2, 2] in minnesota @ now"}),
    # reference marks glued to a word or a stop are read past, and end no sentence early
    ("Red Wing makes boots.[1] The company was founded in 1905.[2]",
     {"red-wing founding-year [1905, 1906) @ now"}),
    ("L.L.Bean is known for the Bean Boot[a], introduced in 1912.",
     {"ll-bean-boot launch-year [1912, 1913) @ now"}),
    # the buyer is not what was bought; a person who "started at" a plant founded nothing;
    # "the old one in Lawrence" is one of them
    ("New Balance launched the 993 in 2008, a year after the company bought a plant.",
     {"nb-993 launch-year [2008, 2009) @ now"}),
    ("New Balance was bought by the Davis family in 1972.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    ("I started at the old Skowhegan plant in 1989 and stayed when New Balance bought it in "
     "1996.", set()),
    ("He started Red Wing in 1905.", {"red-wing founding-year [1905, 1906) @ now"}),
    ("We're 325 people at New Balance, across two factories, the old one in Lawrence and this "
     "one.", {"new-balance factory-workers [325, 325] @ now", "new-balance factories [2, 2] @ now"}),
    # a year fronted before its verb is that verb's; a buyer takes no year from another verb;
    # what some sources give is reported; an age told in a past year counts from that year
    ("In 1996 New Balance bought a plant, and in 2008 it launched the 993.",
     {"nb-993 launch-year [2008, 2009) @ now"}),
    ("Some sources give 1907 as Red Wing's founding year.",
     {"red-wing founding-year [1907, 1908) (unasserted) @ now"}),
    ("In a 2019 interview she called New Balance's 113-year history an obligation.",
     {"new-balance founding-year [1905.5, 1907.5] @ now"}),
    ("In 2019, the 113-year-old New Balance opened a plant.",
     {"new-balance founding-year [1905.5, 1907.5] @ now"}),
    ("Founded in Lawrence in 1949, Red Wing has made boots for more than 70 years.",
     {"red-wing founding-year [1949, 1950) @ now", "red-wing founding-place lawrence-ma @ now",
      "red-wing founding-year (-inf, 1955.91) @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_with_their_years(claims_of, text: str, expected: set[str]) -> None:
    found = {f"{describe(c)} @ {c.period or 'now'}".replace("∞", "inf")
             for c in claims_of(text) if not c.attribute.startswith("~")}
    assert found == expected


def _hafodwen(text: str) -> set[str]:
    """Claims read with the rules of a fixture whose mill says where its wool is from."""
    import datetime as dt

    from claimcheck.documents.text import read_text
    from claimcheck.nlp import analyse, build_pipeline
    from claimcheck.rules import load_rules
    from tests.conftest import FIXTURES, ROOT

    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = build_pipeline(load_rules([ROOT / "rules", FIXTURES / "domain15" / "rules"]))
    day = dt.date(2026, 6, 1)
    return {describe(c) for c in next(analyse(_PIPELINE, [read_text("s.txt", text)], day,
                                              day)).claims if not c.attribute.startswith("~")}


_PIPELINE = None

MATERIAL = [
    # a place adjective before a place attribute's cue noun says where that thing is from,
    # not where the verb before it happens; a figure far off in the sentence qualifies
    # nothing
    ("Hafodwen spins Welsh fleece into yarn.", {"hfw-hafodwen hfw-wool-origin hfw-wales"}),
    ("Hafodwen Weavers, which weaves Welsh wool into throws for shops in Tokyo and "
     "Brooklyn, has spent £1 million on its looms.",
     {"hfw-hafodwen hfw-wool-origin hfw-wales", "hfw-hafodwen hfw-mill-investment [1e+06, 1e+06]"}),
    ("Hafodwen weaves its throws in Llanidloes.", {"hfw-hafodwen hfw-made-in hfw-llanidloes"}),
    # a material's cue takes no place far before it; a product named after "around" is a
    # place of the same name (Pumlumon is also a mountain)
    ("Hafodwen Weavers' Newtown mill, which opened in 2017, took over the merino scarves.",
     set()),
    ("Hafodwen has always woven its cloth from Welsh wool, much of it from hill farms around "
     "Pumlumon itself.", {"hfw-hafodwen hfw-wool-origin hfw-wales"}),
    # a category inside a product's own longer name, where a fact can check it
    ("The Pumlumon double-cloth blanket was introduced in 1968.",
     {"hfw-pumlumon hfw-weave double-cloth", "hfw-pumlumon launch-year [1968, 1969)"}),
]


@pytest.mark.parametrize(("text", "expected"), MATERIAL, ids=[c[0][:50] for c in MATERIAL])
def test_where_a_material_is_from(text: str, expected: set[str]) -> None:
    assert _hafodwen(text) == expected


def test_a_category_in_a_name_is_read_once(tmp_path) -> None:
    """Found by the session-9 cold review: a heading's product inherited by its list items
    gave the category in its name once per item."""
    import datetime as dt

    from claimcheck.documents import load
    from claimcheck.nlp import analyse, build_pipeline
    from claimcheck.rules import load_rules
    from tests.conftest import FIXTURES, ROOT

    page = tmp_path / "lot.md"
    page.write_text("## The Pumlumon double-cloth blanket\n\n- Introduced in 1968\n"
                    "- Woven in Llanidloes\n- 230 x 205 cm\n", encoding="utf-8")
    nlp = build_pipeline(load_rules([ROOT / "rules", FIXTURES / "domain15" / "rules"]))
    day = dt.date(2026, 6, 1)
    claims = next(analyse(nlp, [load(page)], day, day)).claims
    weaves = [c for c in claims if c.attribute == "hfw-weave"]
    assert len(weaves) == 1 and weaves[0].line == 1
