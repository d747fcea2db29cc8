"""Readings added in session 13. Each case lists ``describe(claim) @ period`` ("now" for
none), read at ``TODAY`` (2025-12-01) with the shipped rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claims.test_extraction import describe
from tests.conftest import TODAY

CASES = [
    # a present "opens" with a time still to come is a schedule, not yet a count: the
    # ordinal's count is kept, unasserted ("this spring", "next month", a later year)
    ("New Balance's fourth Massachusetts factory opens in Methuen this spring.",
     {"new-balance factories [4, 4] in massachusetts (unasserted) @ now"}),
    ("Red Wing's second Minnesota plant opens next year, the company says.",
     {"red-wing factories [2, 2] in minnesota (unasserted) @ now"}),
    ("L.L.Bean's third Maine factory opens in Lewiston in 2027.",
     {"ll-bean factories [3, 3] in maine (unasserted) @ now"}),
    # (what opened, or opens with no time to come, is counted as before)
    ("Red Wing's second Minnesota plant opened in 2019.",
     {"red-wing factories [2, 2] in minnesota @ 2019"}),
    ("L.L.Bean's third Maine factory opens in Lewiston in 2019.",
     {"ll-bean factories [3, 3] in maine @ 2019"}),
    # a denying object right after the cue denies the place: "makes no boots in China",
    # "makes none of its shoes in Vietnam", "produces nothing in Asia"
    ("L.L.Bean makes none of its boots in China.", {"ll-bean made-in china not @ now"}),
    ("New Balance produces no shoes in Vietnam anymore.",
     {"new-balance made-in vietnam not @ now"}),
    ("Red Wing assembles not a single boot in Asia.", {"red-wing made-in asia not @ now"}),
    # (and "makes no ... outside Maine" makes them all there)
    ("L.L.Bean makes no Bean Boots outside Maine.", {"ll-bean-boot made-in maine @ now"}),
    # a clause of only "but"/"except" and names after a denied place affirms the place of
    # each name, and the denial is no claim of all of them
    ("L.L.Bean makes none of its boots in China but the Bean Boot.",
     {"ll-bean-boot made-in china @ now"}),
    ("New Balance doesn't build shoes in Asia, except for the Fresh Foam Hierro.",
     {"nb-fresh-foam-hierro made-in asia @ now"}),
    ("None of New Balance's shoes are made in Vietnam but the 990 and the 993.",
     {"nb-990 made-in vietnam @ now", "nb-993 made-in vietnam @ now"}),
    # an "except" is one to a plain denial too ("but" and "besides" are not)
    ("The 993 is not made in Asia, except for the Fresh Foam Hierro.",
     {"nb-993 made-in asia not @ now", "nb-fresh-foam-hierro made-in asia @ now"}),
    ("The 990 is not made in Asia, besides the Hierro.",
     {"nb-990 made-in asia not @ now", "nb-fresh-foam-hierro made-in asia not @ now"}),
    # (a "but" clause with its own verb is a clause of its own)
    ("Red Wing makes no boots in China, but the Iron Ranger costs more.",
     {"red-wing made-in china not @ now"}),
    # the names a span is counted from ("four years before L.L.Bean") are no subjects,
    # unless their own verb follows
    ("Red Wing was founded in 1905, seven years before L.L.Bean and a year before New "
     "Balance.", {"red-wing founding-year [1905, 1906) @ now"}),
    ("The 998 came out in 1993, eleven years after the 990 was launched in 1982.",
     {"nb-998 launch-year [1993, 1994) @ now", "nb-990 launch-year [1982, 1983) @ now"}),
    # (and with no year of its own, the year before is not the counted-from name's)
    ("L.L.Bean was founded in 1912, six years after New Balance was founded.",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    # a relative clause after the name compared with is about that name, and the name is
    # no subject of the clause before
    ("Founded in 1912, L.L.Bean is six years younger than New Balance, which Jim and Anne "
     "Davis bought in 1972.",
     {"ll-bean founding-year [1912, 1913) @ now",
      "new-balance acquisition-year [1972, 1973) @ now"}),
    ("L.L.Bean is seven years younger than Red Wing, which was founded in 1905.",
     {"red-wing founding-year [1905, 1906) @ now"}),
    # a subject that buys or sells (a gerund too) is the buyer or seller, not what changed
    # hands
    ("New Balance stopped buying leather from Brazil in 2015.", set()),
    ("Red Wing began acquiring tanneries in 1920.", set()),
    ("Jim Davis bought New Balance in 1972.", {"new-balance acquisition-year [1972, 1973) @ now"}),
    ("New Balance was acquired by Jim Davis in 1972.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    # "it" after a verb of founding or starting is what was founded, even after a name
    # the rules do not know ("Charles Beckman founded it")
    ("Red Wing makes boots in Minnesota. Charles Beckman founded it in 1905.",
     {"red-wing made-in minnesota @ now", "red-wing founding-year [1905, 1906) @ now"}),
    ("New Balance makes shoes in Maine. Its first owner, William Riley, founded it in Boston "
     "in 1906.", {"new-balance made-in maine @ now", "new-balance founding-year [1906, 1907) @ now",
                  "new-balance founding-place boston @ now"}),
    # (not "started it", "bought it": a strike, a store, anything; cold review)
    ("L.L.Bean sells boots. A strike started it all in 1990.", set()),
    ("New Balance makes shoes. A union organizer named Ray Pelletier started it in 1990.",
     set()),
    ("Red Wing makes boots. Dave Larson ran it for years and bought it in 2003.", set()),
    # each name with its own place after it: "the 990 in Lawrence and the 993 in Skowhegan"
    ("New Balance builds the 992 in Lawrence and the 998 in Norway, Maine.",
     {"nb-992 made-in lawrence-ma @ now", "nb-998 made-in norway-me @ now"}),
    ("Red Wing makes the Iron Ranger in Red Wing and L.L.Bean the Bean Boot in Brunswick.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now",
      "ll-bean-boot made-in brunswick-me @ now"}),
    # (one place after all the names is all of theirs)
    ("New Balance makes the 990 and the 992 in Lawrence.",
     {"nb-990 made-in lawrence-ma @ now", "nb-992 made-in lawrence-ma @ now"}),
    # a name and its own verb after a comma, following a clause with both, opens a clause;
    # so does a place with its own verb after ", and"
    ("L.L.Bean makes the Bean Boot in Brunswick, Red Wing builds the Iron Ranger in Red "
     "Wing, Minnesota, and Pittsburgh now has 302,971 residents.",
     {"ll-bean-boot made-in brunswick-me @ now", "red-wing-iron-ranger made-in red-wing-mn @ now",
      "pittsburgh city-population [302971, 302971] @ now"}),
    ("Founded in 1906, New Balance makes the 990 in Maine.",
     {"new-balance founding-year [1906, 1907) @ now", "nb-990 made-in maine @ now"}),
    # a number's own noun after "of" is what it counts ("dozens of shoemakers", not
    # residents), whatever the noun before it
    ("Pittsburgh, once home to dozens of shoemakers, now has 302,971 residents.",
     {"pittsburgh city-population [302971, 302971] @ now"}),
    ("Pittsburgh is home to about 300,000 people.",
     {"pittsburgh city-population [270000, 330000] @ now"}),
    # "It" opening a clause about a place is the place it last referred to, not one named
    # inside the clause or where the place before lies ("a town in Somerset County, Maine";
    # "the county seat of ..."); "the county seat" is no "the county"
    ("Skowhegan is a town in Somerset County, Maine. It has a population of 8,620.",
     {"skowhegan-me city-population [8620, 8620] @ now"}),
    ("Pittsburgh is the county seat of Allegheny County. It is the second-largest city in "
     "Pennsylvania, with 302,971 residents.",
     {"pittsburgh city-population [302971, 302971] @ now"}),
    # a plan weighed is no claim yet ("considers making", "is weighing a move", a
    # headline's "Weighs"); "considered" and "weighs 4 pounds" are not plans
    ("L.L.Bean is considering making Bean Boots in China.",
     {"ll-bean-boot made-in china (unasserted) @ now"}),
    ("New Balance Weighs Vietnam Production Move for 990",
     {"nb-990 made-in vietnam (unasserted) @ now"}),
    ("New Balance, considered a Boston institution, makes the 990 in Lawrence.",
     {"nb-990 made-in lawrence-ma @ now"}),
    # "since" after what was put in or changed, named by its noun, dates no beginning
    ("Red Wing's total investment in its Minnesota plants since 2015 is $40 million.",
     {"red-wing us-investment [4e+07, 4e+07] in minnesota @ now"}),
    ("L.L.Bean has sold boots in Freeport since 1912.",
     {"ll-bean founding-year (-inf, 1913) @ now"}),
    # "rose 4% to 1,150": the level the change reaches counts the head of what changed
    # ("headcount at ... factories"), after a fronted time too; "up", "down" in headlines
    ("In 2023, headcount at L.L.Bean's Maine plants rose 6% to 480.",
     {"ll-bean factory-workers [480, 480] in maine @ 2023"}),
    ("Red Wing headcount down 3% to 1,050 in 2022",
     {"red-wing factory-workers [1050, 1050] @ 2022"}),
    # as many names as categories after them: each in its rank; "both", "neither", "each"
    # after them is about all of them
    ("The 992 and the Hierro are a running shoe and a trail shoe, and both are made in "
     "the USA.",
     {"nb-992 category running @ now", "nb-fresh-foam-hierro category trail-running @ now",
      "nb-992 made-in usa @ now", "nb-fresh-foam-hierro made-in usa @ now"}),
    ("The Iron Ranger is a work boot; the Bean Boot, a duck boot; neither is made in Asia.",
     {"red-wing-iron-ranger boot-style work-boot @ now",
      "ll-bean-boot boot-style duck-boot @ now",
      "red-wing-iron-ranger made-in asia not @ now", "ll-bean-boot made-in asia not @ now"}),
    ("The 990 and the 992 are both running shoes.",
     {"nb-990 category running @ now", "nb-992 category running @ now"}),
    # a table drawn with pipes in plain text reads as a Markdown table; a cell's own label
    # ("HQ:") takes no cue of the cell before ("Founded")
    ("Brand | Founded | HQ | US factories\nNew Balance | 1906 | Boston | 4\n"
     "L.L.Bean | 1912 | Freeport, ME | 2\n",
     {"new-balance founding-year [1906, 1907) @ now", "new-balance factories [4, 4] in usa @ now",
      "ll-bean founding-year [1912, 1913) @ now", "ll-bean factories [2, 2] in usa @ now"}),
    # "is down from", ", against" name an earlier value; "As at" dates as "As of" does
    ("Red Wing's workforce, 1,100 in 2024, is down from 1,250 a decade earlier.",
     {"red-wing factory-workers [1100, 1100] @ 2024",
      "red-wing factory-workers [1250, 1250] @ 2014"}),
    ("As at 1 April 2020, 23 per cent of Pittsburgh's residents were Black, against 26.1 per "
     "cent in 2010.", {"pittsburgh black-population-share [0.23, 0.23] @ 2020",
                       "pittsburgh black-population-share [0.261, 0.261] @ 2010"}),
    # a source's doubtful saying after the clause keeps a distance, as "claims that" does
    ("Half of Pittsburgh's residents are Black, the blog claimed.",
     {"pittsburgh black-population-share [0.5, 0.5] (unasserted) @ now"}),
    ("Half of Pittsburgh's residents are Black, the census says.",
     {"pittsburgh black-population-share [0.5, 0.5] @ now"}),
    # a hyphenated "Made-in-X" before a name is where it is made, and picks which ones
    # ("Every Made-in-USA model"), no share of all
    ("The Made-in-Maine Bean Boot turns 113 this year.",
     {"ll-bean-boot made-in maine @ now", "ll-bean-boot launch-year [1912, 1913) @ now"}),
    ("We rank every Made-in-USA New Balance, from the 992 to the 993.",
     {"nb-992 made-in usa @ now", "nb-993 made-in usa @ now"}),
    # "a 1,250-strong workforce" numbers the whole its noun or cue names
    ("Red Wing's 1,100-strong Minnesota workforce makes boots.",
     {"red-wing factory-workers [1100, 1100] in minnesota @ now"}),
    ("Red Wing's 1,900-strong union plant workforce voted on Tuesday.",
     {"red-wing factory-workers [1900, 1900] @ now"}),
    # a category set beside the name is another thing's
    ("A Bean Boot beside an old work boot, both made in Maine.",
     {"ll-bean-boot made-in maine @ now"}),
    # a gerund of buying or selling without the company as its object is an activity
    ("After buying New Balance in 1972, Jim Davis moved it to Brighton.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    # the count an ordinal with a verb of opening gives is of the opening's year
    ("Red Wing opened a second Minnesota factory, in Red Wing, in 1931.",
     {"red-wing factories [2, 2] in minnesota @ 1931"}),
    # "N years ago" dates the clause's claims, not a founding it is the value of
    ("Ten years ago New Balance ran five factories in New England.",
     {"new-balance factories [5, 5] in new-england @ 2015"}),
    ("New Balance, founded 119 years ago, runs four factories.",
     {"new-balance founding-year [1905.91, 1907.91] @ now", "new-balance factories [4, 4] @ now"}),
    # guards from the cold review: idioms with "no" deny no place; "considering", a
    # weight and a headline's "Weighs 11 Ounces" are no plans; "despite online claims"
    # and "as the company claims" keep no distance; a hyphenated "Made-in-China" before
    # no name is no name's place; "shortly after" in a history is no schedule
    ("The company makes no apologies for building the 990 in Skowhegan.",
     {"nb-990 made-in skowhegan-me @ now"}),
    ("New Balance makes no secret of its factories in Maine.",
     {"new-balance made-in maine @ now"}),
    ("Considering its size, Red Wing makes all of its boots in the USA.",
     {"red-wing us-production-share [1, 1] @ now"}),
    ("The Iron Ranger weighs a hefty four pounds and is made in China.",
     {"red-wing-iron-ranger made-in china @ now"}),
    ("New Balance 990v6 Weighs 11 Ounces and Is Made in China",
     {"nb-990 made-in china @ now"}),
    ("Red Wing makes the Iron Ranger in Red Wing, Minnesota, as the company claims.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now"}),
    ("Made-in-China knockoffs of the 990 flood online marketplaces.", set()),
    ("New Balance's second plant opens shortly after in Skowhegan.",
     {"new-balance factories [2, 2] @ now"}),
    # a table row named by a place ("Skowhegan, ME | 1982 | 400 workers") counts there
    ("New Balance plants\nPlant | Opened | Workers\nSkowhegan, ME | 1982 | 400\n"
     "Lawrence, MA | 1978 | 350\n",
     {"new-balance factory-workers [400, 400] in skowhegan-me @ now",
      "new-balance factory-workers [350, 350] in lawrence-ma @ now"}),
    # "We make it in Vietnam": what is made is the product "it" refers to, even where the
    # speaker's company was named last
    ("Q: Where is the 993 made?\nA (New Balance spokesperson): Not in Asia. We make it in "
     "Skowhegan.", {"new-balance made-in asia not @ now", "nb-993 made-in skowhegan-me @ now"}),
    # guards from the second cold review: "N years ago" dates only a clause it opens; an
    # exception lists several names; "both factories" after two places named is those
    # two; a relative clause after a compared name keeps its own names; "-strong" counts
    # the head that ends its phrase; "is down from" with no figure before, and ", against"
    # with no date after, are no earlier values
    ("New Balance opened its Methuen plant two years ago and runs four factories in the US "
     "today.", {"new-balance factories [4, 4] in usa @ now"}),
    ("Red Wing makes no boots in China except the Iron Ranger and the Bean Boot.",
     {"red-wing-iron-ranger made-in china @ now", "ll-bean-boot made-in china @ now"}),
    ("New Balance makes the 990 in Lawrence and the 993 in Skowhegan, and both factories are "
     "busy.", {"nb-990 made-in lawrence-ma @ now", "nb-993 made-in skowhegan-me @ now"}),
    ("Red Wing was founded a year before New Balance, which makes the 990 in Lawrence.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("New Balance's 40-strong factory tour group arrived at dawn.", set()),
    ("New Balance has a 1,250-strong workforce.", {"new-balance factory-workers [1250, 1250] @ now"}),
    ("Pittsburgh's Black population share is down from 26.1% in 2010.",
     {"pittsburgh black-population-share [0.261, 0.261] @ 2010"}),
    ("New Balance runs four US factories, against two in Maine.",
     {"new-balance factories [4, 4] in usa @ now", "new-balance factories [2, 2] in maine @ now"}),
    # a two-column table's number takes its column's heading ("Skowhegan plant, 300
    # Workers"), and the row's named place
    ("New Balance plants\nPlant | Workers\nSkowhegan plant | 300\nLawrence plant | 400\n",
     {"new-balance factory-workers [300, 300] in skowhegan-me @ now",
      "new-balance factory-workers [400, 400] in lawrence-ma @ now"}),
    # a table row named by a site: its place under a "Town" heading, else a place the rules
    # do not know ("Norway plant"), so its figure is no company total; a trailing empty
    # cell keeps the table a table
    ("NB plants\nPlant | Town | Workers\nSkowhegan plant | Skowhegan | 300\n"
     "Old Mill plant | Oxford | 250\nLawrence plant | Lawrence |\n",
     {"new-balance factory-workers [300, 300] in skowhegan-me @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_with_their_years(claims_of, text: str, expected: set[str]) -> None:
    found = {f"{describe(c)} @ {c.period or 'now'}".replace("∞", "inf")
             for c in claims_of(text) if not c.attribute.startswith("~")}
    assert found == expected


def test_an_anniversary_marked_in_the_story_s_week_dates_the_beginning(nlp) -> None:
    # "marked its 100th anniversary Tuesday", in a story of 8 October 2019: founded 1919
    from claimcheck.documents.text import read_text
    from claimcheck.nlp import analyse

    text = "Red Wing marked its 100th anniversary Tuesday with a parade.\n"
    claims = next(analyse(nlp, [read_text("a.txt", text)], dt.date(2019, 10, 8), TODAY)).claims
    assert [describe(c) for c in claims] == ["red-wing founding-year [1919, 1920)"]
    text = "Red Wing celebrated its 100th birthday once, long ago.\n"
    claims = next(analyse(nlp, [read_text("a.txt", text)], dt.date(2019, 10, 8), TODAY)).claims
    assert not claims


BYLINES = [
    # a byline's date, above the text, dates the article: "Posted:", "Published", "By
    # NAME | DATE", the first publication rather than an update
    ("WRLP 21 NEWS | Lancaster - Reading\n\nRed Wing turns 114\n\nBy Dana Kreider\n"
     "Posted: Tuesday, October 8, 2019, 6:12 PM EDT | Updated: Thursday, October 10, 2019\n\n"
     "Red Wing runs two factories in Minnesota.\n", dt.date(2019, 10, 8)),
    ("Updated 2021-03-04\n\nPublished on 3 March 2021\n\nL.L.Bean makes boots in Maine.\n",
     dt.date(2021, 3, 3)),
    ("By Jo Smith | Oct. 8, 2019\n\nNew Balance runs four factories.\n", dt.date(2019, 10, 8)),
    ("Posted by admin on March 3, 2021\n\nNew Balance runs four factories.\n",
     dt.date(2021, 3, 3)),
    # (a date that a sentence of the text names is no byline's: cold review)
    ("In a report published March 3, 2015, New Balance said it runs four factories.\n", None),
    # a news dateline opening the text's first paragraph, below a masthead and headline
    ("LOCAL NEWS\n\nBean Boot output up\n\nFREEPORT, Maine, Jan. 12, 2017 -- L.L.Bean made "
     "600,000 pairs last year.\n", dt.date(2017, 1, 12)),
    # (not a date further down the text, nor one a sentence of the text names)
    ("New Balance runs four factories, the company said on March 3, 2021.\n\nPosted: May 5, "
     "2020\n", None),
    ("Red Wing makes boots.\n\nFrom the archive:\n\nRED WING, Minn., Jan. 12, 2012 -- Red "
     "Wing opened a store.\n", None),
]


@pytest.mark.parametrize(("text", "date"), BYLINES, ids=[b[0][:40] for b in BYLINES])
def test_a_byline_or_dateline_above_the_text_dates_the_article(nlp, text: str,
                                                                date: dt.date | None) -> None:
    from claimcheck.documents.text import read_text
    from claimcheck.nlp import analyse

    analysed = next(analyse(nlp, [read_text("a.txt", text)], None, TODAY))
    assert analysed.date == (date or TODAY)
