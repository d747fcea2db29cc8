"""Who a clause is about: named entities, or the one "it"/"the company" refers to."""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck.claims.lexicon import lexicon, words_regex
from claimcheck.claims.mentions import BY_AGENT, POSSESSIVE, Mention
from claimcheck.quantities.numbers import START_WORDS
from claimcheck.rules.model import RuleSet

_SUBJECT_KINDS = ("organisation", "product", "person", "other", "place")
_LOCATIVE_RE = re.compile(
    r"\b(?:in|at|near|from|across|outside|inside|throughout|to|into|around|within|than|"
    r"(?:seat|capital|part|suburb|heart|edge|outskirts|side|end|corner|"
    r"north|south|east|west|middle|center|centre)\s+of)\s+(?:the\s+)?\Z", re.IGNORECASE)


# a name the rules do not know and the comma before its appositive: "Gainer & Wolfe, "
_NAME_AND_COMMA = re.compile(r"\W*(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:&|and|of|(?-i:[A-Z])[\w.&'’-]*))*"
                             r"\s*,\s*")
_OF_NAME = re.compile(r"\s+of\s+[A-Z]")
_DESCRIBED_RE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w’'-]+)")
_PLACE_WORDS = re.compile(r"\s(?:in|at|near|from|outside|of|on|by|to)\s", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[\s\"“'‘(]*([A-Za-z][\w’'.-]*)")
_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|s|m)\Z")
_CONTRACTED_PRONOUNS = frozenset({"they", "we", "it", "you", "i", "he", "she", "there", "that",
                                  "here", "what", "who", "where", "let", "today", "tonight",
                                  "yesterday", "tomorrow", "everyone", "everybody", "nobody"})


# Names and hyphenated words may stand inside "the ... automaker": "the Ann Arbor-based
# automaker", "the Detroit carmaker" (not "the rival automaker", another company).
# Words between "the" and a referring noun: "the Ann Arbor-based automaker", "the Utrecht-
# based bicycle maker"; a lowercase word may name the trade ("bicycle"), but not a contrast
# ("the rival company", "the parent company" are others).
_OTHERS = ("rival", "other", "parent", "competing", "former", "sister", "partner", "another",
           "smaller", "larger", "bigger", "new", "foreign", "same", "second", "first", "latter")
_MODIFIERS = (r"(?:(?:(?-i:[A-Z])[\w.&'’]*|\w+-[\w-]+)\s+){0,3}"
              r"(?:(?!(?:" + "|".join(_OTHERS) + r")\s)(?-i:[a-z])[a-z]+\s+)?")


def _referring(phrases: list[str], kind: str) -> re.Pattern[str]:
    """The pattern of a kind's referring phrases ("the company"), with room for modifiers
    before the noun (not for places: "the second-largest city in Pennsylvania" describes).
    The modifiers are written once before one alternation of the nouns: repeated in each
    alternative they made the pattern slow."""
    if kind == "place":
        # (not a compound: "the county seat", "the city council", "the state line")
        return re.compile(words_regex([re.escape(p) for p in phrases]).pattern
                          + _PLACE_COMPOUND, re.IGNORECASE)
    if kind not in ("organisation", "product"):
        return words_regex([re.escape(p) for p in phrases])
    nouns = [p[4:] for p in phrases if p.startswith("the ")]
    others = [re.escape(p) for p in phrases if not p.startswith("the ")]
    # ("your company": a letter to shareholders)
    head = r"(?:the|this|(?-i:[Yy]our))\s+" + _MODIFIERS + "(?:" + "|".join(
        re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + ")"
    return words_regex([head, *others])


_PLACE_COMPOUND = (r"(?!\s+(?:seat|council|councils|government|line|lines|border|limits|hall|"
                   r"fair|court|courts|commission|board|legislature|police|budget|capital|"
                   r"capitol|officials?|authorities|agency|department|park|parks|road|roads|"
                   r"highway|route|school|schools|library|museum)\b)")


class SubjectTracker:
    """Remembers the last subject of each kind.

    "It", "they", "its", "their" refer to the last company, product or person named,
    also across paragraphs (in an article that names only places, to the last place
    within its paragraph), but not past a clause that opens with a name the rules do
    not know ("Nike is its biggest rival. It was founded ..."). "The company", "the
    brand" refer to the last organisation and "the shoe", "the model" to the last
    product: an article's later paragraphs often open with "The company ...".
    """

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._last: dict[str, str] = {}
        self.foreign = False
        """The last clause looked at opens with a name the rules do not know."""
        self._named_other = False  # a company, product or person named so far
        self._product_end = 0  # where the last product named ends
        self._common_words: frozenset[str] | None = None
        self._unknown_pair = False  # the last clause named two things the rules do not know
        self._lemma_table: Any = None
        self._patterns: list[tuple[str, re.Pattern[str]]] = [
            (kind, _referring(list(words), kind))
            for kind, words in sorted(lexicon().pronouns.items(), key=lambda kv: kv[0] == "any")
        ]

    def seed(self, entity: str, kind: str) -> None:
        """Start the document with ``entity`` as what "it" and "the company" refer to."""
        self._last[kind] = entity
        self._last["any"] = entity
        self._named_other = True

    def last_place(self) -> str | None:
        """The last place named so far in the paragraph or before it."""
        return self._last.get("place")

    def last_organisation(self) -> str | None:
        """The last company or other organisation named or referred to so far."""
        return self._last.get("organisation")

    def reset(self) -> None:
        """A new paragraph: "it" and "they" still reach back to the last company, product or
        person (a paragraph often opens with "Its ..."), not to a place."""
        if self._last.get("any") is not None and not self._named_other:
            del self._last["any"]  # a place "it" does not reach into the next paragraph

    def subjects(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """Subjects of the clause ``text[start:end]``, remembering named ones."""
        pair_before, self._unknown_pair = self._unknown_pair, self._names_unknown_pair(
            text, start, end, mentions)
        if pair_before and _THEY_OPENS.match(text, start, end):
            # "Which is more than Nike and Adidas can say. They make almost none of their
            # shoes in the United States": "they" are the two names the rules do not know
            self.foreign = True
            return _first_of_each([m for m in mentions if m.kind in _SUBJECT_KINDS
                                   and m.kind != "place" and m.role == "name"])
        return self._subjects(text, start, end, mentions)

    def _names_unknown_pair(self, text: str, start: int, end: int,
                            mentions: list[Mention]) -> bool:
        """Whether the clause names two things the rules do not know, joined by "and"
        ("Nike and Adidas"), which a "they" after it may stand for."""
        if text.find(" and ", start, end) < 0 and text.find(" & ", start, end) < 0:
            return False
        for m in _UNKNOWN_PAIR.finditer(text, start, end):
            if any(x.start < m.end() and m.start() < x.end for x in mentions):
                continue
            if not any(self._known(w.lower()) for w in (m.group(1), m.group(2))):
                return True
        return False

    def _subjects(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        self.foreign = False
        wide = _INDUSTRY_WIDE.match(text, start, end)
        if wide is not None:
            # "Across the industry, virtually all of the footwear sold here is imported":
            # the industry's, no one's the reader was told about (a name in it still is)
            self.foreign = True
            return _first_of_each([m for m in mentions if m.start >= wide.end()
                                   and m.kind in _SUBJECT_KINDS and m.kind != "place"
                                   and m.role == "name"])
        other = _OPENING_OTHER_PARTY.match(text, start, end)
        if other is not None:
            # "Its longtime rival, the Riverbend Dinnerware Company, closed ...": about the
            # rival (a name the rules know in the appositive, else no one they know)
            named = _first_of_each([m for m in mentions if m.start >= other.end()
                                    and m.kind in _SUBJECT_KINDS and m.kind != "place"
                                    and m.role == "name"])
            if named and named[0].start - other.end() <= 8:
                return named[:1]
            self.foreign = True
            # (what "it" stands for after it still is: "Its first owner, William Riley,
            # founded it in Boston")
            return self._referred(text, other.end(), end, foreign=True)
        contrasted = _CONTRASTED.match(text, start, end)
        if contrasted is not None:
            # "Unlike the 990, the Hierro is not built in the US": the 990 is not the subject
            mentions = [m for m in mentions if not start <= m.start < contrasted.end()]
        # "four factories, twice as many as Red Wing", "Red Wing, not New Balance, was
        # founded": the name compared with, or denied, is not who the clause is about
        # (but it is in "younger than Red Wing, which was founded in 1905")
        compared: set[int] = set()  # (kept for the relative clause after them only)
        if _SET_ASIDE_HINT.search(text, start, end) or (
                # ("four years before L.L.Bean": a substring first, the search is slow)
                (text.find("before", start, end) >= 0 or text.find("after", start, end) >= 0)
                and _SPAN_HINT.search(text, start, end)):
            compared = {m.start for m in mentions
                        if (aside := _SET_ASIDE.search(text, max(start, m.start - 40), m.start))
                        # ("two years after the 992 was released": a clause of its own)
                        and not (aside.group("span") and not _PHRASE_END.match(text, m.end))}
            mentions = [m for m in mentions if m.start not in compared
                        or _RELATIVE_AFTER.match(text, m.end)]
        # "L.L.Bean's biggest rival was founded in 1946": the rival, not L.L.Bean
        if text.find("'", start, end) >= 0 or text.find("’", start, end) >= 0:
            mentions = [m for m in mentions
                        if not (m.possessive and _OTHER_PARTY.match(text, m.end))]
        # "Wolverine World Wide, a New Balance rival, runs two US factories": the name in
        # an appositive that describes another name is not who the clause is about
        if _DESCRIBES_HINT.search(text, start, end):
            mentions = [m for m in mentions
                        if not (_APPOSITIVE_BEFORE.search(text, max(start, m.start - 32),
                                                          m.start)
                                and _DESCRIBES_AFTER.match(text, m.end))]
        if text.find("(", start, end) >= 0:
            # "three plants (Columbus, Bedford, Franklin) and about 330 people": the places
            # listed after a facility noun are where the facilities are, not who has them
            mentions = [m for m in mentions if not (m.kind == "place" and _SITES_LISTED.search(
                text, max(start, m.start - 80), m.start))]
        named = _first_of_each([m for m in mentions if m.kind in _SUBJECT_KINDS
                                and m.role == "name"])
        prior = self._last.get("any")
        for mention in named:
            self._last[mention.kind] = mention.id
            if mention.kind == "place" and self._town(mention.id):
                self._last["town"] = mention.id  # what "the city" can still mean
            if mention.kind == "product":
                self._product_end = mention.end
            parent = self.rules.entities[mention.id].parent if mention.kind == "product" else None
            if (parent and parent in self.rules.entities
                    and self.rules.entities[parent].kind == "organisation"
                    and not any(m.kind == "organisation" for m in named)):
                self._last["organisation"] = parent  # "The 990 launched in 1982. The company"
            if mention.kind != "place":  # "it" is rarely a place; "the city" is
                self._last["any"] = mention.id
                self._named_other = True
            elif not self._named_other and not (
                    # (a pronoun before it, "About 45 percent of its cocoa comes from
                    # Ghana": "its" is not Ghana)
                    (mention is not named[0] or _PRONOUN.search(text, start, mention.start))
                    and (_LOCATIVE_RE.search(text, max(start, mention.start - 24), mention.start)
                         or _IN_TOWN.search(text, max(start, mention.start - 40),
                                            mention.start))):
                # ... unless places are all the article names ("Pittsburgh is a city in
                # Allegheny County; ... it is": the city, not where it is)
                self._last["any"] = mention.id
        if any(m.kind != "place" for m in named):
            # "New Balance was founded in Boston": with a company named, places are where;
            # "The automaker reported orders for its Terra pickup": the phrase before the
            # name refers to a subject too
            own = [m for m in named if m.kind != "place"]
            if all(BY_AGENT.search(text, max(start, m.start - 40), m.start) for m in own) and (
                    _PASSIVE.search(text, start, own[0].start)):
                if self._foreign_subject(text, start, end, named):
                    # "Dalnacraig was established in 2015 by two former Ardmallie
                    # stillmen": about the name it opens with, which the rules do not know
                    self.foreign = True
                    return []
                pronoun = _OPENING_PRONOUN.match(text, start, own[0].start)
                if pronoun is not None and prior is not None and prior not in {
                        m.id for m in own}:
                    # "it was introduced by L.L.Bean in 1912 and is made in Maine": what
                    # "it" stood for before the agent was named, not the agent
                    self._last["any"] = prior
                    return [Mention(pronoun.start(1), pronoun.end(1), prior,
                                    self.rules.entities[prior].kind)]
            if all(m.possessive and m.start > start for m in own) and _firm_opens(
                    text, start, end, own=False):
                # "Little Bay Rope & Twine braids rope in part of Tamarack Bay's old plant":
                # the known name only owns a thing in a clause about a firm the rules do not
                # know, so "it" after it is that firm ("It employs 22 people"), though what
                # the clause says of the plant is still the owner's
                self._last.pop("any", None)
                self._last.pop("organisation", None)
            described = self._described_name(text, start, own[0], mentions)
            if described >= 0:
                # "Korvel's old rival Vreeland, founded ...": about Vreeland, whom the rules
                # do not know (names after it still count: "... Preston said Nike ...")
                self._last.pop("any", None)
                return _first_of_each([m for m in mentions if m.start > described
                                       and m.kind in _SUBJECT_KINDS and m.kind != "place"
                                       and m.role == "name"])
            before = [m for m in self._referred(text, start, own[0].start, foreign=True)
                      if m.id not in {n.id for n in own}]
            if not before:
                before = self._maker_first(text, start, own[0], prior)
            if compared and any(m.start not in compared for m in before + own):
                # "Founded in 1905, Red Wing is a year older than New Balance, which ...":
                # the name compared with is the relative clause's, not this clause's
                own = [m for m in own if m.start not in compared]
            return before + own
        # only places named ("The company has three factories in Maine"): a place is
        # where, so the clause's subject may still be "the company"; then a place after
        # "in", "from", "near" ... is only where ("The company, founded in Boston, ...")
        foreign = self.foreign = self._foreign_subject(text, start, end, named)
        # "Cerro Bravo ... is the biggest: it runs four breweries in Nuevo León and employs
        # 600 people": "it" is someone the rules do not know, and the state is where
        unknown_it = prior is None and (_OPENING_PRONOUN.match(text, start, end) is not None or (
            bool(named) and _PRONOUN.search(text, start, named[0].start) is not None))
        referred = self._referred(text, start, end, foreign or unknown_it)
        if (referred and named and not text[start:named[0].start].strip(" \"“*_")
                and referred[0].start > named[0].end
                and text[referred[0].start:referred[0].end].lower() == "it"
                and _LINKED_IT.search(text, max(start, referred[0].start - 12),
                                      referred[0].start)):
            # "Pittsburgh was founded in 1758, so it is older than the country": "it" is the
            # place the clause opens with, not the last company named
            referred = []
        if (referred and referred[0].kind in ("organisation", "product")
                and text[referred[0].start:referred[0].start + 4].lower() in ("the ", "this")):
            # "The Sanjo-based company has grown ... Today it employs 240 people": "it" is
            # what was last referred to, as much as what was last named
            self._last["any"] = referred[0].id
        facility = next((m for m in named if lexicon().facility.match(text, m.end)
                         and _THE_BEFORE.search(text, max(start, m.start - 5), m.start)), None)
        owner = self._last.get("organisation")
        if facility is not None and owner and not any(m.kind == "organisation"
                                                      for m in referred):
            # "The Ponte de Sor mill, which opened in 2023, cost €42 million": the mill is
            # the company's, and the place says where it is
            referred = [Mention(facility.start, facility.end, owner,
                                self.rules.entities[owner].kind), *referred]
            named = [m for m in named if m is not facility]
        if foreign:
            self._last.pop("any", None)  # "Nike is its rival. It was founded ...": Nike's
            if not referred and _ORGANISATION_NAMED.match(text, start, end):
                # "Cervecería Cerro Bravo, founded in 2011, runs four breweries. The company
                # brewed 240,000 hectolitres last year": the company is Cerro Bravo (but
                # "Roy, Chief Executive: our producers ..." still speaks for the company)
                self._last.pop("organisation", None)
        where = [m for m in named if _LOCATIVE_RE.search(text, max(start, m.start - 12), m.start)
                 or _BASED_AFTER.match(text, m.end)  # "The Boston-based company"
                 # "the Portland boot company": where the company is
                 or (_FIRM_AFTER.match(text, m.end) is not None
                     and _THE_BEFORE.search(text, max(start, m.start - 5), m.start))
                 or _IN_TOWN.search(text, max(start, m.start - 40), m.start)
                 # "our report says the Saint-Georges plant cost C$42 million": where the
                 # plant is
                 or (lexicon().facility.match(text, m.end)
                     and _THE_BEFORE.search(text, max(start, m.start - 6), m.start))]
        if where and (foreign or unknown_it or bool(referred) or len(where) < len(named)):
            # "With 305,704 residents, Pittsburgh is the second-largest city in
            # Pennsylvania": Pittsburgh is the subject, Pennsylvania is where (and so
            # after "It": "It is the second-most populous city in Pennsylvania"); so in
            # "Dunkin', founded in 1950, operates 1,000 shops in Massachusetts"
            named = [m for m in named if m not in where]
        return referred + named

    def _foreign_subject(self, text: str, start: int, end: int, named: list[Mention]) -> bool:
        """The clause opens with a name the rules do not know ("Quoddy, a smaller
        bootmaker, makes all of its moccasins ..."): "its" is that name's."""
        first = _FIRST_WORD.match(text, start)
        if first is None or any(m.start == first.start(1) for m in named):
            return False
        if text.find(":", start, end) >= 0 and _SPEAKER_LABEL.fullmatch(text, start, end):
            return False  # "CARMEN OLMEDO:" before her turn: who speaks, not a body named
        if _NAMES_LISTED.match(text, first.start(1)):
            return False  # "Germany, France and the United States are its biggest markets"
        word = first.group(1)
        lower = word.lower()
        if _CONTRACTION.sub("", lower) in _CONTRACTED_PRONOUNS:
            lower = _CONTRACTION.sub("", lower)  # "They've", "We're": the pronoun (not
            # "Hunter's", a name)
        # "Nowadays, its ...", "Worldwide, its ...": a sentence adverb, not a name
        adverb = lower.endswith(("ly", "ways", "wise")) or lower in lexicon().sentence_adverbs
        number = lower in START_WORDS or lower.split("-")[0] in START_WORDS  # "Fourteen, ..."
        at = first.start(1)
        if word[0].isupper() and _firm_opens(text, at, end):
            return True  # "Gainer & Wolfe, ...", "Bluff City Banjo Co.": a firm's name
        return word[0].isupper() and not adverb and not number and not self._known(lower)

    def _described_name(self, text: str, start: int, owner: Mention,
                        mentions: list[Mention]) -> int:
        """Where a Name the rules do not know ends, when the clause opens with "<owner>'s
        <lowercase words> <Name>" ("Korvel's old rival Vreeland", "Nike's founder Phil
        Knight"): the clause is that name's, not the owner's. Else -1."""
        if text[start:owner.start].strip():
            return -1
        m = _DESCRIBED_RE.match(text, owner.end)
        if m is None or any(x.start == m.start("name") for x in mentions):
            return -1
        if _PLACE_WORDS.search(text, m.start(), m.start("name")):
            return -1  # "New Balance's factory in Flimby, England": where, not who
        # capitalised mid-sentence, it is a name even if it is also a word ("Brooks")
        return m.end() if m.group("name").lower() not in STOP_WORDS else -1

    def _known(self, lower: str) -> bool:
        """An ordinary English word (spaCy's lemma table or stop words), not a name."""
        if self._common_words is None:
            from claimcheck.worthiness.features import resources

            found = resources()
            self._common_words = found.common
            self._lemma_table = found.lemmas
        return lower in self._common_words or lower in self._lemma_table

    def _maker_first(self, text: str, start: int, product: Mention,
                     prior: str | None) -> list[Mention]:
        """ "Its three plants turn the harvest into the Niebla range": a clause that opens
        with "its" or "it" and then names one of the company's products is the company's
        too, when the company is what "it" last referred to."""
        opening = _OPENING_PRONOUN.match(text, start, product.start)
        if opening is None or product.kind != "product" or prior is None:
            return []
        if self.rules.entities[product.id].parent != prior:
            return []
        return [Mention(opening.start(1), opening.end(1), prior,
                        self.rules.entities[prior].kind)]

    def _place_at_level(self, entity: str, phrase: str) -> str | None:
        """The place a place noun refers to, from the last place named: itself, or for "the
        state" and "the country" the one of its ancestors at that level (a state's parent is
        a country with none above it), else none."""
        noun = phrase.split()[-1].lower()
        town = self._last.get("town")
        if (noun in _TOWNS and town is not None and self._county(entity)
                and self.rules.within(town, entity)):
            # "Allegheny County, which wraps around the city ... The city recognizes 90
            # neighborhoods": the last town named, in the county named since (not after a
            # state: "Erie is another city in Pennsylvania. The city has ..." is no town
            # the rules know)
            return town
        if noun not in _LEVELS:
            return entity
        entities = self.rules.entities
        chain = self.rules.ancestors(entity)  # the place, its parent, ..., the root
        if noun in ("country", "nation"):
            # the root when it is a country with states in it ("Pittsburgh ... the
            # country": the United States), else the place under a continent ("China")
            root = chain[-1]
            states = {e.id for e in entities.values() if e.parent == root}
            if any(e.parent in states for e in entities.values()):
                return root
            return chain[-2] if len(chain) > 1 else entity
        if len(chain) < 3 or any(e.parent == entity for e in entities.values()):
            return entity  # (a place with places in it, or one right under its country or
            # continent: "Maine ... The state", "China ... the state")
        # a town: its first ancestor that is no county ("Pittsburgh ... the state" is
        # Pennsylvania, above Allegheny County)
        return next((p for p in chain[1:]
                     if "county" not in p and "county" not in entities[p].name.lower()),
                    None)

    def _county(self, entity: str) -> bool:
        """Whether a place is a county (its id or name says so)."""
        return "county" in entity or "county" in self.rules.entities[entity].name.lower()

    def _town(self, entity: str) -> bool:
        """Whether a place is a town or city: none inside it, under a state or region, and
        no county."""
        return (entity not in self.rules.holders and len(self.rules.ancestors(entity)) >= 3
                and not self._county(entity))

    def _referred(self, text: str, start: int, end: int,
                  foreign: bool = False) -> list[Mention]:
        patterns = self._patterns
        if _AND_IT.match(text, start, end):
            # "..., and it is built at the company's own tannery": the clause's own subject,
            # not an owner named later in it
            patterns = sorted(patterns, key=lambda p: p[0] != "any")
        for kind, pattern in patterns:
            if foreign and kind == "any" and not _OWNED_IT.search(text, start, end):
                continue  # (but "Charles Beckman founded it in 1905": what "it" was)
            match = pattern.search(text, start, end)
            if foreign and match is not None and _NAME_AND_COMMA.fullmatch(
                    text, start, match.start()):
                continue  # "Gainer & Wolfe, the Asheville guitar company ...": that name's
            if match is not None and kind != "any" and (
                    match.group()[-1:].isupper() or match.group().split()[-1][:1].isupper()
                    or _OF_NAME.match(text, match.end())):
                continue  # "the state Agency of Agriculture": another institution's name
            if match is None:
                continue
            if match.group().lower() == "mine" and _OF_BEFORE.search(
                    text, max(start, match.start() - 4), match.start()):
                continue  # "a colleague of mine": a person, not the product reviewed
            if kind == "place" and _LOCATIVE_RE.search(text, max(start, match.start() - 12),
                                                       match.start()):
                continue  # "... one of the larger processors in the country": where, not who
            entity = self._last.get(kind)
            if kind == "any" and match.group().lower() in ("we", "our"):
                # "Roy, Chief Executive: ... our producers made ...": after a person is
                # named (one the rules do not know, or one they do), "we" and "our" are
                # still the speaker's organisation; and in a sentence after a product is
                # named, "we" is its maker ("Brumeau, which we launched in 2016. Every
                # drop we sell ...")
                if entity is None or self.rules.entities[entity].kind == "person":
                    entity = self._last.get("organisation") or entity
                elif (match.group().lower() == "our"
                      and self.rules.entities[entity].kind == "product"
                      and (lexicon().facility.match(text, match.end())
                           or _OUR_PLURAL.match(text, match.end())
                           or _OUR_OWN.match(text, match.end()))):
                    # "Our breweries turned out 51,800 hectolitres": the maker's sites;
                    # "four in five of our knives": the maker's products, not the one named;
                    # "In our 73-year history": the maker's own
                    entity = self.rules.entities[entity].parent or self._last.get(
                        "organisation") or entity
                elif (match.group().lower() == "we"
                      and self.rules.entities[entity].kind == "product"
                      and SENTENCE_END.search(text, self._product_end, match.start())
                      and not _OBJECT_PRONOUN.match(text, match.end(), end)):
                    # not "our bike", nor "Kade: the cargo bike we introduced in 2020", nor
                    # "We launched it in 2012", where "it" is the product
                    entity = self.rules.entities[entity].parent or entity
                elif (match.group().lower() == "we" and self._last.get("product")
                      and self.rules.entities[entity].kind != "product"
                      and _WE_MAKE_IT.match(text, match.end(), end)):
                    # "Where is the Hierro made?" ... "We make it in Vietnam": what is made
                    # is the product "it" refers to, not the maker
                    entity = self._last["product"]
            if (kind == "any" and match.group().lower() == "they" and self._last.get("product")
                    and entity is not None and self.rules.entities[entity].kind != "product"
                    and _WE_MAKE_IT.match(text, match.end(), end)):
                # "The 990 is New Balance's flagship. They build it in Lawrence": what is
                # made is the product "it" refers to, as after "we"
                entity = self._last["product"]
            if (kind == "any" and match.group().lower() == "it" and self._last.get("place")
                    and _IT_IS_A_PLACE.match(text, match.start())
                    and (entity is None or self.rules.entities[entity].kind != "place")):
                # "... through Archiestown. It is a planned village, founded in 1760": the
                # place, as what it is said to be tells (unless "it" last referred to a
                # place: "Pittsburgh is a city in Pennsylvania. It is the second-largest")
                entity = self._last["place"]
            if (kind == "any" and entity is not None and match.group().lower() in ("it", "they")
                    and self.rules.entities[entity].kind == "product"
                    and _SPEAKS.match(text, match.end())):
                # "On (e), it stated that it had 349 employees": a product says nothing; what
                # speaks is its maker, or the last company named
                entity = self.rules.entities[entity].parent or self._last.get(
                    "organisation") or entity
            if entity is not None and kind == "place":
                entity = self._place_at_level(entity, match.group())
                if entity is None:
                    continue
            if entity is not None:
                spec = self.rules.entities[entity]
                # "the company's best-selling product": an owner, as a name with "'s" is
                possessive = POSSESSIVE.match(text, match.end()) is not None
                return [Mention(match.start(), match.end(), entity, spec.kind,
                                possessive=possessive)]
        return []


_OF_BEFORE = re.compile(r"\bof\s+\Z", re.IGNORECASE)
_THEY_OPENS = re.compile(r"\s*[\"“]?(?:they|their)\b", re.IGNORECASE)
_UNKNOWN_PAIR = re.compile(r"(?<!\bin\s)(?<!\bto\s)(?<!\bat\s)(?<!\bof\s)(?<!\bon\s)(?<!\bby\s)"
                           r"(?<!\bfor\s)(?<!from\s)(?<!with\s)(?<!into\s)(?<![\w.])"
                           r"([A-Z][\w'’.-]*[\w])\s+(?:and|&)\s+([A-Z][\w'’.-]*[\w])\s+"
                           r"(?:can|could|make|makes|made|build|builds|built|do|does|did|are|"
                           r"were|have|has|had|say|says|said|sell|sells|sold|run|runs)\b")
# the place nouns that name a level above a town: "the state" after Pittsburgh is
# Pennsylvania (or no place the rules know), never the city
_LEVELS = frozenset({"state", "province", "country", "nation"})
_TOWNS = frozenset({"city", "town", "village"})
# a verb of saying after "it": "it said", "it stated that", "it told the Board"
_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|stated|states|argued|argues|told|tells|added|"
                     r"adds|announced|announces|claimed|claims|reported|reports|confirmed|"
                     r"insisted|replied|responded|submitted|showed|explained|wrote)\b",
                     re.IGNORECASE)
_APPOSITIVE = r",\s*(?:now\s+|once\s+|long\s+|also\s+)?(?:a|an|the)\s+"
_APPOSITIVE_BEFORE = re.compile(_APPOSITIVE + r"(?:former\s+|longtime\s+|smaller\s+|bigger\s+|"
                                r"larger\s+)?\Z", re.IGNORECASE)
# (a cheap first look, from a literal comma: most clauses have no such appositive)
_DESCRIBES_HINT = re.compile(_APPOSITIVE, re.IGNORECASE)
# after a name's "'s": another party ("L.L.Bean's biggest rival", "New Balance's parent
# company")
_OTHER_PARTY = re.compile(r"['’]s?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:rival|competitor|supplier|"
                          r"customer|parent|subsidiary|owner|licensee|distributor|peer|"
                          r"neighbou?r)s?\b", re.IGNORECASE)
# a clause about a whole industry: "Across the industry, ...", "Industry-wide, ...", "In
# the footwear industry as a whole, ..."
_INDUSTRY_WIDE = re.compile(r"\s*(?:(?:across|throughout)\s+(?:the|our|this)\s+(?:[\w.-]+\s+)"
                            r"{0,2}?(?:industry|industries|sector)|in\s+the\s+(?:[\w.-]+\s+){0,2}?"
                            r"(?:industry|sector)\s+as\s+a\s+whole|industry[\s-]wide|"
                            r"sector[\s-]wide)\s*,\s*",
                            re.IGNORECASE)
# a clause opening with another party of the last subject's: "Its longtime rival, ..."
# (not its owners: "Its owners, the Sweasy family, bought it in 1915" is about it)
_OPENING_OTHER_PARTY = re.compile(r"\s*(?:its|their|our)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}"
                                  r"(?:rival|competitor|supplier|customer|parent|subsidiary|"
                                  r"licensee|distributor|peer|neighbou?r)s?"
                                  r"(?:\s+(?:company|companies|firm|firms|group))?\s*,\s*",
                                  re.IGNORECASE)
_DESCRIBES_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:rival|competitor|subsidiary|partner|"
                              r"supplier|unit|division|peer|customer|spin-?off|licensee|"
                              r"distributor|contractor)s?\s*,", re.IGNORECASE)
_CONTRASTED = re.compile(r"\s*(?:" + "|".join(r"\s+".join(p.split())
                                                 for p in lexicon().contrast_openers)
                         + r")\s+[^,;]{1,60},", re.IGNORECASE)
# the places a facility noun lists in brackets, up to a place: "three plants (Columbus, "
_SITES_LISTED = re.compile(
    r"\b(?:" + "|".join(sorted({form for noun in lexicon().facility_nouns for form in (
        noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun)},
        key=len, reverse=True))
    + r")\s*\((?:[^()]*?(?:,|\band\b|&)\s*)?\Z", re.IGNORECASE)
# a quick test for the words _SET_ASIDE needs, run once per clause
_SET_ASIDE_HINT = re.compile(r"\b(?:than|as|not|versus|vs|like\s+(?:my|our|your|his|her|their)|"
                             r"replaced|succeeded|superseded|followed|overtaken|eclipsed|"
                             + "|".join(p.split()[0] for p in lexicon().contrast_openers)
                             + r")\b", re.IGNORECASE)
_SPAN_HINT = re.compile(r"\b(?:years?|decades?|months?|a|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|\d+)\s+(?:before|after)\b", re.IGNORECASE)
_SET_ASIDE = re.compile(
    r"(?:\bthan|\bas\s+(?:many|much|few|little|large|big|old|long|high|great|large)\s+"
    r"(?:\w+\s+)?as|\b(?:" + "|".join(
        r"\s+".join(p.split()) for p in lexicon().contrast_openers)
    + r")|\bversus|\bvs\.?|(?:^|[,(—–]|\s-)\s*(?:and\s+|but\s+)?not"
    # "mine was made in Indonesia, not the US like my 990s": what it is compared with
    r"|(?<!\bI )(?<!\bwe )(?<!\bWe )(?<!\byou )(?<!\bthey )(?<!['’]d )"
    r"\blike\s+(?:my|our|your|his|her|their)"
    # "founded in 1908, four years before L.L.Bean and three after Red Wing": the names a
    # span is counted from
    r"|\b(?P<span>(?:years?|decades?|months?)\s+(?:before|after)|(?:a|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+)\s+(?:years?\s+|decades?\s+)?(?:before|after))"
    # "It was released in 2006 and replaced by the 993": the successor is not the subject
    r"|\b(?:replaced|succeeded|superseded|followed|overtaken|eclipsed)\s+by)\s+(?:the\s+)?\Z",
    re.IGNORECASE)
# "founded in Kutztown, Pennsylvania": the state of a town the rules do not know is where too
_IN_TOWN = re.compile(r"\b(?:in|at|near|from|outside)\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
                      r"[A-Z][\w.'’-]*,\s+\Z")
# a clause that opens with an organisation the rules do not know: a company word in its
# name, or its founding in an aside or passive right after it
_ORGANISATION_NAMED = re.compile(
    r"\s*(?:[A-Z][\w.&'’-]*\s+){0,4}?(?:(?:Brewing|Brewery|Cervecería|Company|Co\.|Inc\.?|"
    r"Ltd\.?|LLC|Group|Corp\.?|Corporation|Holdings|Industries|GmbH|AG|plc|S\.A\.)\b"
    r"|[A-Z][\w.&'’-]*(?:,\s+|\s+(?:was|is)\s+)(?:founded|established|set\s+up|started|"
    r"based|headquartered)\b)")
# a clause that is only a short label before a colon: a speaker's name, "Q:"
_SPEAKER_LABEL = re.compile(r"\s*(?:\[[\d:.]+\]\s*)?(?:[\w.'’-]+\s+){0,3}[\w.'’-]+"
                            r"(?:\s*\([^)]{0,40}\))?\s*:\s*")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)!?]|and\b|or\b|$)")
_RELATIVE_AFTER = re.compile(r",?\s+(?:which|who|whose)\b")
_BASED_AFTER = re.compile(r"-based\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s|\n")
"""A sentence's end: a stop before a space, or a line break."""
# "We launched it in 2012": "it" the object of the verb after "we" (not "in it" later)
_OBJECT_PRONOUN = re.compile(r"\s+(?:[a-z]+\s+){1,2}(?:it|them)\b", re.IGNORECASE)
# "it" as the object of a verb of founding: what it was before, not the person the clause
# opens with (not "started it", "ran it", "bought it": a strike, a store, anything)
_OWNED_IT = re.compile(r"\b(?:founded|established|incorporated)\s+it\b", re.IGNORECASE)
_WE_MAKE_IT = re.compile(r"(?:['’]ve|\s+(?:have|has|had|still|also))*(?:\s+been)?\s+(?:\w+ly\s+)?"
                         r"(?:make|makes|made|making|build|builds|built|building|assemble|"
                         r"assembles|assembled|assembling|produce|produces|produced|producing|"
                         r"manufacture|manufactures|manufactured|manufacturing|sew|sews|sewn|"
                         r"sewing)\s+(?:it|them)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\b", re.IGNORECASE)
_IT_IS_A_PLACE = re.compile(r"it(?:\s+(?:is|was|remains|became|has\s+become|had\s+become|"
                            r"has\s+been|had\s+been)|['’]s)\s+(?:still\s+|long\s+|already\s+)?"
                            r"(?:a|an|the)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:village|town|city|hamlet|borough|county|"
                            r"region|state|country|port|suburb|parish)\b"
                            # (the head: not "a city institution", "a state agency")
                            r"(?!\s+(?:institution|landmark|council|hall|official|officials|"
                            r"tradition|staple|fixture|icon|park|library|school|agency|"
                            r"department|government|employee|worker|service|treasure|"
                            r"favou?rite|business|office|program|programme|project)s?\b)",
                            re.IGNORECASE)
_AND_IT = re.compile(r"\s*(?:and|but)\s+(?:it|they)\b", re.IGNORECASE)
# "it" opening a linked clause: "..., so it", "..., and it" (not "the beans it buys")
_LINKED_IT = re.compile(r",\s*(?:so|and|but|because|since|yet|which\s+means)\s+\Z",
                        re.IGNORECASE)
def _firm_opens(text: str, start: int, end: int, own: bool = True) -> bool:
    """Whether the clause at ``start`` opens with a firm's name ("Gainer & Wolfe", "Bluff
    City Banjo Co."); with ``own`` False, not one that owns the next words ("Marlow &
    Beck's chief executive")."""
    at = _FIRST_WORD.match(text, start)
    if at is None or _FIRM_HINT.search(text, at.start(1), min(end, at.start(1) + 80)) is None:
        return False
    name = _FIRM_NAME.match(text, at.start(1))
    if name is None:
        return False
    word_end = _WORD_REST.match(text, name.end()).end()  # type: ignore[union-attr]
    return own or not text.startswith(("'s", "’s"), word_end)


_WORD_REST = re.compile(r"\w*")
_OPENING_PRONOUN = re.compile(r"\s*[\"“]?\b(its|it|their|they)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:its|it|their|they)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|its|their|our)\s+\Z", re.IGNORECASE)


# Names joined into a plural subject, which "its" cannot refer to.
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_FIRM_HINT = re.compile(r"&|\bCo\.|\b(?:Company|Inc|Ltd|LLC|Corp|Corporation|plc|GmbH)\b")
# a firm's name, whatever its words: "Gainer & Wolfe", "Bluff City Banjo Co."
_FIRM_NAME = re.compile(r"(?!(?:The|Our|This|That|Its|Their|A|An|Both)\b)"
                        r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+&\s+(?-i:[A-Z])|"
                        r"(?!(?:The|Our|This|That|Its|Their|A|An)\b)"
                        r"(?:(?-i:[A-Z])[\w.&'’-]*\s+){1,4}(?:Company|Co\.|Inc\.?|Ltd\.?|LLC|"
                        r"Corp\.?|Corporation|plc|GmbH)(?!\w)")
# after a place: the noun of an organisation, perhaps past a word of its trade ("Portland
# boot company", "Asheville guitar maker")
_FIRM_AFTER = re.compile(
    r"(?:\s+(?-i:[a-z])[a-z-]+)?\s+" + words_regex(sorted(
        {w.split()[-1] for w in lexicon().pronouns["organisation"]})).pattern,
    re.IGNORECASE)
_NAMES_LISTED = re.compile(
    rf"{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|&)\s+{_NAME}\s+(?:are|were|have)\b")


# "our knives", "our hand-forged boots": things in the plural, the maker's (not "our
# electric city bike", which describes the product just named)
# "our 73-year history", "our company", "our founder": what only the maker has
_OUR_OWN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:history|heritage|founding|founders?|company|firm|"
                      r"family|workforce|staff|team|people|employees|ceo|owners?)\b",
                      re.IGNORECASE)
_OUR_PLURAL = re.compile(r"\s+(?:[\w-]+\s+){0,2}?[a-z]{2,}[a-rt-z]s\b(?!['’])")


def _first_of_each(mentions: list[Mention]) -> list[Mention]:
    """One mention per entity ("the City of Bridges, Pittsburgh" is one subject)."""
    seen: set[str] = set()
    return [m for m in mentions if not (m.id in seen or seen.add(m.id))]  # type: ignore[func-returns-value]
