"""Readings added in session 16, each with rows in other words than the blind sets that
prompted them (domain12-24, heldout-shipped16), and guard rows from two cold reviews: a
business founded right after a place's name; "make" with an object and what it becomes;
percentages that compare; "part of a"; shares of goods sold; founders' origin after "by";
places after "from" for ages; what a thing is made from or of; restricted origin claims
("the pieces made in Ohio", "U.S. manufacturing", a granted denial); owners after an
aside's verb; industry-wide clauses; "the state" and "the country" after a city; "it" after
a place opening the clause; counts before sites in two states; "there's"; years "with us";
contracted pronouns; "they" who make "it"; "they" after two unknown names; hyphened
numbers; bylines under header rows. Read at ``TODAY`` with the shipped rules; described as
in ``test_registers14``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.documents.text import read_text
from claimcheck.nlp import analyse
from claimcheck.run import RunOptions, run
from tests.claims.test_registers14 import _read
from tests.conftest import ROOT, TODAY

SHIPPED_CASES = [
    # a business or a site right before the verb of founding is what was founded, not the
    # place named before it
    ("The plant in Skowhegan, Maine, a family shop founded in 1962, employs 40 people.", set()),
    ("Its supplier, based in Lawrence, a tannery established in 1921, ships weekly.", set()),
    ("In Pittsburgh, the library was founded in 1895.", set()),
    ("Pittsburgh's oldest brewery, which was founded in 1861, still runs.", set()),
    # (a place's own founding stays)
    ("Pittsburgh, a city founded in 1758, has 446 bridges.",
     {"pittsburgh city-founding-year [1758, 1759) @ now",
      "pittsburgh city-bridges [446, 446] @ now"}),
    ("Pittsburgh was founded in 1758.", {"pittsburgh city-founding-year [1758, 1759) @ now"}),
    ("New Balance, a company founded in 1906, makes shoes in Maine.",
     {"new-balance founding-year [1906, 1907) @ now", "new-balance made-in maine @ now"}),
    # "make" with an object and what it makes it be is no making
    ("New Balance runs its Skowhegan plant on hydropower, which makes its shoes greener.",
     set()),
    ("Solar panels made the Lawrence factory carbon-neutral in 2020.", set()),
    ("Wind turbines supply about 40 percent of the Lawrence factory's power, which makes "
     "New Balance's sneakers cleaner.", set()),
    ("New Balance makes the 990 in Lawrence, which makes it pricier than the 880.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("New Balance's Hierro is made for it by a partner near Hanoi, Vietnam.",
     {"nb-fresh-foam-hierro made-in vietnam @ now"}),
    # (the making itself stays)
    ("New Balance makes its shoes in Maine.", {"new-balance made-in maine @ now"}),
    # a percentage that compares is no share of the making
    ("The new Skowhegan line uses 20 percent less leather than the plant New Balance built "
     "in 1990.", set()),
    ("New Balance makes about 25 percent of its shoes in the US.",
     {"new-balance us-production-share [0.2, 0.3] in usa @ now"}),
    # "part of a ..." is a part of one thing
    ("The Lawrence factory, part of a $20 million plan that also built a store, makes the "
     "990.", {"nb-990 made-in lawrence-ma @ now"}),
    # a share of what was sold is no share of where it is made
    ("Its factory stores sold about 12 percent of everything New Balance made in the US.",
     set()),
    ("New Balance sells about 30 percent of the shoes it makes in America through its own "
     "stores.", set()),
    # a place inside "by" and the founders or makers is where they come from
    ("New Balance was founded in 1906 by William Riley, an immigrant from England.",
     {"new-balance founding-year [1906, 1907) @ now"}),
    ("New Balance was founded in 1906 by William Riley, a cobbler raised in England.",
     {"new-balance founding-year [1906, 1907) @ now"}),
    ("Red Wing was founded in 1905 by two Minneapolis University engineers.",
     {"red-wing founding-year [1905, 1906) @ now"}),
    # (the founders' own town or state is often the place, as the blind sets' writers
    # read it: "formed in 1958 by a group of Bedmar growers")
    ("Red Wing was founded in 1905 by two Minnesota shoemakers.",
     {"red-wing founding-year [1905, 1906) @ now", "red-wing founding-place minnesota @ now"}),
    ("The 990 is assembled by New Balance's Lawrence factory.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("Every 990 is stitched by workers in the New Balance plant of Lawrence, Massachusetts.",
     {"nb-990 made-in lawrence-ma @ now"}),
    # (a place of the founding or making after "by ..." stays)
    ("New Balance was founded by William Riley in downtown Boston in 1906.",
     {"new-balance founding-place boston @ now",
      "new-balance founding-year [1906, 1907) @ now"}),
    ("The 990 is made by workers in Skowhegan, Maine.", {"nb-990 made-in skowhegan-me @ now"}),
    ("The 990 is made by hand in Lawrence.", {"nb-990 made-in lawrence-ma @ now"}),
    ("The 990 is made for New Balance by a partner near Lawrence, Massachusetts.",
     {"nb-990 made-in lawrence-ma @ now"}),
    # a place after "from", "across", "to" is where, not what is that old
    ("A study followed 900 men from western Pennsylvania for about 20 years.", set()),
    ("The study followed 500 workers from Pittsburgh for 30 years.", set()),
    ("Trucks have hauled steel across Pennsylvania for 80 years.", set()),
    ("For 30 years she taught apprentices the Pittsburgh way.", set()),
    # (the place's own age stays)
    ("Pittsburgh has stood at the forks of the Ohio for more than 260 years.",
     {"pittsburgh city-founding-year (-∞, 1765.91) @ now"}),
    # what a thing is made from or of, and where that comes from, is not where it is made
    ("The 990 is made from American leather.", set()),
    ("New Balance makes the 990 from suede tanned in Maine.", set()),
    ("L.L.Bean's boots are made of Maine leather.", set()),
    # (the making's own place stays)
    ("The 990 is made from scratch in Lawrence.", {"nb-990 made-in lawrence-ma @ now"}),
    ("The 990 is made of suede in Lawrence.", {"nb-990 made-in lawrence-ma @ now"}),
    ("The Bean Boot is made in Maine out of rubber and leather.",
     {"ll-bean-boot made-in maine @ now"}),
    ("Red Wing still makes its boots in its birthplace of Red Wing, Minnesota.",
     {"red-wing founding-place red-wing-mn @ now"}),
    # after an aside, an owner named after the verb is no subject of its own
    ("The 990, which went on sale in 1982, is made at the company's Lawrence plant.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("The 990, launched in 1982, is still made at New Balance's Lawrence factory.",
     {"nb-990 launch-year [1982, 1983) @ now", "nb-990 made-in lawrence-ma @ now"}),
    # a clause about a whole industry is no one's the reader was told about
    ("New Balance makes about a quarter of its shoes in the US. Across the industry, "
     "virtually all of the athletic footwear sold in the United States is imported.",
     {"new-balance us-production-share [0.2, 0.3] in usa @ now"}),
    ("New Balance makes about a quarter of its shoes in the US. Industry-wide, nearly all "
     "sneakers are made in Asia.",
     {"new-balance us-production-share [0.2, 0.3] in usa @ now"}),
    # a count before one list of sites in two states is all of them
    ("New Balance has four plants, Skowhegan and Norway in Maine and Methuen and Lawrence "
     "in Massachusetts.", {"new-balance factories [4, 4] @ now"}),
    ("New Balance runs four factories today: Norway and Skowhegan in Maine, and Lawrence "
     "and Methuen in Massachusetts.", {"new-balance factories [4, 4] @ now"}),
    # (a list in one state is that state's)
    ("New Balance runs two factories in Lawrence and Methuen, Massachusetts.",
     {"new-balance factories [2, 2] in massachusetts @ now"}),
    # "the state" after a city is the city's state, never the city; a place noun after
    # "the other side of" is where, no subject
    ("Pittsburgh has about 303,000 residents. The state is home to about 13 million "
     "people.", {"pittsburgh city-population [272700, 333300] @ now",
                 "pennsylvania city-population [1.17e+07, 1.43e+07] @ now"}),
    ("Pittsburgh has about 303,000 residents. Erie, at the other end of the state, is home "
     "to about 95,000 people.", {"pittsburgh city-population [272700, 333300] @ now"}),
    # "it" opening a linked clause after a place that opens the clause is that place
    ("The Carnegie Library opened in 1895. Pittsburgh was settled in 1758, so it is older "
     "than the nation itself.", {"pittsburgh city-founding-year [1758, 1759) @ now"}),
    # (the city itself still is)
    ("Pittsburgh has about 303,000 residents. The city has 446 bridges.",
     {"pittsburgh city-population [272700, 333300] @ now",
      "pittsburgh city-bridges [446, 446] @ now"}),
    # "there's" is no place of the count's
    ("The first store opened in Freeport in 1917. Red Wing runs about 500 stores, so "
     "there's likely one near you.", {"red-wing retail-stores [450, 550] @ now"}),
    ("Red Wing opened its first store in Red Wing. Today it has about 500 stores, and "
     "there'll be more.", {"red-wing retail-stores [450, 550] @ now"}),
    # (a "there" that points back still does)
    ("New Balance has four factories in New England and employs 1,250 people there.",
     {"new-balance factories [4, 4] in new-england @ now",
      "new-balance factory-workers [1250, 1250] in new-england @ now"}),
    # people's years with the company are no age of it
    ("New Balance employs 1,000 people in Maine. Many of them have been with us for more "
     "than twenty years.", {"new-balance factory-workers [1000, 1000] in maine @ now"}),
    ("Most of its stitchers have been with New Balance for over 30 years.", set()),
    # (its own years still are)
    ("New Balance has been in Boston for over 100 years.",
     {"new-balance founding-year (-∞, 1925.91) @ now"}),
    # "they" who make "it" after a product is named: the product's making; a contracted
    # pronoun ("They've") opening the clause is a pronoun, no name the rules do not know
    ("The 993 is New Balance's best runner. They build it in Skowhegan.",
     {"nb-993 made-in skowhegan-me @ now", "nb-993 category running @ now"}),
    ("The 992 is a New Balance classic. They've been making it in Lawrence since it was "
     "introduced in 2006.", {"nb-992 made-in lawrence-ma @ now",
                      "nb-992 launch-year [2006, 2007) @ now"}),
    ("New Balance makes the 990. They've got four factories.",
     {"new-balance factories [4, 4] @ now"}),
    # a number hyphenated to a noun measures one thing, no count of the noun after it
    ("Kestrel Ridge is a guitar maker. Its Bellwood is a 12-fret guitar with 19 frets.",
     set()),
    # a place after "from our" is where, not what is that old
    ("Why shop at L.L.Bean? We've been outfitting hikers from our Freeport home since 1912.",
     {"ll-bean founding-year (-∞, 1913) @ now"}),
    # a speaker called wrong with a contracted verb denies what follows
    ("You're mistaken that the 990 is made in China.", {"nb-990 made-in china not @ now"}),
    ("He's wrong that New Balance makes the 990 in Vietnam.",
     {"nb-990 made-in vietnam not @ now"}),
    # "they" after two names the rules do not know are those two
    ("New Balance makes about a quarter of its shoes in the US. That is more than Hoka "
     "and Asics can say. They make almost none of their shoes in America.",
     {"new-balance us-production-share [0.2, 0.3] in usa @ now"}),
    # (after places, or names the rules know, "they" goes on as before)
    ("New Balance makes shoes in Maine and Massachusetts. They employ about 1,200 people.",
     {"new-balance made-in maine @ now", "new-balance made-in massachusetts @ now",
      "new-balance factory-workers [1080, 1320] @ now"}),
    # (and "our", "its" after the verb are owners too)
    ("The 990, launched in 1982, is made at our Lawrence factory.",
     {"nb-990 launch-year [1982, 1983) @ now", "nb-990 made-in lawrence-ma @ now"}),
    ("New Balance makes trail shoes. Styles such as the Fresh Foam Hierro, a trail runner, "
     "are made by our partners in Vietnam.", {"nb-fresh-foam-hierro made-in vietnam @ now",
                   "nb-fresh-foam-hierro category trail-running @ now"}),
    # guard rows from the second cold review: readings right at the session's start
    ("L.L.Bean makes Bean Boots in Maine. Hunter's parent company makes its boots in China.",
     {"ll-bean-boot made-in maine @ now"}),
    ("Bean Boots sell out every winter in Denver and Chicago. They are made in China, one "
     "shopper insisted.", {"ll-bean-boot made-in china @ now"}),
    ("New Balance ships the 990 to Tokyo and Seoul. They employ about 1,250 people in New "
     "England.", {"new-balance factory-workers [1125, 1375] in new-england @ now"}),
    ("L.L.Bean was founded by Leon Bean in Portland Maine in 1912.",
     {"ll-bean founding-place portland-me @ now", "ll-bean founding-year [1912, 1913) @ now"}),
    ("New Balance was founded in 1906 by William Riley, a British immigrant, in Lawrence.",
     {"new-balance founding-place lawrence-ma @ now",
      "new-balance founding-year [1906, 1907) @ now"}),
    ("L.L.Bean has been at Freeport for more than 150 years.",
     {"ll-bean founding-year (-∞, 1875.91) @ now"}),
    ("Pittsburgh has about 303,000 residents. The country has about 335 million residents.",
     {"pittsburgh city-population [272700, 333300] @ now",
      "usa city-population [3.015e+08, 3.685e+08] @ now"}),
    # guard rows from the session's cold review: readings right at the session's start
    ("The 990 is made in the city of Lawrence, Massachusetts.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("L.L.Bean was founded in the town of Freeport, Maine.",
     {"ll-bean founding-place freeport-me @ now"}),
    ("The 990 is made in the heart of Massachusetts.", {"nb-990 made-in massachusetts @ now"}),
    ("Welcome to Pittsburgh, a city more than 260 years old.",
     {"pittsburgh city-founding-year (-∞, 1765.91) @ now"}),
    ("Pittsburgh, home to a brewery, was founded in 1758.",
     {"pittsburgh city-founding-year [1758, 1759) @ now"}),
    ("Pittsburgh's site was settled in 1758, at the forks of the Ohio.",
     {"pittsburgh city-founding-year [1758, 1759) @ now"}),
    ("Maine is home to about 1.4 million people. The state has 300 bridges.",
     {"maine city-population [1.26e+06, 1.54e+06] @ now", "maine city-bridges [300, 300] @ now"}),
    ("Boston has about 650,000 residents. The state has 1,400 bridges.",
     {"boston city-population [585000, 715000] @ now",
      "massachusetts city-bridges [1400, 1400] @ now"}),
    ("Pittsburgh has 446 bridges. Half of the city's 90 neighborhoods sit on hills.",
     {"pittsburgh city-bridges [446, 446] @ now", "pittsburgh city-neighborhoods [90, 90] @ now"}),
    ("New Balance makes shoes in Maine. In the US market, it makes about a quarter of what it "
     "sells.", {"new-balance made-in maine @ now",
                "new-balance us-production-share [0.2, 0.3] in usa @ now"}),
    # "almost none" made there denies the place, as "none" does
    ("New Balance makes almost none of its sneakers in China.",
     {"new-balance made-in china not @ now"}),
    ("New Balance makes about 25 percent more or less of its shoes in the US.",
     {"new-balance us-production-share [0.2, 0.3] in usa @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), SHIPPED_CASES,
                         ids=[c[0][:50] for c in SHIPPED_CASES])
def test_shipped_readings(nlp, text: str, expected: set[str]) -> None:
    assert _read(nlp, text) == expected


RESTRICTED_ORIGINS = [
    # a noun phrase that picks out the things made there says some are, not all
    ("New Balance says the sneakers made in Maine sell best.", False),
    ("The shoes New Balance makes in Maine cost more than its imports.", False),
    ("The boots that L.L.Bean still makes in Maine are sewn by hand.", False),
    ("The lab tested New Balance's Maine-made sneakers.", False),
    # (the unqualified claim is still one)
    ("New Balance makes its sneakers in the United States.", True),
    ("New Balance shoes are American-made.", True),
    ("New Balance's shoes are made in Maine.", True),
    # a place before a noun of making says some of it is there
    ("New Balance is proud of its American production.", False),
    ("New Balance keeps investing in U.S. manufacturing.", False),
    # a denial a speaker is called wrong for, granted, says some still are made there
    ("Your columnist is wrong that New Balance no longer makes anything in New England.",
     False),
    ("Critics are mistaken that New Balance stopped making shoes in Maine.", False),
    ("New Balance has made shoes in Maine for decades.", True),
    ("For decades New Balance's factories made sneakers in the USA.", True),
    ("New Balance sneakers made in the USA since 1938.", True),
    ("New Balance sells only American-made sneakers.", True),
    ("New Balance makes shoes in Maine and always has.", True),
]


@pytest.mark.parametrize(("text", "flagged"), RESTRICTED_ORIGINS,
                         ids=[c[0][:50] for c in RESTRICTED_ORIGINS])
def test_a_place_that_picks_out_some_is_no_unqualified_origin(tmp_path, text: str,  # type: ignore[no-untyped-def]
                                                               flagged: bool) -> None:
    (tmp_path / "article.txt").write_text(text + "\n", encoding="utf-8")
    report = run(RunOptions(paths=[tmp_path], rules=[ROOT / "rules"], as_of=TODAY, today=TODAY))
    rules = {f.rule for f in report.findings}
    assert ("made-in-usa-unqualified" in rules) is flagged


BYLINES_BELOW_A_HEADER = [
    # a byline under header rows, one of which ends like a sentence ('"Why?"'), still dates
    # the article: the rows are no text yet
    ('THE SHOE SHOW\nA podcast\n\nEpisode 9: "Where are they made?"\nPublished: Monday, '
     'June 2, 2024\nHost: Dana Reyes.\n\nNew Balance runs four factories.\n',
     dt.date(2024, 6, 2)),
    ("Forum > Boots\nThread: Are Bean Boots still made in Maine?\nPosted: Friday, October 4, "
     "2019\n\nL.L.Bean makes the Bean Boot in Maine.\n", dt.date(2019, 10, 4)),
    # (a paragraph of text before it still ends the search, and so does a list of the text)
    ("A glance at New Balance:\n\n- It runs four factories.\n- It makes the 990.\n\nThe 2016 "
     "meeting\nJune 14, 2016\n", None),
    ("New Balance runs four factories.\n\nPosted: Friday, October 4, 2019\n", None),
]


@pytest.mark.parametrize(("text", "date"), BYLINES_BELOW_A_HEADER,
                         ids=[d[0][:40] for d in BYLINES_BELOW_A_HEADER])
def test_a_byline_below_header_rows_dates_the_article(nlp, text: str,  # type: ignore[no-untyped-def]
                                                       date: dt.date | None) -> None:
    analysed = next(analyse(nlp, [read_text("a.txt", text)], None, TODAY))
    assert analysed.date == (date or TODAY)


def test_a_clause_about_a_whole_industry_is_no_one_s_we_know(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.documents.markdown import read_markdown

    text = ('# New Balance: our factories\n\nWe put "Made in USA" on a sneaker only when '
            "domestic parts and labor make up at least 70% of it.\n\nAcross the industry, "
            "virtually all of the running footwear sold in the United States is imported, "
            "most of it from China.\n")
    claims = next(analyse(nlp, [read_markdown("a.md", text)], None, TODAY)).claims
    assert [(c.subject, c.attribute, str(c.value.interval), c.asserted) for c in claims
            if not c.attribute.startswith("~")] == [
        ("new-balance", "us-production-share", "[0.7, 1]", False)]
