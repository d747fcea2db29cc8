"""Readings added in session 11: each figure of a clause dated by its own year ("five
factories in 2019 and four in 2024"), a figure and its year alone after ";" carrying on the
claim before, an age told through "and" or "which". Each case lists
``describe(claim) @ period`` ("now" for none).
"""

from __future__ import annotations

import pytest

from tests.claims.test_extraction import describe

CASES = [
    # several years in a clause: each figure takes the year right after it, else the last
    # one before it
    ("L.L.Bean ran three plants in 2015 and two in 2023.",
     {"ll-bean factories [3, 3] @ 2015", "ll-bean factories [2, 2] @ 2023"}),
    ("Red Wing employed about 1,400 people at the end of 2018 and some 1,100 in 2022.",
     {"red-wing factory-workers [1260, 1540] @ 2018",
      "red-wing factory-workers [990, 1210] @ 2022"}),
    ("In 2012 New Balance had four US plants, and by 2020 five.",
     {"new-balance factories [4, 4] in usa @ 2012", "new-balance factories [5, 5] @ 2020"}),
    # ... and a year that is another claim's (an age's) dates no count
    ("Red Wing has 500 stores and turned 100 in 2005.",
     {"red-wing retail-stores [500, 500] @ now",
      "red-wing founding-year [1905, 1906) @ now"}),
    ("L.L.Bean runs 52 stores, and it turned 100 in 2012.",
     {"ll-bean retail-stores [52, 52] @ now", "ll-bean founding-year [1912, 1913) @ now"}),
    ("Red Wing has 500 stores. It turned 100 in 2005.",
     {"red-wing retail-stores [500, 500] @ now",
      "red-wing founding-year [1905, 1906) @ now"}),
    # ... but another's age is not the subject's
    ("Red Wing sponsors a marathon, which turned 40 in 2020.", set()),
    ("New Balance hired L.L.Bean's designer, and she turned 60 in 2020.", set()),
    # ", and" then another subject with a verb of its own opens a clause: each subject
    # its own span of time and place
    ("For over a century L.L.Bean has sold boots, and the Bean Boot has been made in Maine "
     "for more than 50 years.",
     {"ll-bean founding-year (-inf, 1925.91) @ now", "ll-bean-boot made-in maine @ now",
      "ll-bean-boot launch-year (-inf, 1975.91) @ now"}),
    ("In 2019 Red Wing ran two plants in Minnesota, and the company now has 540 stores.",
     {"red-wing factories [2, 2] in minnesota @ 2019", "red-wing retail-stores [540, 540] @ now"}),
    # ... and "it" after ", and" goes on with what the clause before is about, not the
    # last name it mentions (second cold review)
    ("The Hierro is a New Balance trail shoe, and it is made in Vietnam.",
     {"nb-fresh-foam-hierro category trail-running @ now",
      "nb-fresh-foam-hierro made-in vietnam @ now"}),
    ("The Iron Ranger is a boot from Red Wing, and it is made in China.",
     {"red-wing-iron-ranger made-in china @ now"}),
    ("New Balance introduced the 990 in 1982, and it is still made in Lawrence.",
     {"nb-990 launch-year [1982, 1983) @ now", "nb-990 made-in lawrence-ma @ now"}),
    ("New Balance released the 992 in 2006, and it is made in China.",
     {"nb-992 launch-year [2006, 2007) @ now", "nb-992 made-in china @ now"}),
    ("Allegheny County surrounds Pittsburgh, and it has 1.2 million residents.",
     {"allegheny-county city-population [1.2e+06, 1.2e+06] @ now"}),
    ("The Bean Boot is sold by L.L.Bean, and it was introduced in 1912.",
     {"ll-bean-boot launch-year [1912, 1913) @ now"}),
    # ... and "it" opening it is what was last named, not an owner named later in it
    ("New Balance's best-selling shoe is the 990, and it is made in Skowhegan, Maine, at "
     "the company's oldest plant.",
     {"nb-990 made-in skowhegan-me @ now"}),
    # "for N years" with a verb in the simple past is a span of the past: it began at least
    # that long ago, not exactly then (second cold review: no bound at all lost true flags)
    ("For almost a century Red Wing made boots only for miners.",
     {"red-wing founding-year (-inf, 1935.91] @ now"}),
    ("For twenty years the 990 was made in Lawrence.",
     {"nb-990 made-in lawrence-ma @ now", "nb-990 launch-year (-inf, 2006.91] @ now"}),
    ("For over a century, Red Wing has made boots in Minnesota.",
     {"red-wing made-in minnesota @ now", "red-wing founding-year (-inf, 1925.91) @ now"}),
    # ... also with a possessive in the clause (no "has" in "America's")
    ("For 60 years Pittsburgh made most of the world's steel.",
     {"pittsburgh city-founding-year (-inf, 1966.91] @ now"}),
    # a place that a passive cue is about, or that "it" is said to be, is no company
    ("L.L.Bean opened its store in 1917, 128 years after the town was incorporated.",
     set()),
    ("We drove on to Freeport. It is a small coastal town, settled in 1700, and L.L.Bean "
     "has its flagship store there.", {"freeport-me city-founding-year [1700, 1701) @ now"}),
    # a clause that opens by counting, naming no one, counts for the company the text is
    # about; not what is being hired, nor a count in a place it names
    ("Red Wing makes boots in Minnesota. Today about 1,100 people make them by hand.",
     {"red-wing made-in minnesota @ now", "red-wing factory-workers [990, 1210] @ now"}),
    ("L.L.Bean employs 5,000 people. About 40 workers are being hired this spring.",
     {"ll-bean factory-workers [5000, 5000] @ now"}),
    ("L.L.Bean says 40 workers are being hired at its Maine plants.", set()),
    # ... but not people who live in a place, nor a count at a body the rules do not know,
    # nor one far from the company's name (second cold review)
    ("New Balance makes the 990 in Skowhegan. About 8,900 people live in the town.",
     {"nb-990 made-in skowhegan-me @ now"}),
    ("Red Wing makes boots. Today 300 workers sew uppers for Danner.", set()),
    ("New Balance makes the 990 in Skowhegan. About 300 workers staff the cutting room.",
     {"nb-990 made-in skowhegan-me @ now"}),
    ("New Balance makes the 990 in Skowhegan. Some 2,000 people toured the plant.",
     {"nb-990 made-in skowhegan-me @ now"}),
    ("New Balance buys soles from a supplier. Production is 20 million pairs a year.", set()),
    ("Red Wing makes boots in Minnesota.\n\nThe strike began on Monday. About 1,000 "
     "workers walked out.", {"red-wing made-in minnesota @ now"}),
    # ... and so does one that opens with the noun of an amount the rules know, then its verb
    ("Red Wing was founded in 1905. Output was about 1,000 pairs a day in 2019.",
     {"red-wing founding-year [1905, 1906) @ now",
      "red-wing annual-pairs [328725, 401775] @ 2019"}),
    ("Red Wing was founded in 1905. Output at a rival was 900 pairs a day.",
     {"red-wing founding-year [1905, 1906) @ now"}),
    ("Red Wing was founded in 1905. Production is 800 million pairs a year at Nike's "
     "suppliers.", {"red-wing founding-year [1905, 1906) @ now"}),
    ("L.L.Bean was founded in 1912. 22,000 people live in Brunswick.",
     {"ll-bean founding-year [1912, 1913) @ now",
      "brunswick-me city-population [22000, 22000] @ now"}),
    # a news dateline's place is where the story was filed, and its date the story's own
    ("BRUNSWICK, Maine, March 3, 2021 /PRNewswire/ -- L.L.Bean made about 500,000 pairs of "
     "Bean Boots last year.", {"ll-bean annual-pairs [450000, 550000] @ 2020"}),
    ("PORTLAND, Maine — Red Wing runs two factories, a spokesman said.",
     {"red-wing factories [2, 2] @ now"}),
    # ... and "here" after a dateline is its place, also after the cue's object
    ("LAWRENCE, Mass. (AP) — New Balance builds the 990 here, a spokesman said.",
     {"nb-990 made-in lawrence-ma @ now"}),
    ("SKOWHEGAN, Maine — New Balance has made shoes here since 1982.",
     {"new-balance made-in skowhegan-me @ now", "new-balance founding-year (-inf, 1983) @ now"}),
    # a place after "outside" before the count is where they are not
    ("Outside the US, New Balance runs one factory.", set()),
    ("New Balance factories outside the US: 1 (2025); 1 (2024).", set()),
    # a figure after a comma with a short noun of its own counts no noun before it
    ("New Balance: 4 factories, ~1.2k ppl.", {"new-balance factories [4, 4] @ now"}),
    # a rate per head or per site is no total; the year of a census names no count
    ("Red Wing has 540 stores with roughly 8 employees apiece.",
     {"red-wing retail-stores [540, 540] @ now"}),
    ("L.L.Bean runs two Maine plants, with some 400 workers per plant.",
     {"ll-bean factories [2, 2] in maine @ now"}),
    ("New Balance has two Maine plants, with some 600 workers each.",
     {"new-balance factories [2, 2] in maine @ now"}),
    ("Pittsburgh had 302,971 residents (2020 Census).",
     {"pittsburgh city-population [302971, 302971] @ 2020"}),
    # the place of a superlative ("the best ... in America") is where it is best, not made
    ("Red Wing says it makes the finest work boots in the United States.", set()),
    ("The Bean Boot is the oldest boot in Maine, and it is made in Brunswick.",
     {"ll-bean-boot made-in brunswick-me @ now"}),
    # ... but "the best trail shoe made in America" says where it is made
    ("The Hierro is the lightest trail shoe made in America, its fans say.",
     {"nb-fresh-foam-hierro made-in usa @ now",
      "nb-fresh-foam-hierro category trail-running @ now"}),
    # how long someone has worn or sold a thing is no age of it; a census counts the
    # people of its own year
    ("I have worn the 990 for ten years.", set()),
    ("We've stocked Red Wing boots since 1998.", set()),
    ("The 2010 census counted 305,704 residents in Pittsburgh.",
     {"pittsburgh city-population [305704, 305704] @ 2010"}),
    # a headline's ordinal without a determiner counts exactly ("Opens 500th Store"), the
    # counted noun after any names; not a compound in title case ("Second Factory Fire")
    ("L.L.Bean Opens 60th Store, in Burlington", {"ll-bean retail-stores [60, 60] @ now"}),
    ("Third Red Wing Factory Opens Near Minneapolis", {"red-wing factories [3, 3] @ now"}),
    ("New Balance Recalls Its Fourth Factory Shoe Line", set()),
    ("Red Wing Marks 120th Year", set()),
    ("Pittsburgh Inspects Its 500th Bridge", set()),
    # ... only with a verb of opening or adding (second cold review)
    ("New Balance Sells 7th Factory", set()),
    ("Pittsburgh Demolishes 300th Bridge", set()),
    # "it" opening a passive clause is what it stood for, not the agent named after "by"
    ("The 992 is a runner; it was released by New Balance in 2006 and is built in Lawrence.",
     {"nb-992 category running @ now", "nb-992 launch-year [2006, 2007) @ now",
      "nb-992 made-in lawrence-ma @ now"}),
    ("The Iron Ranger is a classic. It was introduced by Red Wing in 1952.",
     {"red-wing-iron-ranger launch-year [1952, 1953) @ now"}),
    # an infobox set as one paragraph: each "Label: value" sentence is about the name the
    # paragraph gave last (not about a place in it)
    ("L.L.Bean, Inc. Type: Private. Industry: Retail. Founded: 1912 in Freeport, Maine. "
     "Stores: 58.",
     {"ll-bean founding-year [1912, 1913) @ now", "ll-bean founding-place freeport-me @ now",
      "ll-bean retail-stores [58, 58] @ now"}),
    # ... but one "Note:" in prose is no infobox
    ("New Balance makes shoes. Note: Boston was founded in 1630.",
     {"boston city-founding-year [1630, 1631) @ now"}),
    # a denial reported with "denies that" denies; "does not dispute that" grants
    ("Red Wing denies that the Iron Ranger is made in China.",
     {"red-wing-iron-ranger made-in china not @ now"}),
    ("L.L.Bean does not deny that some Bean Boots are stitched in Lewiston.",
     {"ll-bean-boot made-in lewiston-me @ now"}),
    ("Nobody disputes that Red Wing was founded in 1905.",
     {"red-wing founding-year [1905, 1906) @ now"}),
    # an expectation is no present fact
    ("New Balance's expectation of running six US factories by 2028 is on the record.",
     {"new-balance factories [6, 6] in usa (unasserted) @ now"}),
    # "N years later", "the following year": after the year named last before them
    ("L.L.Bean was founded in 1912 and opened its Freeport store five years later.",
     {"ll-bean founding-year [1912, 1913) @ now"}),
    ("The 992 was launched in 2006. Two years later New Balance launched the 993.",
     {"nb-992 launch-year [2006, 2007) @ now", "nb-993 launch-year [2008, 2009) @ now"}),
    ("New Balance was founded in 1906. The following year it opened a store.",
     {"new-balance founding-year [1906, 1907) @ now"}),
    ("New Balance hired 20 workers in 1971. The following year Jim Davis acquired the company.",
     {"new-balance acquisition-year [1972, 1973) @ now"}),
    ("Red Wing will open a store next year.", set()),
    # "since the 1990s" bounds a beginning as "since 1995" does; "has not ... since" tells
    # when something stopped, not when it began
    ("Red Wing has stitched the Iron Ranger in Minnesota since the 1950s.",
     {"red-wing-iron-ranger made-in minnesota @ now", "red-wing founding-year (-inf, 1960) @ now",
      "red-wing-iron-ranger launch-year (-inf, 1960) @ now"}),
    ("New Balance has not built shoes in Boston since 1986.",
     {"new-balance made-in boston not @ now"}),
    ("L.L.Bean hasn't made boots in Freeport since the 1980s.",
     {"ll-bean made-in freeport-me not @ now"}),
    # a decade dates a claim to its last year, so it is checked with the facts of its time
    ("In the 1980s New Balance ran six factories.", {"new-balance factories [6, 6] @ 1989"}),
    ("New Balance made about 3 million pairs a year in the early 1990s.",
     {"new-balance annual-pairs [2.7e+06, 3.3e+06] @ 1999"}),
    # after ";", a figure and its own year alone go on with the claim before
    ("New Balance ran five factories in 2019; four in 2024.",
     {"new-balance factories [5, 5] @ 2019", "new-balance factories [4, 4] @ 2024"}),
    ("Red Wing stores: 480 (2021); 520 (2024).",
     {"red-wing retail-stores [480, 480] @ 2021", "red-wing retail-stores [520, 520] @ 2024"}),
    ("About 25% of New Balance shoes were made in the USA in 2019; 30% in 2024.",
     {"new-balance us-production-share [0.2, 0.3] @ 2019",
      "new-balance us-production-share [0.3, 0.3] @ 2024"}),
    # ... not a figure with a verb of its own, nor one without a year
    ("Red Wing has 500 stores; 12 opened in 2021.", {"red-wing retail-stores [500, 500] @ now"}),
    ("Red Wing employed 1,000 people in 2019; 900 were in Minnesota.",
     {"red-wing factory-workers [1000, 1000] @ 2019"}),
    ("Red Wing has 500 stores; 480 in all.", {"red-wing retail-stores [500, 500] @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_with_their_years(claims_of, text: str, expected: set[str]) -> None:
    found = {f"{describe(c)} @ {c.period or 'now'}".replace("∞", "inf")
             for c in claims_of(text) if not c.attribute.startswith("~")}
    assert found == expected


def _read(nlp, name: str, source: str) -> set[str]:
    import datetime as dt

    from claimcheck.documents import READERS
    from claimcheck.nlp import analyse

    day = dt.date(2026, 6, 1)
    document = READERS[name[name.rindex("."):]](name, source)
    return {f"{describe(c)} @ {c.period or 'now'}"
            for c in next(analyse(nlp, [document], day, day)).claims}


@pytest.mark.parametrize("name", ["t.md", "t.html", "t.txt"])
def test_a_table_with_a_column_for_each_year_gives_each_figure_its_year(nlp, name: str) -> None:
    # a table of figures by year under a company's heading, in each of the three formats:
    # every column read, each figure dated by its own; a place after "made in" in a row's
    # label is where the figures are, not whose
    rows = [("", "2024", "2023"), ("Retail stores", "520", "480"),
            ("Boots made in the USA", "70%", "65%")]
    if name.endswith(".md"):
        source = "# Red Wing key figures\n\n" + "\n".join(
            f"| {' | '.join(r)} |" for r in [rows[0], ("---",) * 3, *rows[1:]]) + "\n"
    elif name.endswith(".html"):
        source = "<h1>Red Wing key figures</h1><table>" + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
        source = source.replace("<td></td><td>2024</td><td>2023</td>",
                                "<th></th><th>2024</th><th>2023</th>")
    else:
        source = "RED WING KEY FIGURES\n\n" + "\n".join(
            f"{r[0]:<30}{r[1]:>8}{r[2]:>8}" for r in rows) + "\n"
    assert _read(nlp, name, source) == {
        "red-wing retail-stores [520, 520] @ 2024", "red-wing retail-stores [480, 480] @ 2023",
        "red-wing us-production-share [0.7, 0.7] @ 2024",
        "red-wing us-production-share [0.65, 0.65] @ 2023"}


def _ardmallie(text: str) -> set[str]:
    """Claims read with the rules of a fixture whose products have an age of their own (a
    whisky's age statement, a quantity in years) as well as the shipped launch year, and
    whose company has two dated beginnings (founded, reopened); Markdown when it has a
    table."""
    from tests.claims.test_registers10 import _fixture_claims

    return {c.replace("∞", "inf") for c in _fixture_claims(
        "domain19", text, "s.md" if "|---" in text else "s.txt")}


@pytest.mark.parametrize(("text", "expected"), [
    # an age the rules measure (a quantity in years, cued by "old" or "aged") is that, not
    # how long the product has existed; bracketed after each name, each its own
    ("We bottle Old Kiln (18 years old) and Burnside (12 years old) in Keith.",
     {"adl-old-kiln adl-age [18, 18]", "adl-burnside adl-age [12, 12]",
      "adl-old-kiln adl-bottled-in adl-keith", "adl-burnside adl-bottled-in adl-keith"}),
    ("Sherrywood, at 15 years old, is our sherry malt.", {"adl-sherrywood adl-age [15, 15]"}),
    ("Sherrywood is aged 15 years in oloroso butts.",
     {"adl-sherrywood adl-age [15, 15]", "adl-sherrywood adl-cask-type oloroso-sherry"}),
    # ... but an age at a year still dates a launch, and a company's age is its own
    ("Burnside turned 10 in 2026.", {"adl-burnside launch-year [2016, 2017)"}),
    # "it", said to be a village, is the place last named, also in the next paragraph
    ("Ardmallie is a distillery. The road runs through Archiestown, a grid of houses.\n\n"
     "It is a small village, founded in 1760, with one distillery.",
     {"adl-archiestown city-founding-year [1760, 1761)"}),
    # of several beginnings the rules date, an age goes to the one the clause names, and
    # with none named to the earliest ("reopened" in 2004 is no 150-year-old beginning)
    ("Ardmallie has 150 years of heritage.", {"adl-ardmallie founding-year [1875.41, 1877.41]"}),
    ("Ardmallie is more than 150 years old.", {"adl-ardmallie founding-year (-inf, 1876.41)"}),
    ("Ardmallie was revived 20 years ago.",
     {"adl-ardmallie adl-reopening-year [2005.41, 2007.41]"}),
    # a year that modifies its event's noun is taken as given by a negation before it
    ("Ardmallie no longer sells casks filled before its 1983 closure.",
     {"adl-ardmallie adl-closure-year [1983, 1984)"}),
    # the share right after one of the attribute's own verbs is its own side, whatever
    # the clause says of the rest; not when the complement's word is in its phrase
    ("Ardmallie kept about 30% of its spirit in 2020 and sold the rest to blenders.",
     {"adl-ardmallie adl-malt-share [0.24, 0.36]"}),
    ("Ardmallie keeps half its spirit for blenders.", {"adl-ardmallie adl-malt-share [0.5, 0.5]"}),
    # a record of a name the rules do not know, under word headings, is nobody's here
    ("| Distillery | Region | Founded | Stills |\n|---|---|---|---|\n"
     "| Ardmallie | Speyside | 1868 | 4 |\n| Glenrannoch | Highlands | 1824 | 6 |",
     {"adl-ardmallie founding-year [1868, 1869)", "adl-ardmallie adl-stills [4, 4]"}),
    # a clause that opens with a name the rules do not know, passive, is that name's, not
    # its agent's
    ("Glenrannoch was built in 1824 by Ardmallie's founder and distils 300,000 litres a year.",
     set()),
    # "without" denies the thing it names, not what follows it
    ("Spey Mist, a malt without an age statement first released in 2020, is bottled in Keith.",
     {"adl-spey-mist launch-year [2020, 2021)", "adl-spey-mist adl-bottled-in adl-keith"}),
])
def test_a_measured_age_and_what_without_denies(text: str, expected: set[str]) -> None:
    assert _ardmallie(text) == expected


@pytest.mark.parametrize("name", ["t.md", "t.html", "t.txt"])
def test_a_year_column_row_keeps_the_place_its_label_names(nlp, name: str) -> None:
    # "| Factories in Maine | 2 | 2 |": the label's place scopes every year's figure, and an
    # adjective place ("US factories") names no record (second cold review)
    rows = [("", "2025", "2024"), ("Factories in Maine", "2", "2"), ("US factories", "4", "4")]
    if name.endswith(".md"):
        source = "# New Balance key figures\n\n" + "\n".join(
            f"| {' | '.join(r)} |" for r in [rows[0], ("---",) * 3, *rows[1:]]) + "\n"
    elif name.endswith(".html"):
        source = "<h1>New Balance key figures</h1><table>" + "".join(
            "<tr>" + "".join(f"<{'th' if r is rows[0] else 'td'}>{c}</{'th' if r is rows[0] else 'td'}>"
                             for c in r) + "</tr>" for r in rows) + "</table>"
    else:
        source = "NEW BALANCE KEY FIGURES\n\n" + "\n".join(
            f"{r[0]:<30}{r[1]:>8}{r[2]:>8}" for r in rows) + "\n"
    assert _read(nlp, name, source) == {
        "new-balance factories [2, 2] in maine @ 2025", "new-balance factories [2, 2] in maine @ 2024",
        "new-balance factories [4, 4] in usa @ 2025", "new-balance factories [4, 4] in usa @ 2024"}


def test_only_the_first_paragraph_s_dateline_dates_the_article(nlp) -> None:
    # a release quoted further down ("From the archive: BOSTON, Jan. 12, 2012 ...") does
    # not date the article that quotes it (second cold review)
    quoted = ("New Balance runs four factories in New England, the company said.\n\n"
              "From the archive:\n\nBOSTON, Jan. 12, 2012 /PRNewswire/ -- New Balance opened "
              "a store last year.\n")
    import datetime as dt

    from claimcheck.documents.text import read_text
    from claimcheck.nlp import analyse

    day = dt.date(2026, 6, 1)
    assert _read(nlp, "a.txt", quoted) == {"new-balance factories [4, 4] in new-england @ now"}
    assert next(analyse(nlp, [read_text("a.txt", quoted)], None, day)).date == day
    filed = "BOSTON, Jan. 12, 2012 /PRNewswire/ -- New Balance made 3 million pairs last year.\n"
    assert _read(nlp, "b.txt", filed) == {"new-balance annual-pairs [3e+06, 3e+06] @ 2011"}
    assert next(analyse(nlp, [read_text("b.txt", filed)], None, day)).date == dt.date(2012, 1, 12)


def test_here_is_the_place_of_its_own_paragraph_s_dateline(nlp) -> None:
    # a later paragraph's dateline is what "here" means there (second cold review)
    text = ("BOSTON, Jan. 5, 2026 -- New Balance runs four factories in New England.\n\n"
            "BRUNSWICK, Maine (AP) — The Bean Boot is made here, a spokesman said.\n")
    assert _read(nlp, "a.txt", text) == {"new-balance factories [4, 4] in new-england @ now",
                                         "ll-bean-boot made-in brunswick-me @ now"}
