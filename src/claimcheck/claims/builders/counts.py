"""Count and measured-quantity claims: "five factories", "$155 million invested"."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.claims import values as v
from claimcheck.claims.builders.common import (
    ANSWER_LABEL,
    NOT_INSTEAD,
    OUTSIDE,
    THERE,
    asserted_at,
    cue_asserted,
    nearest,
    one_side,
    qualifiers,
    reported_false,
    singular,
    span,
    stated_now,
    subjects,
)
from claimcheck.claims.clauses import CELL_MARKS
from claimcheck.claims.lexicon import lexicon
from claimcheck.claims.mentions import ELSEWHERE, POSSESSIVE
from claimcheck.claims.model import Value
from claimcheck.claims.tokens import TokenTable
from claimcheck.quantities import Quantity
from claimcheck.quantities._context import TREND_OF
from claimcheck.quantities.convert import is_currency
from claimcheck.quantities.numbers import ORDINALS
from claimcheck.quantities.units import unit_name
from claimcheck.rules.schema import AttributeSpec

if TYPE_CHECKING:
    from claimcheck.claims.extractor import ClauseView
    from claimcheck.claims.mentions import Mention

_SHORT_LOOKAHEAD = 3
_STOPS = {"them", "these", "those", "which", "that", "who", "whom", "it", "they", "we", "you",
          "and", "or", "but", "while", "because", ",", ";", ":", "(", ")"}
_LOOKAHEAD_TOKENS = 6
"""How far after a number its noun may stand ("two of New Balance's factories")."""


_COMPOUND = re.compile(r"-(?!strong\b|odd\b|plus\b|to\b|and\b|or\b|through\b)(?-i:[a-z])[a-z]+\b")


def build_counts(view: ClauseView) -> None:
    """A bare number followed (within a few words) by a count attribute's noun."""
    ordinals = _ordinal_tokens(view.table)
    if ordinals and bisect.bisect_left(ordinals, view.clause.first) < bisect.bisect_left(
            ordinals, view.clause.last):
        _ordinal_counts(view)  # (most clauses, and most documents, have no ordinal)
    zeros = _zero_counts(view)
    candidates = [q for q in view.quantities if (v.is_count(q) or _new_level(view, q))
                  # "302,971 people (2020 census)": the census's year, no count
                  and not (_YEAR_TEXT.fullmatch(q.text) and _OF_RECORD.match(view.full, q.end))]
    if not candidates and not zeros:
        return  # only years, shares, amounts in units: nothing here counts things
    # only attributes someone in this clause can have: "people" counts residents of a
    # city but employees of a company
    counts = [a for a in view.rules.count_attributes if subjects(view, a)]
    if not counts:
        return
    table = view.table
    previous: AttributeSpec | None = (view.rules.attributes.get(view.recent_count)
                                      if view.recent_count else None)
    known = {a.id for a in counts
             if any(view.rules.has_facts(s.id, a.id) for s in view.subjects)}
    for change in (q for q in view.quantities if q.trend is not None and q.unit is None
                   and q.value is not None and q not in candidates
                   and _TOTAL_HINT.search(view.full, q.end, view.clause.end)):
        found = _nouns_after(view, counts, change)[2]
        if found:  # "added 40 stores last year, bringing its total to 540": stores
            previous = _changed(view, found[0][1])
    for quantity in sorted([*candidates, *zeros], key=lambda q: q.start):
        zero = quantity in zeros
        tokens, lowers, matches = _nouns_after(view, counts, quantity)
        if ((_CHANGE_BEFORE.search(view.full, max(view.clause.start, quantity.start - 24),
                                   quantity.start) and quantity.text.lower() != "both")
                or _CHANGE_AFTER.match(view.full, quantity.end)):
            # ("closes both of its plants in July" closes all of them, for a while)
            # "is hiring 150 associates", "10 more stores", "one fewer than": a change (of
            # what "bringing its total to 540" then counts)
            if matches:
                previous = _changed(view, matches[0][1])
            continue
        if view.full.startswith("-", quantity.end) and _COMPOUND.match(view.full, quantity.end):
            continue  # "a 12-fret parlor guitar", "a 24-inch scale": a measure of one thing,
            # no count of the noun after it (but "a 1,250-strong workforce" above)
        if lowers[:1] and lowers[0] in ("per", "each", "every", "apiece"):
            # "about a hundred per farm", "roughly 600 apiece": a rate, not a count of farms,
            # nor of the things counted before
            continue
        if zero:
            # "has no factories in Maine", "no US plants", "no New Balance factories": the
            # noun right after "no", or after names ("no say over its factories" is none)
            matches = [m for m in matches if m[0][1] <= 1 or all(
                view.full[table.starts[i]].isupper() or table.lower[i] in _OWNER_WORDS
                for i in tokens[:m[0][1]])]
            if not matches:
                continue
        if (strong := _STRONG.match(view.full, quantity.end)) is not None:
            # "a 1,250-strong American workforce": the whole it numbers, by the last noun or
            # cue of its phrase ("a 1,900-strong union plant workforce": workers)
            words = strong.group(1).split()
            # (the head that ends the phrase: not "a 40-strong factory tour group")
            head = next((w for w, after in zip(words, [*words[1:], ""], strict=True)
                         if not after or after[:1].isupper() is False
                         and view.lemma(after.lower()) != after.lower()), None)
            wholes = [a for a in counts if head is not None
                      and view.lemma(head.lower()) in _words(a, cues=True)]
            whole = _prefer_known(view, wholes) if wholes else None
            if whole is not None:
                _add(view, whole, quantity, "count", strong.end(), None,
                     asserted=asserted_at(view, quantity.start))
            continue
        if not matches:
            # "1,200 people across its factories, about 350 of them in Lawrence": "of
            # them" are the last things counted, whatever noun stands before the number
            of_them = previous is not None and _of_them(table, quantity)
            # ("six master smiths, two of whom hold the title": some of them, no count)
            part = _SOME_OF.match(view.full, quantity.end) is not None
            before = None if of_them or part else (
                # ("Headcount at its factories stood at 1,262": the head, not "factories")
                _level_noun(view, counts, quantity.start)
                or _noun_before(view, counts, table.at(quantity.start), quantity.end)
                or _number_of(view, counts, quantity.start)
                or _label_noun(view, counts, quantity.start, quantity.end))
            if before is not None and _other_noun_after(view, before, quantity.end):
                before = None  # "home to dozens of shoemakers": shoemakers, not residents
            if before is not None:
                # "Pittsburgh's population, roughly 303,000, ...", "a workforce of 1,200"
                _add(view, before, quantity, "count", quantity.end, None,
                     asserted=asserted_at(view, quantity.start))
                previous = before  # "Sea sites: 24 (14 in Aysén, 10 in Los Lagos)"
            elif previous is not None and not _a_year_s(view, quantity) and (
                    lowers[:1] == ["in"]
                    or _of_them(table, quantity)
                    # "4 US factories (Maine 2, Massachusetts 2)"
                    or (_place_led(view, quantity.start) is not None and quantity.unit is None)
                    # "New Balance runs four US plants, L.L.Bean two": a name and its figure
                    # with the verb and noun understood
                    or (quantity.unit is None and _after_a_name(view, quantity))
                    # "four US plants in 2012, and by 2020 five": a later year's figure
                    or (quantity.unit is None and _THEN_YEAR.search(
                        view.full, max(view.clause.start, quantity.start - 24), quantity.start)
                        and _YEAR_FIGURE_END.match(view.full, quantity.end))
                    # "446 bridges, not 1,446": the corrected figure, denied
                    or NOT_INSTEAD.search(view.full, max(view.clause.start,
                                                          quantity.start - 12), quantity.start)
                    # "In 2011 it ran five factories; by 2025 it was down to four", "added
                    # 40 stores last year, bringing its total to 540" (not "... to 3,000
                    # residents", which names what it counts)
                    or ((_DOWN_TO.search(view.full, max(view.clause.start, quantity.start - 24),
                                         quantity.start)
                         or _TOTAL_TO.search(view.full, max(view.clause.start,
                                                            quantity.start - 32),
                                             quantity.start))
                        and not (lowers and lowers[0].isalpha()
                                 and lowers[0] not in _FUNCTION_WORDS))):
                # "five factories in New England, three in Maine", "thirty cafés in
                # Massachusetts, 17 of them in Boston": the noun is understood
                _add(view, previous, quantity, "count", quantity.end, None)
            elif (view.asked_count and quantity.unit is None
                  and _ANSWER_OPENING.fullmatch(view.full, view.clause.start, quantity.start)
                  and (_BARE_TAIL.match(view.full, quantity.end, view.clause.end)
                       or view.full.startswith(":", quantity.end))):
                # "## How many plants does Cedar Hollow run?" then "Two: the Middlebury
                # creamery, ...": the answer counts what the question asked about (the
                # attribute the rules know the subject by, when several read the noun)
                asked = sorted(view.asked_count, key=lambda a: a not in known)
                previous = view.rules.attributes[asked[0]]  # "Four: two in Maine, ..."
                _add(view, previous, quantity, "count", quantity.end, None)
            continue
        # the longest noun wins: "factory workers" is workers, not factories; between
        # nouns as long, an attribute the rules have facts for about these subjects
        (noun, last), attribute = max(matches, key=lambda m: (
            len(m[0][0].split()), m[1].id in known, -m[0][1]))
        if _modifies_next(table, tokens, last, quantity):
            continue  # "40 factory outlets": outlets, not factories
        if _PER_UNIT.match(view.full, table.end(tokens[last])):
            continue  # "about 300 workers per plant", "40 staff each": a rate, no total
        if _BEING_CHANGED.match(view.full, table.end(tokens[last])):
            if matches:
                previous = _changed(view, matches[0][1])
            continue  # "About 60 people are currently being hired": new ones, no total
        if _FLOW_AFTER.match(view.full, table.end(tokens[last])):
            continue  # "300 workers walked out", "200 workers joined": some of them moving
        if _counts_another(view, tokens, last, attribute):
            continue  # "one family of welders", "two teams of workers": families, teams
        if _REFERENCED.search(view.full, max(view.clause.start, quantity.start - 16),
                              quantity.start):
            continue  # "spent $96 million on the two boats": those boats, not the fleet
        if (_PART_OF.match(view.full, quantity.end) and quantity.text.lower() != "both"
                and not _ALL_OF.search(view.full, max(view.clause.start, quantity.start - 8),
                                       quantity.start)
                and not any(p.start > quantity.end for p in view.places())):
            # "surveyed 412 of its registered growers": some of them, not how many ("two of
            # its factories are in Maine" says where two are)
            continue
        end = table.end(tokens[last])
        _add(view, attribute, quantity, "count", end, noun,
             asserted=asserted_at(view, quantity.start))
        previous = attribute


def _a_year_s(view: ClauseView, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a year claim's value already ("it turned 100 in 2005": an
    age, not 100 of the things counted before)."""
    return any(value.kind == "year" and start <= quantity.start < end
               for _, _, value, start, end, _ in view.claims)


# "has no factories", "there are no plants": a count of zero, after a verb of having or
# "there is/are" (not "no more than three", "no new plants", "no plans to close plants");
# also "does not operate a single factory", "there aren't any plants", a clause opening
# "Not a single factory ...", and "None of its factories is in Ohio" (with the place)
_HOLDING = "|".join(lexicon().holding_verbs)
_ZERO_COUNTS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\b(?:(?:" + _HOLDING + r")|there\s+(?:is|are|was|were))"
    r"\s+(?P<no>no)\s+(?!(?-i:more|fewer|less|longer|other|new|additional|further|plans?|"
    r"intention|need|reason|word|comment|idea)\b)",
    r"(?:\bnot|n['’]t|\bnever)\s+(?:" + _HOLDING + r")\s+(?P<no>a\s+single|any)\s",
    r"\bthere\s+(?:is|are|was|were)(?:n['’]t|\s+not)\s+(?P<no>a\s+single|any)\s",
))
_ZERO_OPENINGS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # (where something is or stays: not "Not a single store closed during the pandemic")
    r"\W*not\s+(?P<no>a\s+single|one)\s[^;:]*?\b(?:is|are|was|were|remains?|stands?|"
    r"exists?|operates?)\b",
    # (in a place: not "None of its stores is in profit")
    r"\W*(?P<no>none)\s+of\s[^;:]*?\b(?:is|are|was|were|remains?)\s+"
    r"(?:located\s+|based\s+)?in\s+(?:the\s+)?(?-i:[A-Z])",
))


def _zero_counts(view: ClauseView) -> list[Quantity]:
    """A zero for each "no" that counts a noun in the clause ("Red Wing has no factories"),
    and a one for each "a single" ("from a single forge in Sanjo")."""
    text, start, end = view.full, view.clause.start, view.clause.end
    # ("tours of both workshops", "both of its plants close in July": two, the noun right
    # after it, as after "no")
    # (not after two places named earlier in the sentence: "the 990 in Lawrence and the 993
    # in Skowhegan, and both factories are busy" are those two, not all of them)
    both = [Quantity(m.group(), m.start(), m.end(), 2.0, None, None, "=", None)
            for m in _BOTH.finditer(text, start, end)
            if not _places_before(view, m.start())] if "oth" in text[start:end] else []
    if _NO_HINT.search(text, start, end) is None:
        return both
    found = [m for pattern in _ZERO_COUNTS for m in pattern.finditer(text, start, end)]
    found += [m for pattern in _ZERO_OPENINGS if (m := pattern.match(text, start, end))]
    zeros = [Quantity(m.group("no"), m.start("no"), m.end("no"), 0.0, None, None, "=", None)
             for m in found] + both
    if "single" not in text[start:end]:
        return zeros
    taken = {q.start for q in zeros}
    return zeros + [Quantity(m.group(), m.start(), m.end(), 1.0, None, None, "=", None)
                    for m in _A_SINGLE.finditer(text, start, end) if m.start() not in taken]


def _places_before(view: ClauseView, offset: int) -> bool:
    """Whether two places or more are named in the sentence before ``offset``."""
    return sum(1 for m in view.sentence_places()
               if m.end <= offset) >= 2


# "both workshops", "both of its plants", "both L.L.Bean plants" (not "both New Balance and
# Red Wing", "both in Maine", "both of them")
_BOTH = re.compile(r"\bboth(?=\s+(?:of\s+(?:its|their|our|the)\s+|(?:its|their|our|the)\s+)?"
                   r"(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,3}(?-i:[a-z]+s)\b)", re.IGNORECASE)
_A_SINGLE = re.compile(r"\b(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bwithout )(?<!\bthan )"
                       r"(?<!\bleast )a single(?=\s)",
                       re.IGNORECASE)
_OWNER_WORDS = frozenset({"of", "'s", "’s", "its", "their", "our", "the"})
_NO_HINT = re.compile(r"(?:\b(?:[Nn]o|[Nn]one|[Nn]ot|[Nn]ever|single)|n['’]t)\s")


_TRANSITIVE = frozenset({
    "up", "down", "higher", "lower", "added", "gained", "gain", "gains", "lost", "loses", "cut",
    "cuts", "reduced", "lowered", "lowers", "shed", "slashed", "slashes", "trimmed", "trims",
    "boosted", "lifted", "hiked", "hikes", "widened", "narrowed", "narrows", "shaved", "shaves",
    "shave", "halved", "improved", "accelerated", "expanded", "advanced", "advances"})
# Words between a noun and the number that gives its count: "population is 303,000",
# "population of 303,000", "population, roughly 303,000", "population stood at 303,000".
_LINKS = frozenset({"is", "was", "are", "were", "of", ",", ":", "stood", "stands", "at",
                    "reached", "totals", "totaled", "totalled", "numbered", "numbers", "now",
                    "topped", "hit", "-", "—", "(",
                    # "Headcount ended the year at 386", "membership rose to 2,400"
                    "ended", "closed", "finished", "the", "year", "came", "to",
                    # "population is projected to slip to about 295,000 by 2030", "will
                    # reach 1,000": a level planned or foreseen (unasserted by the modal)
                    "will", "be", "projected", "expected", "forecast", "set", "likely",
                    "reach", "reaches"}) | {
    # the quantity extractor's verbs of change ("membership rose to 2,400"), but those that
    # take an object ("its workers lost 500 jobs")
    verb for verb in TREND_OF if " " not in verb and verb not in _TRANSITIVE}


# the ordinals of quantities.numbers from second to twelfth ("half" and "quarter" are no
# ordinals of a count)
ORDINAL_WORDS = {word: value for word, value in ORDINALS.items()
                  if 3 <= value <= 12 and not word.endswith("s")
                  and word not in ("quarter", "half")} | {"second": 2}
_COMPOUND_AFTER = re.compile(r"\s+([a-z]+)\b(?<!ed)(?<!es)")
_TITLE_COMPOUND = re.compile(r"\s+([A-Z][a-z]+)\b")
# "opened its second mill", "adds a fifth US factory", "its third plant": the ordinal of the
# newest counts them all (not "its second-largest plant", "the second factory tour")
_ORDINAL = re.compile(
    r"\b(?P<verb>(?:open|add|build|buy|acquire|launch|start|complete)(?:s|ed|ing)?|built|bought|"
    r"(?:now\s+)?(?:has|had|have|runs?|operates?))?\s*(?:(?P<det>its|their|our|"
    r"(?-i:[A-Z])[\w.&'’-]*['’]s|"
    r"an?)\s+)?(?P<nth>" + "|".join(ORDINAL_WORDS) + r"|\d{1,4}(?:st|nd|rd|th))(?![\w-])"
    r"(?P<mods>(?:\s+(?:new|U\.S\.|US|American|(?-i:[A-Z][\w.]*)|[a-z]+-[a-z]+))){0,2}"
    r"\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)


# a headline's verb after its ordinal noun: "Fifth NB Factory Opens in Londonderry"; or
# before it, without a determiner: "Red Wing Opens 500th Store"
_WORD = re.compile(r"[A-Za-z]+")
_OPENS_AFTER = re.compile(r"(?:\s+(?:was|were|is|has\s+been|had\s+been|finally))?\s+"
                          r"(?:opens|opened|is\s+added|was\s+added|was\s+completed|"
                          r"went\s+up|started\s+production|came\s+on\s+line)\b",
                          re.IGNORECASE)
# a present "opens" with a time still to come is a schedule: "its third Massachusetts plant
# opens in Methuen this spring", "... opens next year", "... opens later this month"
_TO_COME = re.compile(r"\b(?:next\s+\w+|(?:this|later\s+this|early\s+next|in\s+the\s+(?:coming|"
                      r"next))\s+(?:spring|summer|fall|autumn|winter|week|month|quarter|year|"
                      r"weeks|months)|soon|in\s+(?:a\s+few|two|three|several)\s+"
                      r"(?:weeks|months))\b", re.IGNORECASE)
_PRESENT_OPENS = re.compile(r"\s+(?:opens|is\s+added)\b", re.IGNORECASE)
_HEADLINE_VERB = re.compile(r"\s+(?:Opens|Opened|Is\s+Added|Added|Launches|Launched)\b")


def _ordinal_tokens(table: TokenTable) -> list[int]:
    """The positions of the document's ordinal words ("second", "3rd"), found once."""
    cached = _ORDINAL_CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    found = [i for i, word in enumerate(table.lower) if word in ORDINAL_WORDS
             or (word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit())]
    _ORDINAL_CACHE.clear()  # one document at a time
    _ORDINAL_CACHE[id(table)] = (table, found)
    return found


_ORDINAL_CACHE: dict[int, tuple[TokenTable, list[int]]] = {}


def _ordinal_counts(view: ClauseView) -> None:
    """A count told by the ordinal of the newest ("Hafodwen opened its second mill in
    2017": two mills; "New Balance may add a fifth US factory": five, unasserted). After a
    verb of adding, exactly that many; "its third plant" alone, at least that many; "a
    fifth factory" without such a verb ("weighs a sixth factory") says nothing."""
    counts = [a for a in view.rules.count_attributes if subjects(view, a)]
    for m in _ORDINAL.finditer(view.full, view.clause.start, view.clause.end):
        nth = m.group("nth").lower()
        number = ORDINAL_WORDS.get(nth) or int(nth[:-2])
        det = (m.group("det") or "").lower()
        if number < 2 or det in ("a", "an") and not m.group("verb"):
            continue
        if number >= 100 and not m.group("verb") and det:
            continue  # "Inspects Its 500th Bridge": which one, not how many (a hundredth
            # counts only after a verb of opening or adding: "opened its 500th store")
        # the noun counted: the first word after the ordinal that names it ("its fifth US
        # factory", "Fifth NB Factory Opens")
        noun_end, attribute = m.end("noun"), None
        for word in _WORD.finditer(view.full, m.end("nth"), m.end("noun")):
            lemma = view.lemma(word.group().lower())
            attribute = _prefer_known(view, [a for a in counts if lemma in _words(a)])
            if attribute is not None:
                noun_end = word.end()
                break
        headline = not det and (bool(m.group("verb")) or _HEADLINE_VERB.match(
            view.full, noun_end) is not None)
        if not det and not (headline and _TITLE_CASE.match(view.full, view.sentence.start_char)):
            continue  # "Red Wing Opens 500th Store", "Fifth NB Factory Opens": a headline's
        opens = bool(det and _OPENS_AFTER.match(view.full, noun_end))
        compound = None if opens else _COMPOUND_AFTER.match(view.full, noun_end) or (
            # in title case, "Its Second Factory Fire": the next capitalised word, unless
            # it is the headline's verb
            None if headline or not m.group("nth")[:1].isupper()
            else _TITLE_COMPOUND.match(view.full, noun_end))
        if attribute is None or (compound is not None and not headline
                                 and compound.group(1).lower() not in _FUNCTION_WORDS):
            continue  # (not "gave its second factory tour")
        start, end = m.start("nth"), noun_end
        # ("Our second workshop opens in Burnsville": the verb after the noun)
        exact = bool(m.group("verb")) or headline or opens
        quantity = Quantity(view.full[start:end], start, end, float(number), None, None,
                            "=" if exact else ">=", None)
        # ("we're building a third plant, which should open next summer": not yet; "will
        # open its sixth plant": a plan, read before "its", which presupposes what follows)
        underway = (m.group("verb") or "").lower().endswith("ing") or (
            opens and _PRESENT_OPENS.match(view.full, noun_end) is not None
            and _to_come(view, noun_end))
        _add(view, attribute, quantity, "count", end, None,
             asserted=asserted_at(view, m.start("det") if det else start) and not underway,
             within=True)


# "1,250-strong American workforce", "a 4,500-strong Maine workforce"
_STRONG = re.compile(r"-strong((?:\s+[A-Za-z][\w'’]*){1,4})")


def _other_noun_after(view: ClauseView, attribute: AttributeSpec, end: int) -> bool:
    """Whether the number ending at ``end`` counts a plural noun of its own after "of"
    that is not one of the attribute's ("dozens of shoemakers", "hundreds of small
    firms")."""
    m = _PLURAL_AFTER.match(view.full, end, view.clause.end)
    if m is None:
        return False
    word = m.group(1).lower()
    lemma = view.lemma(word)
    return lemma != word and lemma not in _words(attribute) and word not in _words(attribute)


# a number's own plural noun after "of", perhaps after one describing word
_PLURAL_AFTER = re.compile(r"\s+of\s+(?:[a-z][a-z-]*\s+)?([a-z]+s)\b")


def _to_come(view: ClauseView, start: int) -> bool:
    """Whether the clause after ``start`` names a time still to come: "this spring", "next
    year", "soon", or a year after the document's ("opens in 2027")."""
    if _TO_COME.search(view.full, start, view.clause.end) is not None:
        return True
    return any(q.unit == "calendar_year" and q.start >= start and q.value is not None
               and q.value > view.date.year for q in view.quantities)


def _words(attribute: AttributeSpec, cues: bool = False) -> frozenset[str]:
    """An attribute's count nouns (and cues), lowercased."""
    return _lowered(tuple(attribute.nouns), tuple(attribute.cues) if cues else ())


@lru_cache(maxsize=1024)
def _lowered(*groups: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for group in groups for w in group)


def _noun_before(view: ClauseView, counts: list[AttributeSpec],
                 index: int, end: int) -> AttributeSpec | None:
    """The count attribute whose one-word noun stands right before the number, across
    linking words only; across a colon, in a list or when nothing follows the number
    ("Member farms: 410", not "lost many workers: 400 left in a year")."""
    table = view.table
    floor = view.clause.first
    if floor > view.sentence.start and table.lower[floor - 1] == ":":
        floor = max(view.sentence.start, floor - 5)  # "Member farms: 410" (a table row)
    i = index - 1
    while i >= max(floor, index - 5) and table.lower[i] in _LINKS:
        i -= 1
    bracketed = i == index - 1 and "(" in table.lower[max(floor, i - 2):i]
    # (an abbreviation is a label of its own: "Pittsburgh pop. 302,971")
    abbreviated = i == index - 1 and table.lower[i] in lexicon().abbreviated_cues
    # "Skowhegan, population 8,620 (2020)": a label noun right after a comma or a ";"
    labelled = (i == index - 1 and i - 1 >= view.sentence.start
                and table.lower[i - 1] in (",", ";", "(")
                and table.lower[i] in lexicon().label_nouns)
    if i < floor or (i == index - 1 and not bracketed and not abbreviated and not labelled):
        return None  # no linking word: "the 2010 census" is not a count of census (but
        # "Pittsburgh (population ~303,000)" is a fact in brackets)
    if i < view.clause.first and not view.listed and _BARE_TAIL.match(
            view.full, end, view.clause.end) is None:
        return None
    if "," in table.lower[i + 1:index] and _own_noun(view, end):
        return None  # "446 bridges, 90 hoods": ninety of something else
    if table.lower[i] in lexicon().tally_words and i - 1 >= floor:
        i -= 1  # "Red Wing's store count is roughly 500": a count of stores
    lemma = view.lemma(table.lower[i])
    # a noun of the count, or a cue that names the whole ("puts its workforce at 4,800")
    fitting = [a for a in counts if lemma in _words(a, cues=True)]
    return _prefer_known(view, fitting)


# (a plural, or a common short form with none: "~1.2k ppl", "40 ft")
_OWN_NOUN = re.compile(r"\s+([a-z]{2,}s|ppl|staff|crew|folks)\b")


def _own_noun(view: ClauseView, end: int) -> bool:
    """Whether the number ending at ``end`` names what it counts with a plural of its own
    ("90 hoods"), not a word about the count ("4 nationwide", "2 new ones", "5 in all")."""
    own = _OWN_NOUN.match(view.full, end)
    return own is not None and own.group(1).lower() not in _FUNCTION_WORDS | {"ones", "others"}


_NUMBER_OF = re.compile(r"\bnumber of (?:(?:(?-i:[A-Z])[\w.'’-]*|its|their|the)\s+)*"
                        r"([\w-]+(?: [\w-]+)?)\b[^.;:]{0,60}?\b(?:at|is|was|to|"
                        r"stands at|stood at|reached|hit|totals|totaled)\s+(?:about |around |"
                        r"roughly |some |nearly |almost |over |more than |just over )?\Z",
                        re.IGNORECASE)


_PART_OF = re.compile(r"\s+of\s+(?:its|their|our|his|her|the)\b", re.IGNORECASE)
_ALL_OF = re.compile(r"\b(?:all|each)\s+(?:of\s+)?\Z", re.IGNORECASE)


def _label_noun(view: ClauseView, counts: list[AttributeSpec],
                start: int, end: int) -> AttributeSpec | None:
    """In a list item or table row "Factories in the USA, 7": the count noun of the label
    before the comma that leads to the number; in running text too, when a short label
    and its colon lead to nothing but the number ("Pittsburgh population: 302,971",
    "Locations: 19; ...", "public stairways: 712, per a 2019 survey")."""
    label = view.full[view.clause.start:start]
    if not label.strip() and view.clause.start > view.sentence.start_char:
        cell = max(view.full.rfind(mark, view.sentence.start_char, start)
                   for mark in ";" + CELL_MARKS)
        label = view.full[max(view.sentence.start_char, cell + 1):start]  # "Terminals: 9"
    fact_box = (label.rstrip().endswith(":") and len(label.split()) <= 6
                and _BARE_TAIL.match(view.full, end, view.clause.end) is not None)
    if (not (view.listed or fact_box) or not label.rstrip().endswith((",", ":"))
            or label.count(",") + label.count(":") != 1):
        return None
    if _own_noun(view, end):
        return None  # "446 bridges, 90 hoods": ninety of something else
    raw = re.findall(r"[\w-]+", label.lower())
    phrases: set[str] = set()
    for words in ([view.lemma(w) for w in raw], [singular(w) for w in raw]):
        # the lemma table may not know a rarer plural ("outgrowers")
        phrases |= {*words, *(" ".join(pair) for pair in zip(words, words[1:], strict=False))}
    fitting = [a for a in counts if phrases & _words(a)]
    return _prefer_known(view, fitting)


# "Pittsburgh's population fell from 305,704 in 2010 to 302,971 in 2020": the level a
# change reached, counting the noun before the verb
_FROM_TO_LEVEL = re.compile(
    # ("the factory count in Maine has fallen from three to two")
    r"\b(?P<noun>[a-z]+)(?:\s+(?:count|number|total|tally))?(?:\s+in\s+[A-Z][\w.]*)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:rose|risen|fell|fallen|grew|grown|"
    r"dropped|declined|increased|decreased|climbed|jumped|slipped|shrank|shrunk|went|"
    r"up|down)\s+"
    # (from the level before, or by how much: "declined 0.9% between the 2010 and 2020
    # censuses, to 302,971")
    r"(?:from\s+|by\s+|\d)[^;:]{0,60}?\bto\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+)?\Z",
    re.IGNORECASE)
_LEVEL_HINT = re.compile(r"rose|risen|fell|fallen|grew|grown|dropped|declined|increased|"
                         r"decreased|climbed|jumped|slipped|shr[au]nk|went|stood|stands?\b|"
                         r"ended|ends|finished|closed|total|reach|hit|top|peaked|came|comes|"
                         r"\b(?:up|down)\b", re.IGNORECASE)
# "Headcount at its US factories stood at 1,262", "The population of Pittsburgh stood at
# 302,971", "its workforce ended fiscal 2024 at 1,262": a level stated without a change
_LEVEL_AT = re.compile(
    r"\b(?P<noun>[a-z]+)(?:\s+(?:count|number|total|tally))?(?:\s+in\s+[A-Z][\w.]*)?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:stood|stands|stand|ended|ends|finished|closed|"
    r"totall?ed|totals|reached|reaches|hit|hits|topped|tops|peaked|came(?=\s+(?:in\s+)?at)|"
    r"comes(?=\s+(?:in\s+)?at)|came\s+in|comes\s+in)"
    r"(?:\s+(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:year|quarter|decade|month|"
    r"(?:fiscal\s+)?(?:19|20)\d\d|FY\s?\d\d))?"
    r"\s+(?:at|to\s+)?\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
    r"just\s+(?:over|under)\s+)?\Z",
    re.IGNORECASE)


def _level_noun(view: ClauseView, counts: list[AttributeSpec],
                start: int) -> AttributeSpec | None:
    """The count attribute of the noun before "rose from A to" (see :data:`_FROM_TO_LEVEL`)."""
    floor = max(view.clause.start, start - 120)
    if not _LEVEL_HINT.search(view.full, floor, start):
        return None  # (most numbers follow no verb of a level: skip the searches below)
    m = (_FROM_TO_LEVEL.search(view.full, floor, start)
         or _LEVEL_AT.search(view.full, floor, start))
    if m is None:
        return None
    # the head of "Headcount at Red Wing's Minnesota factories fell 5%, to 950" is what
    # is counted, not the sites it is at
    head = _HEAD_AT.match(view.full, view.clause.start, m.start("noun"))
    fronted = view.full.rfind(",", view.clause.start, m.start("noun"))
    if head is None and fronted >= 0:  # "In Q3 2021, headcount at ... rose 4% to 1,150"
        head = _HEAD_AT.match(view.full, fronted + 1, m.start("noun"))
    if head is not None:
        lemma = view.lemma(head.group(1).lower())
        fitting = [a for a in counts if lemma in _words(a, cues=True)]
        if fitting:
            return _prefer_known(view, fitting)
    # (a cue names the whole: "its workforce ended 2024 at 1,262")
    lemma = view.lemma(m.group("noun").lower())
    return _prefer_known(view, [a for a in counts if lemma in _words(a, cues=True)])


_HEAD_AT = re.compile(r"\s*(?:the\s+|total\s+)?(\w+)\s+(?:at|in|across|of)\s", re.IGNORECASE)


def _number_of(view: ClauseView, counts: list[AttributeSpec],
               start: int) -> AttributeSpec | None:
    """ "puts the number of cows in its members' herds at about 45,000": the count of the
    noun after "the number of"."""
    m = _NUMBER_OF.search(view.full, view.clause.start, start)
    if m is None:
        return None
    words = m.group(1).lower().split()
    lemmas = {view.lemma(w) for w in words} | {" ".join(view.lemma(w) for w in words)}
    fitting = [a for a in counts if lemmas & _words(a)]
    return _prefer_known(view, fitting)


def _prefer_known(view: ClauseView, fitting: list[AttributeSpec]) -> AttributeSpec | None:
    """Between attributes that read the same noun, the one the rules know a subject of
    the clause by ("plants": the carmaker's, not the shipped factories), else the first."""
    known = [a for a in fitting if any(view.rules.has_facts(s.id, a.id) for s in view.subjects)]
    return (known or fitting)[0] if fitting else None


def _bracketed_name(view: ClauseView, start: int) -> str | None:
    """The entity named right before the bracket a number stands in ("Pittsburgh (pop.
    303,000)"), whose figure it is, or None."""
    opening = view.full.rfind("(", view.clause.start, start)
    if opening < 0 or view.full.find(")", opening, start) >= 0:
        return None
    end = opening
    while end > view.clause.start and view.full[end - 1].isspace():
        end -= 1
    return next((m.id for m in view.mentions if m.end == end and m.kind != "category"), None)


def _facility_after(view: ClauseView, end: int) -> bool:
    """A facility noun right after a place, or after the comma that closes "Town, State,"."""
    facility = lexicon().facility
    return bool(facility.match(view.full, end)
                or (view.full.startswith(",", end) and facility.match(view.full, end + 1)))


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _whole_after(view: ClauseView, end: int) -> bool:
    """A count's cue that names the whole right after a place ("Maine workforce", "US
    headcount")."""
    word = _NEXT_WORD.match(view.full, end)
    if word is None:
        return False
    lemma = view.lemma(word.group(1))
    return any(lemma in _lowered(tuple(a.cues)) for a in view.rules.count_attributes)


def _changed(view: ClauseView, attribute: AttributeSpec) -> AttributeSpec:
    """Remember what a change counted, for a total after it in this clause or the next
    ("added 40 stores last year, bringing its total to 540")."""
    view.recent_count = attribute.id
    return attribute


def _nouns_after(view: ClauseView, counts: list[AttributeSpec], quantity: Quantity
                 ) -> tuple[list[int], list[str], list[tuple[tuple[str, int], AttributeSpec]]]:
    """The tokens after a number, their lower-case forms, and each count attribute whose
    noun stands among them (with the noun and its place)."""
    table = view.table
    tokens = _window(table, table.at(quantity.end), view.clause.last)
    words = [view.lemma(table.lower[i]) for i in tokens]
    lowers = [table.lower[i] for i in tokens]
    forms = _forms(words, lowers)
    return tokens, lowers, [(found, attribute) for attribute in counts
                            if (found := _noun_at(attribute, forms)) is not None]


def _counts_another(view: ClauseView, tokens: list[int], last: int,
                    attribute: AttributeSpec) -> bool:
    """Whether another noun stands between the number and "of" before the counted noun:
    "one family of welders" counts families ("350 of its workers" has no noun between,
    "five factories of New Balance" names an owner, not a noun)."""
    lowers = [view.table.lower[i] for i in tokens[:last]]
    if "of" not in lowers:
        return False
    before = lowers[:lowers.index("of")]
    # ("712 sets of public steps": a noun of the attribute's own, "set of stair")
    known = {part for noun in _words(attribute) for part in noun.split()}
    return any(view.table.is_alpha[tokens[i]] and w not in _FUNCTION_WORDS
               and w not in known and singular(w) not in known
               and not view.full[view.table.starts[tokens[i]]].isupper()
               for i, w in enumerate(before))


def _modifies_next(table: TokenTable, tokens: list[int], last: int, quantity: object) -> bool:
    """The noun modifies the word after it: it is singular after a number above one ("40
    factory outlets"), as plural agreement says; after one, a noun follows it ("a single
    landing craft"); or a hyphen joins it ("five factory-built homes")."""
    index = tokens[last] if last < len(tokens) else -1
    if (0 <= index < len(table) - 1 and table.lower[index + 1] == "-"
            and table.starts[index + 1] == table.end(index)):
        return True  # "a single forge-welded knife", "five factory-built homes"
    if last + 1 >= len(tokens):
        return False
    if getattr(quantity, "value", None) == 1.0:
        # one thing has no plural to agree: "a single landing craft" is a craft when a noun
        # follows, "a single forge in Sanjo" a forge
        after = table.lower[tokens[last] + 1]
        return bool(table.is_alpha[tokens[last] + 1]) and after not in _FUNCTION_WORDS
    if (getattr(quantity, "value", None) or 0) <= 1 and getattr(quantity, "range", None) is None:
        return False
    word, after = table.lower[tokens[last]], table.lower[tokens[last] + 1]
    singular = (table.vocabulary.lemma(word) == word and not word.endswith("s")
                and word not in _PLURAL_FORMS)
    return singular and bool(table.is_alpha[tokens[last] + 1]) and after not in _FUNCTION_WORDS


# Plural without an -s (or the same in both numbers): "305,704 people living in ...".
_PLURAL_FORMS = frozenset({"people", "staff", "personnel", "police", "cattle", "children", "men",
                           "women", "feet", "teeth", "data", "media", "sheep", "fish", "deer",
                           "aircraft", "offspring", "crew", "workforce", "faculty", "livestock"})
_FUNCTION_WORDS = frozenset({
    "in", "at", "on", "of", "for", "from", "by", "with", "and", "or", "but", "to", "the", "a",
    "an", "is", "are", "was", "were", "has", "have", "had", "that", "which", "who", "across",
    "near", "around", "since", "until", "as", "than", "employ", "employs", "make", "makes",
})


_TO_RE = re.compile(r"\bto\s+\Z", re.IGNORECASE)


def _new_level(view: ClauseView, quantity: Quantity) -> bool:
    """ "has grown to 2,000 stations": a count after a change (not "grew by 200")."""
    return (quantity.trend is not None and quantity.unit is None and quantity.value is not None
            and bool(_TO_RE.search(view.full, max(0, quantity.start - 4), quantity.start)))


def _window(table: TokenTable, first: int, last: int) -> list[int]:
    """Tokens after a number where its noun may stand: three ("1,200 US factory
    workers"), or six across an "of" ("two of New Balance's factories", "712 sets of
    public steps"); never past another number, a pronoun or a clause break."""
    reach = _SHORT_LOOKAHEAD
    if "of" in table.lower[first:min(first + 2, last)]:
        reach = _LOOKAHEAD_TOKENS
    tokens: list[int] = []
    skipped = False
    i = first
    while i < last and len(tokens) < reach:
        if table.lower[i] == "-":  # "fast-charging stations": the hyphen is not a word
            i += 1
            continue
        if (table.lower[i] in ("and", "or") and tokens and i + 1 < last
                and table.is_alpha[i + 1] and table.lower[i + 1] not in _STOPS
                and not table.like_num[i + 1]):
            reach += 2  # "680 year-round and seasonal employees": two modifiers
            i += 1
            continue
        if (table.like_num[i] and tokens and table.lower[tokens[0]] == "of"
                and not skipped and all(table.lower[t] in _OWNER_WORDS
                                        or table.is_title[t] for t in tokens)):
            skipped = True  # "two of its four factories": the whole, not this count's noun
            i += 1
            continue
        if table.like_num[i] or table.lower[i] in _STOPS:
            break
        tokens.append(i)
        i += 1
    return tokens


def _forms(words: list[str], lowers: list[str]) -> list[set[str]]:
    """Each word's forms: its lemma and the word as written, each also made singular."""
    forms = [{w, singular(w)} for w in words]
    for form, lower in zip(forms, lowers, strict=False):
        form.update((lower, singular(lower)))
    return forms


def _noun_at(attribute: AttributeSpec, forms: list[set[str]]) -> tuple[str, int] | None:
    """The attribute's noun among the words whose :func:`_forms` are ``forms``, and the
    index of its last word ("fast-charging stations": "charging" as written)."""
    for noun, parts in _noun_parts(tuple(attribute.nouns)):
        for offset in range(0, len(forms) - len(parts) + 1):
            if all(word in forms[offset + k] or one in forms[offset + k]
                   for k, (word, one) in enumerate(parts)):
                return noun, offset + len(parts) - 1
    return None


@lru_cache(maxsize=512)
def _noun_parts(nouns: tuple[str, ...]) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """Each noun, longest first, with its words and their singulars ("factory workers")."""
    return tuple((noun, tuple((w, singular(w)) for w in noun.lower().replace("-", " ").split()))
                 for noun in sorted(nouns, key=len, reverse=True))


def build_quantities(view: ClauseView) -> None:
    """A quantity in the attribute's unit with one of its cues ("$155 million invested");
    in a list item, without a cue, when one attribute alone fits (see :func:`_spec`)."""
    cued = False
    stated = [with_context_unit(view, q) for q in view.quantities]
    for attribute_id, cues in view.cues.items():
        attribute = view.rules.attributes[attribute_id]
        if attribute.type != "quantity" or attribute.unit is None:
            continue
        cued = True
        # an amount in another currency is kept in its own ("C$42 million" where the rules
        # count dollars): the check says it cannot compare the two, rather than nothing
        matching = [q for q in stated if (v.in_unit(q, attribute.unit, attribute.per) or (
                        is_currency(q.unit) and is_currency(attribute.unit)))
                    and not _cumulative(view, attribute, q)
                    and not _PER_HEAD.match(view.full, q.end)
                    # "from €6 for a half-litre tin", "the 750ml bottle": a package's size
                    and not _PACKAGE.match(view.full, q.end)
                    # "a blanket, 230 x 205 cm": one side of a thing's size
                    and not one_side(view.full, q.start, q.end)]
        quantity = nearest(matching, cues[0].idx)
        if quantity is not None and _PAID.match(view.full, cues[0].idx + len(cues[0])):
            continue  # "A 2.5-litre tin cost me NOK 1,890": a price someone paid
        # "Burnside (12 years old), Sherrywood (15 years old)": each name's own, in brackets
        bracketed = [q for q in matching if _bracketed_name(view, q.start) is not None]
        for each in bracketed if len(bracketed) > 1 else [quantity]:
            if each is not None:
                _add(view, attribute, each, "quantity", each.end, None,
                     asserted=cue_asserted(view, cues[0]) or stated_now(view, each.start))
    if view.listed and not cued:
        _spec(view)
    elif not cued and any(q.unit not in (None, "calendar_year") for q in view.quantities):
        _spec(view, measured_only=True)  # "The Revontuli 90 is a 9-kilowatt heater"


_PACKAGE = re.compile(r"\s*-?\s*(?:tins?|bottles?|cans?|jars?|packs?|boxe?s?|bags?|cartons?|"
                      r"pouch(?:es)?|sachets?|tubs?|flasks?|jugs?|kegs?)\b", re.IGNORECASE)
_PAID = re.compile(r"\s+(?:me|us|you|him|her|them)\b(?![$€£])")  # not "cost US$61 million"
# a price per person or per item is not an amount the attribute sums: "Tours of the plant
# cost $18 for adults", "$12 a head", "$25 per ticket"
_PER_HEAD = re.compile(r"\s+(?:each\b|apiece\b|for\s+(?:adults|children|kids|seniors|students)|"
                       r"(?:a|per)\s+"
                       r"(?:head|person|adult|child|ticket|visitor|guest|night|seat|bottle|pair|"
                       r"unit|item|share))\b", re.IGNORECASE)


def with_context_unit(view: ClauseView, quantity: Quantity) -> Quantity:
    """A bare number takes the unit its context names: the question it answers ("## How
    many pairs ...?" then "About 4 million."), or the label of its table row or list item
    ("Pairs made in the US a year, 4 million")."""
    if quantity.unit is not None:
        return _with_period(view, quantity)
    if quantity.value is None and quantity.range is None:
        return quantity
    before = view.full[view.clause.start:quantity.start]
    if view.asked_unit and not before.strip():
        return replace(quantity, unit=view.asked_unit)
    if view.listed and before.rstrip().endswith(",") and before.count(",") == 1:
        for word in re.findall(r"[A-Za-z]+", before):
            found = unit_name(word)
            if found is not None and found[1] == 1.0 and found[0] not in _NOT_LABEL_UNITS:
                return replace(quantity, unit=found[0])
    return quantity


# A period after what an amount measures: "3,100 tonnes of raw cork a month"
_RATE_PERIOD_AFTER = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){1,4}?(?:(?:a|an|per|each|every)\s+(?P<p>year|month|week|day)\b"
    r"|(?P<ly>annually|yearly|monthly|weekly|daily)\b)", re.IGNORECASE)
# "Each month, its factories produce about 350,000 pairs"
_RATE_PERIOD_BEFORE = re.compile(r"\b(?:each|every|per)\s+(?P<p>year|month|week|day)\b"
                            r"|\b(?P<ly>annually|yearly|monthly|weekly|daily)\s*,", re.IGNORECASE)
_LY = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}


def _with_period(view: ClauseView, quantity: Quantity) -> Quantity:
    """An amount with the period stated after what it measures, or before it in the
    sentence, takes it as a rate: "3,100 tonnes of raw cork a month" and "Each month, its
    factories produce 350,000 pairs" are per month."""
    if quantity.unit is None or "_per_" in quantity.unit or quantity.unit == "calendar_year":
        return quantity
    m = (_RATE_PERIOD_AFTER.match(view.full, quantity.end, view.clause.end)
         or _RATE_PERIOD_BEFORE.search(view.full, view.sentence.start_char, quantity.start))
    if m is None:
        return quantity
    period = m.group("p") or _LY[m.group("ly").lower()]
    return replace(quantity, unit=f"{quantity.unit}_per_{period.lower()}")


_NOT_LABEL_UNITS = frozenset({"percent", "times", "inch", "metre", "second", "minute", "hour",
                              "day", "week", "month", "year", "decade", "century"})


def _spec(view: ClauseView, measured_only: bool = False) -> None:
    """ "- **Amstel**: electric city bike, from €2,899": a list item gives values without
    verbs, so an amount with no cue is the one quantity attribute in its unit that the
    rules have facts about for the clause's subject, if exactly one is. In running text
    (``measured_only``) only a measure says so ("a 9-kilowatt heater"), not money, a
    share, a span of time or a multiple, which say too many things."""
    for quantity in (with_context_unit(view, q) for q in view.quantities):
        if quantity.unit is None or quantity.unit == "calendar_year":
            continue
        if measured_only and (is_currency(quantity.unit) or v.is_duration(quantity)
                              or quantity.unit in ("percent", "times", "pair")
                              or "_per_" in quantity.unit
                              # what the subject is or measures, not a thing it has ("has a
                              # 2-square-mile park")
                              or not _MEASURE_LEAD.search(
                                  view.full, max(view.clause.start, quantity.start - 32),
                                  quantity.start)):
            continue
        if _other_label(view, quantity):
            continue
        fitting = [a for a in view.rules.attributes.values()
                   if a.type == "quantity" and a.unit is not None
                   # ("200 litres at a time", "Parking: 300 metres back": no rate, so no
                   # amount made a year)
                   and not (a.per and (measured_only or "_per_" not in quantity.unit))
                   and v.in_unit(quantity, a.unit, a.per) and not _cumulative(view, a, quantity)
                   and any(view.rules.has_facts(s.id, a.id) for s in subjects(view, a))]
        if len(fitting) == 1:
            _add(view, fitting[0], quantity, "quantity", quantity.end, None)


_MEASURE_LEAD = re.compile(r"\b(?:(?:is|are|was|were|covers?|covered|weighs?|weighed|measures?|"
                           r"measured|spans?|spanned|rated\s+at|rates\s+at)\s+(?:a\s+|an\s+)?"
                           # "The city itself is compact, about 58 square miles": what it is,
                           # then how big
                           r"|(?:is|are|was|were)\s+(?:(?:very|quite|fairly|rather|relatively|"
                           r"surprisingly)\s+)?(?-i:[a-z]+),\s+)"
                           r"(?:(?:about|around|some|roughly|nearly|almost|just|over|under|"
                           r"more\s+than|less\s+than|only)\s+)?\Z", re.IGNORECASE)
_LABEL_RE = re.compile(r"\s*(?P<label>[^:,;]{1,40})[:,]\s*\Z")
_CLAUSE_VERB = re.compile(r"\s(?:is|are|was|were)\s")


_ITEM_LABEL = re.compile(r"\s*(?P<label>[^:;,\n]{1,40}):\s")


def _other_label(view: ClauseView, quantity: Quantity) -> bool:
    """ "- Revenue: €214 million": a label that names no subject says what the amount is,
    and no attribute's cue was among its words, so it is none of the attributes."""
    # (a record's cell: "New Balance: Country: China; Price: $90")
    line_start = view.full.rfind("\n", 0, quantity.start) + 1
    cell = view.full.rfind("; ", line_start, quantity.start)
    line_start = cell + 2 if cell >= 0 else line_start
    m = _LABEL_RE.fullmatch(view.full, line_start, quantity.start) or (
        # "Guided tour and tasting: €8 for adults, €4 for children": the item's label
        # stands for every amount after it
        _ITEM_LABEL.match(view.full, line_start, quantity.start) if view.listed else None)
    if m is None:
        return False
    label = m.group("label").lower()
    if _CLAUSE_VERB.search(label):
        return False  # "The city itself is compact, about 58 square miles": a clause
    names = (n.lower() for x in view.subjects
             for n in (view.rules.entities[x.id].name, *view.rules.entities[x.id].aliases))
    return not any(n in label for n in names)


# A number of things added or taken away, not how many there are: "hiring 150 associates",
# "will open 10 more stores", "laid off 40 workers", "one fewer than in 2023"
_CHANGE_BEFORE = re.compile(
    r"\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|add(?:s|ed|ing)?|cut(?:s|ting)?|"
    # "is installing two jacquard looms", "ordered three new kilns": new ones, no total
    r"install(?:s|ed|ing)?|order(?:s|ed|ing)|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|"
    # "We opened 38 stores this year": new ones
    r"(?-i:(?:We|we|it|It|they|They))\s+open(?:s|ed)|"
    r"lay(?:s|ing)? off|laid off|shed(?:s|ding)?|another|an additional|(?:a|the) further|"
    # "closed zero US factories": how many closed
    r"clos(?:e|es|ed|ing)|shut(?:s|ting)?(?: down)?)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up to|over|more than|another)\s+)?\Z",
    re.IGNORECASE)
# a passive change after the noun counted: "60 people are being hired", "40 jobs will be cut"
_BEING_CHANGED = re.compile(r"\s+(?:are|were|is|was|will\s+be|have\s+been|had\s+been)\s+"
                            r"(?:(?:currently|now|being|also|just)\s+)*(?:hired|recruited|"
                            r"added|cut|laid\s+off|shed|created|opened|closed|built|installed)\b",
                            re.IGNORECASE)
# people who come, go or stop after the noun counted: some of them, no total
# (and people who do one thing, once, as customers, backers or visitors do: "1,904 people
# pledged $212,480", "400 people applied for 25 jobs", "3,000 people toured the plant")
_FLOW_AFTER = re.compile(r"\s+(?:(?:who|that)\s+)?(?:(?:have|has|had)\s+)?(?:walked\s+out|"
                         r"went\s+on\s+strike|"
                         r"struck|joined|quit|retired|resigned|were\s+laid\s+off|"
                         r"lost\s+their\s+jobs|stopped\s+work|downed\s+tools|"
                         r"(?:pledged|donated|backed|chipped\s+in|ordered|bought|visited|toured|"
                         r"attended|signed|voted|applied|registered|subscribed|showed\s+up|"
                         r"turned\s+out|lined\s+up|came\s+out|took\s+part|participated)"
                         r"(?!\s+by\b))\b",  # (not "500 stores visited by millions")
                         re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s+(?:more|fewer|less|additional|extra)\b(?!-)")
_PART_BEFORE = re.compile(r"\b(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|a few|several|most|half)|\d[\d,]*)\s+of\s+(?:its|their|our|the|"
                          r"(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*\s*['’]s?)\s+\Z")
_WORLDWIDE = re.compile(r"\s*(?:worldwide|globally|around the (?:world|globe)|across the world|"
                        r"in the world|all over the world)\b", re.IGNORECASE)
# "in Devon" right after a count's noun, a name the rules do not know (not "in March")
_UNKNOWN_PLACE_AFTER = re.compile(
    r"\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Q[1-4]|H[12]|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Total|All|Operation|Service|Production)\b)(?-i:[A-Z][a-z]+)\b")
# a headline in title case, where any word may be a capital ("... Residents in Census")
_TITLE_CASE = re.compile(r"\W*(?:[A-Z0-9][\w.,'’$%-]*\s+(?:(?:a|an|the|of|in|on|to|for|and|"
                         r"at|by)\s+)?){4,}")
_RIGHT_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
_EMPLOYS = re.compile(r"\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|staff(?:s|ed)?|workforce of)"
                      r"\s+(?:about|around|some|roughly|nearly|almost|over|more than|\w+ly)?\s*\Z",
                      re.IGNORECASE)
_WIDER_AREA = re.compile(r"(?<!\bnot\s)(?<!\bnot\sthe\s)(?<!\bnot\sits\s)(?<!\bwithout\sits\s)"
                         r"(?<!\bwithout\sthe\s)(?<!\bexcluding\sits\s)(?<!\bexcluding\sthe\s)"
                         r"\b(?:(?:metro(?:politan)?(?:\s+(?:area|region))?|urban\s+area|"
                         r"surrounding\s+(?:area|region|county|counties)|wider\s+(?:area|region))"
                         # ("The metro area around Pittsburgh has ...")
                         r"(?:\s+(?:around|of|surrounding)\s+(?-i:[A-Z])[\w.-]*)?"
                         r"|greater\s+(?-i:[A-Z])\w+(?:\s+area)?"
                         # ("Pittsburgh, with its metro area, has ...")
                         r"|(?:with|including|plus)\s+(?:its|the)\s+(?:metro(?:politan)?\s+area|"
                         r"suburbs|surrounding\s+\w+|region)\s*,)"
                         # the wider area holds the figure: "Metro area: about", "its metro
                         # area has", "Greater Pittsburgh is home to" (not "In the metro area,
                         # the city has", "not the metro area, has")
                         r"(?:\s*[:|,]\s*|\s+(?:now\s+)?(?:has|had|counts|holds|of|with|"
                         r"(?:is|was)\s+home\s+to|population(?:\s+of)?)\s+)"
                         r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|"
                         r"just\s+over|just\s+under|close\s+to)\s+)?\Z", re.IGNORECASE)
_AT_OTHER_BODY = re.compile(r"\s+(?:at|for|with)\s+(?:its\s+|their\s+|our\s+|the\s+)?"
                            r"(?:[\w-]+\s+)?(?:" + "|".join(sorted(lexicon().other_bodies))
                            + r")\b", re.IGNORECASE)
_AUDIENCE = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:found|voted|liked|rated|reviewed|visited|"
                       r"toured|"
                       r"attended|watched|viewed|signed|shared|clicked|subscribed|read|"
                       r"downloaded|follow|followed)\b(?!\s+by\b)", re.IGNORECASE)
_PEOPLE_END = re.compile(r"\b(?:people|persons|readers|visitors|customers|users|fans|shoppers|"
                         r"viewers|voters|buyers)\Z", re.IGNORECASE)
_TOTAL_HINT = re.compile(r"\b(?:(?:total|tally|count|number|down|back)\s+(?:to|of)|the\s+(?:year|"
                         r"quarter)\s+(?:at|with))\b", re.IGNORECASE)
_TOTAL_TO = re.compile(r"\b(?:(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|for)\s+(?:its|the|"
                       r"their|our|his|her)?\s*(?:total|tally|count|number)\s+(?:to|of)"
                       # "opened 38 stores and closed 12, so we finish the year at roughly 540"
                       r"|(?:finish(?:es|ed|ing)?|end(?:s|ed|ing)?|clos(?:e|es|ed|ing))\s+the\s+"
                       r"(?:year|quarter)\s+(?:at|with))\s+(?:about\s+|around\s+|roughly\s+|"
                       r"some\s+|nearly\s+)?\Z", re.IGNORECASE)
_THEN_YEAR = re.compile(r"(?:\band|\bbut|;)\s+(?:by|in)\s+\d{4},?\s+\Z", re.IGNORECASE)
_PER_UNIT = re.compile(r"\s+(?:each|apiece|(?:per|a|an|every)\s+(?:plant|factory|site|"
                       r"store|shop|mill|farm|location|branch|outlet|line|shift|team|mine))\b",
                       re.IGNORECASE)
_YEAR_TEXT = re.compile(r"(?:1[6-9]|20)\d\d")
_OF_RECORD = re.compile(r"\s*(?:census|survey|report|estimates?|count|figures|data|study|"
                        r"season|fiscal\s+year|annual\s+report)\b", re.IGNORECASE)
_YEAR_FIGURE_END = re.compile(r"\s*(?:[,;.)]|\Z)")
_DOWN_TO = re.compile(r"\b(?:is|are|was|were|been|be|got|gets|stands?|stood)\s+(?:now\s+)?"
                      r"(?:down|back)\s+to\s+\Z", re.IGNORECASE)
_SOME_OF = re.compile(r"\s+of\s+(?:whom|which|them|those|these)\b", re.IGNORECASE)
_REFERENCED = re.compile(r"\b(?:on|of|for|with|from|to|into|in|at|between|among)\s+"
                         r"(?:the|these|those|both)\s+\Z", re.IGNORECASE)
_MOSTLY = re.compile(r"\b(?:mostly|mainly|largely|primarily|chiefly|predominantly|most|many|"
                     r"some|several|half|majority)\b", re.IGNORECASE)
_RATE_ANYWHERE = re.compile(r"\b(?:a|an|per|each|every)\s+(?:year|month|week|day)\b|"
                            r"\b(?:annually|yearly|monthly|weekly|daily)\b", re.IGNORECASE)
# "100 million pairs since 1982", "50 million to date": a total over many periods
_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:\d{4}|its|it|the|then)|to date|so far|in total|all told|altogether|in all|"
    r"over the (?:years|decades)|in (?:its|their) history|cumulative(?:ly)?)\b", re.IGNORECASE)


def _cumulative(view: ClauseView, attribute: AttributeSpec, quantity: Quantity) -> bool:
    """A plain amount that the words right after it total over time ("100 million pairs
    in the USA since 1982"), for an attribute counted per period: not a value of it. Not
    "4 million pairs a year since 2019", nor "4 million pairs in 2024, the most since 2019"
    (the comma ends what the marker can reach)."""
    if attribute.per is None or quantity.unit is None or "_per_" in quantity.unit:
        return False
    after = view.full[quantity.end:view.clause.end]
    if _RATE_ANYWHERE.search(view.full, view.clause.start, view.clause.end):
        return False  # "Since 2015, it has produced 9 million pairs in the USA each year"
    after = after[:after.find(",")] if "," in after else after
    # "Since its founding the company has turned more than a million tonnes ..."
    before = view.full[view.clause.start:quantity.start]
    return _CUMULATIVE.search(after) is not None or _CUMULATIVE.search(before) is not None


# what money spent on is not an investment in the making: "on the 2025 campaign", "on
# advertising", "into TV advertising", "on legal fees"
_SPENT_ON_OTHER = re.compile(
    r"\s+(?:on|into)\s+(?:(?:the|a|an|its|their|our|this|that)\s+)?(?:\d{4}\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:campaigns?|advertising|ads|adverts?|marketing|promotions?|sponsorships?|wages|"
    r"salaries|bonuses|legal\s+fees|fees|lawyers|litigation|settlements?|fines?|lobbying|"
    r"donations?|charity|travel|dividends|buybacks|parties|party|events?)\b", re.IGNORECASE)


def _made_in_total(view: ClauseView, attribute: AttributeSpec, quantity: Quantity) -> bool:
    """Whether a count is of what was made over many periods ("have fired well over 100
    million pieces since 1923"), for an attribute counted by a verb of making: the count
    is the object of a perfect of making, and a span from a year or all time follows it in
    its phrase (not "made 2.21 million pieces, the most we have made since 2011")."""
    if not set(attribute.cues) & _MAKING_CUES:
        return False
    verb = _MADE_PERFECT.search(view.full, max(view.clause.start, quantity.start - 40),
                                quantity.start)
    if verb is None or "," in view.full[verb.end():quantity.start]:
        return False
    after = view.full[quantity.end:view.clause.end]
    return _CUMULATIVE.search(after.split(",")[0]) is not None


_MAKING_CUES = frozenset({"make", "produce", "fire", "build", "manufacture", "turn out",
                            "brew", "roast", "craft", "assemble", "output", "production"})
_MADE_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:made|produced|fired|built|"
                           r"turned\s+out|manufactured|brewed|roasted|crafted|assembled)\b",
                           re.IGNORECASE)


def _add(view: ClauseView, attribute: AttributeSpec, quantity: object, kind: str, end: int,
         noun: str | None, asserted: bool = True, within: bool = False) -> None:
    """One claim per subject; ``within``: only a place inside the value's own span scopes
    it ("opened its second mill, in Newtown": the mills are not all in Newtown)."""
    if attribute.place is not None and _WORLDWIDE.match(view.full, end):
        return  # "7,000 associates worldwide": not a count in the attribute's place
    if kind == "count" and _AT_OTHER_BODY.match(view.full, end):
        return  # "about 60 people at subcontractors build parts": another body's people
    if kind == "quantity" and _SPENT_ON_OTHER.match(view.full, end):
        return  # "spent about $90,000 on the 2025 campaign": running costs, no investment
        # in plants
    if kind == "count" and _made_in_total(view, attribute, quantity):  # type: ignore[arg-type]
        return  # "its kilns have fired well over 100 million pieces since 1923": a total
        # over the years, no count of any one time
    if kind == "count" and _AUDIENCE.match(view.full, end) and _PEOPLE_END.search(
            view.full, quantity.start, end):  # type: ignore[attr-defined]
        return  # "214 of 230 people found this helpful", "9,000 people visited": readers,
        # visitors, voters, not a body's own people
    if "place" in attribute.kinds and _WIDER_AREA.search(
            view.full, max(view.clause.start, view.full.rfind("\n", 0, quantity.start) + 1,  # type: ignore[attr-defined]
                           quantity.start - 60), quantity.start):  # type: ignore[attr-defined]
        return  # "Metro area: about 2.4 million people", "its metro area is home to": the
        # people around the place, not the place's own
    if "place" in attribute.kinds and _EMPLOYS.search(
            view.full, max(view.clause.start, quantity.start - 24),  # type: ignore[attr-defined]
            quantity.start):  # type: ignore[attr-defined]
        return  # "home to Adidas America, which employs about 1,500 people": staff, not
        # the place's residents
    start = quantity.start  # type: ignore[attr-defined]
    if within:
        inside = [p for p in view.places() if start <= p.start and p.end <= end]
        scope = inside[0].id if inside else None
    else:
        scope = _scope(view, quantity, attribute)
    if _PART_BEFORE.search(view.full, max(view.clause.start, start - 60), start):
        # "two of its four US factories are in Maine": four is the whole, where its noun
        # says ("US"), not where the two are
        # ("one of its two factories in the state": a place right after the noun is its)
        inside = [p for p in view.places() if start < p.start < end
                  or (p.start >= end and _RIGHT_AFTER.fullmatch(view.full, end, p.start))]
        scope = inside[0].id if inside else None
    if (scope is None and _UNKNOWN_PLACE_AFTER.match(view.full, end)
            and not any(p.start >= end for p in view.places())
            and not _TITLE_CASE.match(view.full, view.sentence.start_char)):
        scope = ELSEWHERE  # "no kilns in Devon": a place the rules do not know, no total
    if scope == ELSEWHERE:
        return  # "two factories outside the United States": how many are not in any place
    if kind == "quantity" and attribute.place is None and not any(
            f.place for s in view.subjects for f in view.rules.facts_for(s.id, attribute.id)):
        # "a $48 million expansion of its Middlebury creamery": where an amount goes is
        # only a scope when the rules tell amounts apart by place
        scope = None
    unit = quantity.unit  # type: ignore[attr-defined]
    scale = 1.0
    if attribute.unit and unit:
        found = v.unit_factor(quantity, attribute.unit, attribute.per)  # type: ignore[arg-type]
        if found is not None:  # "pairs a year", "2,000 metric tons" in the attribute's unit
            unit, scale = attribute.unit, found
    interval = v.interval_of(quantity, scale)  # type: ignore[arg-type]
    text = view.full[quantity.start:end]  # type: ignore[attr-defined]
    value = Value(kind, text, interval, unit=unit)  # type: ignore[arg-type]
    # a zero already holds its denial ("does not operate a single factory" is 0 factories)
    denied = getattr(quantity, "value", None) != 0.0 and (
              _DENIED_COUNT.search(view.full, view.clause.start, start) is not None
              # "Neither L.L.Bean nor Red Wing runs more than three plants"
              or _NEITHER_NOR.match(view.full, view.sentence.start_char, start) is not None
              # "At no point has New Balance run six factories"
              or _NEVER_FRONTED.match(view.full, view.clause.start, start) is not None
              # "Reports that it runs five kilns are wrong"
              or reported_false(view, start))
    bracketed = _bracketed_name(view, start)
    chosen = subjects(view, attribute)
    gapped = _gapped_owner(view, chosen, start)
    for subject in chosen:
        if _not_the_counter(view, subject, attribute, start):
            continue
        if gapped is not None and subject is not gapped:
            continue  # "New Balance runs four US plants, L.L.Bean two": New Balance's four
        if bracketed is not None and subject.id != bracketed:
            continue  # "Allegheny County (pop. 1.23M) surrounds Pittsburgh (pop. ~303K)"
        # "Pittsburgh has 446 bridges": the city is the subject, not a narrower scope
        own = None if scope is not None and view.rules.within(subject.id, scope) else scope
        if own is None and _placed_elsewhere(view, subject.id, attribute.id, attribute.place):
            continue  # a Kenyan tea group's "two factories" are not factories in the USA
        # "does not run more than three plants": a denied value
        extra = {"scope": own, "asserted": asserted, "qualifiers": qualifiers(view),
                 "negated": denied}
        if noun:
            extra["noun"] = noun
        view.claims.append((subject, attribute.id, value,
                            *span(subject, view.clause.start, quantity.start, end), extra))  # type: ignore[attr-defined]


def _after_a_name(view: ClauseView, quantity: Quantity) -> bool:
    """Whether a bare figure stands right after a name, and ends its phrase ("..., L.L.Bean
    two and Red Wing at least three")."""
    return (_PHRASE_END.match(view.full, quantity.end) is not None
            and any(m.kind in ("organisation", "product") and m.role == "name"
                    and m.end <= quantity.start and not view.full[m.end:quantity.start].strip()
                    # a new conjunct ("..., L.L.Bean two"), not a model ("the New Balance 574")
                    and _CONJUNCT_BEFORE.search(view.full, max(0, m.start - 8), m.start)
                    for m in view.mentions))


_CONJUNCT_BEFORE = re.compile(r"(?:,|;|\band)\s*\Z")
_PHRASE_END = re.compile(r"\s*(?:[,;.)]|\s(?:and|but|while|whereas)\b|$)")


def _gapped_owner(view: ClauseView, chosen: list[Mention], start: int) -> Mention | None:
    """The one subject a figure belongs to when names and figures alternate in the clause
    ("New Balance runs four US plants, L.L.Bean two and Red Wing at least three"): the
    nearest name before it. None when the names all come first ("New Balance and L.L.Bean
    run six plants between them"), where the figure is theirs together."""
    named = [m for m in chosen if m.kind != "place" and m.role == "name"
             and view.clause.start <= m.start < view.clause.end]
    if len(named) < 2:
        return None
    figures = [q.start for q in view.quantities if q.unit != "calendar_year"]
    if not any(q < m.start for q in figures for m in named):
        return None
    before = [m for m in named if m.end <= start]
    return max(before, key=lambda m: m.start) if before else None


_OF_THOSE = re.compile(r"\bof\s+(?:them|those|these)\b", re.IGNORECASE)


def _not_the_counter(view: ClauseView, subject: Mention, attribute: AttributeSpec,
                     start: int) -> bool:
    """Whether a subject is only the owner of another body that the count is about
    ("Chile's salmon industry employs some 70,000 people", "Pittsburgh's stadium seats
    68,400 people"; ``other_bodies`` in the lexicon). The owner of a facility, a fleet or
    the counted thing still counts ("New Balance's US factories employ", "Kittiwake's fleet
    stands at eleven vessels", "Pittsburgh's population, roughly 303,000")."""
    if subject.kind == "place" and subject.start > start and _OF_THOSE.search(
            view.full, start, subject.start):
        return True  # "70,000 people, most of them in Los Lagos and Aysén": where, not who
    possessive = (subject.possessive or POSSESSIVE.match(view.full, subject.end)
                  # "Our biggest rival, Hiidenkiuas of Lahti, employs about 900 people"
                  or view.full[subject.start:subject.end].lower() in _OWNER_PRONOUNS)
    if not possessive or not view.sentence.start_char <= subject.end <= start:
        return False
    between = re.sub(r"^['’]s?\b", "", view.full[subject.end:start].lower())
    head = re.findall(r"[a-z]+", between)[:4]
    # a company's mills are the company's; a city's mills ("The city's textile mills once
    # employed some 30,000 people") are employers in it, not its residents
    sites = lexicon().facility_nouns
    known = _words(attribute, cues=True) | (sites if subject.kind != "place" else set())
    bodies = lexicon().other_bodies | (sites if subject.kind == "place" else set())
    # the first word that says which, decides ("Our biggest rival employs ...": the rival)
    for word in head:
        if word in known or singular(word) in known:
            return False
        if word in bodies or singular(word) in bodies:
            return True
    return False


_OWNER_PRONOUNS = frozenset({"our", "its", "their", "his", "her", "my", "your"})
# what may stand before the figure that answers "how many": nothing, a label ("A:"), a
# hedge, or a fronted phrase ("As of the 2020 census, 302,971.")
_ANSWER_OPENING = re.compile(r"\s*(?:" + ANSWER_LABEL + r")?"  # "Q. ...? A. 446 inside ..."
                             r"(?:(?:as of|as at|in|by|at|since|according to|per|"
                             r"today|currently|now|last year|this year|so far)\b[^,;:]{0,40},\s*)?"
                             r"(?:about|around|roughly|some|"
                             r"nearly|almost|just over|over|more than|approximately)?\s*",
                             re.IGNORECASE)
# after a fact box's number: nothing of its own, or an aside ("712, per a 2019 survey")
_BARE_TAIL = re.compile(rf"[\s.;{CELL_MARKS}]*(?:[,(—–{CELL_MARKS}].*|(?:in|at|across|around|"
                        r"worldwide|nationwide|"
                        r"globally|overall|in total|total|inside|within|today|now|"
                        r"currently|split|spread|between)\b.*)?\Z", re.DOTALL)
_SITE_THE = re.compile(r"(?:\A\W*|[,;:]\s*)(?:the|its|our|their)\s+\Z", re.IGNORECASE)


# "does not run more than three plants", "no longer has five": the negation governs the
# value ("has not closed any of its three plants" denies the closing, not the three).
# Narrower than lexicon.yaml's ``negations`` on purpose: "no", "without" and "none of"
# before a count deny something else ("without closing any of its five plants").
# One verb may stand between ("has never harvested more than 50,000 tonnes"), but not a
# word that limits rather than denies ("not only 50", "not just three").
_DENIED_COUNT = re.compile(
    r"\b(?:not|\w*n['’]t|no longer|never)\s+(?:(?:" + "|".join(lexicon().holding_verbs)
    + r")\s+|(?!(?:only|just|merely|simply|even|quite|yet|all)\b)[a-z]+\s+)?"
    r"(?:quite\s+|even\s+)?\Z", re.IGNORECASE)


def _placed_elsewhere(view: ClauseView, subject: str, attribute_id: str,
                      place: str | None) -> bool:
    """Whether the rules have no fact on the attribute for ``subject`` and place it (where
    it was founded or has its head office) only outside ``place``, the place the attribute
    counts in when no other is named."""
    rules = view.rules
    if place is None or rules.has_facts(subject, attribute_id):
        return False
    where = [str(f.value) for a in rules.attributes.values() if a.type == "place"
             for f in rules.facts_for(subject, a.id)]
    return bool(where) and not any(rules.within(w, place) for w in where)


_FRONTED_AT = re.compile(
    r"\s*(?:at|in|inside)\s+(?:the\s+)?(?:(?:[\w.&-]+\s+){0,2}[\w.&-]+['’]s?\s+)?",
    re.IGNORECASE)
_NEVER_FRONTED = re.compile(r"\s*[\"“]?(?:at no (?:point|time|stage)|never|in no year|nowhere)\s+"
                            r"(?:has|have|had|did|does|do|was|were|is|are)\b", re.IGNORECASE)
_DENIED_PLACE = re.compile(r"\b(?:not|neither|none|no)\b", re.IGNORECASE)
_NEITHER_NOR = re.compile(r"\s*[\"“]?Neither\b[^,;]*?\bnor\b", re.IGNORECASE)


_IN_BETWEEN = re.compile(r"[^,;:]{0,40}?\b(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)


def _place_led(view: ClauseView, start: int) -> Mention | None:
    """The place that leads the number at ``start`` in a breakdown: "(Maine 2,
    Massachusetts 2)", "; Maine: 2", after a bracket, comma, colon or semicolon."""
    if start == 0 or not view.full[start - 1].isspace() and view.full[start - 1] != ":":
        return None
    place = next((p for p in view.places() if p.end <= start
                  and _PLACE_LEADS.fullmatch(view.full, p.end, start)), None)
    if place is None or not _BREAKDOWN_MARK.search(
            view.full, max(view.sentence.start_char, place.start - 3), place.start):
        return None
    return place


_PLACE_LEADS = re.compile(r":?\s+")
_BREAKDOWN_MARK = re.compile(r"[(,;:]\s*\Z")


def _scope(view: ClauseView, quantity: object, attribute: AttributeSpec) -> str | None:
    """The place a count is about: the first one after it ("five factories in Maine")
    before the next number, else the nearest one before it."""
    start = quantity.start  # type: ignore[attr-defined]
    led = _place_led(view, start)
    if led is not None:
        return led.id  # "US factories: 4 (Maine 2, Massachusetts 2)": Maine's two
    which = _WHICH_COST.search(view.full, max(view.clause.start, start - 24), start)
    if which is not None:
        # "the manufacture in Le Locle, which cost CHF 24 million, and the workshop in Le
        # Sentier": the amount of the thing the relative clause is about, where it is
        head = [p for p in view.places() if 0 <= which.start() - p.end <= 4]
        if head:
            return head[-1].id
    later = [q.start for q in view.quantities if q.start > start
             # "two of its four factories are in Maine": the whole does not end the part
             and not _PART_BEFORE.search(view.full, max(start, q.start - 60), q.start)
             # nor does a number in a compound word ("a two-phase line at Bedmar")
             and not view.full.startswith("-", q.end)
             # nor the sites they are at ("900 people at two Maine plants": in Maine)
             and not (_AT_SITES.search(view.full, max(start, q.start - 16), q.start)
                      and _sites_after(view, q.end))]
    # "two in Santa Maria da Feira and one each in Coruche": the pronoun-like "one" is no
    # quantity, but it starts the next part of the count
    one = _NEXT_ONE.search(view.full, start, view.clause.end)
    later += [one.start()] if one else []
    limit = min(later) if later else view.clause.end
    opening = view.full.rfind("(", view.clause.start, start)
    if opening >= 0 and view.full.find(")", opening, start) < 0:
        close = view.full.find(")", start, view.clause.end)
        if close >= 0:  # "Red Wing (retail stores 500) is a Minnesota bootmaker": inside
            limit = min(limit, close)  # the brackets only
    # a place that is another claim's value ("Founded in Vergennes ...") is not where
    valued = {(c[3], c[4]) for c in view.claims if c[2].kind == "place"}
    places = view.places()
    after = [p for p in places if start < p.start < limit
             # (not a place in a clause joined after it: "employs about 260 people, and its
             # Anniston foundry pours 1.7 million pieces", "and Massachusetts has two")
             and not _JOINED_AFTER.search(view.full, quantity.end, p.start)  # type: ignore[attr-defined]
             and not _HOLDS_AFTER.match(view.full, p.end)]
    leading = {id(led) for q in view.quantities if q.start > start
               if (led := _place_led(view, q.start)) is not None}
    after = [p for p in after if id(p) not in leading]
    if any(start < m.start < limit and m.kind == "elsewhere" for m in view.mentions) and not (
            after and after[0].start < min(m.start for m in view.mentions
                                          if m.kind == "elsewhere" and m.start > start)):
        return ELSEWHERE  # "one factory in Portland, Oregon": where the rules know nothing
    spans = [i for i, p in enumerate(after)
             if _FROM.search(view.full, max(0, p.start - 6), p.start)]
    after = after[:spans[0]] if spans else after  # "from Lisbon and Porto to Madrid": a spread
    if after and OUTSIDE.search(view.full, max(start, after[0].start - 16), after[0].start):
        return ELSEWHERE  # "two factories outside the United States"
    end = quantity.end  # type: ignore[attr-defined]
    if after and _DENIED_PLACE.search(view.full, end, after[0].start):
        return None  # "five factories, neither of them in Asia": where they are not
    if after and _INCLUDING.search(view.full, end, after[0].start):
        return None  # "five factories, including a Skowhegan plant": one of them is there
    if after and _DESCRIBED_ONE.search(view.full, start, after[0].start):
        return None  # "four plants, the newest a mill opened in Montijo": one plant's place
    if after and _MOSTLY.search(view.full, start, after[0].start):
        return None  # "Five, mostly in Maine": where most are, not all
    if after and _spread(view, after):
        return None  # "640 people at its head office in Middlebury, ... and at a plant in
        # Plattsburgh": several places, none holding the others
    if after:
        if _across_places(view, after):
            return None  # "four factories, Norway and Skowhegan in Maine and Lawrence and
            # Methuen in Massachusetts": all of them, in two states
        if len(after) > 1 and _LISTED.fullmatch(view.full, after[0].end, after[1].start):
            # "two roasteries, in Chelsea and Portsmouth"; "3 (Lancaster, Palmyra, Ephrata)":
            # after a comma or a bracket, all of them; right after its noun, those there
            set_off = any(mark in view.full[end:after[0].start] for mark in ",(:;—–")
            return _container(view, after, None if set_off else attribute)
        if (len(after) > 1 and view.rules.within(after[1].id, after[0].id)
                and _IN_BETWEEN.fullmatch(view.full, after[0].end, after[1].start)
                and not (len(after) > 2
                         and _LISTED.fullmatch(view.full, after[1].end, after[2].start))):
            return after[1].id  # "none of its US factories is in New Hampshire"
        if _UNKNOWN_LISTED.search(view.full[start:after[0].start]):
            # "in Norway and Skowhegan, Maine": a town the rules do not know comes first
            if (len(after) > 1 and _IN_HOLDER.fullmatch(view.full, after[0].end, after[1].start)
                    and view.rules.within(after[0].id, after[1].id)):
                return after[1].id  # "in Norway and Skowhegan, both in Maine"
            written = _written_container(view, after[0])
            return written if written != after[0].id else None
        return after[0].id
    there = THERE.search(view.full, end, limit)
    earlier = [p for p in places if p.end <= start]
    if there is not None and earlier and not view.full[end:there.start()].strip(" ,").count(" "):
        return earlier[-1].id  # "four factories in New England and employs 1,250 people there"
    holding = next((p for p in places if _PLACE_HOLDS.fullmatch(view.full, p.end, start)
                    and not view.full[view.clause.start:p.start].strip(" \"'“‘(")), None)
    if holding is None:  # "Maine, where New Balance has two factories, ..."
        holding = next((p for p in places if (where := _WHERE_AFTER.match(view.full, p.end))
                        and where.end() <= start
                        and not any(mark in view.full[where.end():start] for mark in ",;:(")),
                       None)
    if holding is not None:
        return holding.id  # "Maine has two New Balance factories": the place opens the
        # clause and holds them ("Pittsburgh has 446 bridges" stays the city's own count)
    owned = [p for p in places if p.end <= start
             and (any(s.start == p.start and s.id != p.id for s in view.subjects)
                  # "According to our report, the Saint-Georges plant cost C$42 million":
                  # the plant opens the clause, or the part after a comma (not "When the
                  # Deventer plant opened in 2004, Korvel had two factories")
                  or (lexicon().facility.match(view.full, p.end) is not None
                      and _SITE_THE.search(view.full[view.clause.start:p.start]) is not None))]
    if owned:
        return owned[0].id  # "The Coruche plant employs 300 people": the company's, there
    # a place before it that goes with another number is that number's ("four factories,
    # two in Maine and two in Massachusetts, employ 1,200 people"; "two roasteries, in
    # Chelsea and Portsmouth, roast 2,000 tons")
    # (a span of time or a year takes no place: "hand-stitched in Maine for well over a
    # century, and L.L.Bean's Brunswick plant now makes 1,000 pairs a day")
    starts = sorted(q.start for q in view.quantities
                    if q.unit != "calendar_year" and not v.is_duration(q))
    ends = {q.start: q.end for q in view.quantities}
    taken = {id(p) for p in places for a, b in zip(starts, [*starts[1:], start], strict=False)
             if b <= start and a < p.start < b
             # (not "New Balance's two Maine plants employ 660 workers": the plants'
             # place, and so their workers')
             and not (not view.full[ends[a]:p.start].strip()
                      and lexicon().facility.match(view.full, p.end))}
    # and only a place that says where ("In Maine, it runs three factories"), not one
    # that names a thing ("When the Deventer plant opened, it had two factories") or a
    # name the count's phrase describes ("Opole, the newest of its four plants")
    fronted = _FRONTED_SUBORDINATE.match(view.full, view.sentence.start_char, start)
    before = [p for p in places if p.end <= start and id(p) not in taken
              and not any(s <= p.start and p.end <= e for s, e in valued)
              # (not "Since its workshop in La Chaux-de-Fonds closed, it has run two": the
              # place of a clause put before the count's)
              and not (fronted is not None and p.end <= fronted.end())
              # (not "demand in Asia fell, and we ended the year with 236 employees": the
              # place of a clause joined before the count's)
              and not _JOINED_CLAUSE.search(view.full, p.end, start)
              and (p.role == "adjective"  # "its domestic factories produce 4 million pairs"
                   or _LOCATIVE.search(view.full, max(0, p.start - 40), p.start)
                   # "New Balance's Maine workforce stood at 600": the whole counted there
                   or _whole_after(view, p.end)
                   # "whose Minnesota factories employ 1,000", "The Skowhegan plant alone",
                   # "The Norway, Maine, plant produces"
                   or (_facility_after(view, p.end)
                       and ("," not in view.full[p.end:start].lstrip(", ")
                            # "... two Maine plants declined 12%, to 660 workers": the level
                            # after the change
                            or (view.full.count(",", p.end, start) == 1
                                and _COMMA_TO.search(view.full, p.end, start) is not None)
                            # "At L.L.Bean's Brunswick plant, about 500 workers ..."
                            or _FRONTED_AT.fullmatch(
                                view.full, view.sentence.start_char, p.start) is not None)))]
    if before:
        if OUTSIDE.search(view.full, max(view.clause.start, before[-1].start - 16),
                          before[-1].start):
            return ELSEWHERE  # "Outside the US, it runs one factory": not there
        return before[-1].id
    if view.earlier_place and THERE.search(view.full, start, limit):
        return view.earlier_place  # "... in New England. It operates four factories there."
    if view.row_place and not any(s.id == view.row_place for s in view.subjects):
        return view.row_place  # "Norway, ME | 1985 | 250" under "Plant | Opened | Workers"
    return None


def _sites_after(view: ClauseView, end: int) -> bool:
    """A facility noun after a number, perhaps past a place ("two Maine plants")."""
    at = next((p.end for p in view.places() if p.start - end in (0, 1)), end)
    return _facility_after(view, at)


_AT_SITES = re.compile(r"\b(?:at|in|across)\s+(?:its\s+|their\s+|the\s+|our\s+)?\Z",
                       re.IGNORECASE)
_WHICH_COST = re.compile(r",?\s*(?:which|that)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
_FRONTED_SUBORDINATE = re.compile(r"\W*(?:since|when|after|before|while|although|though|once|"
                                  r"until|because|as)\b[^,;]{0,120},", re.IGNORECASE)
_JOINED_CLAUSE = re.compile(r"[,;]\s*(?:and|but|so|yet|while|whereas)\s+(?:then\s+)?"
                            r"(?:we|it|they|he|she|the\s+company|the\s+firm)\b", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:including|among them|among which|such as|one of (?:them|which))\b",
                        re.IGNORECASE)
_COMMA_TO = re.compile(r",\s+to\s+\Z")
_NEXT_ONE = re.compile(r"(?:\band|,)\s+(?:one|a\s+single)\b", re.IGNORECASE)
_DESCRIBED_ONE = re.compile(
    r",\s+(?:the|its|our|their)\s+(?:" + "|".join(lexicon().ranking_words)
    # ("across two works, the old one in Šenov and this one")
    + r"|most\s+\w+|(?:[a-z]+\s+)?one\b)\b", re.IGNORECASE)


def _spread(view: ClauseView, after: list[Mention]) -> bool:
    """Whether the places after a count are separate sites ("at its head office in
    Middlebury ... and at a plant in Plattsburgh"), not a list ("in Chelsea and
    Portsmouth", handled by :func:`_container`) nor one place and its state."""
    distinct = list(dict.fromkeys(p.id for p in after))
    if len(distinct) < 2 or _LISTED.fullmatch(view.full, after[0].end, after[1].start):
        return False
    first, second = distinct[0], distinct[1]
    return not (view.rules.within(first, second) or view.rules.within(second, first))


def _across_places(view: ClauseView, after: list[Mention]) -> bool:
    """Whether the places after a count are one list of sites that spans two places
    neither holding the other ("Norway and Skowhegan in Maine and Lawrence and Methuen in
    Massachusetts"), so the count is all of them."""
    rules = view.rules
    if not lexicon().facility.search(view.full, view.clause.start, after[0].start):
        return False  # (a count of sites: not "900 people in Skowhegan and ... Lawrence")
    written = {q.id for q in after if any(p.id != q.id and rules.within(p.id, q.id)
                                          for p in after)}  # Maine, Massachusetts
    if len(written) < 2 or any(rules.within(a, b) for a in written for b in written
                               if a != b):
        return False
    return all(_SITE_LIST_GAP.fullmatch(view.full, a.end, b.start)
               for a, b in itertools.pairwise(after))


# what may stand between the places of one list of sites: "and", commas, "in", towns the
# rules do not know ("Norway and Skowhegan in Maine and Lawrence")
_SITE_LIST_GAP = re.compile(r"(?:\s*(?:,|&|\band\b|\bin\b|[A-Z][\w.'-]*(?![\w.'-])))*\s*")


def _container(view: ClauseView, listed: list[Mention],
               attribute: AttributeSpec | None) -> str | None:
    """Where a count in several listed places is: the place written after the list that
    holds them all ("the other two are in Lawrence and Methuen, Massachusetts", "in Norway
    and Skowhegan, both in Maine"), else, for a list right after the count's noun
    (``attribute`` given), the nearest place holding them all for which the rules count
    the subject's ("two factories in Lawrence and Methuen": the Massachusetts count), else
    none, since the count is where all of them are ("two roasteries, in Chelsea and
    Portsmouth")."""
    k = 1
    while k < len(listed) and _LISTED.fullmatch(view.full, listed[k - 1].end, listed[k].start):
        k += 1
    members, last = listed[:k], k - 1  # (``last``: the list's last mention, its holder's)
    if k < len(listed) and (view.full[listed[k - 1].end:listed[k].start].strip() == ","
                            or _IN_HOLDER.fullmatch(view.full, listed[k - 1].end,
                                                    listed[k].start)):
        outer: str | None = listed[k].id
        last = k
    else:  # the last one read as one place with its state: "Methuen, Massachusetts"
        outer = _written_container(view, listed[k - 1]) or _counted_holder(
            view, members, attribute)
    if outer is None:
        return None
    inside = all(view.rules.within(p.id, outer) and p.id != outer for p in members)
    if last + 1 < len(listed) and _MORE_SITES.fullmatch(view.full, listed[last].end,
                                                        listed[last + 1].start):
        # "four plants, in Skowhegan and Norway, Maine, and in Lawrence and Methuen,
        # Massachusetts": the list goes on past the first state; where all of them are
        return _counted_holder(view, listed, attribute)
    return outer if inside else None


def _counted_holder(view: ClauseView, listed: list[Mention],
                    attribute: AttributeSpec | None) -> str | None:
    """The nearest place holding every listed one, when the rules count a subject's
    ``attribute`` there and the listed places are towns, holding no other place the rules
    know (sites listed by town are the count of the region the rules know, not the
    subject's whole count)."""
    rules = view.rules
    if attribute is None or any(p.id in rules.holders for p in listed):
        return None  # (states or regions listed, "in Maine and Massachusetts": where all
        # of them are, as the writer counts them)
    first, *rest = listed
    holder = next((a for a in rules.ancestors(first.id)[1:]
                   if all(rules.within(p.id, a) and p.id != a for p in rest)), None)
    if holder is None or not any(f.place == holder for s in view.subjects
                                 for f in rules.facts_for(s.id, attribute.id)):
        return None
    return holder


def _written_container(view: ClauseView, place: Mention) -> str | None:
    """The place that holds ``place`` when it is written with it ("Methuen, Massachusetts"
    gives Massachusetts), else None."""
    written = view.full[place.start:place.end].rpartition(",")[2].strip()
    if not written or written == view.full[place.start:place.end].strip():
        return None
    return next((a for a in view.rules.ancestors(place.id)[1:] if _names(view, a, written)),
                None)


def _names(view: ClauseView, entity: str, written: str) -> bool:
    """Whether ``written`` is the name or an alias of ``entity``."""
    spec = view.rules.entities.get(entity)
    return spec is not None and written.casefold() in {
        n.casefold() for n in (spec.name, *spec.aliases)}


# "a dozen countries, from Guatemala to Rwanda": examples, not where they are
_FROM = re.compile(r"\b(?:from|to|like|including)\s+\Z", re.IGNORECASE)
_OF_THEM = (("of", "them"), ("of", "those"), ("of", "these"))


def _of_them(table: TokenTable, quantity: object) -> bool:
    """ "17 of them in Boston", "three of them are in Maine", "the other two are in
    Lawrence": the count of a noun named before, in a narrower place (not "60 of them
    lost people", which counts the ones that did something)."""
    i = table.at(quantity.end)  # type: ignore[attr-defined]
    start = table.at(quantity.start)  # type: ignore[attr-defined]
    if tuple(table.lower[i:i + 2]) in _OF_THEM:
        i += 2
    elif table.lower[max(0, start - 2):start] != ["the", "other"]:
        return False
    where = table.lower[i:i + 2]
    return bool(where) and (where[0] in _WHERE_WORDS or (
        where[0] in ("are", "were", "is") and where[1:] == ["in"]))


_WHERE_WORDS = frozenset({"in", "inside", "within", "across", "at", "around", "near", "outside"})
# (also after a town the rules do not know: "its factory in Cumbria, England")
_LOCATIVE = re.compile(r"\b(?:in|inside|within|across|throughout|at|outside)\s+(?:the\s+)?"
                       r"(?-i:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+)?\Z", re.IGNORECASE)
# Narrower than common.LISTED: for a count, "two in Massachusetts, in Lawrence and
# Methuen" names the towns of one place, not a list of places.
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
# a place that holds things: "Maine has", "Massachusetts is home to"
_HOLDS = (r"\s+(?:(?:now|still|today|currently)\s+)?(?:has|have|had|hosts|hosted|houses|housed|"
          r"boasts|(?:is|was)\s+home\s+to)\b")
_PLACE_HOLDS = re.compile(_HOLDS + r"(?:\s+(?:now|still|today|currently))?\s+")
_HOLDS_AFTER = re.compile(_HOLDS, re.IGNORECASE)
_JOINED_AFTER = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:its|their|our|his|her|the|"
                           r"this|that|these|those|it|they|we)\b", re.IGNORECASE)
_WHERE_AFTER = re.compile(r",?\s+where\s+")
_MORE_SITES = re.compile(r",?\s+(?:and|&)\s+(?:in\s+|at\s+)?(?:the\s+)?")
_IN_HOLDER = re.compile(r",?\s+(?:(?:both|all(?:\s+(?:two|three|four|five|six))?)\s+)?in\s+"
                        r"(?:the\s+(?:state|province|county|region)\s+of\s+)?")
_UNKNOWN_LISTED = re.compile(r"\bin\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:and|&)\s+\Z")
