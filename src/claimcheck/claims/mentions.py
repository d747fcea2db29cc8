"""Find the rules' entities, places and categories in text.

Aliases are matched by one compiled regular expression per run (longest
alias first), not token by token, so "998/992" and "New Balance’s" are found
whatever the tokenizer makes of them. All-capital aliases ("US", "NB") are
matched case-sensitively so the pronoun "us" is not the United States.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from claimcheck.claims.lexicon import lexicon
from claimcheck.rules.model import RuleSet

Role = Literal["name", "adjective", "category"]
ELSEWHERE = "\0elsewhere"
"""The id of a place mention the rules do not know ("Portland, Oregon")."""
POSSESSIVE = re.compile(r"['’]s?(?!\w)(?!\s+(?:been|got|gotten)\b)")  # not "990's been"
BY_AGENT = re.compile(r"\bby\s+(?:[\w’'-]+\s+){0,3}\Z", re.IGNORECASE)
"""What stands before a passive's agent, searched up to a mention: "established ... by two
former Ardmallie stillmen" (the one who did it, not what the clause is about)."""
"""An apostrophe-s after a name: "New Balance's", "the company's"."""
_NEXT_WORD = re.compile(r"[\s-]*([\w']+)")


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity, place or category named in the text."""

    start: int
    end: int
    id: str
    """Entity id, or category id for a category mention."""
    kind: str
    """Entity kind (organisation, product, place...) or ``category``."""
    role: Role = "name"
    attribute: str | None = None
    """For a category mention: the category attribute it belongs to."""
    possessive: bool = False
    """True for "New Balance's": the text goes on to say what it owns."""


class MentionMatcher:
    """Finds every mention of the rules' vocabulary in a text."""

    def __init__(self, rules: RuleSet) -> None:
        self._targets: dict[tuple[str, bool], tuple[str, str, Role, str | None]] = {}
        exact: list[str] = []
        folded: list[str] = []
        for entity in rules.entities.values():
            for alias in (entity.name, *entity.aliases):
                self._add(alias, (entity.id, entity.kind, "name", None), exact, folded)
            for adjective in entity.adjectives:
                self._add(adjective, (entity.id, entity.kind, "adjective", None), exact, folded)
        for attribute in rules.attributes.values():
            for category, phrases in attribute.values.items():
                for phrase in phrases:
                    self._add(phrase, (category, "category", "category", attribute.id),
                              exact, folded)
        self._regex = _compile(exact, folded)
        # ... and the nouns a place attribute's cues name ("Welsh wool" where the rules
        # ask where the wool comes from)
        self._place_nouns = lexicon().place_nouns | {
            form for attribute in rules.attributes.values() if attribute.type == "place"
            for cue in attribute.cues if " " not in cue and not cue.endswith(("ed", "en", "ing"))
            and cue.lower() not in lexicon().making_verbs
            for form in (cue.lower(), cue.lower() + "s")}
        self._institutions = lexicon().institution_heads
        self._rules = rules
        self._places = {name.lower(): entity.id for entity in rules.entities.values()
                        if entity.kind == "place" for name in (entity.name, *entity.aliases)}
        # a company named after its town: "Red Wing" is the company, but "built in Red Wing"
        # is the town ("Red Wing, Minnesota" in the rules)
        self._towns = {town: place for name, place in self._places.items() if ", " in name
                       for town in [name.split(", ")[0]]
                       if (town, False) in self._targets
                       and self._targets[(town, False)][1] != "place"}

    def _add(self, alias: str, target: tuple[str, str, Role, str | None],
             exact: list[str], folded: list[str]) -> None:
        alias = alias.strip()
        if alias.lower().startswith("the "):
            alias = alias[4:]
        if not alias:
            return
        sensitive = alias.upper() == alias and any(c.isalpha() for c in alias)
        key = (alias if sensitive else alias.lower(), sensitive)
        # a name beats an adjective with the same spelling ("US"); otherwise first wins
        if key in self._targets and (self._targets[key][2] == "name" or target[2] != "name"):
            return
        self._targets[key] = target
        (exact if sensitive else folded).append(alias)

    def find(self, text: str) -> Iterator[Mention]:
        """Mentions in ``text``, in order, none overlapping (longest wins)."""
        if self._regex is None:
            return
        last_end = -1
        for match in self._regex.finditer(text):
            surface = match.group()
            target = self._targets.get((surface, True)) or self._targets.get(
                (_normalise(surface).lower(), False))
            if target is None:
                continue
            entity, kind, role, attribute = target
            if role == "adjective" and not (surface.lower().endswith("ly")  # "domestically"
                                            or self._names_place(text, match.end())
                                            or _PREDICATE.search(text, max(0, match.start() - 12),
                                                                 match.start())
                                            or _SOURCE.search(text, max(0, match.start() - 8),
                                                              match.start())):
                continue
            if kind == "place" and role == "name" and self._names_institution(text, match.end()):
                continue  # "the Boston Globe", "Maine Medical Center": a name, not a place
            if kind == "place" and role == "name" and self._elsewhere(text, match.end(), entity):
                # "Portland, Oregon" is not the rules' Portland, Maine: a place the rules do
                # not know, which a count there must not lose ("one factory in Portland,
                # Oregon" is no count in the United States)
                last_end = match.end()
                yield Mention(match.start(), match.end(), ELSEWHERE, "elsewhere", role)
                continue
            if kind == "product" and _AROUND.search(text, max(0, match.start() - 40),
                                                    match.start()):
                continue  # "from hill farms around Pumlumon itself": a mountain, not a blanket
            if (kind == "product" and surface.isdigit() and _COUNTED.match(text, match.end())
                    and not _DETERMINED.search(text, max(0, match.start() - 8), match.start())):
                continue  # "employs 990 people": a number, not the 990 ("the 990 shoes" is)
            if role == "name" and kind != "place" and self._surname(text, match.start(),
                                                                     last_end):
                continue  # "Hendrik Korvel built his first frames": the founder, not Korvel
            possessive = bool(POSSESSIVE.match(text, match.end()))
            if (role == "name" and kind != "place" and not possessive and self._towns
                    and (town := self._towns.get(surface.lower())) is not None
                    and _MADE_IN.search(text, max(0, match.start() - 48), match.start())):
                entity, kind = town, "place"
            last_end = match.end()
            yield Mention(match.start(), match.end(), entity, kind, role, attribute, possessive)

    def _surname(self, text: str, start: int, last_end: int) -> bool:
        """Whether the name at ``start`` follows a given name: a capitalised word that is
        no English word and nothing the rules name ("Hendrik Korvel", not "Dutch Korvel")."""
        given = _GIVEN_NAME.search(text, max(0, start - 24), start)
        if given is None or given.start() < last_end:
            return False
        if (given.group(1), True) in self._targets or (given.group(1).lower(), False) in (
                self._targets):
            return False
        from claimcheck.worthiness.features import resources

        found = resources()
        word = given.group(1).lower()
        return word not in found.common and word not in found.lemmas

    def _elsewhere(self, text: str, end: int, place: str) -> bool:
        """Whether the state, province or country written after the place (", Oregon")
        is not where the rules put it: another town of the same name."""
        following = _NEXT_REGION.match(text, end)
        if following is None:
            return False
        first, second = following.group(1), following.group(2)
        forms = [f"{first} {second}", f"{first} {second}".rstrip(".")] if second else []
        forms += [first, first.rstrip(".")]
        region = next((lexicon().regions[f] for f in forms if f in lexicon().regions), None)
        if region is None:
            return False
        known = self._places.get(region.lower())
        if known is not None:
            return not (known == place or self._rules.within(place, known))
        # a region the rules do not know: elsewhere if the rules know where the place is
        return self._rules.entities[place].parent is not None

    def _names_institution(self, text: str, end: int) -> bool:
        following = _NEXT_NAME.match(text, end)
        return following is not None and following.group(1).lower() in self._institutions

    def _names_place(self, text: str, end: int) -> bool:
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return False
        if following.group(1).lower() in self._place_nouns:
            return True
        # "its domestic share of production": the place of the thing the share is of
        part = _SHARE_OF.match(text, following.end())
        return (following.group(1).lower() in ("share", "portion", "proportion")
                and part is not None and part.group(1).lower() in self._place_nouns)


# a name after a word for land and "around" or "near" is a place of the same name ("hill farms
# around Pumlumon", "villages near X"), not the product ("the hype around Amber Pint")
_AROUND = re.compile(r"\b(?:farms?|fields?|hills?|villages?|valleys?|slopes?|moors?|lands?|"
                     r"forests?|woods|lakes?|rivers?|streams?|towns?|mountains?|peaks?|springs?|"
                     r"quarr(?:y|ies)|pastures?|estates?)\s+(?:(?:up\s+)?on\s+|at\s+)?"
                     r"(?:around|near|beside|beneath|below|under|along)\s+(?:the\s+)?\Z",
                     re.IGNORECASE)
# where something is made or based, before a name: "built in", "headquartered in"
_MADE_IN = re.compile(r"\b(?:mak(?:e|es|ing)|made|buil(?:d|ds|ding|t)|manufactur(?:e|es|ed|ing)|"
                      r"produc(?:e|es|ed|ing)|assembl(?:e|es|ed|ing)|crafted|handcrafted|"
                      r"stitch(?:es|ed)?|sewn|based|headquartered|located|born|founded|"
                      r"established|brewed|distilled|woven)\s+(?:[\w'’-]+\s+){0,4}?in\s+\Z",
                      re.IGNORECASE)
# after a model number that is a number: a noun it counts ("990 people", "990 pairs")
_COUNTED = re.compile(r"\s+(?:more\s+|new\s+|fewer\s+|full-time\s+)?(?:people|persons|workers|"
                      r"employees|staff|jobs|pairs|units|stores|shops|residents|"
                      r"members|customers|dollars|euros|pounds|years|days|hours|miles|feet|"
                      r"metres|meters|kilometres|kilometers|tons|tonnes|acres)\b",
                      re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:the|its|their|our|his|her|my|your|a|an|this|these|those)\s+\Z",
                         re.IGNORECASE)
_SHARE_OF = re.compile(r"\s+of\s+(?:(?:its|their|the|our|total)\s+)?(\w+)", re.IGNORECASE)
_NEXT_NAME = re.compile(r" ([A-Z][a-z]+)\b")
# ", New Hampshire", ", Minn.", ", OR": the first word or two after a comma
_NEXT_REGION = re.compile(r",\s+([A-Z][\w.]*)(?:\s+([A-Z][\w.]*))?")
_GIVEN_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]+) \Z")
# "came from Portuguese montados", "sold to Kenyan packers": where from, or where to
_SOURCE = re.compile(r"\b(?:from|to)\s+\Z", re.IGNORECASE)
# "... beans are Colombian": a place adjective after "to be" says where from
_PREDICATE = re.compile(r"\b(?:is|are|was|were|being|been|be)\s+(?:all\s+|mostly\s+|still\s+)?\Z",
                        re.IGNORECASE)


def _normalise(surface: str) -> str:
    return re.sub(r"\s+", " ", surface)


def _compile(exact: list[str], folded: list[str]) -> re.Pattern[str] | None:
    alternatives = [(alias, False) for alias in exact] + [(alias, True) for alias in folded]
    if not alternatives:
        return None
    # not inside a number ("$39,990" holds no "990") nor a word (but the place of a
    # hyphenated "Made-in-USA" is one)
    return re.compile(r"(?:(?<![\w$£€-])|(?<=[Mm]ade-in-))(?<!\w\.)(?<!\d,)(?:"
                      + _trie(alternatives) + r")(?![\w]|-\d|\.\d|,\d)")


# A unit of an alias: ("space",) for the gap between words, ("fold", c) for a letter in
# either case, ("exact", c) for a character as written.
_Unit = tuple[str, ...]
_Node = dict[_Unit | None, "_Node"]


def _trie(alternatives: list[tuple[str, bool]]) -> str:
    """One regular expression for every alias, factored by common prefixes.

    Python's ``re`` tries the branches of a flat alternation one by one at every position
    of the text; with a few hundred aliases that was most of the matching time. Factored
    ("M(?:aine|assachusetts)"), each position costs a character or two. Longer aliases are
    tried first at every branch, as the flat alternation tried them longest first, and a
    shorter alias that ends where a longer one goes on is the fallback, so the same text is
    matched. (Hand-written: no maintained library builds such a trie from aliases that mix
    case-sensitive and case-insensitive spellings.)
    """
    root: _Node = {}
    for alias, fold in alternatives:
        node = root
        for word_index, word in enumerate(alias.split()):
            if word_index:
                node = node.setdefault(("space",), {})
            for char in word:
                cased = fold and char.lower() != char.upper()
                node = node.setdefault(("fold", char.lower()) if cased else ("exact", char), {})
        node[None] = {}
    return _emit(root)


def _emit(node: _Node) -> str:
    keys = sorted((key for key in node if key is not None), key=lambda k: -_depth(node[k]))
    branches = [_render(key) + _emit(node[key]) for key in keys]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if None in node else body


def _depth(node: _Node) -> int:
    return max(0 if key is None else 1 + _depth(child) for key, child in node.items())


def _render(unit: _Unit) -> str:
    if unit[0] == "space":
        return r"\s+"
    char = unit[1]
    if unit[0] == "fold":
        upper = char.upper()
        if len(upper) == 1 and upper.lower() == char:
            return f"[{re.escape(upper)}{re.escape(char)}]"
        return f"(?i:{re.escape(char)})"  # "ß": its upper case is two letters
    return re.escape(char)
