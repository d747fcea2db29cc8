"""Readings added in session 17, each with rows in other words than the cases that
prompted them: counts of sites listed by town ("two factories in Lawrence and Methuen")
are the count of the region the rules know that holds the towns, or the region written
after them ("in Norway and Skowhegan, both in Maine"), and a list that goes on past one
state is all of them; a place that opens the clause and holds the sites ("Maine has two
New Balance factories") is where they are; participles of a material's making ("mesh woven
in Vietnam"); a making that stopped is denied ("stopped building sneakers in the United
States"), a stop denied is none ("never stopped making"); what a question takes as given, quiz choices and "True or
false:"; a "when" clause after a year; "it had been a borough"; a value after an aside with no cue; "started the company"; a founding "a
generation earlier"; the quoted wording of a text under review; a share of a thing's
value or parts; "the city" after a county; a metro area's people; "is compact,
about 58 square miles"; "down from X in 2000 and from Y in 1950"; "If that isn't enough,"; an
aside ending on "Town, State"; a rumour's or a story's claims; "its 2014 output"; "... and started the company"; a place in a clause joined after a count; "then"; gifts
made; "from 2019, when"; "which are all" after a list; what a section says; "came out". Read at ``TODAY`` with the shipped rules;
described as in ``test_registers14``.
"""

from __future__ import annotations

import pytest

from claimcheck.run import RunOptions, run
from tests.claims.test_registers14 import _read
from tests.conftest import ROOT, TODAY

SHIPPED_CASES = [
    # a list of towns right after the count's noun: the region the rules count that holds
    # them all, not the company's whole count
    ("New Balance has two factories in Lawrence and Methuen.",
     {"new-balance factories [2, 2] in massachusetts @ now"}),
    ("New Balance still runs 2 plants in Skowhegan and Norway, Maine.",
     {"new-balance factories [2, 2] in maine @ now"}),
    ("New Balance has four factories in Lawrence, Methuen, Skowhegan and Norway.",
     {"new-balance factories [4, 4] in new-england @ now"}),
    # the region written after the towns
    ("New Balance operates two factories in Lawrence and Methuen in Massachusetts.",
     {"new-balance factories [2, 2] in massachusetts @ now"}),
    ("New Balance operates two plants in Norway and Skowhegan, both in Maine.",
     {"new-balance factories [2, 2] in maine @ now"}),
    ("New Balance keeps two shoe factories at Lawrence and Methuen, both in Massachusetts.",
     {"new-balance factories [2, 2] in massachusetts @ now"}),
    # a list that goes on past the first state is all of them
    ("New Balance runs four plants, in Skowhegan and Norway, Maine, and in Lawrence and "
     "Methuen, Massachusetts.", {"new-balance factories [4, 4] @ now"}),
    ("New Balance runs four plants in Skowhegan and Norway, Maine, and Lawrence and Methuen, "
     "Massachusetts.", {"new-balance factories [4, 4] @ now"}),
    # (after a comma or a bracket the towns are all of them, as the writer counts them)
    ("New Balance has two factories, in Lawrence and Methuen.",
     {"new-balance factories [2, 2] @ now"}),
    ("New Balance factories: 4 (Lawrence, Methuen, Skowhegan, Norway)",
     {"new-balance factories [4, 4] @ now"}),
    ("The other two are in Lawrence and Methuen, Massachusetts.", set()),
    # a place that opens the clause and holds the sites is where they are
    ("Maine has two New Balance factories.", {"new-balance factories [2, 2] in maine @ now"}),
    ("Massachusetts is home to two New Balance factories.",
     {"new-balance factories [2, 2] in massachusetts @ now"}),
    ("Maine now has 2 New Balance plants.", {"new-balance factories [2, 2] in maine @ now"}),
    # (a place's own count stays its own, and a place that only opens the sentence is no
    # holder)
    ("Pittsburgh has 446 bridges.", {"pittsburgh city-bridges [446, 446] @ now"}),
    ("In Maine, New Balance has two factories.", {"new-balance factories [2, 2] in maine @ now"}),
    ("Maine, where New Balance has two factories, is cold.",
     {"new-balance factories [2, 2] in maine @ now"}),
    # the place of a material's making after "from" or "out of" is the material's, with
    # participles that do not end in "-ed"
    ("New Balance builds the 993 out of mesh woven in Vietnam.", set()),
    ("New Balance makes the 990 from yarn spun in China.", set()),
    ("New Balance makes the 993 out of mesh in Lawrence.", {"nb-993 made-in lawrence-ma @ now"}),
    # a making that stopped is denied; a stop denied, or called wrong, is none
    ("New Balance stopped building sneakers in the United States.",
     {"new-balance made-in usa not @ now"}),
    ("L.L.Bean quit making boots in Maine.", {"ll-bean made-in maine not @ now"}),
    ("Red Wing ceased making boots in Minnesota.", {"red-wing made-in minnesota not @ now"}),
    ("Red Wing never stopped making boots in Minnesota.", {"red-wing made-in minnesota @ now"}),
    ("L.L.Bean didn't stop making boots in Maine.", {"ll-bean made-in maine @ now"}),
    ("L.L.Bean stopped in Freeport on its way to Boston.", set()),
    # a question for one thing takes the rest as given; a yes-or-no question, one with
    # alternatives, "why", "where", a word's meaning or what someone says states nothing
    ("Who bought New Balance in 1972?", {"new-balance acquisition-year [1972, 1973) @ now"}),
    ("Q4: In which city was L.L.Bean founded in 1912?",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    ("New Balance started out in Boston in 1906 doing what?",
     {"new-balance founding-year [1906, 1907) @ now",
      "new-balance founding-place boston @ now"}),
    ("Did New Balance open its Skowhegan plant in 1982?", set()),
    ("Is it true that L.L.Bean was founded in 1912?",
     {"ll-bean founding-year [1912, 1913) (unasserted) @ now"}),
    ("Who says New Balance makes every pair in the USA?",
     {"new-balance us-production-share [1, 1] (unasserted) in usa @ now"}),
    ("Which is older, Red Wing (founded in 1905) or L.L.Bean?",
     {"red-wing founding-year [1905, 1906) (unasserted) @ now",
      "ll-bean founding-year [1905, 1906) (unasserted) @ now"}),
    ("Why would L.L.Bean move the Bean Boot to China?", set()),
    ("Where was L.L.Bean founded, Freeport or Portland?",
     {"ll-bean founding-place freeport-me (unasserted) @ now",
      "ll-bean founding-place portland-me (unasserted) @ now"}),
    # a quiz's "True or false:" asks, and its lettered choices neither state nor answer
    ("True or false: New Balance makes all of its sneakers in the USA.",
     {"new-balance us-production-share [1, 1] (unasserted) in usa @ now"}),
    ("7. Fact or fiction: Red Wing was founded in 1905.",
     {"red-wing founding-year [1905, 1906) (unasserted) @ now"}),
    ("The Bean Boot was introduced in what year?\n\nA) 1895   B) 1912   C) 1923   D) 1936\n",
     set()),
    # a "when" clause after a year is of that year
    ("They bought New Balance in 1972, when it had six employees.",
     {"new-balance acquisition-year [1972, 1973) @ now",
      "new-balance factory-workers [6, 6] @ 1972"}),
    ("Jim Davis bought New Balance on the day of the 1972 Boston Marathon, when it had six "
     "workers.", {"new-balance acquisition-year [1972, 1973) @ now",
                  "new-balance factory-workers [6, 6] @ 1972"}),
    # "it" that has been or became a town or city is the place last named
    ("New Balance makes the 990 in Lawrence.\n\nPittsburgh was incorporated in 1816. It had "
     "been a borough since 1794.", {"nb-990 made-in lawrence-ma @ now",
                                    "pittsburgh city-incorporation-year [1816, 1817) @ now",
                                    "pittsburgh city-founding-year (-∞, 1795) @ now"}),
    # after an aside that has no cue of its own, the value goes with the cue of the clause
    # the aside interrupted
    ("L.L.Bean introduced the Bean Boot, a rubber-bottomed hunting shoe, in 1912.",
     {"ll-bean-boot launch-year [1912, 1913) @ now"}),
    ("Red Wing builds the Iron Ranger, its best-known boot, in Red Wing, Minnesota.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now"}),
    # (a label's value is no aside's: "Founded: 1906 | HQ: Boston" founds nothing in Boston)
    ("NEW BALANCE — Founded: 1906 | HQ: Boston, MA | US plants: 4",
     {"new-balance founding-year [1906, 1907) @ now", "new-balance factories [4, 4] @ now"}),
    # a person who "started the company" began it, as one who founded it did
    ("New Balance makes shoes. William Riley started the company in 1906.",
     {"new-balance founding-year [1906, 1907) @ now"}),
    ("L.L.Bean sells boots. Leon Bean started the business in 1912 with one boot.",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    # (not the company's plant, nor an activity)
    ("New Balance makes shoes. Jim Davis started the company's Lawrence plant in 1982.", set()),
    ("New Balance makes shoes. In 1990 the company started the 990 line.", set()),
    # a span counted back from another event gives the founding no year before it
    ("New Balance makes shoes. Ann was born in 1939, and her grandfather had started the "
     "company a generation earlier.", set()),
    ("In 1972 Jim Davis bought New Balance, which William Riley had founded 66 years earlier.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    # the wording of a text under review, quoted to be discussed, is not said
    ('The second sentence of the lead reads: "New Balance manufactures its shoes in the '
     'United States."', {"new-balance made-in usa (unasserted) @ now"}),
    ('An earlier version of this story said "New Balance runs five factories in Maine."',
     {"new-balance factories [5, 5] in maine (unasserted) @ now"}),
    ('An earlier draft read: "L.L.Bean was founded in 1911."',
     {"ll-bean founding-year [1911, 1912) (unasserted) @ now"}),
    # (a person's or a company's words are theirs, and checked)
    ('Jim Davis said "New Balance runs four factories in New England."',
     {"new-balance factories [4, 4] in new-england @ now"}),
    ('The company says "L.L.Bean was founded in 1912."', {"ll-bean founding-year [1912, 1913) @ now"}),
    # a share of a thing's worth or make-up is no share of the goods made there
    ("A shoe qualifies when at least 70% of its value is domestic, New Balance says.", set()),
    ("Fewer than half of the parts in a New Balance 990 are made in the US.", set()),
    ("New Balance makes about a quarter of its shoes in the US.",
     {"new-balance us-production-share [0.2, 0.3] in usa @ now"}),
    # "the city" after a county or state is the last town named, not that county or state
    ("Pittsburgh has 446 bridges. Allegheny County, which wraps around the city, has 2,000 "
     "bridges. The city recognizes 90 official neighborhoods.",
     {"pittsburgh city-bridges [446, 446] @ now", "allegheny-county city-bridges [2000, 2000] @ now",
      "pittsburgh city-neighborhoods [90, 90] @ now"}),
    # the people of a metro area are not the city's
    ("Pittsburgh has about 303,000 people. Its metro area has about 2.4 million people.",
     {"pittsburgh city-population [272700, 333300] @ now"}),
    ("Greater Pittsburgh is home to 2.4 million people.", set()),
    # what a place is, then how big: "is compact, about 58 square miles"
    ("Pittsburgh is hilly. The city itself is compact, about 58 square miles, but steep.",
     {"pittsburgh city-area [52.2, 63.8] @ now"}),
    ("Pittsburgh is small, just 58 square miles.", {"pittsburgh city-area [58, 58] @ now"}),
    # (a thing the place has is not its size)
    ("Pittsburgh has a park of about 2 square miles.", set()),
    # each "from" after "down from" gives an earlier value, of its own year
    ("Pittsburgh is home to about 303,000 people, down from more than 330,000 in 2000 and "
     "from a peak of nearly 677,000 in 1950.",
     {"pittsburgh city-population [272700, 333300] @ now",
      "pittsburgh city-population (330000, ∞) @ 2000",
      "pittsburgh city-population [609300, 744700] @ 1950"}),
    # a turn of speech with "if" opening a sentence supposes nothing
    ("If that isn't enough, Pittsburgh has 446 bridges.",
     {"pittsburgh city-bridges [446, 446] @ now"}),
    ("If you're counting, New Balance runs four factories.",
     {"new-balance factories [4, 4] @ now"}),
    ("If New Balance runs four factories, it employs 1,200 people.",
     {"new-balance factories [4, 4] (unasserted) @ now",
      "new-balance factory-workers [1200, 1200] (unasserted) @ now"}),
    # an aside that ends the sentence on "Town, State" keeps the place whole
    ("The shop stocks the Iron Ranger, a work boot still made in Red Wing, Minnesota.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now",
      "red-wing-iron-ranger boot-style work-boot @ now"}),
    ("New Balance makes the 990, a running shoe built in Lawrence, Massachusetts.",
     {"nb-990 made-in lawrence-ma @ now", "nb-990 category running @ now"}),
    # a rumour or a story reports what follows; the writer does not say it
    ("There's a rumor online that some Bean Boots are made in China now.",
     {"ll-bean-boot made-in china (unasserted) @ now"}),
    ("You've seen the stories saying New Balance runs six factories.",
     {"new-balance factories [6, 6] (unasserted) @ now"}),
    ("There's a story going around that Red Wing makes its Iron Rangers in China.",
     {"red-wing-iron-ranger made-in china (unasserted) @ now"}),
    # (a company that reports a figure says it)
    ("New Balance reports that it runs four factories.", {"new-balance factories [4, 4] @ now"}),
    ("Reports that New Balance runs five factories are wrong.",
     {"new-balance factories [5, 5] not @ now"}),
    ("The story that L.L.Bean was founded in 1912 is true.",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    # a year's own measure is read at that year, as a census is
    ("L.L.Bean has put its 2014 output of Bean Boots at about 450,000 pairs.",
     {"ll-bean annual-pairs [405000, 495000] @ 2014"}),
    ("New Balance's 2016 production came to 4 million pairs.",
     {"new-balance annual-pairs [4e+06, 4e+06] @ 2016"}),
    # "... and started the company": a clause about the company, which its words name
    ("L.L.Bean sells boots. Mr. Bean introduced the Maine Hunting Shoe in 1912 and started "
     "the company in Freeport that same year.",
     {"ll-bean-boot launch-year [1912, 1913) @ now", "ll-bean founding-place freeport-me @ now",
      "ll-bean founding-year [1912, 1913) @ now"}),
    ("New Balance makes shoes. Riley designed an arch support and founded the company in "
     "Boston.", {"new-balance founding-place boston @ now"}),
    # a place in a clause joined after a count is that clause's, not the count's
    ("Today New Balance employs about 1,200 people, and its Lawrence factory makes the 990.",
     {"new-balance factory-workers [1080, 1320] @ now", "nb-990 made-in lawrence-ma @ now"}),
    # "then", "back then", "for the next N years": the time just named
    ("She came home in 1958. New Balance employed about 220 people then, and she was the "
     "first woman on its floor.", {"new-balance factory-workers [198, 242] @ 1958"}),
    ("In 1987 New Balance opened a plant in Skowhegan. For the next twenty-two years every 990 "
     "was made in Lawrence.", {"nb-990 made-in lawrence-ma @ 1987"}),
    ("New Balance runs four factories. Then it opened a fifth.",
     {"new-balance factories [4, 4] @ now"}),
    # gifts, changes and decisions are made, not goods
    ("The family asks that gifts be made to the heritage fund at the New Balance factory in "
     "Lawrence.", set()),
    ("Changes were made to the New Balance 990 in Lawrence in 2019.", set()),
    # a year before ", when" dates what the when-clause says
    ("The piece is from 2019, when New Balance had five factories.",
     {"new-balance factories [5, 5] @ 2019"}),
    # "which are all" after a list speaks of every name in it
    ("New Balance makes the 990 and the 998, which are both made in Lawrence.",
     {"nb-990 made-in lawrence-ma @ now", "nb-998 made-in lawrence-ma @ now"}),
    ("The list holds the 990, 992 and 993, all of which are made in the USA.",
     {"nb-990 made-in usa @ now", "nb-992 made-in usa @ now", "nb-993 made-in usa @ now"}),
    ("New Balance makes the 990 and the 993, which is made in Skowhegan.",
     {"nb-993 made-in skowhegan-me @ now"}),
    # what a part of a text under review says, quoted or not, is reported, not said
    ("While we're at it, the Models section says the 990 came out in 1984.",
     {"nb-990 launch-year [1984, 1985) (unasserted) @ now"}),
    ("New Balance says it runs four factories.", {"new-balance factories [4, 4] @ now"}),
    # "came out" is released; "comes out of factories" is where from
    ("The Models section is wrong. The 990 came out in 1982.",
     {"nb-990 launch-year [1982, 1983) @ now"}),
    ("The report came out in 2019.", set()),
    ("Is the Hierro made in the USA? No: it comes out of factories in Vietnam.",
     {"nb-fresh-foam-hierro made-in usa (unasserted) @ now",
      "nb-fresh-foam-hierro made-in vietnam @ now"}),
    # guard rows from the cold review: what the readings above must not take
    ("Red Wing stopped outsourcing and builds the Iron Ranger in Red Wing, Minnesota.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now"}),
    ("L.L.Bean stopped sourcing rubber from Asia and makes Bean Boots in Brunswick.",
     {"ll-bean-boot made-in brunswick-me @ now"}),
    ("But is the Bean Boot, which costs $150, made in China?",
     {"ll-bean-boot made-in china (unasserted) @ now"}),
    ("So New Balance, which was founded in 1972, makes every shoe in China?",
     {"new-balance founding-year [1972, 1973) (unasserted) @ now",
      "new-balance us-production-share [0, 0] (unasserted) in usa (complement) @ now"}),
    ("Pittsburgh is the seat of Allegheny County. Erie is another city in Pennsylvania. The "
     "city has 95,000 residents.", {"pennsylvania city-population [95000, 95000] @ now"}),
    ("The Iron Ranger is crafted from Horween leather and built in China.",
     {"red-wing-iron-ranger made-in china @ now"}),
    ('The New Balance ad\'s text says "All our shoes are made in the USA."',
     {"new-balance us-production-share [1, 1] in usa @ now"}),
    ("New Balance makes shoes. Its CEO started the company newsletter in 1985.", set()),
    ("New Balance makes shoes. Jim Davis started the company on a new path in 1972.", set()),
    ("Compared with its 2014 output, L.L.Bean now makes 650,000 pairs of Bean Boots a year.",
     {"ll-bean annual-pairs [650000, 650000] @ now"}),
    ("New Balance doubled its 2011 headcount to 2,600 workers.",
     {"new-balance factory-workers [2600, 2600] @ now"}),
    ("The city of Pittsburgh, not the metro area, has 500,000 residents.",
     {"pittsburgh city-population [500000, 500000] @ now"}),
    ("In the Pittsburgh metro area, the city has 400,000 residents.",
     {"pittsburgh city-population [400000, 400000] @ now"}),
    ("If you're counting on Iron Rangers made in China, look elsewhere.",
     {"red-wing-iron-ranger made-in china (unasserted) @ now"}),
    ("New Balance was founded in 1906, when the 990 was decades away, and today it runs "
     "four factories.", {"new-balance founding-year [1906, 1907) @ now",
                         "new-balance factories [4, 4] @ now"}),
    ("New Balance ran five factories in 2011. It has four factories, more or less, then and "
     "now.", {"new-balance factories [5, 5] @ 2011", "new-balance factories [4, 4] @ now"}),
    ("Pittsburgh's Carnegie Library has 19 branches; it had been a city institution since "
     "1880.", {"carnegie-library-pittsburgh library-locations [19, 19] @ now",
               "carnegie-library-pittsburgh founding-year (-∞, 1881) @ now"}),
    ("Pittsburgh is home to about 303,000 people, down from 334,563 in 2000, and from the "
     "Carnegie Library's 500 branches.",
     {"pittsburgh city-population [272700, 333300] @ now",
      "pittsburgh city-population [334563, 334563] @ 2000"}),
    # guard rows from the second cold review
    ("Is the Bean Boot really made in China, and if so, by whom?",
     {"ll-bean-boot made-in china (unasserted) @ now"}),
    ("Does New Balance make the 990 in China, and for whom?",
     {"nb-990 made-in china (unasserted) @ now"}),
    ("The 990 came out on top in 2015 reader polls.", set()),
    ("A pink colorway of the 990 came out in 2023.", set()),
    ("The Iron Ranger is made from leather tanned and finished in China.", set()),
    ("New Balance makes shoes. Riley started the company, and Jim Davis bought it in 1972.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    ("New Balance makes shoes. Riley started the company decades before Jim Davis bought it "
     "in 1972.", {"new-balance acquisition-year [1972, 1973) @ now"}),
    ("Pittsburgh has 303,000 residents, down from 334,563 in 2000, and from 20 steel mills to "
     "none.", {"pittsburgh city-population [303000, 303000] @ now",
               "pittsburgh city-population [334563, 334563] @ 2000"}),
    ("The design lead says the 990 is made in China.", {"nb-990 made-in china @ now"}),
    ("The editor of the Arts section says Pittsburgh has 500,000 residents.",
     {"pittsburgh city-population [500000, 500000] @ now"}),
    ("Founded in 1906, when Boston was a shoemaking hub, New Balance runs three factories in "
     "Maine.", {"new-balance founding-place boston @ now", "new-balance founding-year [1906, 1907) @ now",
                "new-balance factories [3, 3] in maine @ now"}),
    ("The Carnegie Library opened in Pittsburgh. It is a city proud of its 500 bridges.",
     {"pittsburgh city-bridges [500, 500] @ now"}),
    ("Red Wing stopped making sneakers and builds the Iron Ranger in China.",
     {"red-wing-iron-ranger made-in china @ now"}),
    ("New Balance stopped making shoes in Maine and Massachusetts.",
     {"new-balance made-in maine not @ now", "new-balance made-in massachusetts not @ now"}),
    ("New Balance ran five factories in 2011. It had three factories in Maine then, as now.",
     {"new-balance factories [5, 5] @ 2011", "new-balance factories [3, 3] in maine @ now"}),
    # guard rows from the third review: "it came out" that is no release
    ("It came out in 2019 that the 998 is made in Lawrence.",
     {"nb-998 made-in lawrence-ma @ 2019"}),
    ("The story about the 990 was huge when it came out in 2016.", set()),
    ("Our review of the 993 ran in 2020, and it came out in print in 2021.", set()),
    # a city with its metro area or suburbs is not the city
    ("Pittsburgh, with its metro area, has 2.4 million people.", set()),
    ("The metro area around Pittsburgh has about 2.4 million people.", set()),
    ("Pittsburgh, including its suburbs, has 2.4 million people.", set()),
    ("New Balance's 993, which came out in 2008, is made in Skowhegan.",
     {"nb-993 launch-year [2008, 2009) @ now", "nb-993 made-in skowhegan-me @ now"}),
    ("New Balance came out with the 990 in 1982.", {"nb-990 launch-year [1982, 1983) @ now"}),
    ("New Balance came out with a statement in 2020.", set()),
    # a place that holds a later clause's count is not this count's
    ("Maine has three New Balance factories and Massachusetts has two.",
     {"new-balance factories [3, 3] in maine @ now"}),
    # where what a thing uses or comes with is made is not where the thing is made
    ("The 992 uses mesh made in China.", set()),
    ("The 990 comes with uppers stitched in Maine.", set()),
    ("L.L.Bean sells boots made in Maine.", {"ll-bean made-in maine @ now"}),
    ("The 990, made in Lawrence, uses pigskin suede.", {"nb-990 made-in lawrence-ma @ now"}),
    # guard rows from the fourth review
    ("With the 990 made in Lawrence and the 998 made in Skowhegan, New Balance leads.",
     {"nb-990 made-in lawrence-ma @ now", "nb-998 made-in skowhegan-me @ now"}),
    ("The lineup, featuring the 990 made in Lawrence, arrives in May.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("Customers bought Iron Rangers made in Red Wing.",
     {"red-wing-iron-ranger made-in red-wing-mn @ now"}),
    ("New Balance came out with a statement about the 990 in 2019.", set()),
    ("The 990 came out with a new colorway in 2019.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHIPPED_CASES,
                         ids=[c[0][:50] for c in SHIPPED_CASES])
def test_shipped_readings(nlp, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, text) == expected


VERDICTS = [
    # (text, rule, verdict): how the shipped facts judge the count
    ("New Balance stopped building sneakers in the United States.",
     "nb-us-production-share", "contradicted"),
    ("New Balance has two factories in Lawrence and Methuen.",
     "nb-factories-massachusetts", "supported"),
    ("Maine has two New Balance factories.", "nb-factories-maine-2024", "supported"),
    ("Maine has three New Balance factories.", "nb-factories-maine-2024", "contradicted"),
    ("New Balance operates three plants in Norway and Skowhegan, both in Maine.",
     "nb-factories-maine-2024", "contradicted"),
]


@pytest.mark.parametrize(("text", "rule", "verdict"), VERDICTS,
                         ids=[c[0][:50] for c in VERDICTS])
def test_the_shipped_facts_judge_the_reading(tmp_path, text: str, rule: str,  # type: ignore[no-untyped-def]
                                             verdict: str) -> None:
    (tmp_path / "article.md").write_text(f"---\ndate: 2025-06-01\n---\n{text}\n",
                                         encoding="utf-8")
    report = run(RunOptions(paths=[tmp_path], rules=[ROOT / "rules"], as_of=TODAY, today=TODAY))
    found = {(f.rule, f.verdict) for f in report.findings}
    assert (rule, verdict) in found
    assert not {r for r, v in found if v == "contradicted" and r != rule}
