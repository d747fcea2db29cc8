"""Readings added in session 14: shares given place by place, and lists of them. Each case
lists ``describe(claim) @ period`` ("now" for none), read at ``TODAY`` (2025-12-01) with
the shipped rules plus a small rules file of a coffee roaster whose bean shares the rules
give country by country (no default place on the attribute), and so the years its roasteries opened.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimcheck.claims.model import Claim
from claimcheck.documents.text import read_text
from claimcheck.nlp import analyse, build_pipeline
from claimcheck.rules import load_rules
from tests.claims.test_extraction import describe
from tests.conftest import ROOT, TODAY

ROASTER = """\
entities:
  - {id: hr-kenya, name: Kenya, kind: place, aliases: [Kenya]}
  - {id: hr-ethiopia, name: Ethiopia, kind: place, aliases: [Ethiopia]}
  - {id: hr-colombia, name: Colombia, kind: place, aliases: [Colombia]}
  - {id: hr-leeds, name: Leeds, kind: place, aliases: [Leeds]}
  - {id: hr-york, name: York, kind: place, aliases: [York]}
  - {id: hr-harrow, name: Harrow Coffee, kind: organisation, aliases: [Harrow Coffee, Harrow]}
attributes:
  - id: hr-bean-share
    name: share of its green coffee from a country
    type: share
    kinds: [organisation]
    cues: [beans, coffee, buys, bought, sources, sourced, comes from]
  - id: hr-opening-year
    name: year a roastery opened
    type: year
    kinds: [organisation]
    cues: [open, opened, opening]
  - id: hr-move-year
    name: year the company moved to Leeds
    type: year
    kinds: [organisation]
    cues: [move, moved, relocate, relocated]
  - id: hr-roasteries
    name: number of roasteries
    type: count
    kinds: [organisation]
    nouns: [roastery]
  - id: hr-closure-year
    name: year a roastery closed
    type: year
    kinds: [organisation]
    cues: [close, closed, closure, shut, shut down]
  - id: hr-sale-year
    name: year the family sold the company
    type: year
    kinds: [organisation]
    cues: [sell, sold, sale]
facts:
  - {id: hr-kenya-share, subject: hr-harrow, attribute: hr-bean-share, place: hr-kenya,
     value: 0.5, source: "test"}
  - {id: hr-ethiopia-share, subject: hr-harrow, attribute: hr-bean-share,
     place: hr-ethiopia, value: 0.3, source: "test"}
  - {id: hr-us-share, subject: hr-harrow, attribute: us-production-share, value: 0.9,
     source: "test"}
  - {id: hr-york-closure, subject: hr-harrow, attribute: hr-closure-year, place: hr-york,
     value: 2019, source: "test"}
  - {id: hr-leeds-opening, subject: hr-harrow, attribute: hr-opening-year,
     place: hr-leeds, value: 1998, source: "test"}
"""

CASES = [
    # a share the rules give place by place is the share from (or in) the place named
    ("Harrow buys 50 percent of its beans from Kenya.",
     {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now"}),
    ("About a third of Harrow's coffee comes from Ethiopia.",
     {"hr-harrow hr-bean-share [0.266667, 0.4] in hr-ethiopia @ now"}),
    # a list of shares and places: each share its own place, the verb and noun understood,
    # and "the rest" what the listed ones leave
    ("Harrow sources 50% of its beans in Kenya, 30% in Ethiopia and the rest in Colombia.",
     {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now",
      "hr-harrow hr-bean-share [0.3, 0.3] in hr-ethiopia @ now",
      "hr-harrow hr-bean-share [0.2, 0.2] in hr-colombia @ now"}),
    ("Half of Harrow's coffee comes from Kenya and a quarter from Colombia.",
     {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now",
      "hr-harrow hr-bean-share [0.25, 0.25] in hr-colombia @ now"}),
    ("Most of Harrow's coffee, about 60 percent, comes from Kenya.",
     {"hr-harrow hr-bean-share [0.52, 0.68] in hr-kenya @ now"}),
    # (with no place in its own phrase, a share is no one place's)
    ("All of Harrow's coffee has been certified since 2019, the year it stopped buying "
     "from Colombia.", set()),
    ("About 60 percent of Harrow's beans are certified organic.", set()),
    # one is sold in a year, not since one: "sold since" is on sale since then, no sale of
    # the company
    ("Harrow has sold its Kenya blend since 2001.", set()),
    ("Harrow's Kenya blend has been sold in tins since 2001.", set()),
    ("The Okafor family sold Harrow to Bramble Foods in 2012.",
     {"hr-harrow hr-sale-year [2012, 2013) @ now"}),
    # a year the rules give place by place (a roastery's opening) is the year of the place
    # named next to its cue, each place with its own verb
    ("Harrow opened its Leeds roastery in 2001.",
     {"hr-harrow hr-opening-year [2001, 2002) in hr-leeds @ now"}),
    ("Harrow Coffee roasts in Yorkshire. The York roastery, which opened in 2005, is its "
     "biggest.", {"hr-harrow hr-opening-year [2005, 2006) in hr-york @ now"}),
    ("Harrow opened a roastery in Leeds in 1998 and the York one in 2005.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now",
      # (session 15: the second place and year under one verb, see test_registers15)
      "hr-harrow hr-opening-year [2005, 2006) in hr-york @ now"}),
    # the place before all the verbs of a relative clause is each one's
    ("Harrow's old roastery in York, which opened in 2005 and closed in 2019, is a cafe now.",
     {"hr-harrow hr-opening-year [2005, 2006) in hr-york @ now",
      "hr-harrow hr-closure-year [2019, 2020) in hr-york @ now"}),
    ("Harrow opened a roastery in York in 2005 and closed its first shop in 2011.",
     {"hr-harrow hr-opening-year [2005, 2006) in hr-york @ now"}),
    # (with no place, or two for one verb, the year is no one place's)
    ("Harrow opened its first roastery in 1998.", set()),
    ("Harrow opened roasteries in Leeds and York in 1998.", set()),
    # an amount over time ("sales") is no sale; moving the making is no move of the company
    ("After years of falling sales, Harrow closed its York roastery in 2012.",
     {"hr-harrow hr-closure-year [2012, 2013) in hr-york @ now"}),
    ("Harrow moved its roasting to Leeds in 2004.", set()),
    ("Harrow moved to Leeds in 2004.", {"hr-harrow hr-move-year [2004, 2005) @ now"}),
    ("In 2004 Harrow moved everything to Leeds.", {"hr-harrow hr-move-year [2004, 2005) @ now"}),
    # "eleven years later" counts from a year that ends a phrase ("in 1998, and ...")
    ("Harrow moved to Leeds in 1998, into an old mill, and opened a roastery in York six "
     "years later.", {"hr-harrow hr-move-year [1998, 1999) @ now",
                      "hr-harrow hr-opening-year [2004, 2005) in hr-york @ now"}),
    # an ordinal's count is of its opening's year, however that year is given
    ("Harrow moved to Leeds in 1998, and it opened a second roastery, in York, six years "
     "later.", {"hr-harrow hr-move-year [1998, 1999) @ now",
                "hr-harrow hr-opening-year [2004, 2005) in hr-york @ now",
                "hr-harrow hr-roasteries [2, 2] @ 2004"}),
    # of two shares the rules know the company by, the one of the thing named after "of"
    ("About two-thirds of Harrow's coffee is imported from Kenya.",
     {"hr-harrow hr-bean-share [0.6, 0.733333] in hr-kenya @ now"}),
    ("About 90 percent of Harrow's blends are made in the US.",
     {"hr-harrow us-production-share [0.88, 0.92] in usa @ now"}),
    # (from the second cold review: the guards of the above)
    ("After years of falling sales, the Okafor family sold Harrow to Bramble Foods in 2012.",
     {"hr-harrow hr-sale-year [2012, 2013) @ now"}),
    ("In 2004 Harrow moved its growing business to Leeds.",
     {"hr-harrow hr-move-year [2004, 2005) @ now"}),
    ("Harrow shut down its York roastery in 2019.",
     {"hr-harrow hr-closure-year [2019, 2020) in hr-york @ now"}),
    ("Harrow opened its Leeds roastery, about 25 miles from York, in 1998.",
     {"hr-harrow hr-opening-year [1998, 1999) in hr-leeds @ now"}),
    ("Harrow buys 30 percent of its sugar from Kenya.", set()),
    # (a share of something else after the first is no share of the beans)
    ("Harrow buys 50 percent of its beans from Kenya and 40 percent of its sugar from "
     "Colombia.", {"hr-harrow hr-bean-share [0.5, 0.5] in hr-kenya @ now"}),
]

# a share whose attribute has a place of its own (the US share of New Balance's making)
# in a list that names that place is the place's share, not the rest left by the first
SHIPPED = [
    ("New Balance makes about 70 percent of its shoes in Asia and about 25 percent in the "
     "US.", {"new-balance us-production-share [0.2, 0.3] in usa @ now"}),
    ("New Balance makes 70 percent of its shoes in Asia and the rest in the US.",
     {"new-balance us-production-share [0.3, 0.3] in usa @ now"}),
    # (a list naming other places says nothing of the US share)
    ("New Balance makes 70 percent of its shoes in Asia and 5 percent in Europe.", set()),
    # (one bought since a year is owned since, bought in it)
    ("New Balance has been owned by Jim Davis since he bought it in 1972.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    # a speaker going back to their own earlier words reports them, as a correction
    # notice does ("As I said earlier" says them again)
    ("Earlier in the show, I said New Balance was founded in 1902.",
     {"new-balance founding-year [1902, 1903) (unasserted) @ now"}),
    ("As I said earlier, L.L.Bean was founded in 1912.",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    ("Previously, we reported that L.L.Bean was founded in 1912.",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    # "the following year", "a year later": the year after the one named before it in the
    # sentence (else in the sentences before)
    ("New Balance closed a factory in Boston in 2009 and moved the making of the 990 to "
     "Skowhegan the following year.", {"nb-990 made-in skowhegan-me @ 2010"}),
    ("L.L.Bean opened a factory in 2014. The next year it employed 500 people in Maine.",
     {"ll-bean factory-workers [500, 500] in maine @ 2015"}),
    # an anniversary "this year" is not dated by the year one thing was made
    ("L.L.Bean marks its 113th anniversary this year, and a 1982 990 will go on display.",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    # people who do one thing once (backers, applicants, visitors) are no headcount
    ("1,904 people pledged $212,480 to New Balance's campaign in 28 days.", set()),
    ("Last year 400 people applied for 25 jobs at New Balance's Skowhegan plant.", set()),
    ("New Balance's Skowhegan plant has 300 people.",
     {"new-balance factory-workers [300, 300] in skowhegan-me @ now"}),
    # a clause opening with a name the rules do not know, where a known name only owns a
    # thing in it, is the unknown name's, and so is "it" after it
    ("Quoddy Moccasin Co. rents part of New Balance's old Skowhegan plant. It employs 40 "
     "people.", set()),
    ("Marlow & Beck's chief executive says most of New Balance's shoes are made in Asia.",
     {"new-balance us-production-share [0, 0.5) in usa (complement) @ now"}),
    ("New Balance makes shoes in Skowhegan. Its Skowhegan plant employs 300 people.",
     {"new-balance made-in skowhegan-me @ now",
      "new-balance factory-workers [300, 300] in skowhegan-me @ now"}),
    # (and alone, the first share still leaves the rest to the US)
    ("New Balance makes 70 percent of its shoes in Asia.",
     {"new-balance us-production-share [0.3, 0.3] in usa (complement) @ now"}),
]


@pytest.fixture(scope="module")
def roaster_nlp(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("roaster")
    (folder / "roaster.yaml").write_text(ROASTER, encoding="utf-8")
    return build_pipeline(load_rules([ROOT / "rules", folder]))


def _read(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    document = read_text("sample.txt", text)
    claims = next(analyse(nlp, [document], TODAY, TODAY)).claims
    return {f"{_describe(c)} @ {c.period or 'now'}" for c in claims
            if not c.attribute.startswith("~")}


def _describe(claim: Claim) -> str:
    """``describe`` with a share's or a year's place and a share's complement reading."""
    text = describe(claim)
    if claim.value.kind in ("share", "year") and claim.scope:
        text += f" in {claim.scope}"
    return text + (" (complement)" if "complement" in claim.qualifiers else "")


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_shares_place_by_place(roaster_nlp, text: str, expected: set[str]) -> None:
    assert _read(roaster_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SHIPPED, ids=[c[0][:50] for c in SHIPPED])
def test_a_list_naming_the_share_s_own_place(nlp, text: str, expected: set[str]) -> None:
    assert _read(nlp, text) == expected


def test_its_before_a_place_is_not_that_place(roaster_nlp) -> None:
    """ "its" before a place named later in the clause is not that place: with no one
    before it, the sentence is about no one the rules know (not Kenya)."""
    document = read_text("sample.txt", "About 45 percent of its coffee comes from Kenya and "
                         "about 40 percent from Ethiopia.")
    analysed = next(analyse(roaster_nlp, [document], TODAY, TODAY))
    assert [s.subject for s in analysed.sentences] == [None]
    document = read_text("sample.txt", "Harrow Coffee roasts in Leeds. About 45 percent of "
                         "its coffee comes from Kenya.")
    analysed = next(analyse(roaster_nlp, [document], TODAY, TODAY))
    assert [s.subject for s in analysed.sentences] == ["hr-harrow", "hr-harrow"]


def test_the_listed_shares_meet_their_facts(tmp_path: Path) -> None:
    from claimcheck.run import RunOptions, run

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "roaster.yaml").write_text(ROASTER, encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("---\ndate: 2025-06-01\n---\nHarrow buys about half of its beans from "
                       "Kenya and 30 percent from Ethiopia.\n", encoding="utf-8")
    report = run(RunOptions(paths=[article], rules=[ROOT / "rules", rules],
                            today=dt.date(2025, 6, 2), show_supported=True))
    assert sorted((f.rule, f.verdict) for f in report.findings) == [
        ("hr-ethiopia-share", "supported"), ("hr-kenya-share", "supported")]


def test_a_dated_heading_dates_its_section(nlp) -> None:
    """ "## Update #2 · February 8, 2022": the section below a heading with a full date is
    read at that date, not the page's; the next heading without one ends it, and a year
    alone ("## 2019 in review") dates nothing."""
    from claimcheck.documents import markdown

    text = ("---\ndate: 2021-03-15\n---\n\n# Campaign\n\nNew Balance runs four factories in "
            "Maine.\n\n## Update #2 · February 8, 2022\n\nNew Balance now runs five factories "
            "in Maine.\n\n## FAQ\n\nNew Balance runs six factories in Maine.\n\n## 2019 in "
            "review\n\nNew Balance runs seven factories in Maine.\n")
    document = markdown.read_markdown("campaign.md", text)
    claims = next(analyse(nlp, [document], None, TODAY)).claims
    assert [(c.value.text, c.date) for c in claims if c.attribute == "factories"] == [
        ("four factories", dt.date(2021, 3, 15)), ("five factories", dt.date(2022, 2, 8)),
        ("six factories", dt.date(2021, 3, 15)), ("seven factories", dt.date(2021, 3, 15))]
