"""Readings added in session 12. Each case lists ``describe(claim) @ period`` ("now" for
none), read at ``TODAY`` (2025-12-01) with the shipped rules.
"""

from __future__ import annotations

import pytest

from tests.claims.test_extraction import describe

CASES = [
    # a level stated without a change: "stood at", "ended <year> at", "totalled", "reached";
    # the head of "Headcount at its factories" is what is counted, not the factories
    ("Headcount at Red Wing's two Minnesota factories stood at 1,050.",
     {"red-wing factories [2, 2] in minnesota @ now",
      "red-wing factory-workers [1050, 1050] in minnesota @ now"}),
    ("Employment at L.L.Bean's Maine plants totalled 480 last year.",
     {"ll-bean factory-workers [480, 480] in maine @ 2024"}),
    ("Red Wing's workforce ended 2023 at 1,100.",
     {"red-wing factory-workers [1100, 1100] @ 2023"}),
    ("The population of Pittsburgh stood at 302,971 in 2020.",
     {"pittsburgh city-population [302971, 302971] @ 2020"}),
    ("L.L.Bean's store count reached 60 in 2024.",
     {"ll-bean retail-stores [60, 60] @ 2024"}),
    # (a level verb with its own noun after the number is read as before)
    ("Red Wing ended 2022 with 1,150 employees.",
     {"red-wing factory-workers [1150, 1150] @ 2022"}),
    # "in fiscal 2024" dates as "in 2024" does
    ("L.L.Bean made about 500,000 pairs in fiscal 2023.",
     {"ll-bean annual-pairs [450000, 550000] @ 2023"}),
    # an earlier value ("versus", "up from") is of the claim nearest to it in size, not
    # the clause's first figure
    ("Headcount at Red Wing's two Minnesota factories ended the year at 1,050, versus 985 "
     "a year earlier.",
     {"red-wing factories [2, 2] in minnesota @ now",
      "red-wing factory-workers [1050, 1050] in minnesota @ now",
      "red-wing factory-workers [985, 985] in minnesota (unasserted) @ now"}),
    ("L.L.Bean employs 900 people at two Maine plants, up from 700 in 2010.",
     {"ll-bean factory-workers [900, 900] in maine @ now",
      "ll-bean factories [2, 2] in maine @ now",
      "ll-bean factory-workers [700, 700] in maine @ 2010"}),
    ("Red Wing employs 1,100 people at two Minnesota factories, up from 3 in 2010.",
     {"red-wing factory-workers [1100, 1100] in minnesota @ now",
      "red-wing factories [2, 2] in minnesota @ now",
      "red-wing factories [3, 3] in minnesota @ 2010"}),
    # a place right before the whole that is counted ("Maine workforce") scopes the count
    ("L.L.Bean's Maine workforce is about 500.",
     {"ll-bean factory-workers [450, 550] in maine @ now"}),
    ("Red Wing's Minnesota headcount fell to 1,000 in 2021.",
     {"red-wing factory-workers [1000, 1000] in minnesota @ 2021"}),
    # "found" as the past of "find" founds nothing; "to found", "found the company" do
    ("A federal judge found that the Iron Ranger has been built in Red Wing since 1950.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now",
      "red-wing-iron-ranger launch-year (-inf, 1951) @ now"}),
    ("Regulators have found that L.L.Bean has sold boots since 1912.",
     {"ll-bean founding-year (-inf, 1913) @ now"}),
    ("Inspectors found it in 1998: Red Wing had closed a plant.", set()),
    ("In 1905 Charles Beckman and 14 investors found the Red Wing Shoe Company.",
     {"red-wing founding-year [1905, 1906) @ now"}),
    ("William Riley left his job in 1906 to found New Balance.",
     {"new-balance founding-year [1906, 1907) @ now"}),
    # "and" then a name and its own verb opens a clause with its own place ("in Maine and
    # L.L.Bean makes ..."), with or without a comma; a list of names does not
    ("New Balance makes shoes in Maine, and L.L.Bean makes boots in Freeport.",
     {"new-balance made-in maine @ now", "ll-bean made-in freeport-me @ now"}),
    ("Red Wing builds the Iron Ranger in Minnesota and New Balance assembles the 990 in "
     "Massachusetts.",
     {"red-wing-iron-ranger made-in minnesota @ now", "nb-990 made-in massachusetts @ now"}),
    ("The Bean Boot is stitched in Maine and Red Wing employs 1,000 people in Minnesota.",
     {"ll-bean-boot made-in maine @ now",
      "red-wing factory-workers [1000, 1000] in minnesota @ now"}),
    ("Puma, Saucony and New Balance were founded by shoemakers.", set()),
    ("New Balance and L.L.Bean make boots in Maine.",
     {"new-balance made-in maine @ now", "ll-bean made-in maine @ now"}),
    # a company named after its town: the town after "made in", "built in"
    ("The Iron Ranger is still made in Red Wing.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now"}),
    ("Red Wing was founded in Red Wing in 1905.",
     {"red-wing founding-place red-wing-mn @ now", "red-wing founding-year [1905, 1906) @ now"}),
    ("Analysts see little growth in Red Wing this year.", set()),
    # an ordinal of the newest with its verb of opening after it, and "every <name>"
    # after ", and" opening a clause of its own; a season dates as its year does
    ("L.L.Bean makes boots. In 2016 its second plant opened in Lewiston.",
     {"ll-bean factories [2, 2] @ 2016"}),
    ("In the spring of 2015 Red Wing opened its third factory, a tannery in Red Wing, and "
     "every Iron Ranger since has been built in Minnesota.",
     {"red-wing factories [3, 3] @ 2015",
      "red-wing-iron-ranger made-in minnesota @ now"}),
    ("In autumn 2019 L.L.Bean ran two plants.", {"ll-bean factories [2, 2] @ 2019"}),
    ("The Bean Boot was introduced in 1912, and every cup of coffee at the flagship is free.",
     {"ll-bean-boot launch-year [1912, 1913) @ now"}),
    # a year right before a product's name is the year that one was made: its claims are
    # read at that year
    ("My 1995 990 was made in the USA.", {"nb-990 made-in usa @ 1995"}),
    ("His 2008 Bean Boots were stitched in Brunswick, the label says.",
     {"ll-bean-boot made-in brunswick-me @ 2008"}),
    ("Since the 2006 launch, the 992 has been made in the USA.",
     {"nb-992 made-in usa @ now", "nb-992 launch-year [2006, 2007) @ now"}),
    # people who start ("six new hires started in March") found nothing; a span of a
    # person's work ("for 41 years she stitched 990 uppers", "who sold L.L.Bean catalogs
    # for a quarter-century") is no age of what they worked on; "and his son moved ..." is
    # a clause of its own
    ("L.L.Bean grew its Maine workforce this year, and twelve new stitchers started in "
     "March.", set()),
    ("Two brothers started L.L.Bean in 1912.", {"ll-bean founding-year [1912, 1913) @ now"}),
    ("For 41 years she stitched 990 uppers in Norway, Maine.",
     {"nb-990 made-in norway-me @ now"}),
    ("Services for Alden Rowe, who sold L.L.Bean catalogs for a quarter-century, are "
     "Friday.", set()),
    ("I think New Balance has made shoes for over 100 years.",
     {"new-balance founding-year (-inf, 1925.91) @ now"}),
    ("In a 2019 interview she called Red Wing's 114-year history a burden.",
     {"red-wing founding-year [1904.5, 1906.5] @ now"}),
    ("Leon Bean started out selling boots from his brother's store, and his son moved the "
     "business to Freeport in 1934.", set()),
    # a quotation line ("> ...") opening a reply, or under "Quote from:", "Re:", is someone
    # else's words, reported
    ("> New Balance makes all its shoes in China\n\nNo. The 990 is made in Lawrence.",
     {"new-balance us-production-share [0, 0] (unasserted) @ now",
      "nb-990 made-in lawrence-ma @ now"}),
    ("Quote from: runner42 on May 1, 2025\n> the 992 is made in Vietnam now\n\nWrong.",
     {"nb-992 made-in vietnam (unasserted) @ now"}),
    ("Re: Bean Boots\n\n> L.L.Bean moved boot production to China.\n\nThey didn't.",
     {"ll-bean made-in china (unasserted) @ now"}),
    ("Straight from their own About page:\n\n> Every Bean Boot is made in Maine.",
     {"ll-bean-boot made-in maine (unasserted) @ now"}),
    ("Our promise to you:\n\n> Every Bean Boot is made in Maine.",
     {"ll-bean-boot made-in maine @ now"}),
    # an anniversary or a greeting this year ("marks its 100th anniversary", "Happy 40th,
    # 990!", "The 990 turns 40 this year"): the beginning that many years before the
    # article's date (an anniversary in the past without a year says nothing)
    ("This fall L.L.Bean marks its 100th anniversary.",
     {"ll-bean founding-year [1925, 1926) @ now"}),
    ("Happy 35th, 992!", {"nb-992 launch-year [1990, 1991) @ now"}),
    ("The 998 turns 32 this year.", {"nb-998 launch-year [1993, 1994) @ now"}),
    ("L.L.Bean celebrated its 100th anniversary.", set()),
    ("Happy 40th birthday, Mom! Red Wing makes great boots.", set()),
    ("The motor in the 990 line does 300 turns a minute.", set()),
    # a denial's exception is affirmed ("No model except the Hierro is made in Asia",
    # "doesn't make every product in Maine — only the Bean Boot"); "not only in" is there
    # and elsewhere too
    ("No Red Wing boot except the Iron Ranger is made in Red Wing, Minnesota.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now"}),
    ("New Balance doesn't make the Hierro in Massachusetts — only the 990.",
     {"nb-fresh-foam-hierro made-in massachusetts not @ now",
      "nb-990 made-in massachusetts @ now"}),
    ("The 990 isn't made only in Lawrence.", {"nb-990 made-in lawrence-ma @ now"}),
    ("The 990 isn't made in Lawrence.", {"nb-990 made-in lawrence-ma not @ now"}),
    # a daily rate and the days a week it runs make a weekly rate (2,000 a day, five days
    # a week is 10,000 a week, about 522,000 a year, not 730,500)
    ("L.L.Bean's Brunswick plant makes 2,000 pairs a day, five days a week.",
     {"ll-bean annual-pairs [521786, 521786] in brunswick-me @ now"}),
    ("L.L.Bean's Brunswick plant makes 2,000 pairs a day, 250 days a year.",
     {"ll-bean annual-pairs [500000, 500000] in brunswick-me @ now"}),
    ("L.L.Bean's Brunswick plant makes 2,000 pairs a day.",
     {"ll-bean annual-pairs [730500, 730500] in brunswick-me @ now"}),
    # "just outside <town>", ", outside <town>": its outskirts, where it is; outside a
    # country or a state denies it
    ("The Bean Boot is stitched just outside Freeport.",
     {"ll-bean-boot made-in freeport-me @ now"}),
    ("L.L.Bean, founded in 1912, outside Freeport, sells boots.",
     {"ll-bean founding-year [1912, 1913) @ now", "ll-bean founding-place freeport-me @ now"}),
    ("Not a single Iron Ranger is made outside Minnesota.",
     {"red-wing-iron-ranger made-in minnesota @ now"}),
    ("The Hierro is made outside the United States.",
     {"nb-fresh-foam-hierro made-in usa not @ now"}),
    # "both" before a count's noun counts two (all of them); not "both X and Y"
    ("L.L.Bean shuts both of its plants for a week in July.",
     {"ll-bean factories [2, 2] @ now"}),
    ("Tours of both Red Wing factories run daily.", {"red-wing factories [2, 2] @ now"}),
    ("Both New Balance and Red Wing make boots in the USA.",
     {"new-balance made-in usa @ now", "red-wing made-in usa @ now"}),
    # a span shorter than a year is no age, unless in the perfect ("has been on sale for
    # six months") or "old"
    ("Red Wing closes its stores for a week at Christmas.", set()),
    ("The Iron Ranger has been on sale for six months in Japan.",
     {"red-wing-iron-ranger launch-year [2024.41, 2026.41] @ now"}),
    # guards from the cold review: "but" or "besides" after a plain denial is no exception
    # to it; "The Company" is the company named before; an earlier value goes with a claim
    # of its own kind; "and his son moved production ..." is still the company's
    ("The Hierro is made in Asia, but the 990 is not made in Asia.",
     {"nb-fresh-foam-hierro made-in asia @ now", "nb-990 made-in asia not @ now"}),
    ("Besides the 990, the 993 isn't made in Asia.",
     {"nb-990 made-in asia not @ now", "nb-993 made-in asia not @ now"}),
    ("New Balance Athletics is based in Boston. The Company makes all of its shoes in the USA.",
     {"new-balance us-production-share [1, 1] @ now"}),
    ("New Balance makes a quarter of its shoes in the US with 1,250 workers, up from 40% in "
     "2015.",
     {"new-balance us-production-share [0.25, 0.25] @ now",
      "new-balance factory-workers [1250, 1250] @ now",
      "new-balance us-production-share [0.4, 0.4] @ 2015"}),
    ("Leon Bean founded L.L.Bean in 1912, and his son moved production to Portland in 1950.",
     {"ll-bean founding-year [1912, 1913) @ now", "ll-bean made-in portland-me @ 1950"}),
    ("L.L.Bean is celebrating its 110th anniversary this year.",
     {"ll-bean founding-year [1915, 1916) @ now"}),
    ("Employment at L.L.Bean's Maine plants came in at roughly 500 last year.",
     {"ll-bean factory-workers [450, 550] in maine @ 2024"}),
    # the figure set right after ", not the" is denied
    ("Pittsburgh has 446 bridges, not the 1,446 some claim.",
     {"pittsburgh city-bridges [446, 446] @ now", "pittsburgh city-bridges [1446, 1446] not @ now"}),
    # guards from the second cold review: "outside" after a comma aside denies as before
    # (a town's outskirts only right after the comma, and only a town in a state); "home
    # to 302 971"; an earlier amount with its unit left unsaid; blockquotes under what a
    # text says ("The label reads:") are reported, under "Key facts:" they are not
    ("Red Wing, unlike many rivals, makes the Iron Ranger outside China.",
     {"red-wing-iron-ranger made-in china not @ now"}),
    ("L.L.Bean, a retailer, was founded outside Portland.",
     {"ll-bean founding-place portland-me not @ now"}),
    ("Pittsburgh is home to 302 971 people.", {"pittsburgh city-population [302971, 302971] @ now"}),
    ("Around 1 250 people work in New Balance's US factories.",
     {"new-balance factory-workers [1125, 1375] in usa @ now"}),
    ("New Balance's 1,250 US workers made 4 million pairs in 2024, up from 3.5 million in 2020.",
     {"new-balance factory-workers [1250, 1250] in usa @ now",
      "new-balance annual-pairs [4e+06, 4e+06] @ 2024",
      "new-balance annual-pairs [3.5e+06, 3.5e+06] @ 2020"}),
    ("The label reads:\n\n> Every 993 is made in China.",
     {"nb-993 made-in china (unasserted) @ now"}),
    ("From the company's FAQ:\n\n> Every 990 is made in China.",
     {"nb-990 made-in china (unasserted) @ now"}),
    ("Key facts:\n\n> New Balance runs nine factories in the US.",
     {"new-balance factories [9, 9] in usa @ now"}),
    # ... and an exception to "every" or "all" is denied
    ("Every New Balance model except the Hierro is made in the USA.",
     {"nb-fresh-foam-hierro made-in usa not @ now"}),
    ("The Iron Ranger is made in Red Wing. Every other boot except the Iron Ranger is "
     "made in China.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now",
      "red-wing-iron-ranger made-in china not @ now"}),
    ("The Hierro is made in Asia, but the 990 is made in the USA.",
     {"nb-fresh-foam-hierro made-in asia @ now", "nb-990 made-in usa @ now"}),
    # a name's "'s" before another party ("biggest rival", "parent company") makes the
    # clause that party's, not the name's
    ("L.L.Bean's biggest rival was founded in 1946 in Portland.", set()),
    ("New Balance's parent company was founded in 1972.", set()),
    ("New Balance's rivals make shoes in Asia, but New Balance makes the 990 in Lawrence.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("L.L.Bean's boots are made in Maine.", {"ll-bean made-in maine @ now"}),
    # people who walk out, join or quit are some of them, no headcount ("12 locations
    # left" still counts)
    ("300 workers walked out at New Balance's US factories.", set()),
    ("Last month 200 workers joined Red Wing's Minnesota factories.", set()),
    ("Still, the Carnegie Library has only 12 locations left.",
     {"carnegie-library-pittsburgh library-locations [12, 12] @ now"}),
    # a firm the rules do not know ("Gainer & Wolfe", "Bluff City Banjo Co."), even when
    # its first word is an English word, opens a clause about itself: its appositive's
    # "the ... company" and a following "it" are that firm's
    ("L.L.Bean makes boots in Maine. Hunter & Sons, the Portland boot company founded in "
     "1909, tried to buy it; it now employs 140 people.",
     {"ll-bean made-in maine @ now"}),
    ("Red Wing makes boots in Minnesota. Gopher Boot Co., founded in 1922, bought its old "
     "lasts.", {"red-wing made-in minnesota @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_with_their_years(claims_of, text: str, expected: set[str]) -> None:
    found = {f"{describe(c)} @ {c.period or 'now'}".replace("∞", "inf")
             for c in claims_of(text) if not c.attribute.startswith("~")}
    assert found == expected
