"""Place-of-manufacture and production-share claims.

"Made in the USA" about a product is a place claim; about an organisation
with a production-share attribute it is a share claim when a share or a
quantifier qualifies it ("a quarter", "most", "some", "all"), and an
unqualified place claim (for the origin policy) when nothing does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimcheck.claims import values as v
from claimcheck.claims.builders.common import (
    CONTRAST,
    LISTED,
    OUTSIDE,
    REST,
    THERE,
    applies,
    asserted_at,
    by_place,
    cue_asserted,
    granted_denial,
    nearest,
    negated,
    person_started,
    qualifiers,
    quantifier,
    span,
    subjects,
)
from claimcheck.claims.lexicon import Quantifier, lexicon
from claimcheck.claims.mentions import Mention
from claimcheck.claims.model import RESTRICTED, Value
from claimcheck.claims.tokens import Word
from claimcheck.intervals import Interval
from claimcheck.rules.schema import AttributeSpec

if TYPE_CHECKING:
    from claimcheck.claims.extractor import ClauseView


def build_origin(view: ClauseView) -> None:
    """Place-of-manufacture and production-share claims ("a quarter are made in the US")."""
    rules = view.rules
    cue_attrs = [rules.attributes[a] for a in view.cues
                 if rules.attributes[a].type in ("place", "share")]
    if not cue_attrs:
        return
    shares = [a for a in cue_attrs if a.type == "share"]
    known = [a for a in shares if any(rules.has_facts(s.id, a.id) for s in view.subjects)]
    if known and len(known) < len(shares):
        # "41% of the group's production volume": the share the rules know the subject
        # by (a Norwegian maker's share made in Norway), not the shipped US share
        cue_attrs = [a for a in cue_attrs if a.type != "share" or a in known]
    if sum(a.type == "share" for a in cue_attrs) > 1:
        # "About two-thirds of the company's cedar is imported": the share of the thing
        # named after "of", where the rules give its shares place by place (the cedar's
        # origins), not the making's
        of = _SHARE_OF.search(view.full, view.clause.start, view.clause.end)
        named = [a for a in cue_attrs if a.type == "share" and of is not None
                 and _cued_noun(view, of, a) and by_place(view, a)]
        if len(named) == 1:
            cue_attrs = [a for a in cue_attrs if a.type != "share" or a is named[0]]
    cue = min((t for a in cue_attrs for t in view.cues[a.id]), key=lambda t: t.i)
    if view.full.startswith("-in-", cue.idx + len(cue)) and any(
            p.start == cue.idx + len(cue) + 4 for p in view.places()):
        # "Every Made-in-USA New Balance": which ones, not how many of them are made there
        # (the reader keeps the place of such a compound only before a name)
        cue_attrs = [a for a in cue_attrs if a.type != "share"]
        if not cue_attrs:
            return
    # "makes more cheese than any other cooperative in New England": not where it makes it
    places = [p for p in view.places() if not _THAN.search(view.full, view.clause.start, p.start)
              # "We make the best boots in America": where they are the best, not made
              and not _SUPERLATIVE_IN.search(view.full, max(view.clause.start, p.start - 48),
                                             p.start)
              and not _SPAN.match(view.full, p.end)  # "grocery chains from Maine to Virginia"
              and not _SPAN_END.search(view.full, max(0, p.start - 60), p.start)
              and not _moved_elsewhere(view, cue, p)
              # "to bring production of the Nightjar home from Vietnam", "moved its making
              # from Boston to Maine": where it was made before, not now
              and not _MOVED_FROM.search(view.full, max(view.clause.start, p.start - 80),
                                         p.start)]
    # with no place after the cue, one before it, unless another verb governs it ("based
    # in Boston and was founded in 1920" says nothing of where it was founded)
    place = nearest([p for p in places if p.start >= cue.idx
                     and not _governed_after(view, cue, p)]
                    or [p for p in places if p.start < cue.idx
                        and not _GOVERNED.search(view.full, max(0, p.start - 24), p.start)
                        or _WHERE.match(view.full, p.end)],  # "based in Boston, where it"
                    cue.idx)
    glued = [p for p in places if p.end <= cue.idx and view.full[p.end:cue.idx] == "-"]
    if glued:
        place = glued[-1]  # "The Kericho-based group, ... in western Kenya, said": Kericho
    if place is None and not places and view.earlier_place:
        # (right after the cue, "there" is where even before "has": "the company he
        # founded there has grown")
        there = (_THERE_AFTER.match(view.full, cue.idx + len(cue))
                 or THERE.search(view.full, cue.idx, view.clause.end))
        if there is not None:  # "Red Wing is based in Minnesota. It was founded there"
            place = Mention(there.start("there"), there.end("there"), view.earlier_place,
                            "place")
            places = [place]
    if place is None and not places and view.here:
        here = _HERE.match(view.full, cue.idx + len(cue))
        if here is not None:  # "LE LOCLE — Vuillème, the watchmaker founded here in 1921"
            place = Mention(here.start(1), here.end(1), view.here, "place")
            places = [place]
    # a share, not a change ("an increase of 6.2%", "up 4 percent")
    share_q = next((q for q in view.quantities if v.is_share(q) and q.trend is None
                    and not _COMPARED_AFTER.match(view.full, q.end)), None)
    opening = _place_first(view, share_q, places) if share_q is not None else None
    if opening is not None:
        place = opening  # "Kenya supplies 50 percent of its beans, Ethiopia 30 percent"
    # what can qualify "made in the USA": a count or amount, not a year or a span of time
    numbers = [q for q in view.quantities
               if q.unit != "calendar_year" and q is not share_q and not v.is_duration(q)
               # nor a multiple ("which is why it costs twice as much"); an amount still
               # qualifies ("invested $150 million in US manufacturing" is no made-in)
               and q.unit != "times"]
    quant = quantifier(view, cue.idx)
    asserted = cue_asserted(view, cue)
    for attribute in cue_attrs:
        if share_q is not None and (attribute.type == "share" or share_q.start < cue.idx) and (
                _of_a_thing(view, share_q, attribute)):
            continue  # "at least 70% of its value is domestic", "fewer than half of the
            # parts are made in the US": a share of a thing's worth or parts, not of the
            # goods, nor where the goods are made (unless the attribute counts by value)
        if attribute.type == "share":
            # "... label on a shoe only when domestic content makes up at least 70%": the
            # share itself may stand in a condition after the cue
            share_asserted = asserted and (share_q is None or asserted_at(view, share_q.start))
            own = view.cues[attribute.id][0]
            if own is not cue and quant is None and share_q is None:
                # "... 400,000 kilograms of made tea a week, and it sells most of that
                # abroad": the share's own cue, not an earlier one ("made"), finds "most"
                _share_claims(view, attribute, own,
                              nearest([p for p in places if p.start >= own.idx], own.idx),
                              share_q, numbers, quantifier(view, own.idx),
                              cue_asserted(view, own))
            else:
                _share_claims(view, attribute, cue, place, share_q, numbers, quant,
                              share_asserted)
                if share_q is not None and place is not None:
                    _listed_shares(view, attribute, share_q, place, share_asserted)
        elif place is not None and cue in view.cues[attribute.id] and not any(
                cue.idx < t.idx < place.start for a in cue_attrs if a is not attribute
                for t in view.cues[a.id]  # "Since it was founded, it has made ... in the USA"
                if t not in view.cues[attribute.id]) and not _names_other_cue(  # (not "made
                view, cue_attrs, attribute, place) and (  # and assembled in"; nor "weaves
                place.start >= cue.idx or _making(cue) or place in glued):  # Welsh wool":
            # the place of the wool, whose cue it stands before; nor a place well before a
            # material: "The Newtown mill ... took over the merino scarves")
            _place_attribute(view, attribute, cue, place, places, quant,
                             bool(quant or _near(numbers, cue) or share_q), asserted)
        elif attribute.type == "place":
            # "Founded in Vergennes in 1919 and headquartered in Middlebury since 1987": a
            # second place attribute has its own cue, and the first place after it
            own = view.cues[attribute.id][0]
            others = [t.idx for a in cue_attrs if a is not attribute for t in view.cues[a.id]
                      if t.idx > own.idx]
            stop = min(others, default=view.clause.end)
            after = [p for p in places if own.idx < p.start < stop
                     and not _governed_after(view, own, p)
                     and not _names_other_cue(view, cue_attrs, attribute, p)]
            # "Boston-based Harbor Roasters also sells ...": the place glued to the cue
            after = after or [p for p in places if p.end <= own.idx
                              and not view.full[p.end:own.idx].strip(" -")]
            if not after and THERE.search(view.full, own.idx, stop):
                # "opens a brewery in Zapopan and moves the head office there"
                before = [p for p in places if p.end <= own.idx]
                after = before[-1:]
            if after:
                # (a number qualifies the place only near it: "The Llanidloes mill, which
                # weaves Welsh wool into blankets, ..., is spending £360,000 on new looms")
                _place_attribute(view, attribute, own, after[0], places, None,
                                 bool(_near(numbers, own) or share_q), cue_asserted(view, own))


def _near(numbers: list[Any], cue: Word) -> list[Any]:
    """The numbers close enough to the cue to qualify its place ("makes 4 million pairs in
    the US", "400 workers make boots"), not one in another part of the sentence ("has made
    boots in Minnesota for a century, and its plant now makes 800 pairs a day")."""
    return [q for q in numbers if abs(q.start - cue.idx) <= 60]


def _making(cue: Word) -> bool:
    """Whether a cue word is a verb of making or founding, or a noun made from one
    ("production", "manufacturing", "assembly"), not a material ("wool", "merino")."""
    verbs, stems = _making_words()
    return (cue.lemma in verbs or cue.lower in verbs or cue.lower in lexicon().making_nouns
            or cue.lower[:5] in stems or not cue.lower.isalpha())


@lru_cache(maxsize=1)
def _making_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of making (and of phrasal cues: "turn out"), and their first five letters,
    which their nouns share ("production", "manufacturing", "assembly")."""
    verbs = lexicon().making_verbs | {verb for verb, _ in lexicon().phrasal_cues}
    return frozenset(verbs), frozenset(verb[:5] for verb in verbs if len(verb) >= 5)



def _names_other_cue(view: ClauseView, cue_attrs: list[AttributeSpec],
                     attribute: AttributeSpec, place: Mention) -> bool:
    """Whether the place stands right before a cue of another place attribute ("weaves
    Welsh wool": where the wool is from, not where it is woven)."""
    return place.role == "adjective" and any(
        0 <= t.idx - place.end <= 1 and not view.full[place.end:t.idx].strip()
        for a in cue_attrs if a is not attribute and a.type == "place"
        for t in view.cues[a.id] if t not in view.cues[attribute.id])


def _place_attribute(view: ClauseView, attribute: AttributeSpec, cue: Word, place: Mention,
                     places: list[Mention], quant: Any, qualified: bool, asserted: bool) -> None:
    """The claims of one place attribute for ``place`` and the places listed with it."""
    if _makes_facility(view, cue, place) or person_started(view, cue):
        return
    if cue.lower in MAKE_FORMS and _CAUSATIVE.match(view.full, cue.idx + len(cue)):
        return  # "Calbuco makes us the largest producer in southern Chile": no making
    if _BASED.match(view.full, place.end) and cue.lower not in ("based", "base"):
        return  # "the Boston-based maker was founded in 1906": based, not founded
    if cue.idx < place.start and _ALTERNATIVE.search(view.full, cue.idx, place.start):
        return  # "began blowing its own blanks instead of buying them from ... in Haida"
    used = (_USED_THING.search(view.full, max(view.clause.start, cue.idx - 60), cue.idx)
            if cue.lower in _PARTICIPLES else None)
    if used is not None and _WHERE_NEXT.match(view.full, cue.idx + len(cue)) and not any(
            m.kind == "product" and used.start() <= m.start < cue.idx for m in view.mentions):
        return  # "The 992 uses mesh made in China": where what it uses is made (not "uses
        # the 990 made in Lawrence": a product named is the thing made)
    if (cue.idx < place.start and cue.lower in _MADE_FORMS
            and _MATERIAL.match(view.full, cue.idx + len(cue), place.start)):
        return  # "made from American white oak", "makes the 990 from leather tanned in
        # Maine": where the material comes from, not where the thing is made
    if cue.idx < place.start and _founders_origin(view, cue, place):
        return  # "founded in 1906 by William Riley, an immigrant from England", "by two
        # Michigan Tech engineers": where the founders come from or studied (not "founded
        # by William Riley in Boston", nor "formed by a group of Bedmar growers")
    listed_places = _with_listed(view, places, place)
    paired = _own_places(view, subjects(view, attribute))
    if paired:  # "assembles the 990 in Lawrence and the 993 in Skowhegan": each its own
        listed_places = [(p, None) for p in dict.fromkeys(paired.values())]
    for listed, denied in listed_places:
        _place_claims(view, attribute, cue, listed, quant, qualified, asserted, denied)


# right after the cue, or after its object: "founded here", "makes the 990 here", "has
# made shoes here since 1982"
_THERE_AFTER = re.compile(r"\s+(?P<there>there)\b", re.IGNORECASE)
_HERE = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:the|its|our|their|all|every|most|many)\s+)?"
                   r"(?:[\w'’-]+\s+){0,2}?(here)\b", re.IGNORECASE)
_DENIED = re.compile(r"\s*" + CONTRAST, re.IGNORECASE)
# an alternative not taken, the place it would come from or go to inside it: "instead of
# buying them from the glassworks in Haida" (not "by hand instead of by machine in Red
# Wing", "instead of using robots at its plant in Brunswick", "rather than just selling
# them, in Norridgewock")
_ALTERNATIVE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:\w+ly\s+)?\w+ing\b[^,;]*"
                          r"\b(?:from|to)\b[^,;]*\Z", re.IGNORECASE)
_BUT = re.compile(r",?\s+but\s+(?:rather\s+)?(?:in|from|at)\s+(?:the\s+)?", re.IGNORECASE)
_NEITHER_BEFORE = re.compile(r"\bneither\s+(?:in\s+|from\s+|at\s+)?(?:the\s+)?\Z",
                             re.IGNORECASE)
_NOR = re.compile(r"\s*,?\s*nor\s+(?:in\s+|from\s+|at\s+)?(?:the\s+)?", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\bnot\s+(?:in|from|at)\s+(?:the\s+)?\Z", re.IGNORECASE)
_JUST_OUTSIDE = re.compile(r"(?:[,(—–]\s*|\b(?:just|miles?|kilometres?|km|barn|farm|village)\b"
                           r"[\w\s]{0,24}?\b)outside\s+\Z", re.IGNORECASE)


def _town(view: ClauseView, place: str) -> bool:
    """A place the rules put inside a place that is inside another (a town in a state in
    a country, not a country in a continent), with nothing inside it."""
    rules = view.rules
    entity = rules.entities.get(place)
    parent = rules.entities.get(entity.parent) if entity is not None and entity.parent else None
    return (parent is not None and parent.parent is not None
            and not any(e.parent == place for e in rules.entities.values()))


# the exception to a denial: "No model except the Hierro is made in Asia"
# ("doesn't make every product in Maine — only the Bean Boot": the one that is)
# (an "except" is one to any denial: "doesn't build shoes in Asia, except for the Hierro")
_EXCEPT_BEFORE = re.compile(r"(?:\b(?:(?P<except>except(?:\s+for)?|other\s+than|apart\s+from)|but|"
                            r"save|besides)|[—–;:,]\s*(?:but\s+)?(?P<only>only|just))\s+"
                            r"(?:the\s+|its\s+|their\s+)?\Z", re.IGNORECASE)
# what an exception is one to: "no", "none", "nothing", "not ... every"
_NONE_BUT = re.compile(r"\b(?:no|none|nothing|neither)\b|\bnot\s+a\s+single\b|"
                       r"(?:\bnot|n['’]t)\s+(?:[\w-]+\s+){0,2}(?:every|all|each)\b",
                       re.IGNORECASE)
# a denying object right after the cue: "makes no boots in China", "makes none of its
# boots in China", "produces nothing in Asia", "makes not a single pair abroad" (not "no
# fewer than", "no longer")
_NONE_MADE = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:almost|nearly|next\s+to)\s+(?=none\b|nothing\b))?"
                        r"(?:(?:no|zero)\s+(?!(?:fewer|less|more|longer|later|"
                        r"sooner)\b)|none\s+of\b|nothing\b|not\s+(?:a\s+single|one|any)\b)",
                        re.IGNORECASE)


def _exception_before(view: ClauseView, subject: Mention) -> re.Match[str] | None:
    """The word of exception before a subject, or before the names listed with it ("except
    the 990 and the Hierro": the Hierro's too)."""
    start = subject.start
    while True:
        found = _EXCEPT_BEFORE.search(view.full, max(view.clause.start, start - 24), start)
        if found is not None:
            return found
        listed = next((m for m in view.subjects if m.end <= start and m.kind != "place"
                       and _LISTED_WITH.fullmatch(view.full, m.end, start)), None)
        if listed is None:
            return None
        start = listed.start


_LISTED_WITH = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")


def _none_made(view: ClauseView, cue: Word, place: Mention) -> bool:
    """Whether a denying object stands between the cue and its place ("makes none of its
    boots in China"), not an idiom ("makes no secret of its plants in Maine", "makes no
    apologies for building the 990 in Skowhegan")."""
    if place.start <= cue.idx:
        return False
    found = _NONE_MADE.match(view.full, cue.idx + len(cue), place.start)
    return found is not None and _OBJECT_IN.fullmatch(view.full, found.end(),
                                                      place.start) is not None


# the denied object and then where: "boots in", "of its shoes in", "a single pair in the"
# (or "outside": "makes no Bean Boots outside Maine" makes them all there)
_OBJECT_IN = re.compile(r"\s*(?:(?!(?:of|for|about|to|secret|apolog\w*|mistake|bones|"
                        r"excuses?)\b)[\w'’-]+\s+){0,4}(?:in|at|outside(?:\s+of)?|beyond)\s+"
                        r"(?:the\s+)?")


def _excepting(view: ClauseView) -> bool:
    """Whether the clause has a word of exception (a cheap look before the search)."""
    full, start, end = view.full, view.clause.start, view.clause.end
    return any(full.find(word, start, end) >= 0 for word in ("xcept", "part from", "ther than",
                                                              "esides"))


_EXCEPTION_AFTER = re.compile(r"\b(?:except|apart\s+from|other\s+than|besides)\b",
                              re.IGNORECASE)
# what an exception is one to when nothing is denied: "every", "all", "each"
_EVERY_BUT = re.compile(r"\b(?:every|all|each)\b", re.IGNORECASE)
_ONLY_IN = re.compile(r"\b(?:only|exclusively|solely|entirely|just)\s+(?:in|from|at)\s+"
                      r"(?:the\s+)?\Z", re.IGNORECASE)


def _with_listed(view: ClauseView, places: list[Mention],
                 place: Mention) -> list[tuple[Mention, bool | None]]:
    """The place and those listed right after it ("in Maine and Massachusetts"), each with
    whether a contrast denies it (True: "in New England, not in England", "made not in
    Asia"), affirms it against a negated verb (False: "not made in Asia but in Lawrence"),
    or neither (None)."""
    first: bool | None = True if _NOT_BEFORE.search(
        view.full, max(0, place.start - 16), place.start) else None
    if first is None and _ONLY_IN.search(view.full, max(0, place.start - 20), place.start):
        first = False  # "isn't made only in Skowhegan": made there, and elsewhere too
    neither = _NEITHER_BEFORE.search(view.full, max(0, place.start - 20), place.start)
    if neither:
        first = True  # "made in neither the US nor China": both denied
    found = [(place, first)]
    later = sorted((p for p in places if p.start > place.end), key=lambda p: p.start)
    last = place
    for other in later:
        between = view.full[last.end:other.start]
        if between.strip() == "," and view.rules.within(last.id, other.id):
            last = other  # "Boston, Massachusetts": the state says where Boston is
            continue
        if LISTED.fullmatch(between) or _THE_LATTER.fullmatch(between):
            found.append((other, found[-1][1]))
        elif _DENIED.fullmatch(between) or (neither and _NOR.fullmatch(between)):
            found.append((other, True))
        elif _BUT.fullmatch(between):
            found.append((other, False))  # "not in Asia but in Lawrence"
        else:
            break
        last = other
    return found


_GOVERNED = re.compile(r"\b(?:based|headquartered|located|situated|sold|available|"
                       r"shipped|opened)\s+(?:in|at|from)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "Two years after it was founded, the company moved to Porto": another verb's place
_MOVED = re.compile(r"\b(?:" + "|".join(lexicon().moving_verbs) + r")"
                    r"(?:\s+(?:its|their|our|the)(?:\s+[\w'’-]+){1,2})?\s+(?:to|into)\s+"
                    r"(?:the\s+)?\Z", re.IGNORECASE)
_WHERE = re.compile(r"\s*,?\s*where\b", re.IGNORECASE)
_SPAN = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
# "Its eight taprooms, from Puerto Vallarta to Mexico City, sell ...": an aside that spans
# places (not "moved production from Boston to Maine")
_SPAN_END = re.compile(r"[,(—–]\s*from\s+(?:the\s+)?[A-Z][\w.'’ -]{0,40}?\s+to\s+(?:the\s+)?\Z")
_THAN = re.compile(r"\bthan\s+(?:any|every|all|most|other|its|their|the rest)\b[^,;]*\Z",
                   re.IGNORECASE)
# (not "the best trail shoe made in America": the making's place)
_SUPERLATIVE_IN = re.compile(r"\bthe\s+(?:best|finest|biggest|largest|oldest|most\s+\w+|"
                             r"\w+est)\s+(?:(?!made\b|built\b|produced\b|manufactured\b|"
                             r"assembled\b|crafted\b|sewn\b|stitched\b)[\w-]+\s+){0,3}?"
                             r"(?:in|on)\s+(?:the\s+)?\Z", re.IGNORECASE)
_BASED = re.compile(r"\s*-\s*based\b", re.IGNORECASE)
# a facility as the cue's object: "building a third plant", "built two new factories"
_BUILT_FACILITY = re.compile(r"\s+(?:a|an|the|its|their|our|two|three|four|five|several)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(
                                 lexicon().facility_nouns, key=len, reverse=True))
                             + r")(?![\w-])", re.IGNORECASE)
_OBJECT_FACILITY = re.compile(
    r"\s+(?:its|their|our|the|his|her)\s+$", re.IGNORECASE)
_FACILITY_AFTER = re.compile(r"\s+(?:factory|factories|plant|plants|facility|facilities|"
                             r"workshop|workshops|mill|mills)\b", re.IGNORECASE)


def _governed_after(view: ClauseView, cue: Word, place: Mention) -> bool:
    """Whether another verb after the cue governs the place: "Founded in 1912, L.L.Bean is
    based in Freeport", "after its founding, L.L.Bean still calls Freeport home" say
    nothing of where it was founded."""
    cue_end = cue.idx + len(cue)
    governed = _GOVERNED.search(view.full, max(cue_end, place.start - 24), place.start)
    if (governed is not None and governed.start() > cue_end
            and not _JOINED.fullmatch(view.full, cue_end, governed.start())):
        return True  # (not "made and sold in Maine": joined verbs share the place)
    # "reports record production for 2025 and invests in a new centre in Ålesund": a second
    # verb's place (not "cut in Boston and stitched in Maine", another cue of the clause)
    cued = {w.i for a, words in view.cues.items()
            if view.rules.attributes[a].type in ("place", "share") for w in words}
    if _AND_SUBJECT.search(view.full, cue_end, place.start):
        return True  # "... is made to one spec, and the Norwegian plants run on ..."
    for verb in _AND_VERB.finditer(view.full, cue_end, place.start):
        # (and not "produced and bottled in Quebec": verbs joined share the place)
        if (view.table.at(verb.start(1)) not in cued
                and len(view.full[cue_end:verb.start()].split()) >= 2):
            return True
    return bool(_CALLS.search(view.full, max(cue_end, place.start - 12), place.start)
                and _HOME.match(view.full, place.end))


_AND_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:the|its|their|our|his|her)\s", re.IGNORECASE)
# "and invests in a new centre": a verb and its object (not "boots and shoes in Red Wing")
_AND_VERB = re.compile(r"\band\s+(?:also\s+|then\s+)?((?-i:[a-z]+)(?:s|ed))\s+"
                       r"(?:(?:in|into|at|on|to)\s+)?(?:a|an|the|its|their|our|new)\s",
                       re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|and|or|,\s*and)\s*", re.IGNORECASE)
_CALLS = re.compile(r"\bcall(?:s|ed|ing)?\s+\Z", re.IGNORECASE)
_HOME = re.compile(r"\s+(?:its\s+|their\s+)?home\b", re.IGNORECASE)


_MOVED_FROM = re.compile(r"(?:\b(?:home|back)|\b(?:mov|shift|relocat|transferr)\w*\b[^,;.]{0,60}?)"
                         r"\s+from\s+(?:the\s+)?\Z", re.IGNORECASE)


def _moved_elsewhere(view: ClauseView, cue: Word, place: Mention) -> bool:
    """Whether a place after "moved ... to" is where something else went ("founded in
    Coruche and moved to Porto"), not where the cue's thing moved ("moved its headquarters
    to Puerto Varas", "its head office moved to Puerto Varas")."""
    moved = _MOVED.search(view.full, max(0, place.start - 30), place.start)
    if moved is None:
        return False
    cue_end = cue.idx + len(cue)
    moved_itself = (moved.start() <= cue.idx < place.start  # "moved its head office to"
                    or 0 <= moved.start() - cue_end <= 12)  # "head office (has) moved to"
    return not (moved_itself and any(view.rules.attributes[a].type == "place"
                                     for a in _ids(view, cue)))


def _makes_facility(view: ClauseView, cue: Word, place: Mention) -> bool:
    """"... makes its Maine factories more planet-friendly": the place names the factories
    that "makes" acts on, not where something is made."""
    between = view.full[cue.idx + len(cue):place.start]
    if _BUILT_FACILITY.match(between):
        return True  # "we're building a third plant, in Gdańsk": the plant is built there
    return bool(_OBJECT_FACILITY.fullmatch(between) and _FACILITY_AFTER.match(view.full, place.end))


_MARKET = re.compile(r"\b(?:sells?|sold|selling|buys?|bought|buying)\s+(?:in|across|throughout)"
                     r"\s+(?:the\s+)?\Z", re.IGNORECASE)


_MARKET_GLUED = re.compile(r"-(?:sold|bought)\b", re.IGNORECASE)  # "its US-sold pairs"


def _complement_after_cue(view: ClauseView, words: list[str]) -> bool:
    """A complement word ("overseas", "abroad") right after one of the clause's cues."""
    wanted = {w.lower() for w in words}
    table = view.table
    for cue_words in view.cues.values():
        for cue in cue_words:
            following = table.lower[cue.i + 1:min(cue.i + 3, view.clause.last)]
            if any(w in wanted or view.lemma(w) in wanted for w in following):
                return True
    return False


def _complement(view: ClauseView, attribute: AttributeSpec, place: Mention | None) -> bool | None:
    """True for the complement side (abroad), False for the attribute's place, None if neither.

    A share with no place ("26% of residents are Black") is always its own side.
    """
    rules = view.rules
    if attribute.place is None and attribute.complement is None:
        return False
    if place is not None and OUTSIDE.search(view.full, max(0, place.start - 16), place.start):
        return True  # "comes from outside Latin America"
    if (place is not None and attribute.complement is not None
            and (_MARKET.search(view.full, max(0, place.start - 24), place.start)
                 or _MARKET_GLUED.match(view.full, place.end))
            and _has_cue(view, attribute.complement.cues)):
        return True  # "imports three of every four pairs it sells in America": the market
    complement = attribute.complement
    if complement is not None and _complement_after_cue(view, complement.cues):
        return True  # "the pairs it sells in the United States are made overseas"
    if attribute.place is None:
        # a share of no place ("67% of its components are made in-house"): its own side,
        # unless a word of the complement says otherwise ("a third from outside suppliers")
        return complement is not None and _has_cue(view, complement.cues)
    if place is not None and attribute.place and rules.within(place.id, attribute.place):
        return False
    if complement is None:
        return None
    if place is not None and any(rules.within(place.id, c) for c in complement.places):
        return True
    return True if _has_cue(view, complement.cues) else None


# after the share: nothing of its own, or "of" what the subject sells or makes ("of what
# it sells", "of the shoes it sold", "of all it makes")
_WHOLE_AFTER = re.compile(
    r"\s*(?:[,;.)]|$|\s(?!of\b|more\b|less\b|fewer\b)[a-z]"
    r"|\s+of\s+(?:what\b|(?:(?:its|their|our|the|all)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:that\s+|which\s+)?(?:it|they|we)\s+[a-z]+))", re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"\s+(?:[a-z]+\s+){0,2}", re.IGNORECASE)


def _complement_verb(view: ClauseView, attribute: AttributeSpec, start: int, end: int) -> bool:
    """A complement cue whose object is the share of what the subject sells or makes:
    "exports about 85 percent of what it sells", "imported nearly 75% of the shoes it
    sold", "exports about 85 percent." (a place elsewhere in the clause, such as the works
    it names, does not make it the attribute's own side); not "imports 90 percent of its
    rubber" (a share of an input) nor "imports 40 percent more leather"."""
    if attribute.complement is None or not _WHOLE_AFTER.match(view.full, end):
        return False
    wanted = {w.lower() for w in attribute.complement.cues}
    return any((w.lower in wanted or w.lemma in wanted) and w.end <= start
               and _NEAR_BEFORE.fullmatch(view.full, w.end, start)
               for w in view.cues.get(attribute.id, ()))


def _own_verb(view: ClauseView, attribute: AttributeSpec, start: int) -> bool:
    """Whether one of the attribute's own cues, not its complement's, stands right before
    a share of no place ("keeps roughly 40% of its spirit for its own bottlings and sells
    the rest to blenders": the 40% is kept, whatever the clause says of the rest)."""
    if attribute.complement is None or attribute.place is not None:
        return False  # (a share of a place's making is told by its place, or by none)
    other = {w.lower() for w in attribute.complement.cues}
    if not any(w.end <= start and w.lower not in other and w.lemma not in other
               and _NEAR_BEFORE.fullmatch(view.full, w.end, start)
               for w in view.cues.get(attribute.id, ())):
        return False
    # (not "makes most of its shoes overseas": the complement's word in the share's phrase)
    table = view.table
    i = table.at(start)
    while i < view.clause.last and table.lower[i] not in _PHRASE_BREAKS:
        if table.lower[i] in other or view.lemma(table.lower[i]) in other:
            return False
        i += 1
    return True


_PHRASE_BREAKS = frozenset({",", ";", "and", "but", "while", "whereas", "—", "–"})


_OF_PART = re.compile(r"\s+of\s+(?:(?:our|its|their|the|all|total)\s+){0,2}"
                      r"(?:(?:[\w.&-]+\s+){0,2}[\w.&-]+['’]s\s+)?([a-z]+)", re.IGNORECASE)


def _of_complement(view: ClauseView, end: int, words: list[str]) -> bool:
    """Whether a share is "of" the complement's own word ("40 percent of our exports")."""
    m = _OF_PART.match(view.full, end)
    if m is None:
        return False
    word = m.group(1).lower()
    cues = {w.lower() for w in words}
    return word in cues or view.lemma(word) in cues


def _has_cue(view: ClauseView, words: list[str]) -> bool:
    """Whether one of ``words`` (or a form of one) stands in the clause."""
    cues = {c.lower() for c in words}
    return any(lower in cues or view.lemma(lower) in cues
               for lower in view.table.lower[view.clause.first:view.clause.last])


def _of_a_product(view: ClauseView, cue: Word, place: Mention | None, share_q: Any,
                  quant: tuple[Quantifier, re.Match[str]] | None) -> bool:
    """Whether the share is of a named product the organisation makes, not of all it
    makes: the product right after the share ("90% of its 990s", "all of its 990s"), or,
    with a word for the share ("only", "every"), made between the verb and the place
    ("makes the 990 only in the US", "makes Bean Boots only in Maine")."""
    products = [m for m in view.mentions if m.kind == "product"
                and view.clause.start <= m.start < view.clause.end]
    if not products:
        return False
    if share_q is not None:
        end = share_q.end
    else:
        assert quant is not None
        end = view.clause.start + quant[1].end()
    if any(0 <= m.start - end <= 24 and _OF_OWN.fullmatch(view.full, end, m.start)
           for m in products):
        return True
    stop = place.start if place is not None else view.clause.end
    return share_q is None and any(cue.idx < m.start < stop for m in products)


_OF_PEOPLE = re.compile(r"\s+of\s+(?:its|their|our|the|(?-i:[A-Z])[\w.&'’-]*"
                        r"(?:\s+(?-i:[A-Z])[\w.&'’-]*)*['’]s)\s+(?:[\w-]+\s+)?"
                        r"(?:staff|employees|workers|"
                        r"workforce|people|customers|shareholders|members|managers|executives|"
                        r"sales\s+force)\b", re.IGNORECASE)
# a share's "of" and the noun it is a share of: "two-thirds of the company's cedar"
_SHARE_OF = re.compile(r"(?:%|\b(?:percent|per\s+cent|half|halves|thirds?|quarters?|fifths?|"
                       r"tenths?|most|majority|all|bulk|share|proportion))\s+of\s+"
                       r"(?:(?:the|its|their|our|his|her|this)\s+)?(?:[\w.&'’-]+['’]s?\s+)?"
                       r"(?P<noun>[\w-]+)", re.IGNORECASE)
_OF_OWN = re.compile(r"\s+of\s+(?:(?:its|their|our|the|his|her)\s+)?", re.IGNORECASE)


def _share_claims(view: ClauseView, attribute: AttributeSpec, cue: Word,
                  place: Mention | None, share_q: Any, numbers: list[Any],
                  quant: tuple[Quantifier, re.Match[str]] | None, asserted: bool) -> None:
    if place is not None and REST.search(
            view.full, share_q.end if share_q is not None else cue.idx, place.start):
        place = None  # "Close to nine-tenths is exported, and the rest is drunk in Kenya"
    if place is not None and attribute.place is not None and any(
            cue.idx < t.idx < place.start and attribute.id not in _ids(view, t)
            and any(view.rules.attributes[a].type == "place" for a in _ids(view, t))
            for words in view.cues.values() for t in words):
        return  # "Every drop we sell is produced in Quebec": the place is the making's
    if attribute.place is not None and any(
            _MARKET.search(view.full, max(0, p.start - 24), p.start)
            and not view.rules.within(p.id, attribute.place) for p in view.places()):
        return  # "25 pc of the shoes it sells in Britain": a share of another market
    if share_q is None and quant is None:
        return
    sold = (_SOLD_BEFORE.search(view.full, max(0, share_q.start - 30), share_q.start)
            if share_q is not None else None)
    if sold is not None and not any(w.idx == sold.start() for w in view.cues[attribute.id]):
        return  # "our stores sold about 11 percent of everything we made": a share of the
        # goods sold, not where they are made (unless selling is what the attribute shares:
        # "sells more than half of its stoves in Finland")
    if share_q is not None:
        interval, start, end, word = v.share_interval(share_q), share_q.start, share_q.end, None
    else:
        assert quant is not None
        entry, match = quant
        interval, word = entry.share, match.group().lower()
        start, end = view.clause.start + match.start(), view.clause.start + match.end()
        if _excepting(view) and _EXCEPTION_AFTER.search(view.full, end, cue.idx):
            return  # "Every model except the Hierro is made in the USA": not all of them
            # (the exception's own claim says where it is not made)
    side = True if _complement_verb(view, attribute, start, end) else (
        False if place is None and _own_verb(view, attribute, start)
        else _complement(view, attribute, place))
    if side is None:
        return
    if _of_a_product(view, cue, place, share_q, quant):
        return  # "New Balance makes the 990 only in the US": the 990's place, not a share
    if share_q is not None and attribute.complement is not None and _of_complement(
            view, share_q.end, attribute.complement.cues):
        return  # "takes roughly 40 percent of our exports": a part of the exports only
    if _OF_PEOPLE.match(view.full, end):
        return  # "about 70% of its staff work abroad": where people work, not the making
    text = view.full[start:end]
    if negated(view, min(start, cue.idx)):
        denied = _deny(interval)
        if denied is None:
            return
        interval = denied
    if side:
        interval = interval.complement_share()
    scope = attribute.place
    if (place is not None and scope is not None and place.id != scope and not side
            and view.rules.within(place.id, scope) and _names_a_part(view, attribute, scope)):
        # "Colombia supplies 40 percent", "5 percent are made in Maine": the share from a
        # part of the place (a part's share cannot exceed the whole's, see checking.facts)
        scope = place.id
    elif by_place(view, attribute):
        # "About 45 percent of its cocoa comes from Ghana", where the rules give the
        # share place by place: the share from (or in) the place named ("40 percent from
        # Ecuador" does not contradict it); with no place of its own in the phrase ("all
        # of its cocoa has been certified since 2018, the year it stopped buying from
        # Côte d'Ivoire"), it is no share of any one place
        if place is None or side:
            return
        of = _SHARE_OF.search(view.full, start, place.start)
        if of is not None and of.start() <= end + 1 and not _cued_noun(view, of, attribute):
            return  # "30 percent of its sugar from Ghana": a share of another thing
        after = end  # (past a share set off by commas: "Most of its cocoa, about 60
        if view.full[max(0, start - 8):start].rstrip().endswith(","):  # percent, comes ...")
            after = view.full.find(",", end, place.start) + 1 or end
        if _BREAK.search(view.full, after, place.start):
            return
        scope = place.id
    extra = {"scope": scope, "asserted": asserted,
             "qualifiers": qualifiers(view, word or "", "complement" if side else "")}
    for subject in subjects(view, attribute):
        value = Value("share", text, interval)
        view.claims.append((subject, attribute.id, value,
                            *span(subject, view.clause.start, start, end, cue.idx,
                                  cue.idx + len(cue)), extra))


_BREAK = re.compile(r"[,;:—–()]")

_PARTICIPLES = frozenset({"made", "built", "produced", "assembled", "manufactured", "crafted",
                          "sewn", "stitched", "handmade", "fired", "woven", "brewed"})
_MAKING_NOUNS = frozenset({"manufacturing", "production", "assembly", "operations",
                           "manufacture", "output", "making"})
_PLURAL_BEFORE = re.compile(r"(?<![-\w])((?-i:[a-z][a-z-]*[a-z]s))\s+\Z")
_NOT_PLURALS = frozenset({"has", "was", "is", "does", "its", "this", "his", "hers", "ours",
                          "yours", "theirs", "always", "perhaps", "sometimes", "less", "unless",
                          "thus", "plus", "across", "yes", "whereas", "nevertheless",
                          "afterwards", "besides", "towards", "regardless"})
# a determiner that picks out some of the things named after it: "the pieces", "its lines"
_PICKED_OUT = re.compile(r"\b(?:the|those|these|its|our|their|his|her|any|[\w.&-]+['’]s)\s+"
                         r"(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:only|entirely|still|mostly)\s+)?(?:in|at|by|from)\b",
                               re.IGNORECASE)
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?-i:[a-z][a-z-]*[a-z]s)\b")
# "the shoes New Balance makes in", "the pieces we make in", "the boots that it builds in"
_RELATIVE_MAKER = re.compile(
    r"\b(?:the|those|these|any|all)\s+(?:[\w-]+\s+)?(?-i:[a-z][a-z-]*[a-z]s)\s+"
    r"(?:that\s+|which\s+)?(?:it|we|they|he|she|(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])"
    r"[\w.&'’-]*){0,2})\s+(?:still\s+|now\s+|also\s+)?\Z", re.IGNORECASE)


def _restricted(view: ClauseView, cue: Word) -> bool:
    """Whether the cue of a place claim sits in a noun phrase that picks out the things
    made there (see :data:`RESTRICTED`)."""
    full, start = view.full, cue.idx
    if cue.lower in _MAKING_NOUNS and any(
            m.kind == "place" and m.end <= start and not full[m.end:start].strip()
            for m in view.mentions):
        return True  # "U.S. manufacturing", "our American production": some of it there
    before = _PLURAL_BEFORE.search(full, max(0, start - 40), start)
    if (cue.lower in _PARTICIPLES and before is not None
            and before.group(1).lower() not in _NOT_PLURALS
            and _PICKED_OUT.search(full, max(0, before.start() - 40), before.start())
            and _PARTICIPLE_AFTER.match(full, start + len(cue))):
        return True  # "the pieces made in Ohio" (not "shoes are made in", "has made", "its
        # factories made sneakers in", nor a tagline's "New Balance sneakers made in")
    if full[start - 1:start] == "-" and cue.lower in _PARTICIPLES:
        place = next((m for m in view.mentions if m.kind == "place" and m.end == start - 1),
                     None)  # "its Ohio-made lines" (not "sells only American-made sneakers")
        return (place is not None and bool(_PLURAL_NOUN_AFTER.match(full, start + len(cue)))
                and bool(_PICKED_OUT.search(full, max(0, place.start - 30), place.start)))
    return cue.lemma in lexicon().making_verbs and bool(
        _RELATIVE_MAKER.search(full, max(0, start - 60), start))


# the material a thing is made from, up to the place (no comma or clause between):
# "made from American white oak", "made of leather tanned in Maine" (not "made from scratch
# in Maine", "made from its Lawrence plant", nor "crafted from leather and built in China",
# where "built" is the thing's own verb)
_MADE_FORMS = frozenset({"make", "makes", "made", "making", "build", "builds", "built",
                         "building", "craft", "crafts", "crafted", "sew", "sews", "sewn",
                         "stitched", "woven", "weaves", "manufacture", "manufactures",
                         "manufactured", "produce", "produces", "produced", "cut", "assembled"})
# participles of materials' making that do not end in "-ed": "mesh woven in Vietnam"
_IRREGULAR_PARTICIPLES = (r"woven|spun|sewn|grown|knit|shorn|blown|drawn|hewn|cast|made|"
                          r"built|thrown|cut|dug|ground|hand-\w+")
_MATERIAL = re.compile(r"(?:\s+(?:(?!in\b|at\b)[\w'’-]+\s+){0,3}?(?:from|out\s+of)|\s+of)\s+"
                       r"(?!scratch\b|"
                       r"(?:its|our|their|the)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(
                           lexicon().facility_nouns, key=len, reverse=True)) + r")\b)"
                       r"(?!(?:its|our|their|the)\s+(?:\w+\s+){0,2}\Z)"
                       r"[^,;:.()]*?(?:(?<!\bin\s)(?<!\bat\s)|(?:(?<!\band\s)(?<!\band\sis\s)"
                       r"(?<!\band\sare\s)(?<!\band\swas\s)(?<!\band\swere\s)"
                       # ("tanned and finished in China": a pair of the material's own)
                       r"|\b\w+ed\s+(?:and|or)\s+)"
                       r"\b(?:(?!need)\w+ed|" + _IRREGULAR_PARTICIPLES + r")\s+(?:in|at)\s+)\Z",
                       re.IGNORECASE)
def _founders_origin(view: ClauseView, cue: Word, place: Mention) -> bool:
    """Whether a place after "by" and the makers or founders is where they come from
    rather than where the thing was made or founded: after a word of origin ("an immigrant
    from England", "a cobbler raised in England") or as part of another name ("two Michigan
    Tech engineers"). Else the founders' town or state is often the place ("formed by a
    group of Bedmar growers", "by two Minnesota shoemakers")."""
    by = _BY_MAKERS.search(view.full, cue.idx + len(cue), place.start)
    if by is None:
        return False
    last_comma = view.full.rfind(",", by.end(), place.start)
    if _ORIGIN_WORDS.search(view.full, max(by.end(), last_comma + 1), place.start):
        return True  # (not "by William Riley, an immigrant, in Boston")
    goes_on = _NAME_GOES_ON.match(view.full, place.end)
    return goes_on is not None and not any(
        m.kind == "place" and m.start == goes_on.start() + 1 for m in view.mentions)
    # ("Freeport Maine": a town and its state, not another name)


# what says a place is where someone comes from: "an immigrant from", "raised in"
_ORIGIN_WORDS = re.compile(r"\b(?:immigrants?|emigrants?|emigr[ée]s?|natives?|born|raised|"
                           r"grew\s+up|educated|trained|studied|moved\s+from)\b", re.IGNORECASE)
_SOLD_BEFORE = re.compile(r"\b(?:sold|sells?|selling|resold|resells?)\s+(?:only\s+|just\s+)?\Z",
                          re.IGNORECASE)
# a place that begins another name: "Michigan Tech", "Boston University" (not "Lawrence,
# Massachusetts", "Maine shoemakers")
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])(?-i:[a-z]+)\b(?!\s*,)")
_BY_MAKERS = re.compile(r"\bby\b(?!\s+(?:hand|machine|the\s+(?:river|lake|sea|harbou?r|"
                       r"railroad|railway|mill))\b)", re.IGNORECASE)


def _cued_noun(view: ClauseView, of: re.Match[str], attribute: AttributeSpec) -> bool:
    """Whether the noun a share is "of" (see :data:`_SHARE_OF`) is a cue of ``attribute``."""
    return any(of.start("noun") <= t.idx < of.end("noun") for t in view.cues[attribute.id])


# "About 45 percent from Ghana, about 40 percent from Ecuador and the rest from the
# Dominican Republic": what leads from one place of a list to the next share, and from a
# share to its place
_NEXT_IN_LIST = re.compile(r"\s*(?:[,;]\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)")
_REST_AT = re.compile(r"(?:the\s+)?(?:rest|remainder|balance)\b", re.IGNORECASE)
_ANOTHER_PLACE = re.compile(r"(?:\s*,\s*|\s+)(?:and|or|&)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?",
                            re.IGNORECASE)
# a place's verb before its share: "Kenya supplies", "Ghana accounts for", "Ethiopia" (none)
_PLACE_VERB = re.compile(r"\s+(?:[a-z]+\s+){0,2}")
_PLACE_REST = re.compile(_PLACE_VERB.pattern + r"(?:the\s+)?(?:rest|remainder|balance)\b")
_SHARE_PLACE = re.compile(r"\s+(?:(?:comes?|came|is|are|was|were)\s+)?(?:from|in|at)\s+",
                          re.IGNORECASE)


def _listed_shares(view: ClauseView, attribute: AttributeSpec, first: Any, place: Mention,
                   asserted: bool) -> None:
    """The shares listed after the first one, each with its own place and the first's
    verb and noun understood; "the rest" is what the listed shares leave. Read where the
    rules give the share place by place, and for a share of one place (the US) where
    the list names that place: "70 percent in Asia and 25 percent in the US" is 25
    percent, not the 30 percent left by Asia's (and "70 percent in Asia and 5 percent in
    Europe" says no US share)."""
    listed = _share_list(view, first, place)
    if not listed:
        return
    if not by_place(view, attribute):
        # (the first share's complement is no longer the rest: others are listed)
        view.claims[:] = [c for c in view.claims if not (
            c[1] == attribute.id and "complement" in c[5].get("qualifiers", ()))]
        home = attribute.place
        listed = [item for item in listed
                  if home is not None and view.rules.within(item[3].id, home)]
    for start, end, interval, there in listed:
        extra = {"scope": there.id, "asserted": asserted and asserted_at(view, start),
                 "qualifiers": qualifiers(view)}
        for subject in subjects(view, attribute):
            value = Value("share", view.full[start:end], interval)
            view.claims.append((subject, attribute.id, value,
                                *span(subject, view.clause.start, start, end), extra))


def _place_first(view: ClauseView, share: Any, places: list[Mention]) -> Mention | None:
    """The place a clause opens with, when it names the first of a list of shares each
    after its place: "Kenya supplies 50 percent of its beans, Ethiopia 30 percent and
    Colombia the rest" (the places after the first share are not its place)."""
    opening = next((p for p in places if p.end <= share.start), None)
    if (opening is None or any(m.start < opening.start for m in view.mentions)
            or not _PLACE_VERB.fullmatch(view.full, opening.end, share.start)):
        return None
    return opening if _share_list(view, share, opening) else None


def _share_list(view: ClauseView, first: Any, place: Mention
                ) -> list[tuple[int, int, Interval, Mention]]:
    """(start, end, share, place) of each share listed after ``first`` and its place, as
    "50 percent in Kenya, 30 percent in Ethiopia", or place first ("Kenya supplies 50
    percent, Ethiopia 30 percent")."""
    first_interval = v.share_interval(first)
    low, high = first_interval.low, first_interval.high
    at, places, listed = place.end, view.places(), []
    if place.end <= first.start:
        return _places_first(view, first, places, low, high)
    while (gap := _NEXT_IN_LIST.match(view.full, at)) is not None:
        start = gap.end()
        share = next((q for q in view.quantities if q.start == start and v.is_share(q)
                      and q.trend is None), None)
        rest = _REST_AT.match(view.full, start) if share is None else None
        if share is None and rest is None:
            break
        end = share.end if share is not None else rest.end()  # type: ignore[union-attr]
        lead = _SHARE_PLACE.match(view.full, end)
        there = None if lead is None else next(
            (p for p in places if lead.end() <= p.start <= lead.end() + 4
             and view.full[lead.end():p.start].lower() in ("", "the ")), None)
        if there is None:
            break
        if share is not None:
            interval = v.share_interval(share)
            low, high = low + interval.low, high + interval.high
        elif (more := _ANOTHER_PLACE.match(view.full, there.end)) is not None and any(
                p.start == more.end() for p in places):
            break  # "the rest from Ecuador and Peru": shared out, no one place's
        else:
            interval = Interval(max(0.0, 1 - high), max(0.0, 1 - low))
        listed.append((start, end, interval, there))
        if rest is not None:
            break
        at = there.end
    return listed


def _places_first(view: ClauseView, first: Any, places: list[Mention], low: float,
                  high: float) -> list[tuple[int, int, Interval, Mention]]:
    """The list after a first share whose place came before it: the first gap after it
    that a place and its share follow starts the list ("... of its beans, Ethiopia 30
    percent and Colombia the rest")."""
    listed: list[tuple[int, int, Interval, Mention]] = []
    gaps = (g for g in _NEXT_IN_LIST.finditer(view.full, first.end, view.clause.end)
            if g.end() > g.start())
    gap = next((g for g in gaps if _placed_share(view, g.end(), places) is not None), None)
    while gap is not None:
        item = _placed_share(view, gap.end(), places)
        if item is None:
            break
        there, share, end = item
        if share is not None:
            interval = v.share_interval(share)
            low, high = low + interval.low, high + interval.high
        else:
            interval = Interval(max(0.0, 1 - high), max(0.0, 1 - low))
        listed.append((there.start, end, interval, there))
        if share is None:
            break  # (the rest ends the list)
        gap = _NEXT_IN_LIST.match(view.full, end)
    return listed


def _placed_share(view: ClauseView, at: int, places: list[Mention]
                  ) -> tuple[Mention, Any, int] | None:
    """A place at ``at`` and the share right after it (None for "the rest"), and where
    the share ends."""
    there = next((p for p in places if p.start == at
                  or (p.start == at + 4 and view.full[at:at + 4].lower() == "the ")), None)
    if there is None:
        return None
    share = next((q for q in view.quantities if there.end < q.start <= there.end + 40
                  and v.is_share(q) and q.trend is None
                  and _PLACE_VERB.fullmatch(view.full, there.end, q.start)), None)
    if share is not None:
        return there, share, share.end
    rest = _PLACE_REST.match(view.full, there.end)
    return (there, None, rest.end()) if rest is not None else None


def _names_a_part(view: ClauseView, attribute: AttributeSpec, whole: str) -> bool:
    """Whether the places a share names are only a part of where its subject is known to
    be within ``whole``: the rules' facts about the subject name those places (New
    Balance's factories in Maine and in Massachusetts). "Made in Maine and Massachusetts"
    or "in our New England factories" covers them all, so it is the whole's share;
    "made in Maine" alone is a part. With no such facts, a named place is a part only when
    the rules have a share for that very place ("Colombia supplies 40 percent")."""
    rules = view.rules
    named = [p.id for p in view.places() if rules.within(p.id, whole)]
    facts = [f for s in subjects(view, attribute) for f in rules.facts_for(s.id, attribute.id)]
    if any(f.place in named for f in facts):
        return True
    known = {f.place for s in subjects(view, attribute) for a in rules.attributes
             for f in rules.facts_for(s.id, a)
             if f.place and f.place != whole and rules.within(f.place, whole)}
    leaves = {k for k in known if not any(o != k and rules.within(o, k) for o in known)}
    if not leaves:
        return False
    return not all(any(rules.within(leaf, n) for n in named) for leaf in leaves)


def _place_claims(view: ClauseView, attribute: AttributeSpec, cue: Word, place: Mention,
                  quant: Any, qualified: bool, asserted: bool,
                  denied: bool | None = None) -> None:
    word = quant[1].group().lower() if quant else ""
    for subject in _respective(view, subjects(view, attribute), place):
        # a share claim covers it only when the same word cues the share ("made"), not
        # "founded in Portland" in a clause with a number
        shares = [a for a in view.rules.attributes.values()
                  if a.type == "share" and applies(a, subject)
                  and any(w.i == cue.i for w in view.cues.get(a.id, ()))]
        if shares and qualified and not (
                _ALL.fullmatch(word) and not any(_share_covers(view, a, place) for a in shares)):
            continue  # a share claim covers it, or a count qualifies it (but "all of its
            # syrup in Quebec" is made there, when no share can say so)
        denies = (negated(view, cue.idx) or _none_made(view, cue, place)
                  ) if denied is None else denied
        if denies and denied is None and cue.idx < place.start and _ANOTHER_MAKING.search(
                view.full, cue.idx + len(cue), place.start):
            denies = False  # "stopped making sneakers and builds the Iron Ranger in China":
            # the place is the later verb's, which nothing denies
        exception = (_exception_before(view, subject)
                     if denied is None and subject.start >= 0 and (denies or _excepting(view))
                     else None)
        if denies and exception is not None and (
                exception.group("only") or exception.group("except") or _NONE_BUT.search(
                view.full, view.clause.start, exception.start())):
            denies = False  # "No New Balance model except the Hierro is made in Asia" (not
            # "..., but the 990 is not made in Asia")
        elif (not denies and exception is not None and not exception.group("only")
              and _EVERY_BUT.search(view.full, view.clause.start, exception.start())):
            denies = True  # "Every New Balance model except the Hierro is made in the USA"
        if OUTSIDE.search(view.full, max(0, place.start - 16), place.start) and not (
                _town(view, place.id) and _JUST_OUTSIDE.search(
                    view.full, max(0, place.start - 40), place.start)):
            # "made outside the United States" denies the place; "not a single one is made
            # outside the United States" affirms it (but "founded in 1911, outside
            # Bakersville" is on its edge: a town's outskirts are where it is)
            denies = not denies
        marks = qualifiers(view, word)
        if _restricted(view, cue) or (not denies and granted_denial(view, cue.idx)):
            marks.append(RESTRICTED)  # (and "is wrong that it no longer makes anything in
            # New England": some still is)
        extra = {"asserted": asserted, "negated": denies, "qualifiers": marks}
        value = Value("place", view.full[place.start:place.end], ref=place.id)
        view.claims.append((subject, attribute.id, value,
                            *span(subject, view.clause.start, cue.idx, place.end), extra))


def _respective(view: ClauseView, chosen: list[Mention], place: Mention) -> list[Mention]:
    """ "Red Wing and L.L.Bean were founded in Minnesota and Maine respectively": the
    subject in the place's rank among the places listed, when there are as many."""
    named = [m for m in chosen if m.kind != "place"]
    if len(named) < 2:
        return chosen
    paired = _own_places(view, chosen)
    if paired:
        return [m for m in named if paired[m.start] is place]
    former = _FORMER.search(view.full, view.clause.start, view.clause.end)
    latter = _LATTER.search(view.full, view.clause.start, view.clause.end)
    if former is not None and latter is not None and len(named) == 2:
        # "New Balance and Red Wing began as local shoemakers — the former in Boston, the
        # latter in Red Wing, Minnesota": the place after each word is that name's
        first, second = sorted(named, key=lambda m: m.start)
        after_former = min((p.start for p in view.places() if p.start > former.end()),
                           default=-1)
        after_latter = min((p.start for p in view.places() if p.start > latter.end()),
                           default=-1)
        return ([first] if place.start == after_former else
                [second] if place.start == after_latter else [])
    places: list[str] = []
    for p in view.places():
        if p.start > max(m.end for m in named) and p.id not in places and not (
                places and view.rules.within(places[-1], p.id)):
            places.append(p.id)  # ("Boston, Massachusetts": the state says where Boston is)
    if not _RESPECTIVELY.search(view.full, view.clause.start, view.clause.end) and (
            len(places) < 2 or _BOTH.search(view.full, view.clause.start, view.clause.end)
            or not _NAME_LIST.fullmatch(
                view.full, min(m.start for m in named), max(m.end for m in named))):
        # one place for all ("Red Wing and L.L.Bean both make boots in the US"); but "New
        # Balance, Red Wing and L.L.Bean were founded in Boston, Red Wing and Freeport"
        # pairs them in order as "respectively" would
        return chosen
    if len(places) != len(named) or place.id not in places:
        return []  # "Red Wing and L.L.Bean ... in Minnesota, Maine and Ohio respectively"
    return [named[places.index(place.id)]]


def _own_places(view: ClauseView, chosen: list[Mention]) -> dict[int, Mention] | None:
    """ "makes the 990 in Skowhegan and the 992 in Lawrence": each named subject's own
    place, the first right after it and before the next name, when every one has one
    (by the subject's start)."""
    named = sorted((m for m in chosen if m.kind != "place" and m.start >= 0),
                   key=lambda m: m.start)
    if len(named) < 2:
        return None
    places = view.places()
    paired: dict[int, Mention] = {}
    for subject, following in zip(named, [*named[1:], None], strict=True):
        stop = following.start if following is not None else view.clause.end
        own = next((p for p in places if subject.end <= p.start < stop
                    and OWN_PLACE.fullmatch(view.full, subject.end, p.start)), None)
        if own is None:
            return None
        paired[subject.start] = own
    return paired


# what stands between a name and its own place: "the 990 in Skowhegan", "the 992 at Lawrence"
# (public: the years builder pairs a listed name with its own place too)
OWN_PLACE = re.compile(r"\s+(?:(?:is|are|was|were)\s+)?(?:(?:still|now|also|only|all|mostly|"
                        r"largely)\s+)?(?:(?:made|built|assembled|produced)\s+)?"
                        r"(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
# "the former in Boston, the latter in Red Wing": the latter's place goes with the former's
_THE_LATTER = re.compile(r"\s*[,;]?\s*(?:and\s+|while\s+)?the\s+latter\s+(?:is\s+|was\s+)?"
                         r"(?:in|at|from)\s+(?:the\s+)?", re.IGNORECASE)
_BOTH = re.compile(r"\b(?:both|each|all|either)\b", re.IGNORECASE)  # "are both made in A and B"
_FORMER = re.compile(r"\bthe\s+former\b", re.IGNORECASE)
_LATTER = re.compile(r"\bthe\s+latter\b", re.IGNORECASE)
# names written as one list: "New Balance, Red Wing and L.L.Bean", "the 990 and the 993"
_NAME_LIST = re.compile(r"[^,;:!?]*?(?:(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)[^,;:!?]*?)+")


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
#: The forms of "make".
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})
# a percentage that compares, no share: "uses 31 percent less gas", "30% more pairs than"
_COMPARED_AFTER = re.compile(r"\s*(?!more\s+or\s+less\b)(?:less|more|fewer|lower|higher|"
                             r"cheaper|smaller|larger|"
                             r"bigger|greater|faster|slower|lighter|heavier|longer|shorter|"
                             r"better|worse|above|below|over|under)\b", re.IGNORECASE)
def _of_a_thing(view: ClauseView, share: Any, attribute: AttributeSpec) -> bool:
    """Whether a share is of one thing's worth or make-up ("70% of its value", "half of
    the components") where the attribute shares out neither: it is cued by a verb of
    making only, and no word of the phrase is among its cues or in its name ("share of
    components made in-house" counts "two thirds of the value of our components"; a
    share by cost has "cost" as a cue)."""
    thing = _OF_A_THING.match(view.full, share.end)
    if thing is None or any(w.lemma not in lexicon().making_verbs
                            for w in view.cues.get(attribute.id, ())):
        return False  # (a cue of the attribute's own: "made in our own workshops")
    phrase = view.full[thing.start():min(view.clause.end, thing.end() + 30)].lower()
    own = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", " ".join(
        (attribute.name or "", *attribute.cues)).lower())} - {"share", "made", "make"}
    return not any(w.rstrip("s") in own for w in re.findall(r"[a-z]{4,}", phrase))


# a participle of making right after what a thing uses or contains: "uses mesh made in
# China", "with uppers stitched in Maine", "sources leather tanned in Wisconsin"
_PARTICIPLES = frozenset({"made", "built", "sewn", "stitched", "woven", "assembled", "produced",
                          "manufactured", "crafted", "tanned", "molded", "moulded", "forged",
                          "spun", "knitted", "dyed", "grown"})
_WHERE_NEXT = re.compile(r"\s+(?:(?:by\s+hand|entirely|only|mostly|partly|largely)\s+)?"
                         r"(?:in|at)\b", re.IGNORECASE)
_USED_THING = re.compile(r"\b(?:uses?|using|used|sources?|sourcing|sourced|imports?|importing|"
                         r"imported|contains?|containing|(?:comes?|came|ships?|shipped)\s+with)"
                         r"\s+(?:(?!(?:is|are|was|were|and|or|but)\b)[\w'’-]+\s+){1,3}\Z",
                         re.IGNORECASE)
# a second verb of making after "and" between a cue and its place
_ANOTHER_MAKING = re.compile(r"\b(?:and|but)\s+(?:(?:now|still|instead|also)\s+)?(?:makes?|made|"
                             r"builds?|built|produces?|produced|assembles?|assembled|"
                             r"manufactures?|manufactured|sews|stitches|crafts|casts)\b",
                             re.IGNORECASE)
# a share of one thing's worth or make-up, not of the goods: "at least 70% of its value is
# domestic", "90 percent of the materials"
_OF_A_THING = re.compile(r"\s+of\s+(?:(?:its|the|a|an|each|their|our|his|her)\s+)?"
                         r"(?:(?:shoe|boot|pair|product|item|piece)['’]s\s+)?(?:[\w-]+\s+)?"
                         r"(?P<noun>value|cost|price|content|materials?|components?|parts|"
                         r"ingredients|weight)\b", re.IGNORECASE)
# "makes us the largest ...", "made Mararo the best-paying buyer": make someone something
_CAUSATIVE = re.compile(r"\s+(?:us|it|them|him|her|me|you|(?-i:[A-Z][\w.'’-]*)"
                        r"(?:\s+(?-i:[A-Z][\w.'’-]*))*)\s+(?:the|a|an|one|its|our|their)\s+"
                        r"(?:[\w-]+\s+)?(?:\w+est|most|best|first|only|leading|top|biggest|"
                        r"number|one|of|world|country|nation|region)\b", re.IGNORECASE)
_ALL = re.compile(r"all(?: of)?|every|entirely|exclusively|wholly", re.IGNORECASE)


def _ids(view: ClauseView, word: Word) -> set[str]:
    """The attributes a cue word cues in the clause."""
    return {a for a, words in view.cues.items() if any(w.i == word.i for w in words)}


def _share_covers(view: ClauseView, attribute: AttributeSpec, place: Mention) -> bool:
    """Whether a share attribute can state a share for ``place``: its own place or a part
    of it, or a place of its complement ("all of its syrup in Quebec" is no US share)."""
    rules = view.rules
    if attribute.place is None or rules.within(place.id, attribute.place):
        return True
    complement = attribute.complement
    return complement is not None and any(rules.within(place.id, c) for c in complement.places)


def _deny(share: Interval) -> Interval | None:
    """The shares "not <share>" allows: "not all" is [0, 1); a middle band allows no claim."""
    if share.high >= 1 and share.low > 0:
        return Interval(0.0, share.low, False, not share.low_open)
    if share.low <= 0 and share.high < 1:
        return Interval(share.high, 1.0, not share.high_open, False)
    return None
