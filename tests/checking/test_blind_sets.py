"""Annotated sets written blind, from the brief and the rules alone, by helpers who read
neither the extractor nor its tests and never ran claimcheck on the articles. Each was
scored once before any fix it informed; those first-run figures are below (precision and
recall over ``ruleid`` and ``supported`` annotations, ``ok`` lines counting false flags).
The general fixes each prompted are in the commit history; after them the sets are no
longer blind, and guard against regressions. Gaps still open are marked ``todoruleid``,
``todosupported`` or ``todook`` in the articles; the test fails when one closes.

* ``heldout-phrasings/``: appositives, relative clauses, passives, possessives, lists,
  headings and list items, quotations; shipped rules. First run: 38 met, 13 false flags,
  22 misses (precision 0.745, recall 0.633).
* ``domain2/``: Harbor Roasters, a coffee roaster, with its own rules file (cafés,
  roasteries, sourcing shares scoped to countries, an amount in kilograms). First run:
  25 met, 5 false flags, 14 misses (precision 0.833, recall 0.641).
* ``domain3/``: Volta Motors, an electric-vehicle maker, with its own rules file (plants
  and employees that overlap the shipped "factories" and "factory-workers", prices, a
  range in kilometres that articles give in miles). First run: 25 met, 8 false flags,
  17 misses (precision 0.758, recall 0.595); one gap left open, a relative clause with
  "could" (session 3 closed the past price "Before the April price cut, the V3 sold for").

* ``heldout-wire/``: wire-service news, a shopping guide with a comparison list and an
  op-ed (shipped rules), written last. First run: 23 met, 14 false flags, 14 misses
  (precision 0.622, recall 0.622). A few general fixes followed ("made overseas" after
  "sells in the United States", "an industry that makes ... its shoes", "Three of them
  are in Maine" across sentences), reaching 0.667 / 0.686; the 23 gaps left are marked
  todo in the articles, unchanged otherwise: mostly the guide's "Name: ...; made in X"
  list items, "the other two are in A and B, Massachusetts", a claim quoted and then
  corrected, the 70% label threshold, and a version's launch year ("990v6, released in
  2022"). Session 3 closed eleven of them (the "Name: ...; made in X" items, "Town,
  State" in an aside, towns listed with their state, "two in Maine" after a colon).

* ``domain4/``: Korvel Bicycles, a Dutch bicycle maker, with its own rules file (plants
  before and after a date, a share with a foreign complement, euros, kilograms that an
  article gives in pounds, two policies), written in session 3 after the fixes above: an
  "about us" page in the first person with spec lists, wire news and a feature with
  quotations. First run: 26 met, 15 false flags, 8 misses (precision 0.634, recall
  0.765). After the general fixes it prompted, its marks changed in two ways, explained
  in ``domain4/rules/README``: five ``ruleid: claim-unverified`` added (category claims
  and a dated price no fact covers, unverified by the brief's definition), and the Opole
  investment left ``todosupported`` (the rules declare that amount for Poland, the
  articles for Opole, a part of it).

* ``domain5/``: Cedar Hollow, a dairy cooperative, with its own rules file, written in
  session 3 after domain4's fixes, in registers the others lack: a press release, an FAQ
  with question headings and a table, local news quoting critics. First run: 15 met, 7
  false flags, 29 misses (precision 0.682, recall 0.341), the weakest of all: "the
  cooperative" did not refer back, and answers and table rows were read without their
  question or row. Marks changed after it are explained in ``domain5/rules/README``.

* ``domain6/``: Kittiwake Ferries, a ferry operator, with its own rules file, written
  last in session 3 after all of domain5's fixes (a trade-press profile and a fact sheet
  with "Label: value" bullets and a question heading). First run: 12 met, 2 false flags,
  5 misses (precision 0.857, recall 0.706). The general fixes it prompted: cues of two
  words ("head office"), "Head office:" is no command, a count after "on the two boats"
  refers to some boats, "Fourteen, year-round." names nobody, "680 year-round and
  seasonal employees", the title's company for "our" before any name. Its marks are
  unchanged.

* ``domain7/``: Sobreira Cork & Flooring, a Portuguese cork processor, with its own rules
  file, written in session 4 (a local-news piece quoting critics, a chief executive's
  annual letter with a "2024 in numbers" list, an encyclopedic page with a key-facts
  table). First run: 19 met, 11 false flags, 9 misses (precision 0.633, recall 0.679).

* ``domain8/``: Mararo Highlands Tea Group, a Kenyan tea group, with its own rules file,
  written in session 4 after domain7's fixes (a trade-magazine interview in question and
  answer form, a wire story on a strike with quotes that disagree, an NGO report excerpt
  in HTML with a table of indicators). First run: 21 met, 5 false flags, 8 misses
  (precision 0.808, recall 0.724). Its marks are unchanged but one, left ``todook``
  (see ``domain8/rules/README``).

* ``domain9/``: Salmones Fiordo Blanco, a Chilean salmon farmer, with its own rules file,
  written in session 5 in registers the earlier sets lacked (a press release with
  "Highlights" and "Key figures" lists, an undated help-centre FAQ under question
  headings, a magazine profile with a timeline, an investor-news page in HTML). First
  run: 17 met, 7 false flags, 12 misses (precision 0.708, recall 0.586). One mark added
  and four gaps left todo (see ``domain9/rules/README``).

* ``domain10/``: Acerra, a Quebec maple-syrup cooperative, with its own rules file,
  written in session 5 after domain9's fixes (a results-call transcript with speaker
  turns, a food-blog listicle, a plain-text local news story ending in a correction notice,
  an encyclopedic HTML page with an infobox). First run: 19 met, 8 false flags, 17 misses
  (precision 0.704, recall 0.528). One mark added and nine left todo (see
  ``domain10/rules/README``).

* ``domain11/``: Cervecería Barranca Alta, a Mexican craft brewery, with its own rules file,
  written in session 6 in registers the others lack (a company's story page with a
  milestones list and a pipe table of years, a news round-up of three brewers with the
  rivals' own figures, a plain-text email newsletter with a reader Q&A and a P.S., an HTML
  feature with a pull quote, a caption and a sidebar). First run: 23 met, 14 false flags,
  27 misses (precision 0.622, recall 0.460). After the general fixes it prompted, eleven
  marks are left todo and one was moved (see ``domain11/rules/README``).

* ``domain12/``: Havlund Marine Coatings, a Norwegian marine-paint maker, with its own rules
  file, written in session 6 (an HTML wiki page with a table of years under ``<thead>``
  headings, a podcast transcript with speakers in bold, a boat owners' forum thread in plain
  text with quoted replies, a translated press release with NOK and USD). First run: 23
  met, 20 false flags, 19 misses (precision 0.535, recall 0.548), the weakest first run; an
  unknown currency (the Norwegian krone) was part of it. One mark added and eight left todo
  (see ``domain12/rules/README``).

* ``domain13/``: Mizuhara Hamono, a Japanese knife forge, with its own rules file, written
  in session 7 (an HTML careers page of 2019 with the stale claims, an HTML shop page
  with specifications, questions and reviews, a shareholders' report in Markdown with
  footnote marks and a table of years, a plain-text obituary with a correction notice).
  First run: 28 met, 18 false flags, 23 misses (precision 0.609, recall 0.549). One mark
  added and twelve left todo (see ``domain13/rules/README``).

* ``domain14/``: Karhunkivi, a Finnish sauna-stove maker, with its own rules file, written in
  session 8 in registers the others lack (a crowdfunding page of 2020 with pledge tiers and
  stretch goals, an investor-day slide deck in Markdown with speaker notes and footnote
  marks, a consumer-agency ruling that quotes the advertising it rules on, a social-media
  thread). First run: 26 met, 38 false flags, 23 misses (precision 0.406, recall 0.531),
  the weakest first run of all, mostly the ruling's quoted advertising claims. After the
  general fixes it prompted (words quoted under a lead-in are reported, a quotation
  "withdrawn" or removed is mentioned, footnote marks glued to words are read past, a rival
  is another body, and later ones of the session): scored on its original marks, 27 met,
  24 false flags, 16 misses (precision 0.529, recall 0.628); the rest are left todo (31
  marks; see ``domain14/rules/README``).

* ``domain15/``: Hafodwen Weavers, a Welsh woollen mill, with its own rules file, written in
  session 9 (a trade-press story with a fact box and two dated corrections, a local paper's
  letters page with the mill's reply, a 2016 heritage town-trail page, an auction
  catalogue with lot entries). First run: 21 met, 25 false flags, 19 misses (precision
  0.457, recall 0.525). After the general fixes it prompted, scored on its original marks:
  25 met, 10 false flags, 8 misses (precision 0.714, recall 0.758); the rest are left todo
  (17 marks; see ``domain15/rules/README``).

* ``domain16/``: Světlík, a Czech crystal glassworks, with its own rules file, written in
  session 9 after most of that session's fixes (an encyclopedia article with an infobox
  and reference marks, a podcast transcript with timestamps, a review blog with a spec
  table, a 2016 company newsletter with a "By the numbers" table). First run: 23 met, 38
  false flags, 26 misses (precision 0.377, recall 0.469); the session's starting code gave
  0.365 and 0.479. After the general fixes it prompted, scored on its original marks: 26
  met, 21 false flags, 18 misses (precision 0.553, recall 0.591); 32 marks left todo (see
  ``domain16/rules/README``).

* ``domain17/``: Vuillème, a Swiss watchmaker, with its own rules file, written in session 10
  in registers the others lack (a collectors' forum thread in Markdown with quoted posts,
  an HTML heritage timeline of year entries, a plain-text annual report with a two-year
  key-figures table and footnotes, a news story translated from French with a rival's
  figures and a correction). First run: 20 met, 20 false flags, 36 misses (precision
  0.500, recall 0.357; false flags counted once per line and rule); the session's
  starting code gave the same. After the general fixes it prompted, scored on its
  original marks: 23 met, 13 false flags, 19 misses (precision 0.639, recall 0.548); 32
  marks left todo (see ``domain17/rules/README``).

* ``domain18/``: Tres Fuentes, an Andalusian olive-oil cooperative, with its own rules file,
  written in session 10 after most of that session's fixes (a supermarket product page with
  reviews and a Q&A, a radio interview transcript with a misquoted figure, a 2016 travel
  guide with a "Fast facts" box, a trade report comparing three mills in a table). First
  run: 27 met, 25 false flags, 31 misses (precision 0.519, recall 0.466); the session's
  starting code gave 27, 27, 38 (0.500, 0.415). After the general fixes it prompted,
  scored on its original marks: 28 met, 14 false flags, 26 misses (precision 0.667,
  recall 0.519); 40 marks left todo (see ``domain18/rules/README``).

* ``domain19/``: Ardmallie, a Speyside whisky distillery, with its own rules file (age
  statements as a quantity in years, two dated beginnings, founded and reopened, a share
  of its spirit kept for its own bottlings), written in session 11 (a shop's product page
  with a spec table, reviews and a Q&A, a 2017 blog post, a press release with notes to
  editors, a trade feature comparing four distilleries in a table). First run: 28 met, 31
  false flags, 32 misses (precision 0.475, recall 0.467); the session's starting code gave
  28, 32, 33 (0.467, 0.459). After the general fixes it prompted, scored on its original
  marks: 32 met, 13 false flags, 21 misses (precision 0.711, recall 0.604); 34 marks
  left todo (see ``domain19/rules/README``). Session 11's fixes also moved domain17 to 23
  met, 13 false flags, 18 misses (0.639, 0.561) and domain18 to 29, 14, 24 (0.674, 0.547).

* ``domain20/``: Kestrel Ridge, an Appalachian guitar and banjo maker, with its own rules
  file (workshops counted with no place, an overseas line made first in China then in
  Indonesia, a sale and a buy-back, woods by model and year), written in session 12 in
  registers the earlier sets lack (a forum thread quoting the maker's site and correcting
  itself, a careers page in HTML with a timeline, a plain-text email newsletter with a fact
  box and a column table, an obituary with relative dates and rivals). First run: 44 met,
  51 false flags, 68 misses (precision 0.463, recall 0.393); the session's starting code
  gave 44, 52, 68 (0.458, 0.393). After the general fixes it prompted, scored on its
  original marks: 47 met, 36 false flags, 49 misses (precision 0.566, recall 0.490); 85
  marks left todo (see ``domain20/rules/README``). Session 12's fixes also moved domain13
  to 31 met, 1 false flag, 9 misses; domain14 to 29, 12, 14; domain15 to 26, 5, 6; domain17
  to 23, 11, 17; domain18 to 29, 13, 22.

* ``domain21/``: Fernhollow, a Pennsylvania chocolate maker, with its own rules file
  (plants opened, closed and moved, a sale and a buy-back, cocoa shares by country, a
  product line made under contract in Austria), written in session 13 in registers the
  earlier sets lack (a local TV station's web story with a masthead, byline and dateline
  and a correction; an encyclopedia page in HTML with an infobox and footnotes; a buyer's
  guide in Markdown with a comparison table and a FAQ; a podcast transcript with speaker
  labels, timestamps and a correction read out). First run: 30 met, 45 false flags, 67
  misses (precision 0.400, recall 0.309); the session's starting code gave the same. After
  the general fixes it prompted (bylines and datelines below a masthead date the article;
  a buyer or seller's gerund; "it" after "founded"; an anniversary marked in the story's
  week; "N years ago" dating a clause), scored on its original marks: 33 met, 35 false
  flags, 61 misses (precision 0.485, recall 0.351); 96 marks left todo (see
  ``domain21/rules/README``). Session 13's fixes also moved domain20 to 47 met, 35 false
  flags, 48 misses. Session 14 (shares and years given place by place, lists of shares;
  "sold since"; "Earlier ... I said"; "sales"; moving the making; "the following year"):
  domain21 37 met, 18 false flags, 51 misses (precision 0.673, recall 0.420), 69 todo left;
  domain20 47, 32, 45 (77 todo); domain14 29, 11, 14.

* ``domain22/``: Tamarack Bay, a Michigan canoe and kayak maker, with its own rules file
  (workshops opened, closed and bought, cedar shares by origin, a kayak made under
  contract in China for ten years, a Made-in-USA share that falls and returns), written
  in session 14 in four registers (a careers page in HTML, a newspaper obituary with a
  dateline, a crowdfunding page in Markdown with a stretch-goals table, an FAQ and dated
  updates, a tourism trail page listing six workshops of which one is the company's).
  First run (commit 985a0c1): 39 met, 27 false flags, 33 misses (precision 0.591, recall
  0.542); the session's starting code gave 37, 35, 39 (0.514, 0.487). After the general
  fixes it prompted (relative years after "in 1961,", an ordinal's count of its opening's
  year, an anniversary beside a model year, the share of the thing after "of", backers
  and applicants as no headcount; a place with the year cue before it; "it" after an
  unknown firm's clause; a dated heading's section): 39, 19, 28 (0.672, 0.582); 47 marks
  left todo (see
  ``domain22/rules/README``); domain21 then 37, 18, 50.

* ``domain23/``: Bellhaven, an Indiana mattress maker owned by its employees, with its own
  rules file (plants opened and closed, a sale and an employee buyout, headcounts in four
  periods, a Made-in-USA share that falls to 70% and rises to 85%, two lines made in
  Vietnam), written in session 15 in registers the others lack (a newspaper's letters
  page with the company's reply and an editor's note, a city plan commission's minutes,
  a trade-fair press kit with a fact sheet, a forum thread whose posters disagree), its
  writer not steered to any mechanism. First run (before any fix it informed, and the
  same at the session's start bfff666): 29 met, 35 false flags, 50 misses (precision 0.453,
  recall 0.367). The writer read domain22's README past its "After the first run"
  heading (noted in ``domain23/rules/README``). After the general fixes it prompted
  ("did not ... until", "owned ... since", a fronted "When ... in 2004,", "that plant",
  a date line above minutes, the made-where check against a share, "is mistaken that",
  a known site as a verb's subject, "that same year", a relative clause's own mood): 34,
  14, 29 (0.708, 0.540); 43 marks left todo.

* ``domain24/``: Moxahala, an Ohio stoneware pottery, with its own rules file (a sale and
  an employee buyout, a plant closed and a studio opened, a Made-in-USA share of 1.0, 0.55
  and 0.70, a line made in Portugal, two food-contact and durability policies), written in
  session 15 after domain23's fixes, in registers none had (museum exhibit panels, a
  product review with reader comments, an impact report with a year-column KPI table, an
  advertising review board's decision that quotes the claims it judges). First run (commit
  b9118e1): 35 met, 53 false flags, 30 misses (precision 0.398, recall 0.538); the
  session's starting code (bfff666) gave 35, 51, 31 (0.407, 0.530): this session's fixes,
  made for domain23, did not carry over to it. After its own (claims quoted to be judged,
  goods sold, a building no making, another party's clause, a total since a year, "not
  everything", sizes of a product line, a category right after a name, money spent on a
  campaign, "most of them" after a count, a when-clause's year): 36, 21, 27 (0.632,
  0.571); 48 marks left todo.

* ``heldout-shipped16/``: the shipped rules alone (New Balance, L.L.Bean, Red Wing,
  Pittsburgh), written in session 16 in registers none had (a podcast transcript whose
  hosts disagree, a student newspaper's feature on Pittsburgh tour guides with a sidebar
  and a correction, a footprint report in the first person plural with a year-column
  table, a forum thread with quoted replies and an old catalog ad). First run (commit
  118d754, after that session's first fixes, made for other sets): 29 met, 14 false
  flags, 6 misses (precision 0.674, recall 0.829); the session's starting code (6445dfd)
  gave 29, 15, 6 (0.659, 0.829). The shipped rules' domain reads far better on first
  contact than a new domain with its own rules (0.40-0.45 precision). After its own fixes
  (a byline under header rows, "you're mistaken that", "Across the industry,", a count
  before sites in two states, "the state" after a city, "there's one near you", "have
  been with us for", contracted pronouns, "U.S. manufacturing", "they" after two names
  the rules do not know, "our" after an aside's verb): 33, 2, 0 (0.943, 1.000); 2 marks
  left todo.

Session 16's general fixes, made for the sets above, moved others (same scorer, at
2026-11-24): domain12 P/R 0.938/0.882 -> 1.000/0.939, domain14 0.725 -> 0.744 (P),
domain17 0.706/0.600 -> 0.714/0.641, domain18 0.690/0.569 -> 0.674/0.580, domain19
0.711 -> 0.727 (P), domain20 0.595/0.511 -> 0.603/0.516, domain22 0.684 -> 0.722 (P),
domain23 0.708/0.540 -> 0.745/0.556, domain24 0.632 -> 0.692 (P).

* ``domain25/``: Kettlebrook, an Alabama cast-iron cookware foundry, with its own rules file
  (a move, a second plant opened and closed, a family sale and a buy-back, a line made in
  China since 2010, two policies of its own), written in session 17 in registers none had
  (a newspaper obituary, a product-safety recall notice, a wiki talk page whose editors
  argue over figures, a weekend quiz with an answer key). First run (commit 3775111, after
  that session's first fixes, made for other cases): 18 met, 25 false flags, 33 misses
  (precision 0.419, recall 0.353); the same at the session's starting code (9c1e335).
  After the session's fixes (questions and quiz choices, "then" and "for the next N years",
  "X started the company", "a generation earlier", a place in a clause joined after a
  count, gifts "made to" a fund, and the fixes below): 20, 16, 27 (0.556, 0.426); 43 marks
  left todo.

* ``heldout-shipped17/``: the shipped rules alone, written in session 17 in registers none
  had (a wiki talk page with an edit request, a travel guide with a quick-facts table, a
  magazine Q&A with a Bean Boot stitcher, a pub-quiz packet with choices and an answer
  key). First run (commit 3775111): 24 met, 25 false flags, 36 misses (precision 0.490,
  recall 0.400); at the session's starting code (9c1e335) 24, 25, 35 (0.490, 0.407).
  Far below heldout-shipped16's first run (0.674, 0.829): the quiz's questions and
  choices were read as statements. After its fixes (a question for one thing states the
  rest, "True or false:" and lettered choices state nothing, quoted or reported wording of
  a text under review, a share of a shoe's value, "the city" after a county, a metro
  area's people, "is compact, about 58 square miles", "down from X in 2000 and from Y in
  1950", "If that isn't enough,", an aside ending on "Town, State", rumours and stories,
  "its 2014 output", "... and started the company", "from 2019, when", "which are all"
  after a list, "came out in 1982"): 27, 8, 15 (0.771, 0.643); 23 marks left todo.

Session 17's general fixes, made for the two sets above and for known weak spots, moved
others (same scorer, at 2026-11-24): domain14 R 0.674 -> 0.690, domain20 R 0.516 -> 0.522;
blind claim tables 2 F1 0.897 -> 0.901, 4 0.885 -> 0.895, 5 0.912 -> 0.919, 6 0.764 ->
0.767, 8 0.734 -> 0.742, 10 0.727 -> 0.734; no set or table lost.

Each set is loaded with the shipped rules (plus its own), as a user's would be.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimcheck.annotations import expectations, score
from claimcheck.documents import display_path
from claimcheck.report.model import Report
from claimcheck.run import RunOptions, run
from tests.conftest import FIXTURES, ROOT

SETS = ("heldout-phrasings", "domain2", "domain3", "heldout-wire", "domain4", "domain5",
        "domain6", "domain7", "domain8", "domain9", "domain10", "domain11", "domain12",
        "domain13", "domain14", "domain15", "domain16", "domain17", "domain18", "domain19",
        "domain20", "domain21", "domain22", "domain23", "domain24", "heldout-shipped16",
        "domain25", "heldout-shipped17")
DAY = dt.date(2026, 11, 24)
"""The day the sets were written (their 2024 and 2025 articles count as old)."""

_REPORTS: dict[str, Report] = {}


def _report(name: str) -> Report:
    if name not in _REPORTS:
        folder = FIXTURES / name
        rules = [ROOT / "rules", *([folder / "rules"] if (folder / "rules").is_dir() else [])]
        _REPORTS[name] = run(RunOptions(paths=[folder], rules=rules, as_of=DAY, today=DAY,
                                        show_supported=True))
    return _REPORTS[name]


_ARTICLE_SUFFIXES = (".md", ".html", ".txt")


def _articles() -> list[tuple[str, Path]]:
    return [(name, path) for name in SETS for path in sorted((FIXTURES / name).iterdir())
            if path.suffix in _ARTICLE_SUFFIXES]


@pytest.mark.parametrize("name", SETS)
def test_each_set_loads_with_the_shipped_rules(name: str) -> None:
    assert not _report(name).errors


@pytest.mark.parametrize(("name", "path"), _articles(), ids=[f"{n}/{p.name}" for n, p in _articles()])
def test_blind_set_article(name: str, path: Path) -> None:
    result = score(expectations(path, display_path(path)), list(_report(name).findings))
    assert result.passed, "\n".join(result.problems)
