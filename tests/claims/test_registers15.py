"""Readings added in session 15, each with rows in other words than the blind sets that
prompted them (domain22, domain23, domain24) and guard rows from the cold review: share lists
that name the place first and "the rest" shared by several places; places and years listed
under one verb; facilities referred to ("that plant", "the Bedford plant", "A second plant
opens in"), a known site as a verb's subject; "did not ... until"; "owned ... since"; a
fronted "When ... in 2004,"; a when-clause's year; relative years ("that same year", "the
next year"); hedges with "if"; a speaker called wrong; goods sold, people laid off, money
spent on a campaign; a building that is a house; another party's clause; a category right
after a name; a relative clause's own mood; date lines above the text. Read at ``TODAY``
with the shipped rules, and with session 14's coffee roaster (bean shares and roastery
years given place by place); described as in ``test_registers14``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claims.test_registers14 import _read, roaster_nlp  # noqa: F401  (a fixture)
from tests.conftest import TODAY

ROASTER_CASES = [
    # a list of shares each after its place: the clause's opening place is the first's
    ("Kenya supplies half of Harrow's beans, Ethiopia 30 percent and Colombia the rest.",
     {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now",
      "hr-harrow hr-bean-share [0.3, 0.3] in hr-ethiopia @ now",
      "hr-harrow hr-bean-share [0.2, 0.2] in hr-colombia @ now"}),
    ("Harrow Coffee roasts in Leeds. Ethiopia provides about 40 percent of its coffee and "
     "Kenya roughly a third.",
     {"hr-harrow hr-bean-share [0.32, 0.48] in hr-ethiopia @ now",
      "hr-harrow hr-bean-share [0.266667, 0.4] in hr-kenya @ now"}),
    # (one place alone still gives its share)
    ("Colombia accounts for 20% of the beans Harrow buys.",
     {"hr-harrow hr-bean-share [0.2, 0.2] in hr-colombia @ now"}),
    # "the rest" from two places is shared out: no one place's
    ("Harrow gets 50 percent of its coffee from Kenya and the rest from Ethiopia and "
     "Colombia.", {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now"}),
    ("Harrow gets 50 percent of its coffee from Kenya and the remainder from Ethiopia, "
     "Colombia or both.", {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now"}),
    ("Harrow gets 50 percent of its coffee from Kenya and the remainder from Ethiopia.",
     {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now",
      "hr-harrow hr-bean-share [0.5, 0.5] in hr-ethiopia @ now"}),
    # places and years listed under one verb: each place its own year
    ("Harrow opened the Leeds roastery in 1998 and its York one in 2005.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now",
      "hr-harrow hr-opening-year [2005, 2006) in hr-york @ now"}),
    ("Harrow opened roasteries in Leeds in 1998, in York in 2005 and in Kenya in 2016.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now",
      "hr-harrow hr-opening-year [2005, 2006) in hr-york @ now",
      "hr-harrow hr-opening-year [2016, 2017) in hr-kenya @ now"}),
    ("Harrow opened a roastery in York in 2005 and another in Leeds in 2012.",
     {"hr-harrow hr-opening-year [2005, 2006) in hr-york @ now",
      "hr-harrow hr-opening-year [2012, 2013) in hr-leeds @ now"}),
    # (a verb of its own is another event: no opening)
    ("Harrow opened a roastery in Leeds in 1998 and refitted its York roastery in 2005.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now"}),
    ("Harrow opened a roastery in Leeds in 1998 and shut its York roastery in 2019.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now",
      "hr-harrow hr-closure-year [2019, 2020) in hr-york @ now"}),
    # a facility referred to ("that roastery", "the Leeds roastery") in a clause that names
    # no one is the last organisation's, at the last place named with it
    ("Harrow roasts its espresso at a roastery in Leeds. That roastery opened in 1998.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now"}),
    ("Harrow closed a roastery in York. The roastery shut in 2019.",
     {"hr-harrow hr-closure-year [2019, 2020) in hr-york @ now"}),
    ("Harrow is expanding. The Leeds roastery, which opened in 1998, will add a second line.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now"}),
    # (another kind of place is not the one named)
    ("Harrow has a roastery in Leeds. The cafe opened in 2001.", set()),
    # (also with its place named: "the York roastery")
    ("Harrow Coffee roasts in Leeds. The York roastery closed in 2019.",
     {"hr-harrow hr-closure-year [2019, 2020) in hr-york @ now"}),
    # (a timeline's year, not the relative year of a clause of its own after a comma)
    ("2019 — The York roastery closes, and Harrow moves to Leeds the following year.",
     {"hr-harrow hr-closure-year [2019, 2020) in hr-york @ now",
      "hr-harrow hr-move-year [2020, 2021) @ now"}),
    # goods sold are a measure, no sale of the company (but its founders sold it)
    ("Harrow roasts coffee. About 40 percent of the bags sold in 2019 were decaf.", set()),
    ("Harrow's founders sold it in 2012.", {"hr-harrow hr-sale-year [2012, 2013) @ now"}),
    # a place the rules date a facility at, as the verb's subject, is the facility there
    ("Harrow had a roastery in York. York closed in 2019.",
     {"hr-harrow hr-closure-year [2019, 2020) in hr-york @ now"}),
    ("Harrow Coffee roasts in Leeds. York opened a museum in 2019.", set()),
    # a facility named with its place right before the verb is the verb's; "that same
    # year" and "the next year" count from the year before them; "if I remember right"
    # hedges, it supposes nothing
    ("Harrow moved to Leeds in 2004, and if I remember right the York roastery opened that "
     "same year.", {"hr-harrow hr-move-year [2004, 2005) @ now",
                    "hr-harrow hr-opening-year [2004, 2005) in hr-york @ now"}),
    ("Harrow opened its Leeds roastery in 1998. The next year it moved to Leeds.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now",
      "hr-harrow hr-move-year [1999, 2000) @ now"}),
    ("If Harrow moved to Leeds in 2004, it says so nowhere.",
     {"hr-harrow hr-move-year [2004, 2005) (unasserted) @ now"}),
    # places listed after a facility noun are where they are, not who has the people
    ("Harrow roasts coffee. It runs two roasteries (Leeds and York) and employs about 40 "
     "people.", {"hr-harrow hr-roasteries [2, 2] @ now",
                 "hr-harrow factory-workers [36, 44] @ now"}),
    # (session 16: "It's" is now read as "it", Harrow, so the row gets Harrow's counts;
    # before, "It's" was taken for a name the rules do not know and nothing was read)
    ("Harrow is doing well. It's two roasteries (Leeds and York) and about 40 people.",
     {"hr-harrow hr-roasteries [2, 2] @ now", "hr-harrow factory-workers [36, 44] @ now"}),
    # goods sold, by whoever sells them, are no sale of the company (but its founders
    # sold it, above)
    ("Harrow roasts coffee. Its four cafes sold about 11 percent of its coffee in 2019.",
     set()),
    # an opening or closing of something other than a site is none of the company's sites
    # (cold review: "Calhoun closed its library in 2015")
    ("Harrow has a roastery in York. York closed its library in 2019.", set()),
    ("Harrow opened a cafe in Leeds in 2001.", set()),
    ("Harrow closed the deal in York in 2019.", set()),
    ("Harrow closed its doors in York in 2019.",
     {"hr-harrow hr-closure-year [2019, 2020) in hr-york @ now"}),
    # a new facility that opens in a place: the opening there
    ("Harrow roasts coffee. 2012 - A second roastery opens in Leeds.",
     {"hr-harrow hr-opening-year [2012, 2013) in hr-leeds @ now"}),
    # (from the cold review: guards of the above)
    ("Harrow Coffee was sold around 2012.", {"hr-harrow hr-sale-year [2010, 2015) @ now"}),
    ("The Okafors sold 51 percent of Harrow to Bramble Foods in 2012.",
     {"hr-harrow hr-sale-year [2012, 2013) @ now"}),
    # "did not ... until 2004": it did, in 2004
    ("Harrow did not move to Leeds until 2004.", {"hr-harrow hr-move-year [2004, 2005) @ now"}),
    ("Harrow did not move to Leeds in 2004.",
     {"hr-harrow hr-move-year [2004, 2005) not @ now"}),
]

SHIPPED_CASES = [
    # a present owner "since" a year bought it that year
    ("New Balance, owned by Jim Davis since 1972, makes shoes in Maine.",
     {"new-balance acquisition-year [1972, 1973) @ now",
      "new-balance founding-year (-∞, 1973) @ now", "new-balance made-in maine @ now"}),
    ("New Balance was owned by the Riley family until 1972.", set()),
    # a fronted "When ... in 1972," dates the clause after it
    ("When Jim and Anne Davis bought New Balance from the Kidd family in 1972, it had six "
     "employees.", {"new-balance acquisition-year [1972, 1973) @ now",
                    "new-balance factory-workers [6, 6] @ 1972"}),
    # a name after the year with a place of its own ("and the 993 in Lawrence") takes no
    # year of the clause before it
    ("The 990 is still made in Skowhegan, as it has been since New Balance introduced it in "
     "1982, and the 993 in Lawrence.",
     {"nb-990 launch-year [1982, 1983) @ now", "nb-990 made-in skowhegan-me @ now",
      "nb-993 made-in lawrence-ma @ now"}),
    # a place-first list that names the share's own place (the US) gives its share
    ("China accounts for about 70 percent of New Balance's shoe production and the US for "
     "25 percent.", {"new-balance us-production-share [0.25, 0.25] in usa @ now"}),
    ("Vietnam makes 60 percent of New Balance's shoes, China 20 percent and the US the "
     "rest.", {"new-balance us-production-share [0.2, 0.2] in usa @ now"}),
    # a person's pronoun before a verb of founding in a relative clause founds what the
    # clause hangs on: no one's own start ("there" right after the verb is where, even
    # before "has")
    ("New Balance makes shoes in Maine. William Riley opened a shop in Boston in 1906, and "
     "the company he founded there has grown ever since.",
     {"new-balance founding-place boston @ now", "new-balance made-in maine @ now"}),
    ("L.L.Bean, which he started in Freeport in 1912, still sells boots.",
     {"ll-bean founding-place freeport-me @ now", "ll-bean founding-year [1912, 1913) @ now"}),
    # (but "she started there as a clerk" is her start)
    ("L.L.Bean is in Freeport. In 1989 she started there as a clerk.", set()),
    # where the making was brought back from is where it was, not where it is
    ("New Balance brought the making of its 990 back from China.", set()),
    ("In 2019 New Balance brought production of the 990 home from Vietnam.", set()),
    ("New Balance moved production of the 990 from Boston to Skowhegan in 2010.",
     {"nb-990 made-in skowhegan-me @ 2010"}),
    # what a speaker is called wrong about is denied, and a denial in it granted
    ("And the reader is mistaken that New Balance no longer makes shoes in Maine.",
     {"new-balance made-in maine @ now"}),
    ("The blogger was wrong to say that New Balance makes the 990 in China.",
     {"nb-990 made-in china not @ now"}),
    ("It is not true that L.L.Bean was founded in 1920.",
     {"ll-bean founding-year [1920, 1921) not @ now"}),
    # people who lost their jobs, or were laid off, are no headcount (after "who" too)
    ("New Balance has not forgotten the 140 workers who lost their jobs that spring.", set()),
    ("The 60 New Balance workers who were laid off in March found new jobs.", set()),
    # someone's years at work on a thing are not the thing's age
    ("New Balance makes the 990. My uncle has worked on the 990 line for 22 years.", set()),
    ("The 990 has been made in the USA for over 40 years.",
     {"nb-990 launch-year (-∞, 1985.91) @ now", "nb-990 made-in usa @ now"}),
    # how long a step of the making lasts is no age
    ("New Balance makes the 990. It dries for two days and is stitched by hand.", set()),
    # a building is a house, no making (but "is building boots")
    ("New Balance's people work in a brick building in Skowhegan.", set()),
    ("Red Wing is building its boots in Minnesota.", {"red-wing made-in minnesota @ now"}),
    # a clause opening with another party of the last subject's is the other party's
    ("New Balance makes shoes in Maine. Its biggest rival, a Portland firm, makes boots in "
     "Minnesota.", {"new-balance made-in maine @ now"}),
    ("New Balance makes shoes in Maine. Its biggest rival, Red Wing, makes boots in "
     "Minnesota.", {"new-balance made-in maine @ now", "red-wing made-in minnesota @ now"}),
    # "not everything ... is made in" is not all, no denial of the place; "everything from
    # X to Y" is a range of products, no share
    ("Not everything with a New Balance logo is made in the USA.",
     {"new-balance us-production-share [0, 1) in usa @ now"}),
    ("Not quite everything with a New Balance logo is made in the USA.",
     {"new-balance us-production-share [0, 1) in usa @ now"}),
    ("New Balance's Maine plants turn out everything from the 990 to the 993.",
     {"nb-990 made-in maine @ now", "nb-993 made-in maine @ now"}),
    # "most of them" after the clause's own count is of that count: no earlier owner's
    ("New Balance runs five factories. Riverbend, founded in 1901, sells plates. It employs "
     "about 600 people, most of them in Ohio.", {"new-balance factories [5, 5] @ now"}),
    ("New Balance runs five factories in the US. Three of them are in Maine.",
     {"new-balance factories [5, 5] in usa @ now",
      "new-balance factories [3, 3] in maine @ now"}),
    # "since 1972, when Jim Davis bought it": the when-clause's year
    ("New Balance has been run from Boston since 1972, when Jim Davis bought it.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    # a relative clause has its own mood: "would make the 990, which the company launched
    # in 1982" launched it (but "which would be launched in 2027" is a plan)
    ("New Balance makes shoes. The Lawrence plant would make the 990, which the company "
     "launched in 1982, and would raise its US share to 30 percent, she said.",
     {"nb-990 launch-year [1982, 1983) @ now", "nb-990 made-in usa (unasserted) @ now"}),
    ("New Balance would make the 990, which would be launched in 2027.",
     {"nb-990 launch-year [2027, 2028) (unasserted) @ now"}),
    # (from the cold review: guards of the session's readings)
    ("New Balance makes shoes. The company started building the 990 in Skowhegan.",
     {"nb-990 made-in skowhegan-me @ now"}),
    ("New Balance runs five factories in the US. In 2020, three of them were in Maine.",
     {"new-balance factories [5, 5] in usa @ now",
      "new-balance factories [3, 3] in maine @ 2020"}),
    ("New Balance has made shoes in Skowhegan since 1982, when it bought a shoe factory "
     "there.", {"new-balance made-in skowhegan-me @ now"}),
    ("Red Wing makes boots in Minnesota. Its owners, the Sweasy family, bought it in 1915.",
     {"red-wing made-in minnesota @ now", "red-wing acquisition-year [1915, 1916) @ now"}),
    ("The blogger is wrong that New Balance makes the 990 in Skowhegan, and right that it "
     "makes the 993 in Lawrence.",
     {"nb-990 made-in skowhegan-me @ now", "nb-993 made-in lawrence-ma @ now"}),
    ("New Balance did not build the 990 in Maine until 1982.",
     {"nb-990 made-in maine @ 1982"}),
    ("My father worked at L.L.Bean for 30 years.", set()),
    ("New Balance poured $12 million into TV advertising.", set()),
    # (and from its still-wrong list: "found work" is the past of "find"; "wrong when they
    # say that" calls what follows wrong)
    ("The 350 Red Wing employees who were let go in 2009 found work.", set()),
    ("Reporters are quite wrong when they say that New Balance makes the 990 in China.",
     {"nb-990 made-in china not @ now"}),
    # a quantifier of the people who say what follows is no share ("Some readers wrote
    # that ..."; found in my own new-user trial)
    ("Some readers wrote that New Balance no longer makes shoes in America.",
     {"new-balance made-in usa not @ now"}),
    ("New Balance makes shoes. Some of its shoes are made in the USA.",
     {"new-balance us-production-share (0, 1] in usa @ now"}),
    # money spent on running costs is no investment in the making
    ("New Balance spent $2 million on an advertising campaign.", set()),
    ("New Balance spent $100 million on its US factories.",
     {"new-balance us-investment [1e+08, 1e+08] in usa @ now"}),
    # (alone, the first share still leaves the rest to the US)
    ("Vietnam makes 60 percent of New Balance's shoes.",
     {"new-balance us-production-share [0.4, 0.4] in usa (complement) @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), ROASTER_CASES,
                         ids=[c[0][:50] for c in ROASTER_CASES])
def test_roaster_readings(roaster_nlp, text: str, expected: set[str]) -> None:  # noqa: F811
    assert _read(roaster_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SHIPPED_CASES,
                         ids=[c[0][:50] for c in SHIPPED_CASES])
def test_shipped_readings(nlp, text: str, expected: set[str]) -> None:
    assert _read(nlp, text) == expected


DATE_LINES = [
    # a line above the text that is a date alone (and a time) dates the article: minutes,
    # letters, releases
    ("TOWN OF FREEPORT\nPLANNING BOARD\n\nMINUTES OF THE MEETING\nWednesday, March 9, 2016, "
     "7:00 p.m.\nTown Hall\n\nL.L.Bean runs two factories in Maine.\n", dt.date(2016, 3, 9)),
    ("# A letter to our customers\n\n12 May 2021\n\nNew Balance runs four factories.\n",
     dt.date(2021, 5, 12)),
    # (not a line that says more than a date, nor one below the text's start, nor a fact
    # box's date under its label, nor a word that only begins like a month)
    ("Founded March 3, 1923\n\nNew Balance runs four factories.\n", None),
    ("NEW BALANCE\nFounded\nMarch 3, 1906\nBoston\n\nNew Balance runs four factories.\n",
     None),
    ("RACE REPORT\nMarathon 5, 2019\n\nNew Balance runs four factories.\n", None),
    ("New Balance runs four factories.\n\nMarch 3, 2021\n", None),
]


@pytest.mark.parametrize("reader", ["text", "markdown"])
@pytest.mark.parametrize(("text", "date"), DATE_LINES, ids=[d[0][:40] for d in DATE_LINES])
def test_a_date_line_above_the_text_dates_the_article(nlp, text: str, date: dt.date | None,
                                                      reader: str) -> None:
    from claimcheck.documents.markdown import read_markdown
    from claimcheck.documents.text import read_text
    from claimcheck.nlp import analyse

    read = read_text if reader == "text" else read_markdown
    analysed = next(analyse(nlp, [read(f"a.{reader}", text)], None, TODAY))
    assert analysed.date == (date or TODAY)


def test_an_html_paragraph_that_is_a_date_dates_the_page(nlp) -> None:
    from claimcheck.documents.html import read_html
    from claimcheck.nlp import analyse

    page = "<h1>Letter</h1><p>12 May 2021</p><p>New Balance runs four factories.</p>"
    assert next(analyse(nlp, [read_html("a.html", page)], None, TODAY)).date == dt.date(
        2021, 5, 12)
    founded = page.replace("<p>12", "<p>Founded 12")
    assert next(analyse(nlp, [read_html("a.html", founded)], None, TODAY)).date == TODAY


def test_a_dated_heading_dates_only_its_section(nlp) -> None:
    """A timeline's "## June 1, 1961" is a section's date, not the page's (cold review)."""
    from claimcheck.documents.markdown import read_markdown
    from claimcheck.nlp import analyse

    page = ("# Red Wing: a timeline\n\n## June 1, 1961\n\nA new store opens.\n\n"
            "## Red Wing today\n\nRed Wing makes boots in Minnesota.\n")
    assert next(analyse(nlp, [read_markdown("t.md", page)], None, TODAY)).date == TODAY


def test_a_category_right_after_a_name_is_that_name_s(nlp) -> None:
    """ "... the 990, the 992 and the 998 ... and sells 993 running shoes": the category
    right after the 993 is the 993's alone, not the nearest for the names listed before."""
    found = {c for c in _read(nlp, "New Balance makes the 990, the 992 and the 998 in "
                                   "Skowhegan and sells 993 running shoes online.")
             if " category " in c}
    assert found == {"nb-993 category running @ now"}


def test_an_object_the_attribute_names_is_a_site_of_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "opened a cafe in Leeds" is no roastery's opening, but it is where the rules date
    cafés' openings (the attribute's name says so)."""
    from claimcheck.nlp import build_pipeline
    from claimcheck.rules import load_rules
    from tests.claims.test_registers14 import ROASTER
    from tests.conftest import ROOT

    cafes = ROASTER.replace("name: year a roastery opened", "name: year a café or roastery opened")
    assert cafes != ROASTER
    (tmp_path / "roaster.yaml").write_text(cafes, encoding="utf-8")
    nlp = build_pipeline(load_rules([ROOT / "rules", tmp_path]))
    assert _read(nlp, "Harrow opened a cafe in Leeds in 2001.") == {
        "hr-harrow hr-opening-year [2001, 2002) in hr-leeds @ now"}
