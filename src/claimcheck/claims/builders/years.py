"""Year claims: "founded in 1906", "launched several decades ago", "for over 100 years"."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.claims import values as v
from claimcheck.claims.builders.changes import CHANGE_VERBS
from claimcheck.claims.builders.common import (
    AGE_AFTER,
    applies,
    asserted_at,
    by_place,
    cue_asserted,
    nearest,
    negated,
    person_started,
    qualifiers,
    singular,
    span,
    subjects,
)
from claimcheck.claims.builders.counts import ORDINAL_WORDS
from claimcheck.claims.builders.origin import OWN_PLACE
from claimcheck.claims.lexicon import lexicon
from claimcheck.claims.mentions import Mention
from claimcheck.claims.model import Value
from claimcheck.claims.subjects import SENTENCE_END
from claimcheck.intervals import Interval
from claimcheck.quantities import Quantity

_VERSION = re.compile(r"\dv\d+\b", re.IGNORECASE)  # "990v6", not a model named "V1"
_NOT_INSTEAD = re.compile(r"\s*(?:,|\(|—|–)\s*not\s+(?:in\s+)?", re.IGNORECASE)
AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
"""What follows a span of time that dates back from now ("ten years ago")."""
_STOPPED = re.compile(r"\b(?:not|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
_RECORD_SINCE = re.compile(r"\b(?:most|least|highest|lowest|largest|smallest|best|worst|"
                           r"biggest|fewest|first time|lowest level|highest level)\s+since\s+$",
                           re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+(?:early\s+|mid-?\s*|late\s+)?)?$", re.IGNORECASE)
# "sales have trebled since 2023": since when a change happened, not how old anything is
# (the quantity extractor's verbs of change, as changes.py reads them)
# (also what was put in or taken on since: "has poured US$155m into its plants since 2021",
# "has grown by a million pairs since 2015")
# (and an amount put in or changed, named by its noun: "its total investment in those
# facilities since 2021", "sales growth since 2019")
_CHANGED_SINCE = re.compile(r"\b(?:" + CHANGE_VERBS[3:-1] + r"|poured|invested|spent|hired|"
                            r"added|raised|sunk|put|investments?|spending|growth|gains?|"
                            r"losses|increases?|declines?|total)\s+(?:[\w$€£.,'’-]+\s+){0,6}?"
                            r"since\s+$", re.IGNORECASE)
_FRONTED_YEAR = re.compile(r"\b(?:in|by|from)\s+\Z", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r",\s+when\s+(?:[\w'’-]+\s+){0,4}", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b", re.IGNORECASE)
# an active verb of buying or selling right after the subject makes it the buyer or the
# seller ("Red Wing bought leather", "stopped buying cocoa", "sold its Reading plant"), not
# what was bought or sold
_BUYING = frozenset({"bought", "buys", "buy", "buying", "acquired", "acquires", "acquire",
                     "acquiring", "purchased", "purchases", "purchase", "purchasing", "took",
                     "sold", "sells", "sell", "selling"})
_SPAN_BEFORE = re.compile(r"\b(?:years?|decades?|months?)\s+(?:before|after)\s+(?:the\s+)?\Z",
                          re.IGNORECASE)
_OWNER_AFTER = re.compile(r"\s+(?:it|them|out|the\s+(?:company|firm|business|brand))\b",
                          re.IGNORECASE)
# (not "was bought by", "has been acquired")
_BUYER = re.compile(r"\s*(?!(?:was|were|is|are|be|been|being|get|gets|got)\b)(?:[\w'’]+\s+)?",
                    re.IGNORECASE)
# a decision on the event the cue names: its year is the decision's
# (a noun for the event: not "agreed to buy New Balance in 1972", which dates the buying)
_DECIDED = re.compile(r"\b(?:voted|votes|vote|approved|approves|agreed|agrees|decided|decides|"
                      r"proposed|proposes)\s+(?:(?:for|on|to)\s+)?(?:the|a|an|its|their)\s+"
                      r"(?:[\w-]+\s+)?\Z", re.IGNORECASE)
_SINCE_CELL = re.compile(r"\(\s*since\s+\Z")
_PRODUCTION_MOVED = re.compile(r"\s+(?:(?:the|its|their|our|some|all|most|much|part\s+of)\s+)*"
                               r"(?:[\w-]+\s+)?(?:production|manufacturing|making|manufacture|"
                               r"assembly|output|sourcing|"
                               # (a gerund, not an adjective: "moved its roasting to Leeds",
                               # not "its growing business")
                               r"(?!(?:every|some|any|no)?thing\b)[a-z]{3,}ing(?=\s+(?:to|from|"
                               r"into|out|overseas|abroad|offshore|back|in-house)\b|\s*[,.;]))\b",
                               re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
_NAME_SINCE = re.compile(r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:&\s+)?[A-Z][\w.&'’-]*)*)\s*\(\s*"
                         r"since\s+\Z")
_BARE_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_WINDOW = re.compile(r"\bthe\s+(?:past|last|previous)\s+$", re.IGNORECASE)

if TYPE_CHECKING:
    from claimcheck.claims.extractor import ClauseView
    from claimcheck.claims.tokens import Word
    from claimcheck.rules.schema import AttributeSpec


_OUT_AFTER = re.compile(r"\s+out\b(?!\s+of\b)", re.IGNORECASE)  # "came out in 1982": released
# a span counted back or on from another time, right after a cue and its object: "had
# started the company a generation earlier", "founded it two decades before", "started the
# company decades before"
_EARLIER_AFTER = re.compile(r"(?:\s+(?!in\b|on\b|at\b)[\w'’.-]+){0,4}?\s+"
                            r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"several|some|many|a\s+few|\d+)\s+"
                            r"(?:generations?|decades?|years?|centur(?:y|ies)|months?)"
                            # ("decades before", not "the year before, in 1973")
                            r"|generations|decades|years|centuries)\s+"
                            r"(?P<dir>earlier|before|later|after|previously)\b", re.IGNORECASE)


def build_years(view: ClauseView) -> None:
    """A year attribute's cue with a calendar year or an "N years ago" in the clause."""
    named = view.subjects
    try:
        _build_years(view)
    finally:
        view.subjects = named  # (a facility's owner is this builder's subject only)


def _build_years(view: ClauseView) -> None:
    cued = view.cues
    owned = (_OWNED_SINCE.search(view.full, view.clause.start, view.clause.end)  # ("[Oo]wned")
             if view.full.find("wned", view.clause.start, view.clause.end) >= 0 else None)
    if owned is not None:
        # "owned by its employees since 2018", "employee-owned since 2018": its owners
        # bought it that year (the year of an attribute cued by buying, not selling)
        word = view.table.word(view.table.at(owned.start("owned")))
        cued = {**cued, **{a.id: [word] for a in view.rules.attributes.values()
                           if a.type == "year" and a.id not in cued
                           and _bought_by_owners(a)}}
    if not any(view.rules.attributes[a].type == "year" for a in cued):
        return  # (most clauses: nothing here dates a beginning)
    text = view.full
    candidates = [q for q in view.quantities if q.unit == "calendar_year"]
    candidates += _relative_years(view)
    candidates += [q for q in view.quantities if v.is_duration(q) and AGO.match(text, q.end)]
    since = [q for q in view.quantities if v.is_duration(q) and _elapsed(view, q)]
    candidates += since
    picks = []
    owners: dict[str, Mention] = {}  # the facility referred to, by the attribute it dates
    for attribute_id, cues in cued.items():
        attribute = view.rules.attributes[attribute_id]
        if attribute.type != "year":
            continue
        if not subjects(view, attribute):
            owner = _facility_owner(view, attribute, cues[0])
            if owner is None:
                continue
            # "That plant opened in 2023", "the Bedford plant, which opened in 1958, would
            # keep making the Stonemoor": its owner's opening
            view.subjects = [owner, *view.subjects]
            owners[attribute.id] = owner
        # "after a decade of falling holiday sales": no sale of the company (but "After
        # years of falling sales, the Gerharts sold it in 1978" is one)
        cues = [w for w in cues if w.lower not in lexicon().measure_nouns]
        if not cues:
            continue
        cue = cues[0]
        if _BODY_FOUNDED.search(text, max(0, cue.idx - 48), cue.idx) and all(
                m.kind == "place" for m in subjects(view, attribute)):
            continue  # "North Arm Canoe Works of Ely, Minnesota, a family shop founded in
            # 1962": the shop's founding, not the place's
        if (cue.lower in lexicon().moving_verbs or cue.lemma in ("move", "relocate")) and (
                not _OUT_AFTER.match(text, cue.idx + len(cue))) and (
                _PRODUCTION_MOVED.match(text, cue.idx + len(cue)) or any(
                    m.kind == "product" and _JUST_BEFORE.fullmatch(text, m.end, cue.idx)
                    for m in view.mentions)):
            continue  # "moved the making of its figures to Austria", "moved its roasting to
            # Leeds", "the Kingfisher moves to Marquette": where the making is, not a move
            # of the company
        if cue.lower in _TRADING and ((_MEASURED_BEFORE.search(
                text, max(0, cue.idx - 30), cue.idx) and not _OBJECT_AFTER.match(
                text, cue.idx + len(cue))) or any(
                q.start > cue.idx and q.unit != "calendar_year" and not v.is_duration(q)
                and _AMOUNT_AFTER.fullmatch(text, cue.idx + len(cue), q.start)
                and not _STAKE_AFTER.match(text, q.end) for q in view.quantities)):
            continue  # "85% of units sold (2024)", "the pieces we sell", "sold about 11
            # percent of everything we made": goods, no change of owner (but "its owners
            # sold the company in 2004")
        if cue.lower in _BUYING and cue.lower.endswith("ing") and not _OWNER_AFTER.match(
                text, cue.idx + len(cue)) and not any(
                m.kind == "organisation" and 0 <= m.start - (cue.idx + len(cue)) <= 5
                for m in view.mentions):
            continue  # "stopped buying cocoa", "began selling boots": an activity, not a
            # change of owner ("buying New Balance in 1972" is one)
        # "its 1972 purchase", "the 1906 founding": a bare four-digit year right before a
        # cue noun is that cue's year
        modifier = [q for q in view.quantities if q.unit is None and q.value is not None
                    and _BARE_YEAR.fullmatch(q.text) and not text[q.end:cue.idx].strip()
                    and q.end < cue.idx]
        if modifier:
            modifier = [replace(modifier[0], unit="calendar_year")]
            candidates = [*candidates, *modifier]
        # "founded in Coruche and moved its head office to Porto in 1978": the year after
        # a second verb is that verb's
        reachable = [q for q in candidates
                     if not _second_verb(text, cue.idx + len(cue), q.start)]
        if cue.lower in _SPAN_NOUNS:
            # "a history dating back to 1931", not "2025 was the best year in its history"
            reachable = [q for q in reachable if q.start > cue.idx]
        # "In 1996 New Balance bought a plant, and in 2008 it launched the 993": a year
        # fronted right before the subject and its verb is that verb's
        fronted = [q for q in reachable if q.end <= cue.idx and cue.idx - q.end <= 40
                   and ((_FRONTED_YEAR.search(text, max(0, q.start - 4), q.start)
                         and not _CLAUSE_BREAK.search(text, q.end, cue.idx))
                        # "... since 2014, when we bought the company": the when-clause's
                        # (what was bought the company: not "when it bought a factory")
                        or (_WHEN_CLAUSE.fullmatch(text, q.end, cue.idx)
                            and (cue.lower not in _BUYING
                                 or _OWNER_AFTER.match(text, cue.idx + len(cue)))))]
        if (counted := _EARLIER_AFTER.match(text, cue.idx + len(cue))) is not None:
            # "born in 1939 in the town where he had started the company a generation
            # earlier", "a decade before Jim Davis bought it in 1972": a time counted from
            # another event, whose year is that event's (and "two years later" counts on
            # from a year before the cue, which is not its own)
            reachable = ([] if counted.group("dir").lower() in ("earlier", "before", "previously")
                         else [q for q in reachable if q.start > cue.idx])
        quantity = nearest(fronted or [q for q in reachable if q.start > cue.idx] or reachable,
                           cue.idx)
        if quantity is not None and cue.lower in _BUYING and all(
                0 <= m.end <= cue.idx and _BUYER.fullmatch(text, m.end, cue.idx)
                for m in subjects(view, attribute)):
            continue  # only buyers: the year is another verb's, if any
        if quantity is not None and cue.lower in _BUYING and _SINCE_BEFORE.search(
                text, max(0, quantity.start - 8), quantity.start) and not (
                _WHEN_CLAUSE.fullmatch(text, quantity.end, cue.idx)
                and _OWNER_AFTER.match(text, cue.idx + len(cue))):
            continue  # "Red Rose Creams has been sold since 1924": on sale since then, no
            # change of owner (one is bought or sold in a year, not since one)
        if quantity is not None and _DECIDED.search(text, max(0, cue.idx - 40), cue.idx):
            continue  # "voted for the merger in December 2008": the vote's year, not the
            # merger's
        if quantity is not None:
            picks.append((cue.idx, attribute, cue, quantity))
    taken: set[int] = set()
    # One year, two year attributes ("Red Wing introduced the Iron Ranger in its Heritage
    # collection in 2006"): the first cue, usually the clause's verb, takes it.
    for _, attribute, cue, quantity in sorted(picks, key=lambda p: p[0]):
        if quantity.start in taken:
            continue
        taken.add(quantity.start)
        if quantity.unit == "calendar_year":
            interval, end = v.year_interval(quantity), quantity.end
        elif quantity in since:
            interval, end = v.years_before(quantity, view.date), quantity.end
        else:
            ago = AGO.match(text, quantity.end)
            assert ago is not None
            interval, end = v.years_before(quantity, view.date), ago.end()
        # (a year before its cue is said by the words before it too: "Some sources give
        # 1898 as Red Wing's founding year")
        asserted = cue_asserted(view, cue) and (
            quantity.start > cue.idx or asserted_at(view, quantity.start))
        # "was not founded in 1972" (but "no longer holds whisky from before the 1983
        # closure" takes the closure as given)
        modifies = quantity.end <= cue.idx and not text[quantity.end:cue.idx].strip()
        extra = {"asserted": asserted, "qualifiers": qualifiers(view),
                 "negated": not modifies and negated(view, cue.idx)}
        if by_place(view, attribute):
            # "Fernhollow opened its Palmyra plant in 1974", where the rules date each
            # plant's opening: the year of the place named; with none, of no one place
            if _other_object(view, cue, attribute):
                continue  # "closed its library", "opened a cafe", "closed the deal": no site
            if attribute.id in owners:
                # (the facility's own place: "the Bedford plant", else the last one named;
                # not one after the cue, "to bring production home from Vietnam")
                ref = owners[attribute.id]
                site = next((p for p in view.places() if ref.start <= p.start < ref.end
                             or _IN_AFTER.fullmatch(view.full, cue.idx + len(cue), p.start)),
                            None) or _facility_referred(view, attribute, cue, ref)
            else:
                site = (_site(view, cue, quantity) or _named_facility(view, cue)
                        or _facility_referred(view, attribute, cue))
            if site is None:
                continue
            extra["scope"] = site.id
        chosen = subjects(view, attribute)
        if person_started(view, cue):
            continue  # "I started at the old state glassworks in 1989": a person's start
        if _place_passive(view, attribute, cue):
            continue  # "two years after the village was founded": the village's founding
        paired = _respectively(view, chosen, candidates)
        for subject in chosen:
            if cue.lower in _BUYING and 0 <= subject.end <= cue.idx and _BUYER.fullmatch(
                    text, subject.end, cue.idx):
                continue  # "a year after the company bought these works": the buyer, not
                # what was bought
            if paired is not None and subject.start not in paired:
                continue  # "Red Wing, L.L.Bean and New Balance ... in 1905 and 1912
                # respectively": which year is whose is not said
            if attribute.age and subject.start >= 0 and _VERSION.search(
                    text, subject.start, subject.end):
                continue  # "The 990v6, released in 2022": a version's year, not the 990's
            if subject.kind == "place" and any(
                    m.id == subject.id and m.start > cue.idx
                    and _WHERE_BEFORE.search(text, max(0, m.start - 12), m.start)
                    for m in view.mentions):
                continue  # "Founded 1912 in Freeport", "the brand founded in 2010 makes its
                # shoes in Vietnam": where, not the place that was founded
            own = (paired or {}).get(subject.start) or _own_year(subject, chosen, candidates)
            if own is not None and own is not quantity:
                # "the 992 was released in 2006, and the 993 in 2012": each its own year
                own_interval = (v.year_interval(own) if own.unit == "calendar_year"
                                else v.years_before(own, view.date))
                own_value = Value("year", text[own.start:own.end], own_interval)
                view.claims.append((subject, attribute.id, own_value,
                                    *span(subject, view.clause.start, own.start, own.end), extra))
                continue
            if (subject.start >= 0 and quantity.end <= subject.start
                    and _GAPPED_AFTER_YEAR.fullmatch(text, quantity.end, subject.start)
                    and any(OWN_PLACE.fullmatch(text, subject.end, p.start)
                            for p in view.places() if p.start > subject.end)):
                continue  # "made in Columbus since we introduced it in 1949, and every
                # Stonemoor in Bedford": the name after it has a place of its own, no year
            if subject.start >= 0 and quantity.start < subject.start and _SPAN_BEFORE.search(
                    text, max(view.clause.start, subject.start - 40), subject.start):
                continue  # "founded in 1912, six years after New Balance was founded": the
                # year is the first name's, the second's is only six years before it
            if quantity.end <= view.clause.start:
                # a timeline's label ("1989: ... found the company"): the value is the
                # label, the span the clause's cue
                value = Value("year", quantity.text, interval)
                view.claims.append((subject, attribute.id, value,
                                    *span(subject, view.clause.start, cue.idx,
                                          cue.idx + len(cue)), extra))
                continue
            value = Value("year", text[quantity.start:end], interval)
            view.claims.append((subject, attribute.id, value,
                                *span(subject, view.clause.start, cue.idx, end), extra))
            if "scope" in extra:
                # "opened its Leeds roastery in 1998 and its York roastery in 2005": the
                # verb understood, each place with its own year
                for site, year in _gapped_sites(view, end, candidates, taken):
                    value = Value("year", year.text, v.year_interval(year))
                    view.claims.append((subject, attribute.id, value, site.start, year.end,
                                        {**extra, "scope": site.id}))
            corrected = next((q for q in candidates if q.unit == "calendar_year"
                              and q.start > end and _NOT_INSTEAD.fullmatch(text, end, q.start)),
                             None)
            if corrected is not None and not extra["negated"]:
                # "debuted in 1993 (not 1988, as first reported)": the wrong year, denied
                denied = Value("year", corrected.text, v.year_interval(corrected))
                view.claims.append((subject, attribute.id, denied, corrected.start,
                                    corrected.end, {**extra, "negated": True}))


def _gapped_sites(view: ClauseView, at: int, candidates: list[Quantity], taken: set[int]
                  ) -> list[tuple[Mention, Quantity]]:
    """The places and years listed after a year that its cue and place go with, each
    without a verb of its own: "... in 1998 and its York roastery in 2005", "and one in
    York in 2005", "the York one in 2005". Not "and closed its York roastery in 2005"
    (another cue), nor "and expanded it in 2005"."""
    found: list[tuple[Mention, Quantity]] = []
    cue_starts = [w.idx for ws in view.cues.values() for w in ws]
    places = view.places()
    while (gap := _NEXT_ITEM.match(view.full, at)) is not None:
        year = next((q for q in candidates if q.unit == "calendar_year"
                     and gap.end() < q.start <= gap.end() + 60), None)
        if year is None or year.start in taken:
            break
        inside = [p for p in places if gap.end() <= p.start and p.end <= year.start]
        words = _WORD.findall(view.full, gap.end(), year.start)
        if (len({p.id for p in inside}) != 1 or len(words) > 8
                or any(gap.end() <= c < year.start for c in cue_starts)
                or any(q.start < year.start and q.end > gap.end() for q in view.quantities
                       if q is not year and q.text.split()[-1].lower() not in ORDINAL_WORDS)
                or not _SITE_THEN_YEAR.fullmatch(view.full, gap.end(), year.start)
                or any(w.lower().endswith(("ed", "ing")) and not any(
                    p.start <= m.start() < p.end for p in inside)
                    for m in _WORD.finditer(view.full, gap.end(), year.start)
                    for w in [m.group()])):
            break
        taken.add(year.start)
        found.append((inside[0], year))
        at = year.end
    return found


_NEXT_ITEM = re.compile(r"\s*,?\s+and\s+|\s*[,;]\s*")
_WORD = re.compile(r"[\w'’.-]+")
# the phrase a listed place stands in before its year ("its York roastery in", "one in
# York in", "York in early")
_SITE_THEN_YEAR = re.compile(r"(?:(?:its|their|our|his|her|the|a|an|one|another)\s+)?"
                             r"[^,;:()]*?\s(?:in|by)\s+(?:(?:early|late|mid-?)\s*)?",
                             re.IGNORECASE)


def _facility_referred(view: ClauseView, attribute: AttributeSpec, cue: Word,
                       owner: Mention | None = None) -> Mention | None:
    """"That plant opened in 2023", "The plant, which opened in 1979": with no place in the
    clause (before the cue, when the facility's owner is the subject), a facility referred
    to before the cue is the one at the last place named, when the rules date this
    attribute at that place."""
    places = view.places()
    if view.earlier_place is None or (places and owner is None):
        return None  # (a place in the clause is the facility's own)
    if any(p.start < cue.idx for p in places):
        return None  # (and one before the cue is its subject's: with the owner's subject,
        # only places after the cue are let pass, "to bring production home from Vietnam")
    ref = _facility_ref(view, cue)
    if ref is None or ref.group("new") or not any(
            f.place == view.earlier_place for s in subjects(view, attribute)
            for f in view.rules.facts_for(s.id, attribute.id)):
        return None  # (not "a second plant": a new one, not the one named before)
    # (the same kind of facility as was named at that place: "the company's Franklin plant.
    # That plant", not "a plant in Evansville. The store")
    named = [m for m in view.document_mentions
             if m.id == view.earlier_place and m.end <= view.clause.start]
    if not named:
        return None
    last, text = named[-1], view.full
    around = (SENTENCE_END.split(text[max(0, last.start - 30):last.start])[-1] + " "
              + SENTENCE_END.split(text[last.end:last.end + 30])[0])
    if not re.search(rf"\b{re.escape(ref.group('noun'))}\b", around, re.IGNORECASE):
        return None
    return Mention(ref.start(), ref.end(), view.earlier_place, "place")


def _facility_ref(view: ClauseView, cue: Word) -> re.Match[str] | None:
    """"the plant", "that plant", "this mill" before the cue."""
    refs = [m for m in _FACILITY_REF.finditer(view.full, view.clause.start, cue.idx)
            if m.group("noun").lower() in lexicon().facility_nouns]
    return refs[-1] if refs else None


def _other_object(view: ClauseView, cue: Word, attribute: AttributeSpec) -> bool:
    """Whether the cue's object is something other than a site ("closed its library in
    2015", "closed the deal"); not "opened its Leeds roastery", "closed its doors", a thing
    the attribute's name or cues name ("opened a cafe" where the rules date cafés), nor a
    verb with no object ("opened in 2001")."""
    found = _OBJECT_NP.match(view.full, cue.idx + len(cue))
    if found is None:
        return False
    head = found.group("head").lower()
    named = " ".join([attribute.name or "", *attribute.cues]).lower()
    nouns = lexicon().facility_nouns | set(re.findall(r"[a-zé]+", named.replace("é", "e")))
    head = head.replace("é", "e")
    return not (head in nouns or head.rstrip("s") in nouns or head[:-3] + "y" in nouns
                or head in _SITE_WORDS or head in _TIME_WORDS)  # ("opened that same year")


_OBJECT_NP = re.compile(r"\s+(?:its|their|our|the|a|an|this|that|his|her)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w'’-]*)"
                        r"(?=\s+(?:in|at|on|near|outside|for|by|during|after|before|last|this|"
                        r"that|and|to)\b|\s*[,.;:)]|\s*\Z)")
_TIME_WORDS = frozenset({"year", "years", "month", "week", "day", "spring", "summer", "fall",
                         "autumn", "winter", "decade", "century", "time", "morning", "season",
                         "quarter"})
_SITE_WORDS = frozenset({"doors", "gates", "operations", "operation", "business", "one",
                         "location", "locations", "branch", "branches", "premises"})


def _named_facility(view: ClauseView, cue: Word) -> Mention | None:
    """The place of a facility named right before the cue, its verb's subject: "Harrow moved
    to Leeds in 2004, and the York roastery opened that same year"."""
    ref = _facility_ref(view, cue)
    if ref is None or not _JUST_BEFORE.fullmatch(view.full, ref.end(), cue.idx):
        return None
    return next((p for p in view.places() if ref.start() <= p.start < ref.end()), None)


def _facility_owner(view: ClauseView, attribute: AttributeSpec, cue: Word) -> Mention | None:
    """In a clause that names no one, the owner of a facility it refers to, when the rules
    date this attribute place by place for the last organisation named ("That plant opened
    in 2023": the company's opening at the plant's place)."""
    owner = view.earlier_organisation
    # (a name before the cue is the clause's subject, unless a clause of its own holds it:
    # "The Stonemoor was introduced in 1981, and ... the Evansville plant opened that same
    # year")
    if owner is None or owner not in view.rules.entities or any(
            s.start < cue.idx and s.kind != "place"
            and not _CLAUSE_JOINED.search(view.full, s.end, cue.idx) for s in view.subjects):
        return None
    places = {f.place for f in view.rules.facts_for(owner, attribute.id) if f.place}
    ref = _facility_ref(view, cue)
    if ref is not None:
        start, end = ref.start(), ref.end()
    else:
        # "And Evansville closed in 2012": a place the rules date this for, named as the
        # verb's subject, stands for the facility there
        site = next((p for p in view.places() if p.id in places
                     and _JUST_BEFORE.fullmatch(view.full, p.end, cue.idx)), None)
        if site is None or not _NO_OBJECT_AFTER.match(view.full, cue.idx + len(cue)):
            return None  # (not "Franklin opened a new library in 2012")
        start, end = site.start, site.end
    subject = Mention(start, end, owner, view.rules.entities[owner].kind)
    if not applies(attribute, subject) or not places:
        return None
    return subject


# "that plant", "the Bedford plant", "a second plant"
_FACILITY_REF = re.compile(r"\b(?i:the|that|this|(?P<new>an?))\s+(?:(?i:second|third|fourth|fifth|"
                           r"new|larger|bigger|smaller)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}"
                           r"(?P<noun>(?i:[a-z]+))\b(?![\w-])")
# the place a new facility opens in, right after the verb: "opens in New Lexington"
_IN_AFTER = re.compile(r"\s+(?:(?:up|down)\s+)?(?:in|at)\s+(?:the\s+)?")


_CLAUSE_JOINED = re.compile(r"[,;]\s*(?:and|but|while)\b|;")
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[,.;:)]|\Z)|\s+(?:in|on|at|during|by|around|about|last|"
                              r"this|that|early|late|down|for\s+good|its\s+doors)\b",
                              re.IGNORECASE)
_JUST_BEFORE = re.compile(r"\s+(?:(?:then|later|also|itself|too)\s+)?")
# between a year and a name with its own place after it, in a list: ", and every"
_GAPPED_AFTER_YEAR = re.compile(r"\s*[,;]\s*(?:and\s+|while\s+)?(?:(?:every|each|all|the|its|"
                                r"our|their)\s+)?", re.IGNORECASE)


def _bought_by_owners(attribute: AttributeSpec) -> bool:
    """Whether a year attribute is cued by buying and not by selling: the year its
    owners bought it."""
    cues = {c.lower() for c in attribute.cues}
    return bool(cues & {"buy", "bought", "acquire", "acquired", "purchase", "purchased"}) and (
        not cues & {"sell", "sold", "sale"})


# a present owner's since-year: "has been owned by its employees since 2018", "is
# employee-owned since 2018", "Owned by the Davis family since 1972" (not "was owned by
# the family until 2004", nor "family-owned for 80 years")
_OWNED_SINCE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)\b(?:[\w]+-)?(?P<owned>owned)\b"
                          r"[^,;:.]{0,60}?\bsince\s+(?=\d{4}\b)", re.IGNORECASE)


_MEASURED_FROM = re.compile(r"(?:\b(?:miles?|mi|km|kilomet(?:re|er)s?|minutes?|hours?|"
                            r"drive|walk|ride)\s+(?:\w+\s+)?(?:from|of|outside)|\bnear)\s+"
                            r"(?:the\s+)?\Z", re.IGNORECASE)


def _site(view: ClauseView, cue: Word, year: Quantity) -> Mention | None:
    """The place nearest the cue of a year the rules give place by place, not one that is
    another claim's value ("moved from Ephrata to Lancaster in 1928" names two: none);
    of several, the one between the cue and its year ("opened a roastery in Leeds in 1998
    and the York one in 2005")."""
    valued = {(c[3], c[4]) for c in view.claims if c[2].kind == "place"}
    # (each place goes with the last year cue before it, else the first after it: "closed
    # its Reading plant in 2009 and opened the Ephrata workshop in 2023", "The Palmyra
    # plant, which opened in 1974")
    words = sorted((w for a, ws in view.cues.items()
                    if view.rules.attributes[a].type == "year" for w in ws), key=lambda w: w.idx)
    # (the words of one cue are one: "shut down")
    cues = [w.idx for i, w in enumerate(words)
            if i == 0 or words[i - 1].idx + len(words[i - 1]) + 1 < w.idx]
    def owner(place: Mention) -> int:
        before = [at for at in cues if at < place.start]
        return before[-1] if before else cues[0]

    places = [p for p in view.places() if (p.start, p.end) not in valued
              and owner(p) == cue.idx]
    if len({p.id for p in places}) > 1:
        # "its Palmyra plant, about 30 miles from Reading": the place measured from is not
        # where
        places = [p for p in places
                  if not _MEASURED_FROM.search(view.full, max(0, p.start - 30), p.start)]
    between = [p for p in places if min(cue.idx, year.start) < p.start < max(cue.idx, year.end)]
    if len({p.id for p in places}) > 1 and len({p.id for p in between}) == 1:
        return between[0]
    if not places:
        # "the old plant in Escanaba, which opened in 1968 and closed in 2009": the place
        # before all the verbs is each one's
        head = [p for p in view.places() if (p.start, p.end) not in valued
                and p.end <= min(cues)]
        places = head if len({p.id for p in head}) == 1 else []
    return nearest(places, cue.idx) if len({p.id for p in places}) == 1 else None


def _another_age_cued(view: ClauseView, attribute: AttributeSpec, subject: Mention) -> bool:
    """Whether another age attribute of the subject has a cue in the clause and this one
    none: where the rules date several beginnings ("founded", "reopened"), an age goes to
    the one the clause names ("more than 150 years of history": the founding)."""
    if attribute.id in view.cues:
        return False
    others = [other for other in view.rules.attributes.values()
              if other is not attribute and other.type == "year" and other.age
              and applies(other, subject)]
    if any(other.id in view.cues for other in others):
        return True
    # none named ("Ardmallie is more than 150 years old"): how old it is counts from its
    # first beginning, the earliest the rules know of
    first = _first_year(view, attribute, subject)
    return first is not None and any(
        (year := _first_year(view, other, subject)) is not None and year < first
        for other in others)


def _first_year(view: ClauseView, attribute: AttributeSpec, subject: Mention) -> float | None:
    years = [min(f.value) if isinstance(f.value, list) else f.value
             for f in view.rules.facts_for(subject.id, attribute.id)
             if isinstance(f.value, (int, float, list))]
    return min(years) if years else None


def _place_passive(view: ClauseView, attribute: AttributeSpec, cue: Word) -> bool:
    """Whether the cue's passive subject is a place the attribute is not about ("after
    the village was founded", "when Archiestown was laid out")."""
    m = _PASSIVE_BEFORE.search(view.full, max(view.clause.start, cue.idx - 48), cue.idx)
    if m is None or "place" in attribute.kinds:
        return False
    return m.group("np").lower() in lexicon().pronouns["place"] or any(
        p.start == m.start() and p.end == m.end("np") for p in view.places())


# "the village was", "Archiestown had been": the subject of a passive cue right after it
_PASSIVE_BEFORE = re.compile(r"(?P<np>\b(?:the\s+)?[\w’'-]+)\s+(?:was|were|is|are|had\s+been|"
                             r"has\s+been)\s+(?:first\s+|originally\s+|officially\s+)?\Z",
                             re.IGNORECASE)


# a past verb: not "seed", "need", "hundred", "red"
_NEXT_VERB = re.compile(r"\b(?:and|but)\s+(?:then\s+|later\s+|also\s+)?"
                        r"(?!(?:was|were|is|are|has|had|have)\b)(?![a-z]*eed\b|hundred\b)"
                        r"[a-z]{3,}ed\b")
def _second_verb(text: str, start: int, end: int) -> bool:
    """A verb coordinated after some words between ``start`` and ``end`` ("in Coruche and
    moved"), not one sharing the cue's complement ("founded and incorporated in 1931")."""
    m = _NEXT_VERB.search(text, start, max(start, end))
    # (or a clause of its own after a comma: "The plant closes, and the Kingfisher moves
    # to Marquette the following year")
    return (m is not None and bool(text[start:m.start()].strip())) or (
        _NEXT_CLAUSE.search(text, start, max(start, end)) is not None)


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)"
                          r"(?:\s+(?-i:[A-Z][\w.'’-]*))*\s+(?!(?:was|were|is|are|has|had|have)\b)"
                          r"[a-z]{3,}(?:es|ed|s)\b")


_AFTER = re.compile(r"\s+(?P<w>after|since)\s+", re.IGNORECASE)
# the sentence goes on in the present: "..., I am pleased to report", "..., the company is"
_NOW_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}?(?:am|is|are|has|have|celebrates?|marks?)\b",
                        re.IGNORECASE)


def _elapsed(view: ClauseView, quantity: Quantity) -> bool:
    """ "Ninety-four years after Joaquim Sobreira founded the company, I am pleased to
    report ...", "It is 94 years since ... founded": the span from the event to the
    document's present (not "Two years after it was founded, it moved to Boston")."""
    m = _AFTER.match(view.full, quantity.end)
    if m is None:
        return False
    if m.group("w").lower() == "since":
        return True
    return _NOW_AFTER.search(view.sentence.text) is not None


_RELATIVE_YEAR = re.compile(r"\b(last|this|next|the previous|the following|the next|"
                            r"that same|the same) year\b", re.I)
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1, "the previous": -1, "the following": 1,
                 "the next": 1, "that same": 0, "the same": 0}


def _relative_years(view: ClauseView) -> list[Quantity]:
    """ "Last year", "this year", "next year" as calendar years of the document's date;
    "the following year", "two years later" as years after the last one named before them
    ("bought it back in 2002 and reopened it two years later": 2004)."""
    found = []
    for match in _RELATIVE_YEAR.finditer(view.text):
        which = match.group(1).lower()
        start = view.clause.start + match.start()
        if which.startswith(("the ", "that ")):
            base = year_before(view, start)
            if base is None:
                continue  # "the following year" after no year: unknown
            year = base + _YEAR_OFFSETS[which]
        else:
            year = view.date.year + _YEAR_OFFSETS[which]
        found.append(Quantity(match.group(), start, start + len(match.group()), float(year),
                              None, "calendar_year", "=", None))
    for quantity in view.quantities:
        later = _LATER.match(view.full, quantity.end) if v.is_duration(quantity) else None
        if later is None or quantity.value is None:
            continue
        base = year_before(view, quantity.start)
        years = v.YEARS_PER_UNIT[quantity.unit or "year"] * quantity.value
        if base is None or years != int(years):
            continue
        found.append(Quantity(view.full[quantity.start:later.end()], quantity.start,
                              later.end(), float(base + int(years)), None, "calendar_year", "=",
                              None))
    return found


def year_before(view: ClauseView, offset: int) -> int | None:
    """The last year named in the sentence before ``offset``, else the one the sentences
    before named."""
    named = _NAMED_YEAR.findall(view.full, view.sentence.start_char, offset)
    return int(named[-1]) if named else view.last_year


# (a year before a comma or full stop ends a phrase: "in 1961, and eleven years later"; not
# "1,961,000" nor "1961.5")
_NAMED_YEAR = re.compile(r"(?<![\d,.$€£-])\b(1[6-9]\d\d|20\d\d)\b(?![\d%-]|[,.]\d)")
_LATER = re.compile(r"\s+(?:later|afterwards?)\b", re.IGNORECASE)  # "two years later"


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_YEARS_LISTED = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)


def _respectively(view: ClauseView, chosen: list[Mention],
                  candidates: list[Quantity]) -> dict[int, Quantity] | None:
    """"The 992 and the 993 were introduced in 2006 and 2008 respectively": the n-th
    subject gets the n-th year; a subject the list does not pair gets none (None: the
    clause says nothing "respectively")."""
    if len(candidates) < 2:
        return None
    ordered = sorted(candidates, key=lambda q: q.start)
    # "New Balance, Red Wing and L.L.Bean were founded in 1906, 1905 and 1912": a list of
    # names, then a list of as many years, pairs them in order all the same
    if not _RESPECTIVELY.search(view.text) and not (
            len(chosen) == len(ordered) and all(s.end <= ordered[0].start for s in chosen)
            and all(_YEARS_LISTED.fullmatch(view.full, a.end, b.start)
                    for a, b in itertools.pairwise(ordered))):
        return None
    if len(chosen) == len(candidates) >= 2:
        return {s.start: q for s, q in zip(sorted(chosen, key=lambda m: m.start), ordered,
                                            strict=True)}
    # "Nike, Adidas and New Balance were founded in 1964, 1949 and 1906 respectively":
    # names the rules do not know still hold their places in the list
    items = [view.clause.start] + [m.end() for m in _LIST_ITEM.finditer(
        view.full, view.clause.start, ordered[0].start)]
    if len(items) != len(ordered):
        return {}
    # a subject that opens an item of the list ("Nike and Adidas, like New Balance, ...":
    # New Balance opens none, and gets no year)
    return {s.start: ordered[items.index(i)] for s in chosen for i in items
            if not view.full[i:s.start].strip(" ,") or view.full[i:s.start].strip() == "the"}


# what separates the items of a list of names: ", ", " and ", ", and " (before a capital)
_LIST_ITEM = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?(?-i:[A-Z0-9]))",
                        re.IGNORECASE)


def _own_year(subject: Mention, chosen: list[Mention],
              candidates: list[Quantity]) -> Quantity | None:
    """With several subjects and several years in a clause, the year after each subject
    and before the next one belongs to it."""
    if len(chosen) < 2 or len(candidates) < 2 or subject.start < 0:
        return None
    later = [s.start for s in chosen if s.start > subject.start]
    limit = min(later) if later else 10**9
    own = [q for q in candidates if subject.end <= q.start < limit]
    return own[0] if own else None


def build_ages(view: ClauseView) -> None:
    """How long the subject has existed bounds its ``age`` year.

    "For over 100 years" means it dates from before the anchor date minus
    100 years; "since 1982" means it existed in 1982 ("the 992 has been made
    in the USA since 1990" cannot hold for a shoe launched in 2006).
    """
    if not view.quantities and not (_hinted(view.full) and any(
            view.full.find(part, view.clause.start, view.clause.end) >= 0
            for part in _ORDINAL_AGE_PARTS)):
        return  # an age is a number: "for over 100 years", "turned forty in 2022" (or an
        # ordinal: "marks its 100th anniversary this year")
    year_cued = any(view.rules.attributes[a].type == "year" for a in view.cues)
    # "Sherrywood (15 years old)", "aged 18 years": where the rules measure an age of
    # their own (a whisky's age statement) and name it here, the years are that, not how
    # long the thing has existed
    measured = [a for a in view.cues if view.rules.attributes[a].type == "quantity"
                and view.rules.attributes[a].unit in _YEAR_UNITS]
    found = [(q, _age_interval(view, q, year_cued)) for q in view.quantities]
    turned = _turned(view)
    found += turned
    for quantity, interval in found:
        if interval is None:
            continue
        at_year = any(quantity is q for q, _ in turned)
        # "Havlund's 95-year history": the age is the owner's alone
        owner = next((m.id for m in view.mentions if m.possessive and m.end < quantity.start
                      and _OWNS.fullmatch(view.full, m.end, quantity.start)), None)
        # "the company's 79-year history": its age, not a town's in the clause
        firms_only = owner is None and _FIRM_OWNS.search(
            view.full, max(view.clause.start, quantity.start - 40), quantity.start) is not None
        for attribute in view.rules.attributes.values():
            if attribute.type != "year" or not attribute.age:
                continue
            for subject in subjects(view, attribute):
                if _another_age_cued(view, attribute, subject):
                    continue  # "150 years of history": the founding's, not the reopening's
                if (owner is not None and subject.id != owner) or (
                        firms_only and subject.kind == "place"):
                    continue
                if not at_year and any(subject.kind in view.rules.attributes[a].kinds
                                       for a in measured):
                    continue
                if _someone_elses(view.full, subject, quantity) or not _aged(view, subject,
                                                                            quantity):
                    continue
                if subject.start >= quantity.end and _DASHED.search(
                        view.full, quantity.end, subject.start) and any(
                        view.clause.start <= m.start < quantity.start for m in view.subjects):
                    continue  # "since 1982 — no other NB model can say that": another
                    # clause's name
                if subject.kind == "place" and (_WHERE_BEFORE.search(
                        view.full, max(view.sentence.start_char, subject.start - 48),
                        subject.start) or (subject.start > quantity.end and _ATTRIBUTIVE.match(
                            view.full, subject.end) and view.full[
                            max(0, subject.start - 4):subject.start].lower() == "the ")):
                    continue  # "Made in Maine since 1912", "men from eastern Finland for 20
                    # years": where, not what is that old; "for a year to carve necks the
                    # Spruce Pine way": a manner named after it
                if subject.possessive and (_SITE_OWNED.match(view.full, subject.end) or (
                        subject.end <= quantity.start
                        and _ROLE_OWNED.match(view.full, subject.end))):
                    continue  # "worked at New Balance's Skowhegan plant for thirty years",
                    # "New Balance's CEO has led the company since 2011": someone's years
                if _TENURE_BEFORE.search(view.full, max(view.clause.start, quantity.start - 80),
                                         quantity.start):
                    continue  # "has worked on the Columbus line for 22 years": someone's
                    # years at work there, not the line's age
                if _PERSONAL.search(view.full, max(0, subject.start - 8), subject.start) or (
                        _WORN_BY_ME.search(view.full, max(view.clause.start, subject.start - 48),
                                           subject.start)) or _a_persons_object(view, subject):
                    continue  # "my 990s are 7 yrs old": one pair, not the model's age; "for
                    # 41 years she stitched 990 uppers": her years
                greeted = at_year and view.full[quantity.start:quantity.end].lower().startswith(
                    "happy") and _GREETED.fullmatch(view.full, quantity.end, subject.start)
                if at_year and not greeted and (
                        subject.possessive or not view.clause.start <= subject.start
                        or subject.end > quantity.start
                        or not (_OWN_AGE.fullmatch(view.full, subject.end, quantity.start)
                                or _joined_age(view, subject, quantity))):
                    continue  # "New Balance's founder turned 80", "the company's founder",
                    # "He turned 58 ... when New Balance hired him": someone else's age
                value = Value("year", view.full[quantity.start:quantity.end], interval)
                extra = {"qualifiers": qualifiers(view, "age")}
                view.claims.append((subject, attribute.id, value,
                                    *span(subject, view.clause.start, quantity.start,
                                          quantity.end), extra))


_YEAR_UNITS = frozenset({"year", "years"})
# a perfect that spans time up to now ("has been on sale for six months"), not a present
# ("it dries for two days and is fired")
_HAS_BEEN = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?been\b|['’](?:s|ve)\s+been\b",
                       re.IGNORECASE)
# a business or one of its sites right before a verb of founding, what was founded: "a
# family shop founded in", "the brewery, established in"
_BODY_FOUNDED = re.compile(
    r"\b(?:an?|the|its|their|our|his|her|[\w.&-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(
        {p.split()[-1] for p in lexicon().pronouns["organisation"]}
        | (lexicon().facility_nouns - {"site"}) | {"shop", "shops", "company", "firm", "maker",
           "business", "outfit", "library", "museum", "church", "restaurant", "hotel", "cafe",
           "café", "inn", "tavern", "theater", "theatre"},
        key=len, reverse=True)) + r")(?:,\s+(?:(?:that|which)\s+(?:was|were|is)\s+)?|\s+"
    r"(?:(?:that|which)\s+)?(?:was\s+)?)\Z",
    re.IGNORECASE)
_TRADING = frozenset({"sold", "sell", "sells", "bought", "buy", "buys", "purchased"})
# goods counted before a participle or an object's relative clause: "units sold", "the
# pieces we sell", "pieces it sold" (not a pronoun or a verb's "has sold", nor a name)
_MEASURED_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:has|was|is|its|his|this|thus|always|perhaps|"
                              r"years|decades|owners|founders|heirs|sons|brothers|partners|"
                              r"investors|shareholders|members|employees|workers|families|"
                              r"trustees|executors|parents|children|daughters|sisters|cousins|"
                              r"grandsons|granddaughters|grandchildren|relatives|heirs|widows|"
                              r"siblings|nephews|nieces)\b)(?-i:[a-z]+s)\s+(?:(?:that|which)\s+)?"
                              r"(?:(?:it|we|they|you)\s+)?\Z")
# (not a stake in the company: "sold 51 percent of Kestrel", "of it", "of its shares")
_STAKE_AFTER = re.compile(r"\s+of\s+(?:(?:it|the\s+(?:company|firm|business|brand)|its\s+shares|"
                          r"the\s+shares)\b|(?-i:[A-Z]))", re.IGNORECASE)
# an amount of goods right after the verb: "sold about 11 percent of", "sells 2 million"
_AMOUNT_AFTER = re.compile(r"\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|"
                           r"just\s+over|only)\s+)?", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?:(?:it|them|its|the|a|an|their|his|her|our|out|off|up)\b|"
                           r"(?-i:[A-Z]))", re.IGNORECASE)
_TENURE_BEFORE = re.compile(r"\b(?:worked|served|taught|volunteered|apprenticed|been\s+employed|"
                            r"(?:have|has|had)\s+been\s+(?:(?:with|at)\s+(?:us|them|him|her|it|"
                            r"the\s+(?:company|firm|plant|factory|business))|with\s+(?-i:[A-Z])\S*))"
                            r"\b(?:[^,;.]|\.(?=\w)){0,50}?\bfor\s+(?:(?:about|over|nearly|almost|some|"
                            r"more\s+than|close\s+to)\s+)?\Z", re.IGNORECASE)
# "for (almost) a century" before a span, a verb in the simple past, and no "has" or "have"
_FOR_SPAN = re.compile(r"\bfor\s+(?:[a-z]+\s+){0,3}\Z", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:was|were|made|stood|sat|ran|kept|built|grew|sold|took|lay|"
                        r"produced|employed|operated|worked|remained|stayed|supplied|"
                        r"distilled|brewed|served|belonged)\b", re.IGNORECASE)
# (a contraction of "has" or "have": "it's made", "we've made"; not "America's steel")
_PERFECT = re.compile(r"\b(?:has|have|is|are)\b|\b(?:it|he|she|that|there|who|what)['’]s\b|"
                      r"['’]ve\b", re.IGNORECASE)


# "turned forty in 2022", "celebrated its 100th anniversary in 2006", "turns 50 this year":
# an age at a year dates the subject's beginning to that year minus the age
def _number_words() -> tuple[str, str]:
    from claimcheck.quantities.numbers import ORDINALS, SMALL

    cardinal = "|".join(sorted(SMALL, key=len, reverse=True))
    ordinal = "|".join(sorted(ORDINALS, key=len, reverse=True))
    return (rf"(?:(?:{cardinal})(?:[ -](?:{cardinal}))?|(?:one\s+)?hundred)",
            rf"(?:(?:{cardinal})[ -])?(?:{ordinal})")


_CARDINAL, _ORDINAL = _number_words()
# an age is a number alone, then the year or the end of the phrase ("turned forty in 2022",
# "turns 119 this year"), not "turned a profit", "turned 300 tonnes of scrap"
_TURNED = re.compile(
    rf"\b(?:turn(?:s|ed|ing)?\s+(?P<age>\d{{1,3}}(?!\d|[,.]\d)|{_CARDINAL})"
    r"(?=\s+(?:in|on|this|last|next|during|back)\b|\s*[,.;:!?)]|\s*$)"
    rf"|(?:its|their)\s+(?P<nth>\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL})"
    r"\s+(?:anniversary|birthday)|(?:its|their)\s+(?P<centenary>centenary|centennial)"
    r"|(?:its|their)\s+(?P<bicentenary>bicentenary|bicentennial)"
    # "Happy 40th, 990!", "Happy 100th birthday, L.L.Bean": a greeting on the day
    rf"|happy\s+(?P<happy>\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL})"
    r"(?:\s+(?:birthday|anniversary))?(?=\s*,))\b", re.IGNORECASE)
# a greeting's name after its ordinal: "Happy 40th, 990!"
_GREETED = re.compile(r"\s*,\s*(?:(?:the|dear)\s+)?\Z", re.IGNORECASE)
# between the subject and "turned ..." / "its 100th anniversary": nothing, or one verb
# ("New Balance celebrated its 100th anniversary"), not "'s founder"
_OWN_AGE = re.compile(r"\s*(?:(?:is|are|was|were|has|have|had)\s+)?(?:[a-z]+\s+)?",
                      re.IGNORECASE)
_TURNED_HINT = re.compile(r"turn|anniversar|birthday|centen|happy", re.IGNORECASE)
# a present verb before "its 100th anniversary": this year ("L.L.Bean marks its 100th")
_PRESENT_BEFORE = re.compile(r"\b(?:marks|celebrates|(?:is|are)\s+(?:marking|celebrating))\s+\Z",
                             re.IGNORECASE)
_PAST_BEFORE = re.compile(r"\b(?:marked|celebrated)\s+\Z", re.IGNORECASE)
_THESE_DAYS = re.compile(r"\b(?:today|yesterday|this\s+(?:week|weekend|month)|Monday|Tuesday|"
                         r"Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_THIS_YEAR = {"this": 0, "last": -1, "next": 1}
_PRESENT_TURN = re.compile(r"turns\b|(?:is|are)\s+turning\b", re.IGNORECASE)
_YEAR_WORD = re.compile(r"\b(?P<which>this|last|next)\s+year\b", re.IGNORECASE)


# "Red Wing, which turned 100 in 2005", "Red Wing has 500 stores and turned 100": the
# subject's own age, in a relative clause right after its name or a verb joined to its own
_RELATIVE_AGE = re.compile(r",\s*(?:which|that)\s+(?:[a-z]+\s+)?", re.IGNORECASE)
_JOINED_AGE = re.compile(r",?\s+and\s+(?:it\s+|they\s+)?(?:[a-z]+\s+)?\Z", re.IGNORECASE)


def _joined_age(view: ClauseView, subject: Mention, quantity: Quantity) -> bool:
    """Whether the age at ``quantity`` is told of ``subject`` through "which" or "and"."""
    if _RELATIVE_AGE.fullmatch(view.full, subject.end, quantity.start):
        return True
    return (_JOINED_AGE.search(view.full, subject.end, quantity.start) is not None
            and not any(subject.end <= m.start < quantity.start and m.kind != "place"
                        for m in view.mentions))


# an age with no number in it: an ordinal's ("its 100th anniversary", "Happy 40th"), looked
# for by substrings (far cheaper than a case-blind search)
_ORDINAL_AGE_PARTS = ("nniversar", "NNIVERSAR", "irthday", "IRTHDAY", "entenar", "ENTENAR",
                      "entenni", "ENTENNI", "appy", "APPY")
_HINTED: dict[int, tuple[str, bool]] = {}


def _hinted(full: str) -> bool:
    """Whether the document names an anniversary or a turning anywhere (once a document:
    most clauses without a number are not worth the search)."""
    cached = _HINTED.get(id(full))
    if cached is None or cached[0] is not full:
        _HINTED.clear()  # one document at a time
        found = any(part in full for part in _ORDINAL_AGE_PARTS)
        cached = _HINTED[id(full)] = (full, found)
    return cached[1]


def _turned(view: ClauseView) -> list[tuple[Quantity, Interval | None]]:
    """Ages at a named year in the clause, each as (the age's span, the years it dates)."""
    out: list[tuple[Quantity, Interval | None]] = []
    if not _TURNED_HINT.search(view.full, view.clause.start, view.clause.end):
        return out
    text = view.full[view.clause.start:view.clause.end]
    for m in _TURNED.finditer(text):
        age = (_ordinal_value(m.group("age"), cardinal=True) if m.group("age")
               else _ordinal_value(m.group("nth")) if m.group("nth")
               else _ordinal_value(m.group("happy")) if m.group("happy")
               else 100 if m.group("centenary") else 200)
        if not age:
            continue
        start, end = view.clause.start + m.start(), view.clause.start + m.end()
        years = [q for q in view.quantities if q.unit == "calendar_year" and q.value
                 and q.range is None and not start <= q.start < end]
        # (not the year one thing was made: "marks its 70th anniversary this year, and a
        # 1958 Merganser he built will go on display")
        years = [q for q in years if not (
            DETERMINER_BEFORE.search(view.full, max(0, q.start - 8), q.start)
            and any(m.kind == "product" and 0 < m.start - q.end <= 1 for m in view.mentions))]
        said = _YEAR_WORD.search(text)
        if years:
            year = min(years, key=lambda q: abs(q.start - start)).value or 0.0
        elif said and view.date is not None:
            year = view.date.year + _THIS_YEAR[said.group("which").lower()]
        elif view.date is not None and (_PRESENT_TURN.match(m.group()) or m.group("happy")
                                        or _PRESENT_BEFORE.search(text, 0, m.start())
                                        or (_PAST_BEFORE.search(text, 0, m.start())
                                            and _THESE_DAYS.search(text))):
            year = view.date.year  # "Red Wing Turns 120", "Happy 40th": this year (and
            # "marked its 100th anniversary Tuesday": the story's own week)
        else:
            continue  # "it turned forty": at an unknown date
        span = Quantity(view.full[start:end], start, end, float(age), None, "year", "=", None)
        out.append((span, Interval(float(year - age), float(year - age + 1), high_open=True)))
    return out


DETERMINER_BEFORE = re.compile(r"\b(?:my|our|his|her|their|your|a|an|this|that)\s+\Z",
                               re.IGNORECASE)
"""A determiner right before a year: with a product's name after it, the year that one was
made ("my 2012 Wren", "a 1958 Merganser")."""


def _ordinal_value(words: str, cardinal: bool = False) -> int | None:
    """ "100th" -> 100, "fortieth" -> 40, "twenty-fifth" -> 25; with ``cardinal``, also
    "forty" and "40" (the age after "turned")."""
    from claimcheck.quantities.numbers import ORDINALS, words_value

    if words.isdigit():
        return int(words) if cardinal else None
    if words[:-2].isdigit():
        return int(words[:-2])
    parts = [w.lower() for w in re.split(r"[ -]+", words)]
    if parts[-1] in ORDINALS and parts[-1] not in ("half", "quarter", "halves", "quarters"):
        before = words_value(parts[:-1]) if len(parts) > 1 else None
        if len(parts) > 1 and (before is None or before[2] != len(parts) - 1):
            return None
        return int((before[0] if before else 0) + ORDINALS[parts[-1]])
    if cardinal:
        found = words_value(parts)
        if found is not None and found[1] == 0 and found[2] == len(parts):
            return int(found[0])
        if len(parts) > 1:  # "turned forty in": the second word is not a number
            found = words_value(parts[:1])
            return int(found[0]) if found is not None and found[2] == 1 else None
    return None


# "'s Skowhegan plant", "'s flagship store": the possessive owns a site
_SITE_OWNED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(
    sorted(lexicon().facility_nouns, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ROLE_OWNED = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:ceo|chief|president|founder|chair(?:man|"
                         r"woman|person)?|director|head|owner|boss|manager|executive)\b",
                         re.IGNORECASE)
_FIRM_OWNS = re.compile(r"\b(?:(?:the|this|our)\s+(?:company|firm|group|maker|brand|business|"
                        r"cooperative|co-op)['’]s?|its|our|their)\s+\Z", re.IGNORECASE)
def _a_persons_object(view: ClauseView, subject: Mention) -> bool:
    """The name is the object of a person's verb ("she stitched 990 uppers", "who sold
    L.L.Bean catalogs door to door"), not the subject of a verb of its own ("I think New
    Balance has made shoes ...")."""
    if subject.possessive:
        return False  # "she called the company's 130-year history ...": its own years
    verb = _PERSON_VERB.search(view.full, max(view.clause.start, subject.start - 48),
                               subject.start)
    if verb is None or verb.group("verb").lower() in _NO_VERBS:
        return False
    after = _WORD_AFTER.match(view.full, subject.end)
    return after is None or after.group(1).lower() not in _OWN_VERB_AFTER


_PERSON_VERB = re.compile(r"\b(?:I|he|she|who|you)\s+(?:(?:also|still|once|never|always|had|"
                          r"has|have|['’]d|['’]ve)\s+)*(?P<verb>(?-i:[a-z]+))\s+(?:(?:the|a|an|his|her|"
                          r"my|their|some|many)\s+)?\Z", re.IGNORECASE)
_WORD_AFTER = re.compile(r"['’]?s?\s+([\w'’]+)")
_NO_VERBS = frozenset({"by", "to", "for", "with", "of", "in", "at", "from", "on", "about",
                       "as", "and", "or", "than", "like", "think", "thinks", "say", "says",
                       "said", "believe", "believes", "know", "knows", "knew", "heard"})
_OWN_VERB_AFTER = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                             "can", "could", "does", "did", "makes", "made", "sells", "sold",
                             "builds", "built", "employs", "runs", "ran", "started", "opened",
                             "launched", "introduced", "began", "still", "now", "also", "first"})
_DASHED = re.compile(r"\s[—–]\s|\s--\s|;")
_PERSONAL = re.compile(r"\b(?:my|your|his|her)\s+\Z", re.IGNORECASE)
# someone's own use of a thing: "I have worn the 990 for ten years", "we've owned Red Wings
# since 2015" (how long they have had it, not how old it is)
_WORN_BY_ME = re.compile(r"\b(?:I|we|you|he|she|they)\s*(?:have|has|had|['’]ve|['’]d)?\s+"
                         r"(?:been\s+)?"
                         r"(?:worn|wearing|owned|used|using|run|running|had|bought|buying|"
                         r"loved|trusted|sold|selling|stocked|stocking)\s+(?:in\s+)?"
                         r"(?:(?:the|my|our|a|these|those|their)\s+)?(?:pair\s+of\s+)?\Z",
                         re.IGNORECASE)
# (also the later names of a list: "made in Brunswick and Lewiston, Maine, for decades")
_WHERE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|throughout)\s+"
                           r"(?:(?:the|our|its|their|his|her)\s+)?"
                           r"(?:(?:north|south|east|west|central|rural|upstate|downtown)\w*\s+)?"
                           r"(?-i:(?:[A-Z][\w.'’-]*\s*"
                           r"(?:,\s*|\s+and\s+|\s+or\s+|\s+&\s+)){0,3})\Z", re.IGNORECASE)
_OWNS = re.compile(r"['’]s?\s+")
_ATTRIBUTIVE = re.compile(r"\s+(?:way|style|manner|fashion|kind|sort|look)\b")
# cue nouns for a span of time, whose year comes after them ("history since 1931")
_SPAN_NOUNS = frozenset({"history", "heritage", "tradition", "legacy"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_OLD = re.compile(r"\bold\Z", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"\s+((?:[a-z][a-z-]+)(?:\s+[a-z][a-z-]+){0,2})\b")


@lru_cache(maxsize=256)
def _aged_kind(noun: str) -> bool:
    """Whether "a 120-year-old ``noun``" can be a company, product or place the rules
    know ("bootmaker", "brand", "city"), not a person ("engineer")."""
    nouns = {p.split()[-1] for phrases in lexicon().pronouns.values() for p in phrases
             if p.startswith("the ")}
    return (noun in nouns or singular(noun) in nouns or noun.endswith(("maker", "makers"))
            or noun in lexicon().facility_nouns)


_AGED_APPOSITIVE = re.compile(r",\s+(?:the|an?)\s+")
_RELATIVE = re.compile(r"(?<=\w)(,?)\s+(?:that|which|who|whose|where)\b", re.IGNORECASE)


def _aged(view: ClauseView, subject: Mention, quantity: Quantity) -> bool:
    """ "N years old" is the age of the subject written before it ("Pittsburgh is more
    than 260 years old") or right after it ("the 92-year-old company"), not of someone
    else ("He is 45 years old and New Balance hired him")."""
    if not _OLD.search(quantity.text):
        return True
    if subject.possessive or view.full[subject.start:subject.end].lower() in _POSSESSIVES:
        return False  # "Its chief executive is 58 years old": the executive's age
    words = _HEAD_AFTER.match(view.full, quantity.end)
    if words is not None and not any(_aged_kind(w.lower()) for w in words.group(1).split()):
        return False  # "New Balance hired Jim, a 45-year-old engineer": his age (not "a
        # 70-year-old family business")
    if view.clause.start <= subject.start < quantity.start:
        return True
    if "-" in quantity.text and _AGED_APPOSITIVE.fullmatch(view.full, subject.end,
                                                           quantity.start):
        return True  # "Red Wing Shoe Company, the 120-year-old bootmaker, said"
    # "the 92-year-old company", not "the 45-year-old New Balance plant"
    return ("-" in quantity.text and 0 <= subject.start - quantity.end <= 12
            and not lexicon().facility.match(view.full, subject.end))


def _anchor(view: ClauseView, quantity: Quantity) -> dt.date:
    """The day an age is told at: the article's date, or a past year the clause puts it in
    before the age ("in a 2023 interview she called the company's 130-year history")."""
    for year in view.quantities:
        if ((year.unit == "calendar_year" or (year.unit is None
                                              and _BARE_YEAR.fullmatch(year.text)))
                and year.value and year.end <= quantity.start
                and year.value < view.date.year and year.range is None
                and (_TOLD_IN.search(view.full, max(view.clause.start, year.start - 12),
                                     year.start)
                     or (_FRONTED_IN.fullmatch(view.full, view.clause.start, year.start)
                         and view.full.startswith(",", year.end)))):
            return dt.date(int(year.value), 7, 2)
    return view.date


# "in a 2023 interview", "in its 2019 report" (not "founded in 1949": that year is a value),
# or a clause that opens "In 2019, ..."
_TOLD_IN = re.compile(r"\bin\s+(?:a|an|the|its|his|her|their)\s+\Z", re.IGNORECASE)
_FRONTED_IN = re.compile(r"\s*in\s+", re.IGNORECASE)


def _someone_elses(text: str, subject: Mention, quantity: Quantity) -> bool:
    """Whether the span of time sits in a relative clause about something other than the
    subject: "closed the plant that had churned butter here for decades", "said Ray
    Thibodeau, who worked the churns for 19 years" (not "New Balance, which has made shoes
    for over 100 years")."""
    if subject.start < 0 or subject.end > quantity.start:
        return False
    return any(m.start() != subject.end
               for m in _RELATIVE.finditer(text, subject.end, quantity.start))


def _age_interval(view: ClauseView, quantity: Quantity, year_cued: bool) -> Interval | None:
    text = view.full
    before = text[max(view.clause.start, quantity.start - 40):quantity.start]
    if quantity.unit == "calendar_year":
        if (year_cued or not _SINCE.search(before) or _RECORD_SINCE.search(before)
                or _CHANGED_SINCE.search(text, max(view.clause.start, quantity.start - 80),
                                         quantity.start)):
            return None  # "founded in 1906" is build_years' claim; "the most since 2019"
            # compares years, "have trebled since 2023" dates a change: neither dates the
            # subject
        if not (view.clause.inherits
                or any(view.clause.start <= s.start < quantity.start for s in view.subjects)):
            return None  # "Since 2021 X has invested": a time frame, not X's age
        if _STOPPED.search(text, view.clause.start, quantity.start):
            return None  # "has not made Bean Boots in Freeport since the 1990s": when it
            # stopped, not when it began
        bracket = _NAME_SINCE.search(text, max(0, quantity.start - 60), quantity.start)
        if bracket is not None and not any(s.end == bracket.end("name")
                                           for s in view.subjects):
            return None  # "Tannery: S.B. Foot (since 1872)": the time of a name the rules
            # do not know
        named = [s.end for s in view.subjects if 0 <= s.end <= quantity.start]
        label = text.rfind(":", view.sentence.start_char, quantity.start)
        if named and label > max(named) and _SINCE_CELL.search(text, label, quantity.start):
            return None  # "NEW BALANCE ... | Owners: the Davis family (since 1972)": another
            # cell's time
        return Interval(-math.inf, v.year_interval(quantity).high, True, True)
    if not v.is_duration(quantity) or AGO.match(text, quantity.end):
        return None  # "N years ago" dates an event: build_years reads it
    if not (lexicon().age_lead.search(before) or AGE_AFTER.match(text, quantity.end)
            or _OLD.search(quantity.text)):  # "more than four decades old" is one quantity
        return None
    past_span = (_FOR_SPAN.search(before) is not None
                 and _PAST_VERB.search(view.full, view.clause.start, view.clause.end) is not None
                 and not _PERFECT.search(view.full, view.clause.start, view.clause.end)
                 and not AGE_AFTER.match(text, quantity.end))
    span = v.YEARS_PER_UNIT[quantity.unit or "year"] * (quantity.value or 0)
    if span < 1 and not (AGE_AFTER.match(text, quantity.end) or _OLD.search(quantity.text)
                         or _HAS_BEEN.search(view.full, view.clause.start, view.clause.end)):
        return None  # "shuts both of its plants for a week in July": how long something
        # lasts, no age (but "has been on sale for six months" is one)
    short = span < 2
    if short and lexicon().modal.search(view.text) and not (
            AGE_AFTER.match(text, quantity.end) or _OLD.search(quantity.text)):
        return None  # "for six months we will not replace the people who leave": a span
        # ahead, not an age
    years = v.years_before(quantity, _anchor(view, quantity))
    if past_span:
        # "for almost a century it made whisky", "for 150 years New Balance made shoes in
        # Boston": a span in the past, which it lasted at least, ending some time ago: it
        # began by then, not then
        return Interval(-math.inf, years.high, True, years.high_open)
    if _WINDOW.search(before):
        if v.YEARS_PER_UNIT[quantity.unit or "year"] * (quantity.value or 0) < 2:
            return None  # "over the last twelve months": a window, too short to age anyone
        # "over the past five years it has invested ...": a window the subject existed
        # through, so it began by then, not then
        return Interval(-math.inf, years.high, True, years.high_open)
    return years
