"""Readings added in session 10 after the blind sets' todo marks: a share that is the
object of a complement's verb ("exports about 85 percent of what it sells"), a place in
the alternative not taken ("instead of buying them from ... in X"). Tested here in other
words than the sets' lines. Each case lists ``describe(claim) @ period`` ("now" for none).
"""

from __future__ import annotations

import pytest

from tests.claims.test_extraction import describe

CASES = [
    # a complement cue whose object is the share: the other side's share, whatever place
    # the clause names for its sites
    ("Red Wing runs two factories in Minnesota and imports roughly a third of what it sells.",
     {"red-wing factories [2, 2] in minnesota @ now",
      "red-wing us-production-share [0.6, 0.733333] @ now"}),
    ("L.L.Bean, based in Freeport, Maine, imports about 40 percent of its footwear.",
     {"ll-bean us-production-share [0.52, 0.68] @ now"}),
    ("New Balance imported nearly 75% of the shoes it sold in 2019.",
     {"new-balance us-production-share [0.2, 0.3] @ 2019"}),
    # ... not a complement word that only stands in the clause
    ("Red Wing imports leather from three tanneries.", set()),
    # a place in the alternative not taken is not where the thing is made
    ("Red Wing began stitching its own uppers instead of buying them from a plant in China.",
     set()),
    ("L.L.Bean chose to make Bean Boots in Maine rather than in China.",
     {"ll-bean-boot made-in maine @ now"}),
    # ... but a place after an alternative with no verb, or after the alternative's comma,
    # is the making's
    ("Red Wing makes its boots by hand instead of by machine in Red Wing, Minnesota.",
     {"red-wing made-in red-wing-mn @ now"}),
    ("New Balance makes shoes, rather than just selling them, in Norridgewock, Maine.",
     {"new-balance made-in maine @ now"}),
    # a list of names, then a list of as many years or places, pairs them in order without
    # "respectively"; one year or place is everyone's; lists that do not pair give none
    ("The 992 and the 993 debuted in 2006 and 2008.",
     {"nb-992 launch-year [2006, 2007) @ now", "nb-993 launch-year [2008, 2009) @ now"}),
    ("L.L.Bean and Red Wing were founded in 1912 and 1905, in Freeport and Red Wing, Minn.",
     {"ll-bean founding-year [1912, 1913) @ now", "red-wing founding-year [1905, 1906) @ now",
      "ll-bean founding-place freeport-me @ now", "red-wing founding-place red-wing-mn @ now"}),
    ("Red Wing and New Balance were established in Minnesota and Boston, Massachusetts.",
     {"red-wing founding-place minnesota @ now", "new-balance founding-place boston @ now"}),
    ("Red Wing and New Balance were both founded in 1905.",
     {"red-wing founding-year [1905, 1906) @ now", "new-balance founding-year [1905, 1906) @ now"}),
    ("New Balance and L.L.Bean make shoes in Maine, Vermont and Ohio.", set()),
    # names and figures that alternate: each figure the nearest name's before it, with the
    # verb and noun understood after the first; names all first share it
    ("Red Wing operates three factories, and New Balance five.",
     {"red-wing factories [3, 3] @ now", "new-balance factories [5, 5] @ now"}),
    ("L.L.Bean has about 50 stores, Red Wing roughly 500, and New Balance over 200.",
     {"ll-bean retail-stores [45, 55] @ now", "red-wing retail-stores [450, 550] @ now",
      "new-balance retail-stores (200, inf) @ now"}),
    ("L.L.Bean runs two plants in Maine, New Balance four in New England.",
     {"ll-bean factories [2, 2] in maine @ now",
      "new-balance factories [4, 4] in new-england @ now"}),
    ("Red Wing and L.L.Bean run five factories between them.",
     {"red-wing factories [5, 5] @ now", "ll-bean factories [5, 5] @ now"}),
    # a timeline's year before a dash labels its entry, as one before a colon does
    ("2012 — New Balance employs 900 people.",
     {"new-balance factory-workers [900, 900] @ 2012"}),
    ("2009 – Red Wing opens its second factory.", {"red-wing factories [2, 2] @ 2009"}),
    # a model number that is a number, before a noun it counts, is the number
    ("New Balance employs 990 people in Maine.",
     {"new-balance factory-workers [990, 990] in maine @ now"}),
    ("The 990 shoes are made in Lawrence.", {"nb-990 made-in lawrence-ma @ now"}),
    # a place before a count in a clause joined before the count's is that clause's
    ("Red Wing's sales in Maine slipped, and the company ended the year with 540 stores.",
     {"red-wing retail-stores [540, 540] @ now"}),
    # a quotation's "we" is the organisation its speaker is from, named after it
    ("“We build about a quarter of our shoes in the US.” — a New Balance spokeswoman",
     {"new-balance us-production-share [0.2, 0.3] @ now"}),
    ("'Our boots have been stitched in Minnesota since 1905,' - Red Wing's archivist",
     {"red-wing made-in minnesota @ now"}),
    # after ";", another organisation and a figure alone state the claim before for it
    ("L.L.Bean makes about 60% of its boots in the US; Red Wing, roughly two-thirds.",
     {"ll-bean us-production-share [0.52, 0.68] @ now",
      "red-wing us-production-share [0.6, 0.733333] @ now"}),
    ("Red Wing employs about 1,000 factory workers; New Balance some 1,300.",
     {"red-wing factory-workers [900, 1100] @ now",
      "new-balance factory-workers [1170, 1430] @ now"}),
    ("Red Wing employs about 1,000 factory workers; New Balance opened in 1906.",
     {"red-wing factory-workers [900, 1100] @ now"}),
    # "the former ..., the latter ...": each place the name's in that order
    ("Red Wing and L.L.Bean were founded far apart, the former in Minnesota and the latter "
     "in Maine.", {"red-wing founding-place minnesota @ now", "ll-bean founding-place maine @ now"}),
    ("The 990 and the Hierro are made far apart, the former in Lawrence and the latter in "
     "Vietnam.", {"nb-990 made-in lawrence-ma @ now", "nb-fresh-foam-hierro made-in vietnam @ now"}),
    # a negation goes on past an aside that continues it
    ("The Iron Ranger is not, and never was, made in China.",
     {"red-wing-iron-ranger made-in china not @ now"}),
    ("Red Wing isn't, and has never been, based in Boston.", set()),
    # a value taken back at once is not asserted; the one after the correction is
    ("L.L.Bean opened its first store in 1917 — sorry, 1951 — in Freeport.",
     set()),
    ("Red Wing was founded in 1904, I mean 1905, in Minnesota.",
     {"red-wing founding-year [1904, 1905) (unasserted) @ now",
      "red-wing founding-year [1905, 1906) @ now", "red-wing founding-place minnesota @ now"}),
    ("New Balance makes the 993 in Lawrence — make that Skowhegan.",
     {"nb-993 made-in lawrence-ma (unasserted) @ now", "nb-993 made-in skowhegan-me @ now"}),
    ("Pittsburgh has 440 bridges, or rather 446.",
     {"pittsburgh city-bridges [440, 440] (unasserted) @ now",
      "pittsburgh city-bridges [446, 446] @ now"}),
    # a speaker's label before a turn names no other body: "it" still refers back
    ("HOST: Red Wing makes boots.\n\nKAROLINA WISNIEWSKA: It was founded in 1905.",
     {"red-wing founding-year [1905, 1906) @ now"}),
    # who a company was founded by, counted, is dated by the founding
    ("New Balance was founded in 1906 by two workers.",
     {"new-balance founding-year [1906, 1907) @ now",
      "new-balance factory-workers [2, 2] @ 1906"}),
    # the year of a decision on the event is not the event's
    ("The Davis family voted for the acquisition of New Balance in 1971.", set()),
    # people who read, voted or visited are no body's own people
    ("Q: Is the 990 made in the USA? A: Yes. 312 of 340 people found this answer helpful.",
     {"nb-990 made-in usa (unasserted) @ now"}),
    ("More than 8,000 people visited L.L.Bean's Freeport store last weekend.", set()),
    # a reviewer's "mine" is the product reviewed; what it is compared with ("like my
    # 990s") is not the subject
    ("The Iron Ranger looks great, but mine was stitched in Minnesota, unlike my old pair.",
     {"red-wing-iron-ranger made-in minnesota @ now"}),
    ("The Bean Boot fits well, but mine was made in Maine like my 990s.",
     {"ll-bean-boot made-in maine @ now"}),
    ("The 993 is great. A colleague of mine bought one made in China.", set()),
    # a spec line's cells after bullets or diamonds; a company suffix in capitals ends no
    # sentence; "(since 1872)" after a name the rules do not know is that name's
    ("RED WING SHOE COMPANY, INC. — Founded 1905 • Retail stores: 540 • Owners: the Sweasy family "
     "(since 1915)",
     {"red-wing founding-year [1905, 1906) @ now", "red-wing retail-stores [540, 540] @ now"}),
    ("L.L.Bean ◆ Founded: 1912 ◆ Flagship: Freeport (since 1917) ◆ Stores: 60",
     {"ll-bean founding-year [1912, 1913) @ now", "ll-bean retail-stores [60, 60] @ now"}),
    # a place in a clause put before the count's is not the count's; a figure in a
    # relative clause is of the place of the thing the clause is about
    ("Since its store in Boston closed, Red Wing has run 540 stores.",
     {"red-wing retail-stores [540, 540] @ now"}),
    ("New Balance runs a factory in Skowhegan, which employs about 400 people, and the plant "
     "in Lawrence.", {"new-balance factory-workers [360, 440] in skowhegan-me @ now"}),
    # readings the second cold review found wrong, kept right
    ("New Balance runs five US factories and also sells the New Balance 574.",
     {"new-balance factories [5, 5] in usa @ now"}),
    ("L.L.Bean opened a store in Denver, CO. New Balance was founded in 1906.",
     {"new-balance founding-year [1906, 1907) @ now"}),
    ("Jim and Anne Davis agreed to buy New Balance in 1972.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    ("Red Wing has about 500 stores visited by millions of customers each year.",
     {"red-wing retail-stores [450, 550] @ now"}),
    ("I like my 990s because they are made in the USA.", {"nb-990 made-in usa @ now"}),
    ("L.L.Bean makes the Bean Boot by hand instead of using robots at its plant in Brunswick, "
     "Maine.", {"ll-bean-boot made-in brunswick-me @ now"}),
    ("Grey 990 shoes are made in the USA.", {"nb-990 made-in usa @ now"}),
    ("The 990 and the 993 are both made in Maine and Massachusetts.",
     {"nb-990 made-in maine @ now", "nb-993 made-in maine @ now",
      "nb-990 made-in massachusetts @ now", "nb-993 made-in massachusetts @ now"}),
    ("Red Wing builds about two-thirds of its boots in the US; New Balance's stock, by "
     "contrast, rose 8%.", {"red-wing us-production-share [0.6, 0.733333] @ now"}),
    ("Red Wing builds about two-thirds of its boots in the US; L.L.Bean, for its part, turned "
     "110.", {"red-wing us-production-share [0.6, 0.733333] @ now"}),
    # "not X but Y": the first denied, the second stated; "(actually Y)" corrects
    ("Red Wing was established not in 1915 but in 1905.",
     {"red-wing founding-year [1915, 1916) not @ now", "red-wing founding-year [1905, 1906) @ now"}),
    ("L.L.Bean was founded not in 1911, as some say, but in 1912.",
     {"ll-bean founding-year [1911, 1912) not @ now", "ll-bean founding-year [1912, 1913) @ now"}),
    ("Red Wing was founded in 1904 (actually 1905).",
     {"red-wing founding-year [1904, 1905) (unasserted) @ now",
      "red-wing founding-year [1905, 1906) @ now"}),
    ("The 993 is assembled not in China but in Skowhegan.",
     {"nb-993 made-in china not @ now", "nb-993 made-in skowhegan-me @ now"}),
    # a share of the company's people is no share of its making
    ("About 60% of Red Wing's employees work abroad.", set()),
    # a span ahead is no age
    ("For six months Red Wing will not hire anyone.", set()),
]


def test_here_is_the_dateline_s_place(claims_of) -> None:
    # a news story's dateline names the place "here" refers to
    text = ("PORTLAND, Maine — L.L.Bean, which opened its first store here in 1951, said on "
            "Monday that the company was founded here in 1912.")
    found = {describe(c) for c in claims_of(text) if c.attribute == "founding-place"}
    assert found == {"ll-bean founding-place portland-me"}
    assert not any(c.attribute == "founding-place"
                   for c in claims_of("L.L.Bean said it was founded here in 1912."))


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_with_their_years(claims_of, text: str, expected: set[str]) -> None:
    found = {f"{describe(c)} @ {c.period or 'now'}".replace("∞", "inf")
             for c in claims_of(text) if not c.attribute.startswith("~")}
    assert found == expected


@pytest.mark.parametrize("text", [
    "New Balance imports about 30 percent of the leather for the shoes it makes in the USA.",
    "Red Wing runs two factories in Minnesota and imports 40 percent more leather than before.",
])
def test_a_complement_verb_with_another_object_is_no_complement_share(
        claims_of, text: str) -> None:
    # the share of an input ("of the leather"), or a change ("40 percent more"), is not
    # the share of what the company sells made abroad: no complement is taken of it
    assert not any("complement" in c.qualifiers for c in claims_of(text))


_PIPELINES: dict = {}


def _fixture_claims(name: str, text: str, read: str = "s.txt") -> set[str]:
    """Claims read with the shipped rules and those of the fixture set ``name`` (a
    Markdown text when ``read`` ends in .md)."""
    import datetime as dt

    from claimcheck.documents.markdown import read_markdown
    from claimcheck.documents.text import read_text
    from claimcheck.nlp import analyse, build_pipeline
    from claimcheck.rules import load_rules
    from tests.conftest import FIXTURES, ROOT

    if name not in _PIPELINES:
        _PIPELINES[name] = build_pipeline(load_rules([ROOT / "rules", FIXTURES / name / "rules"]))
    day = dt.date(2026, 6, 1)
    document = read_markdown(read, text) if read.endswith(".md") else read_text(read, text)
    return {describe(c) for c in next(analyse(_PIPELINES[name], [document], day,
                                              day)).claims if not c.attribute.startswith("~")}


def _vuilleme(text: str) -> set[str]:
    """Claims read with the rules of a fixture whose attributes have a hyphenated cue
    ("in-house") and a share of no place."""
    return _fixture_claims("domain17", text)


HYPHENATED = [
    # a cue with a hyphen, which the tokenizer splits, is still found; a share of no place
    # is its own side unless a word of the complement stands in the clause
    ("Vuillème now produces 70% of its parts in-house.",
     {"vui-vuilleme vui-inhouse-share [0.7, 0.7]"}),
    ("Vuillème buys about a quarter of its parts from outside suppliers.",
     {"vui-vuilleme vui-inhouse-share [0.7, 0.8]"}),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED, ids=[c[0][:50] for c in HYPHENATED])
def test_a_hyphenated_cue_and_a_share_of_no_place(text: str, expected: set[str]) -> None:
    assert _vuilleme(text) == expected


AMOUNTS = [
    # a package's size is no amount made; a list item's label stands for every amount after
    # it; a number in a compound word ends no place's reach
    ("Tres Fuentes sells the oil it makes in a 5-litre tin.", set()),
    ("# Tres Fuentes\n\n- Guided tasting: €9 for adults, €5 for students", set()),
    ("Tres Fuentes invested €6.8 million in a three-stage line at Bedmar.",
     {"tf-tres-fuentes tf-plant-investment [6.8e+06, 6.8e+06] in tf-bedmar"}),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS, ids=[c[0][:50] for c in AMOUNTS])
def test_amounts_that_are_no_attribute_s(text: str, expected: set[str]) -> None:
    assert _fixture_claims("domain18", text, "a.md") == expected
