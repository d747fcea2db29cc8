"""Helpers every builder uses: applicability, assertion, negation, spans."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimcheck.claims.lexicon import Quantifier, lexicon
from claimcheck.claims.mentions import Mention
from claimcheck.claims.quotes import TEXT_PART
from claimcheck.claims.tokens import Word
from claimcheck.rules.schema import AttributeSpec

if TYPE_CHECKING:
    from claimcheck.claims.extractor import ClauseView

MAX_SPAN = 90
"""Longest stretch marked as one claim before falling back to the subject's name."""
_TIME_WORDS = re.compile(
    r"\b(?:currently|now|today|still|soon|no longer|since \d{4}|\w+ (?:years?|decades?) ago)\b",
    re.IGNORECASE,
)
AGE_AFTER = re.compile(r"[\s-]*(?:old\b|of (?:history|heritage|tradition)\b|history\b)",
                        re.IGNORECASE)


def applies(attribute: AttributeSpec, subject: Mention) -> bool:
    """True when ``attribute`` may be said of a subject of this kind.

    A place is a subject only for attributes that name places in ``kinds``
    (a city's population); otherwise a place in a clause is where, not who.
    """
    if subject.kind == "place":
        return "place" in attribute.kinds
    return not attribute.kinds or subject.kind in attribute.kinds


def asserted_at(view: ClauseView, offset: int) -> bool:
    """False when what stands at ``offset`` is asked about, hoped for or supposed
    ("planners hope the city will grow to 350,000 residents")."""
    lex = lexicon()
    before = view.before(offset)
    if stated_now(view, offset) or _POSSESSED.search(before, max(0, len(before) - 48)):
        return True  # ("You will learn from our six master smiths": they exist already)
    opens = view.clause.start == view.sentence.start_char  # the clause opens the sentence
    # "The plant would make the Nightjar, which the company launched in 2015": a relative
    # clause has its own mood
    own = before[max((m.end() for m in _RELATIVE_OPENER.finditer(before)), default=0):] if (
        ", wh" in before) else before
    return not (lex.modal.search(own) or _asked(lex.question, before, opens)
                or lex.conditional.search(own) or _headline_plan(view, before)
                # "There's a rumor online that some Bean Boots are made in China", "the
                # stories saying L.L.Bean makes a million pairs": hearsay, not the writer's
                or (_hearsay(before) and not reported_false(view, offset)
                    and _CALLED_TRUE.match(view.full, offset, view.sentence.end_char) is None)
                # "... handcrafted in New England, or so the ads would have you believe"
                or _OR_SO.search(view.full, offset, view.sentence.end_char) is not None
                # "A third of Pittsburgh's residents are Black, the blog claimed"
                or ((view.full.find("claimed", offset, view.sentence.end_char) >= 0
                     or view.full.find("alleged", offset, view.sentence.end_char) >= 0)
                    and _DOUBTED_AFTER.match(view.full, offset, view.sentence.end_char)
                    is not None))


_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whom)\b", re.IGNORECASE)
def _hearsay(before: str) -> bool:
    """Whether a rumour or a story reports what follows (see :data:`_HEARSAY`), or a part
    of a text under review says it ("the Models section says the 990 came out in 1984")."""
    lowered = before.lower()  # (a substring test first: asserted_at() runs for most claims)
    return any(w in lowered for w in _HEARSAY_WORDS) and (
        _HEARSAY.search(before) is not None or _TEXT_SAYS.search(before) is not None)


_HEARSAY_WORDS = ("rumo", "stor", "gossip", "specul", "alleg", "chatter", "hearsay", "report",
                  "says", "said", "reads", "states", "lists", "claims")
_TEXT_SAYS = re.compile(r"(?<!\bof\s)\b(?:the|this|that|its|an)\s+(?:(?:first|second|third|"
                        r"opening|last|final|current|original|(?-i:[A-Z])[\w-]*)\s+){0,2}"
                        r"(?:sentence\s+(?:of|in)\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+)?)?"
                        + TEXT_PART + r"(?!\s+(?:of|for)\b)"
                        + r"\s+(?:(?:still|now|currently|originally|previously|also)\s+)?"
                        r"(?:says?|said|reads?|states?|stated|claims?|claimed|lists?|listed)"
                        r"\s+(?:that\s+)?(?:[^,.;:!?]{0,60})\Z", re.IGNORECASE)
# ... unless the sentence goes on to confirm it: "The report that New Balance was founded
# in 1906 is accurate"
_CALLED_TRUE = re.compile(r"(?:(?!\b(?:but|though|although|while|whereas)\b)[^,;:])*?"
                          r"\b(?:is|are|was|were|proved|proves|turned\s+out\s+to\s+be)\s+"
                          r"(?:(?:entirely|completely|quite|perfectly)\s+)?(?:accurate|true|"
                          r"correct|right|well[\s-]founded|confirmed)\b", re.IGNORECASE)
# a rumour or a story that reports the clause after it: "a rumor online that", "the
# stories saying", "press reports claiming" (not the verb "the company reports that")
_HEARSAY = re.compile(r"\b(?:rumou?rs?|story|stories|gossip|speculation|allegations?|chatter|"
                      r"hearsay|"
                      r"(?:the|some|online|news|recent|press|media|unconfirmed)\s+reports?)"
                      r"(?:\s+(?:online|circulating|going\s+around|on\s+\w+))?\s+(?:that|saying|"
                      r"claiming|suggesting)\b", re.IGNORECASE)
# a figure right after a possessive is presupposed, whatever the clause plans or asks: "You
# will learn from our six master smiths", "New Balance hopes to expand its five factories"
_POSSESSED = re.compile(r"\b(?:our|its|their|(?-i:[A-Z])[\w.&-]*['’]s?)\s+(?:current\s+|"
                        r"existing\s+)?\Z", re.IGNORECASE)


# a source named after the clause with a verb of doubtful saying, as "claims that" before
# it (not "says", "said")
# ("..., despite online claims", "..., as the company claims": no distance kept)
_DOUBTED_AFTER = re.compile(r"[^;!?]*?,\s*(?:the|a|an|its|their|some|many|one)\s+"
                            r"(?:[\w'’-]+\s+){0,2}?(?:claimed|alleged)\s*[.!?\"”]*\s*\Z",
                            re.IGNORECASE)
_OR_SO = re.compile(r"[,—–]\s*or so\b[^.;!?]{0,40}?\b(?:would have (?:you|us) believe|claims?|"
                    r"says?|said|tells? us|told us|insists?|goes the (?:story|legend))\b",
                    re.IGNORECASE)


def _headline_plan(view: ClauseView, before: str) -> bool:
    """A headline's "X to VERB" announces a plan ("New Balance to Pour $65M Into New
    Hampshire Plant"); in title case only, where "to Pour" cannot be a place ("moved from
    Boston to Maine")."""
    found = _HEADLINE_TO.search(before)
    if found is None or _to_a_number(view, before, found):
        return False
    words = _LONG_WORD.findall(view.full, view.sentence.start_char, view.sentence.end_char)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _to_a_number(view: ClauseView, before: str, found: re.Match[str]) -> bool:
    """Whether the headline's "to" stands right before a number: the level a change
    reached ("How Pittsburgh Went From 677,000 People to 303,000"), not a plan."""
    return (found.end() == len(before) and found.group().rstrip()[-2:].lower() == "to"
            and view.full[view.clause.start + len(before):][:1].isdigit())


_HEADLINE_TO = re.compile(r"(?<!\bFrom )(?<!\bfrom )\b(?-i:[A-Z])[\w.&'’-]*\s+(?i:to)\s+"
                          r"(?:(?!(?:Its|The|A|An|Our|Their|His|Her|Be)\b)(?-i:[A-Z][a-z]+)"
                          r"(?:\s+|\Z)|\Z)")
_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _asked(question: re.Pattern[str], before: str, opens: bool = False) -> bool:
    """A question word before the value ("Nobody knows how many pairs ..."), not "what"
    after "despite" or "contrary to", which names a thing, not a question ("Despite what a
    viral post claimed, the factories do not employ 5,000"). Nor "why", "how" or "what"
    opening a sentence that asks nothing (a question ends in "?"): the headline "Why New
    Balance Still Builds a Quarter of Its Sneakers in New England" and the cleft "What Jim
    Davis bought in 1972 was a small Boston firm" state what they explain; but "How many
    pairs it makes is a secret" does not."""
    return any(not _NAMES_WHAT.search(before, 0, m.start())
               and not (opens and not before[:m.start()].strip(" \"“'‘")
                        and _EXPLAINS.match(before, m.start()))
               for m in question.finditer(before))


_EXPLAINS = re.compile(r"(?:why|how|what)\b(?!\s+(?:many|much|often|long|far|big|large|old|"
                       r"soon|few|little)\b)", re.IGNORECASE)
_NAMES_WHAT = re.compile(r"\b(?:despite|in spite of|contrary to|unlike|regardless of|"
                         r"no matter|for|from)\s+\Z", re.IGNORECASE)  # "For what it's worth"


def stated_now(view: ClauseView, offset: int) -> bool:
    """Whether ", now" stands right before ``offset``: "will lift its cheese output, now
    about 60 million pounds a year, by a fifth" states the present value."""
    return _NOW.search(view.full, max(view.clause.start, offset - 40), offset) is not None


_NOW = re.compile(r",\s*(?:now|currently|today)\s+(?:at\s+)?(?:about|around|roughly|some|nearly|"
                  r"almost|over|more than|just over|just under|close to)?\s*\Z", re.IGNORECASE)


def cue_asserted(view: ClauseView, cue: Word) -> bool:
    """False when the cue is asked about, hoped for, or named as a topic."""
    lex = lexicon()
    if not asserted_at(view, cue.idx):
        return False
    previous = view.table.lower[cue.i - 1] if cue.i > view.clause.first else ""
    two_back = view.table.lower[cue.i - 2] if cue.i - 2 >= view.clause.first else ""
    if previous == "of" and (two_back in lex.part_words or two_back[-1:].isdigit()):
        return True  # "its domestic share of manufacturing is 60%": a part of the making
    return not (previous in lex.nominalisers and cue.lower.endswith(("ing", "ed", "en", "de")))



def negated(view: ClauseView, offset: int) -> bool:
    """True when a negation stands before ``offset`` in the same comma-free stretch
    ("The 990 doesn't come from China, it is made in Maine" does not deny Maine)."""
    before, wrong = _called_wrong(view, offset)
    if wrong is not None:
        # "he is mistaken that we no longer make mattresses in America": what is called
        # wrong is denied, and a denial in it granted
        return not _negation_in(view, before[wrong.end():], offset)
    return _negation_in(view, before, offset)


def granted_denial(view: ClauseView, offset: int) -> bool:
    """Whether what stands at ``offset`` is a denial that a speaker is called wrong for ("he
    is mistaken that we no longer make mattresses in America"): granted, it says only that
    some still are, not that all are."""
    before, wrong = _called_wrong(view, offset)
    return wrong is not None and _negation_in(view, before[wrong.end():], offset)


def _called_wrong(view: ClauseView, offset: int) -> tuple[str, re.Match[str] | None]:
    """The clause before ``offset`` (without bracketed asides: "Bean boots (the real ones,
    not knockoffs) are still made in Maine") and the words calling a speaker wrong about
    what follows, if any."""
    before = _BRACKETED.sub(" ", view.before(offset))
    lowered = before.lower()
    wrong = (_WRONG_THAT.search(before) if any(w in lowered for w in _WRONG_WORDS)
             else None)  # (a substring test first: negated() runs for most claims)
    if wrong is not None and _RIGHT_THAT.search(view.full, view.clause.start + wrong.end(),
                                                 view.clause.end):
        # "is wrong that X, and right that it makes the 993 in Lawrence": which claim each
        # verdict is about is not told apart here; neither is flipped
        wrong = None
    return before, wrong


def _negation_in(view: ClauseView, before: str, offset: int) -> bool:
    """Whether ``before`` (the clause up to ``offset``) denies what stands at ``offset``."""
    # "It wasn't until 2008 that the 993 was released": the idiom dates, it denies nothing
    if reported_false(view, offset):
        return True  # "Rumors that L.L.Bean will move production to China are false"
    # "is not, and has never been, made in the US": the aside after the negation goes on
    # from it
    if "," in before and lexicon().negation.search(before):
        before = _NEGATED_ASIDE.sub(r"\1 ", before)
    before = _NOT_UNTIL.sub(" ", _ANSWER_NO.sub(" ", before[before.rfind(",") + 1:]))
    if _DENIES_THAT.search(before):
        # "... and denies that it operates seven": what is denied
        return not _NOT_DENIED.search(before)
    if _NOT_DENIED.search(before):
        return False  # "do not dispute that the 998 is assembled in Lawrence": granted
    if "without" in before:
        # "a single malt without an age statement, launched in 2020": "without" denies the
        # thing it names, not what comes after it
        before = _WITHOUT_THING.sub(" ", before)
    if _NOT_BEFORE_UNTIL.search(before) and _UNTIL_AFTER.match(view.full, offset,
                                                             view.clause.end):
        return False  # "didn't move to Columbus until 1937": it did, in 1937
    if _NOT_STOPPED.search(before):
        before = _NOT_STOPPED.sub(" ", before)  # "never stopped making boots in Red Wing"
    stopped = _STOPPED_THEN.search(before)
    if stopped is not None:
        # "stopped making sneakers and builds the Iron Ranger in China": the stop ends
        # before the next verb
        before = before[:stopped.start()] + " " * (stopped.end("stop") - stopped.start()) \
            + before[stopped.end("stop"):]
    return bool(lexicon().negation.search(before))


# "did not ... until 1937", "wasn't opened until the 1950s": it was, then
_NOT_BEFORE_UNTIL = re.compile(r"\b(?:not|\w+n['’]t)\b(?:\s+[\w-]+){0,3}\s*\Z", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"[^,;:]*?\buntil\s+(?:(?:the|early|late|mid|in)[\s-]+)*"
                          r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:\d{4}s?|last\s+\w+|"
                          r"this\s+(?:year|spring|summer|fall|autumn|winter|month)|recently)\b",
                          re.IGNORECASE)


# a stop followed by another clause or verb before the claim: "stopped making sneakers and
# builds", "stopped making excuses, and makes"
_STOPPED_THEN = re.compile(r"(?P<stop>\b(?:stop(?:s|ped)?|ceas(?:e|es|ed)|quit(?:s)?|halt(?:s|ed)?|"
                           r"g[ia]ves?\s+up))\s+[^;]*?(?:;|,\s*(?:and|but)\b|\b(?:and|but)\s*\Z|"
                           r"\b(?:and|but)\s+"
                           r"(?:(?:now|still|instead|also)\s+)?(?:makes?|made|builds?|built|"
                           r"produces?|produced|assembles?|assembled|manufactures?|manufactured|"
                           r"sews|sewed|stitches|stitched|crafts|crafted|casts|moved|moves|has|"
                           r"have|had|is|are|was|were|runs|ran|opened|opens|keeps|kept|sells|"
                           r"sold|focuses|focused)\b)[^;]*\Z", re.IGNORECASE)
# a stop denied is no stop: "never stopped making boots in Red Wing" still makes them
_NOT_STOPPED = re.compile(r"(?:\b(?:never|not)|n['’]t)\s+(?:(?:ever|once|really|yet)\s+)?"
                          r"(?:stop(?:s|ped)?|ceased?|quit|halt(?:ed)?|g[ia]ve\s+up)\b",
                          re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")
_WRONG_WORDS = ("wrong", "mistaken", "incorrect", "true")
_RIGHT_THAT = re.compile(r"\b(?:right|correct)\s+(?:that|to\s+say|in\s+saying)\b",
                         re.IGNORECASE)
# a speaker called wrong about what follows: "he is mistaken that", "they are wrong to say",
# "it is not true that"
_WRONG_THAT = re.compile(r"(?:\b(?:is|are|was|were|am)\s+|['’](?:re|s|m)\s+)"
                         r"(?:(?:simply|quite|just|also|dead)\s+)?"
                         r"(?:mistaken|wrong|incorrect)\s+(?:that|to\s+(?:say|claim|think|"
                         r"suggest)|in\s+(?:saying|claiming|thinking)|when\s+(?:they|he|she|"
                         r"people|critics|rivals)\s+(?:say|said|claim|claimed|write|wrote)"
                         r"(?:\s+that)?)\b|\b(?:it\s+is|it['’]s)\s+"
                         r"(?:false|untrue|not\s+true)\s+that\b", re.IGNORECASE)
# a reported denial and its negation: "denies that it operates seven" is denied, "does
# not dispute that it is assembled in Lawrence" granted
_DENIES_THAT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|disputes?|disputed|disputing|"
                          r"contests?|contested|rejects?|rejected)\s+(?:the\s+claim\s+)?that\b",
                          re.IGNORECASE)
_NOT_DENIED = re.compile(r"\b(?:not|never|n['’]t|no\s+one|nobody|none|few)\s+"
                         r"(?:\w+\s+){0,2}?(?:den(?:y|ies|ied)|"
                         r"dispute[sd]?|contest(?:s|ed)?|reject(?:s|ed)?|doubt(?:s|ed)?|"
                         r"question(?:s|ed)?)\s+(?:the\s+claim\s+)?that\b", re.IGNORECASE)
_WITHOUT_THING = re.compile(r"\bwithout\s+(?:a|an|any|the|its|their|our|his|her)\s+"
                            r"(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+\S)", re.IGNORECASE)


_NEGATED_ASIDE = re.compile(r"\b(not|never|\w+n['’]t)\s*,\s*(?:and|or|nor|but)\b[^,]{1,60},",
                            re.IGNORECASE)


def reported_false(view: ClauseView, offset: int) -> bool:
    """Whether what stands at ``offset`` is reported in order to be called false ("Reports
    that the company runs five kilns are wrong")."""
    return (_REPORT_THAT.search(view.full, view.clause.start, offset) is not None
            and _CALLED_FALSE.match(view.full, offset, view.sentence.end_char) is not None)


# what a sentence may report in order to call it false: "Rumors that ... are false", "The
# claim that ... is untrue", "Reports that ... were wrong"
_REPORT_THAT = re.compile(r"\b(?:rumou?rs?|reports?|claims?|suggestions?|speculation|stories|"
                          r"allegations?|idea|notion|belief|assertions?)\s+that\b", re.IGNORECASE)
# ... the first verb after the reported clause, before any comma or "but"
_CALLED_FALSE = re.compile(r"(?:(?!\b(?:but|though|although|while|whereas)\b)[^,;:])*?"
                           r"\b(?:is|are|was|were|remains?|proved|proven)\s+(?:(?:simply|"
                           r"completely|entirely|totally|flatly|just)\s+)?(?:false|untrue|"
                           r"wrong|unfounded|baseless|groundless|incorrect|inaccurate|a myth|"
                           r"nonsense|not true)\b", re.IGNORECASE)


# an answer's "No" before a dash denies the question, not what follows: "No — about one in
# four pairs is made here" (but "is not — despite rumors — made in China" denies)
_ANSWER_NO = re.compile(r"\A\W*(?:no|nope|not really|not quite|not exactly)\s*[—–-]",
                        re.IGNORECASE)


_NOT_UNTIL = re.compile(r"\b(?:not|\w+n['’]t)\s+until\b.{1,60}?\bthat\b|\bnot\s+until\b",
                        re.IGNORECASE)


def qualifiers(view: ClauseView, *words: str) -> list[str]:
    """Qualifier words for a claim: the given ones plus the clause's time words."""
    found = [w for w in words if w]
    found.extend(m.group().lower() for m in _TIME_WORDS.finditer(view.text))
    return found


def nearest(items: list[Any], offset: int) -> Any:
    return min(items, key=lambda item: abs(item.start - offset)) if items else None


def subjects(view: ClauseView, attribute: AttributeSpec) -> list[Mention]:
    """The clause's subjects this attribute applies to; named products before their brand."""
    applicable = [s for s in view.subjects if applies(attribute, s) and not _owner_only(view, s)]
    if not applicable and view.subjects:
        if view.makers is None:
            view.makers = [m for m in (_maker(view, s) for s in view.subjects
                                       if s.kind == "product") if m is not None]
        applicable = [m for m in view.makers if applies(attribute, m)]
    products = [s for s in applicable if s.kind == "product"]
    return products or applicable


def by_place(view: ClauseView, attribute: AttributeSpec) -> bool:
    """Whether the rules give an attribute with no place of its own place by place for a
    subject of the clause (the share of its cocoa from Ghana, from Ecuador; the year its
    Palmyra plant opened): its claims are then each about the place they name."""
    return attribute.place is None and any(
        f.place is not None for s in subjects(view, attribute)
        for f in view.rules.facts_for(s.id, attribute.id))


def _owner_only(view: ClauseView, subject: Mention) -> bool:
    """ "New Balance's 990, 992 and 993 are all made in the USA": the brand only owns the
    products the clause is about."""
    return subject.possessive and any(
        m.kind == "product" and 0 < m.start - subject.end <= 3
        and view.rules.entities[m.id].parent == subject.id for m in view.subjects)


def _maker(view: ClauseView, subject: Mention) -> Mention | None:
    """ "... CorkWave, the floor it launched in 2015. It processes 48,000 tons of cork a
    year": a pronoun that last referred to a product, with an attribute only its maker can
    have, refers to the maker (and so does "its" in "About 45 percent of its cocoa")."""
    said = view.full[subject.start:subject.end].lower()
    if said not in lexicon().subject_pronouns and not (
            said in ("its", "their") and any(
                w.idx - subject.end == 1 for words in view.cues.values() for w in words)):
        return None  # (also "its cocoa" after a product, its cue right after: the maker's)
    parent = view.rules.entities[subject.id].parent
    if parent is None or parent not in view.rules.entities:
        return None
    return Mention(subject.start, subject.end, parent, view.rules.entities[parent].kind)




def span(subject: Mention, clause_start: int, *ends: int) -> tuple[int, int]:
    """The claim's words: subject (when named in the clause), cue and value.

    When they lie far apart (a long list) only the evidence (cue and value) is
    marked; the report names the subject anyway.
    """
    points = list(ends)
    if subject.start >= clause_start:
        points += [subject.start, subject.end]
    if max(points) - min(points) > MAX_SPAN:
        return min(ends), max(ends)
    return min(points), max(points)


def quantifier(view: ClauseView, offset: int) -> tuple[Quantifier, re.Match[str]] | None:
    lex = lexicon()
    found = []
    for entry in lex.quantifiers:
        for match in entry.regex.finditer(view.text):
            if (is_superlative(view.text, match) or _apart(view, match, offset)
                    or _HOW.search(view.text, max(0, match.start() - 4), match.start())
                    or _before_product(view, view.clause.start + match.end())
                    or _SPEAKERS_AFTER.match(view.text, match.end())
                    or (_PART_OF_ONE.match(view.text, match.end())
                        and match.group().lower().endswith("part"))):
                continue  # "How many pairs ...?" asks, it does not quantify; "Every Bean
                # Boot we sell" is each of one product, no share of the maker's output;
                # "Some readers wrote that ..." counts the writers; "part of a $12 million
                # investment" is a part of one thing
            found.append((abs(view.clause.start + match.start() - offset), entry, match))
    # "virtually all" also contains "all": a match inside a longer one does not count
    found = [item for item in found if not any(
        other[2].start() <= item[2].start() and item[2].end() <= other[2].end()
        and other[2].end() - other[2].start() > item[2].end() - item[2].start()
        for other in found)]
    if not found:
        return None
    _, entry, match = min(found, key=lambda item: item[0])
    return entry, match


_HOW = re.compile(r"\bhow\s+\Z", re.IGNORECASE)
_PART_OF_ONE = re.compile(r"\s+of\s+(?:an?|one)\b", re.IGNORECASE)
# the people a quantifier counts, who say what follows: "Some readers wrote that"
_SPEAKERS_AFTER = re.compile(r"\s+(?:of\s+(?:the|our|its|their)\s+)?(?:[a-z]+\s+){0,2}?"
                             r"(?:wrote|write|writes|say|says|said|claim|claims|claimed|"
                             r"believe|believes|believed|think|thinks|thought|argue|argues|"
                             r"argued|told\s+us|insist|insists|insisted)\s+(?:that\b|[\"“])",
                             re.IGNORECASE)
#: "the rest" of what a share or count left out ("...; the rest is drunk in Kenya").
REST = re.compile(r"\s*\bthe\s+(?:rest|remainder|balance)\b", re.IGNORECASE)
#: Words before a place that put what is said outside it ("comes from outside Latin
#: America", "two factories outside the United States").
OUTSIDE = re.compile(r"\b(?:outside|beyond|except|excluding|other than)\s+(?:of\s+)?"
                     r"(?:the\s+)?\Z", re.IGNORECASE)


def _before_product(view: ClauseView, end: int) -> bool:
    """Whether a product's name follows right after ``end`` ("every Bean Boot")."""
    return any(m.kind == "product" and 0 < m.start - end <= 2
               and not view.full[end:m.start].strip() for m in view.mentions)


def _apart(view: ClauseView, match: re.Match[str], offset: int) -> bool:
    """A comma between quantifier and cue: "Unlike many brands, X makes..." """
    start = view.clause.start
    low, high = sorted((start + match.end(), offset))
    return "," in view.full[low:high]


def is_superlative(text: str, match: re.Match[str]) -> bool:
    if match.group().lower() != "most":
        return False
    following = re.match(r"\s+(\w+)", text[match.end():])
    word = following.group(1) if following else ""
    preceded = text[:match.start()].rstrip().lower().endswith(("the", "our", "its", "their"))
    # "Most Red Wing boots": a capitalised word after "most" starts a name, not an adjective
    return preceded or (word.islower() and word.endswith(lexicon().adjective_endings))


# Between two places or items of one list: "Maine and Massachusetts", "Lawrence, Methuen",
# "in Chelsea and in Portsmouth" (use with ``fullmatch`` on the text between them).
LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|&\s*)(?:in\s+)?(?:the\s+)?")
# A contrast that denies what follows: "in New England, not in England", "a lifestyle
# sneaker now, not a running shoe".
# "there" for the last place named ("It makes the 990 there"), not "there is"
THERE = re.compile(r"\b(?P<there>there)\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|"
                   r"might|must|should|could|can|used|seems?|appears?)\b|['’](?:s|re|d|ll)\b)",
                   re.IGNORECASE)  # (not "there's one near you": none of its places)
CONTRAST = r",\s*(?:but\s+)?not\s+(?:in\s+|from\s+|at\s+)?(?:an?\s+|the\s+)?"


_BY_BEFORE = re.compile(r"\d(?:\s*[a-zA-Z]{1,3})?\s+[x×]\s*\Z|\d[x×]\s*\Z")  # not "2019 Max 3"
_BY_AFTER = re.compile(r"\s*[x×]\s*\d")


def one_side(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is one side of a thing's size ("a
    blanket, 230 x 205 cm"): no amount an attribute sums, nor one to compare."""
    return (_BY_BEFORE.search(text, max(0, start - 12), start) is not None
            or _BY_AFTER.match(text, end) is not None)


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """A plural the lemma table does not know, made singular by rule ("roasteries",
    "baristas", "cafés"); other words as they are."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


#: A figure set right: "446 bridges, not 1,446", "cost £3.2 million, not £8 million".
NOT_INSTEAD = re.compile(r"(?:,|\(|—|–)\s*not\s+(?:the\s+)?\Z", re.IGNORECASE)
#: The label of an answer after a question ("Q. How many ...? A. 446", "Answer: four").
ANSWER_LABEL = r"(?-i:A|Answer|Ans)\s*[.:]\s*"


def person_started(view: ClauseView, cue: Word) -> bool:
    """Whether a person, not an organisation, is who started ("I started at the old state
    glassworks in 1989", "she began as an apprentice"): a personal pronoun before a verb of
    starting that takes no object (not "He started Red Wing in 1905")."""
    if not (cue.lemma in lexicon().phase_verbs or cue.lower in lexicon().phase_verbs):
        return False
    person = _PERSON_BEFORE.search(view.full, max(view.clause.start, cue.idx - 12), cue.idx)
    if person is None or _NO_OBJECT.match(view.full, cue.idx + len(cue)) is None:
        return False
    # "the company he founded there", "Tamarack Bay, which she started in 1948": the verb's
    # object is the phrase the relative clause hangs on, not missing
    return not (_RELATIVE_BEFORE.search(view.full, max(0, person.start() - 8), person.start())
                or _organisation_before(view, person.start()))


def _organisation_before(view: ClauseView, at: int) -> bool:
    """Whether an organisation is named, or referred to ("the company"), right before
    ``at``."""
    before = view.full[max(0, at - 40):at].rstrip().lower()
    return any(before.endswith(phrase) for phrase in lexicon().pronouns["organisation"]) or any(
        m.kind == "organisation" and 0 <= at - m.end <= 2 for m in view.mentions)


_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+\Z", re.IGNORECASE)


_PERSON_BEFORE = re.compile(r"\b(?-i:I|[Hh]e|[Ss]he)\s+(?:\w+\s+)?\Z")
_NO_OBJECT = re.compile(r"\s+(?:at|in|as|with|out|here|there|working|off|on|my|his|her)\b",
                        re.IGNORECASE)
