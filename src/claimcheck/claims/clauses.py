"""Split a sentence into clauses and decide how it is said (its mood).

Clauses keep claims apart: in "While some shoes are made overseas, they still
produce a significant amount in the United States" the two shares belong to
two clauses. Splitting is lexical (punctuation and leading conjunctions), so
it works on a blank pipeline with no parser.

An aside between commas right after a name - an appositive ("L.L.Bean, a
retailer founded in 1912, sells boots made in Maine") or a non-restrictive
relative clause ("The 990, which has been made in the USA since 1982, is a
running shoe") - is a clause of its own, about the name before it; what follows
the aside is another clause, which goes on with the subject of the clause before
the aside (``Clause.aside_of``, ``Clause.resumes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from claimcheck.checking.context import Mood
from claimcheck.claims.lexicon import lexicon
from claimcheck.claims.tokens import TokenTable

#: Marks between the cells of a spec line: "Founded 1905 • Retail stores: 540 ◆ ..."
CELL_MARKS = "|·•◆▪●■"
_HARD_BREAKS = {";", ":", *CELL_MARKS}
_CLOSED_COLONS = {"):", "]:", '":', "”:", "*:", "**:"}
# cells of a row: "Bean Boot: duck boot; made in Maine", "Iron Ranger | Style: work boot"
_CELL_BREAKS = {";", *CELL_MARKS}
_ALWAYS_LEADS = {"but", "whereas", "although", "though"}
_SUBORDINATE_LEADS = {"while", "whereas", "although", "though", "unless", "if", "because"}


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence that states at most one thing about each subject."""

    start: int
    """Character offset of the clause in the document text."""
    end: int
    first: int
    """Index of the clause's first token in the document."""
    last: int
    """Index just past the clause's last token."""
    aside_of: int = -1
    """For an aside, the character offset where the name it is about ends, else -1."""
    resumes: int = -1
    """For the rest of a sentence after an aside, the index of the clause before the
    aside (whose subject goes on), else -1."""
    unnamed: bool = False
    """A relative clause about something the sentence does not name ("an industry that
    makes almost all of its shoes in Asia"): it has no subject the rules know."""

    @property
    def inherits(self) -> bool:
        """Whether the clause's subject may come from another clause of the sentence."""
        return self.aside_of >= 0 or self.resumes >= 0


_YEAR_TOKEN = re.compile(r"(?:1[5-9]|20)\d\d")


def split_clauses(table: TokenTable, first: int, last: int,
                  name_ends: frozenset[int] = frozenset(),
                  parsed: Span | None = None,
                  name_starts: frozenset[int] = frozenset(),
                  label_ends: frozenset[int] = frozenset(),
                  place_starts: frozenset[int] = frozenset()) -> list[Clause]:
    """The clauses of the sentence spanning tokens ``[first, last)``, covering all of it.

    ``name_ends`` and ``name_starts`` are the character offsets where names of subjects
    end and start; an aside can only follow a name, and a name right after the comma
    makes a list, not an aside ("the 990, the 998 and the 992"). ``parsed`` is the
    sentence when a trained pipeline gave it a dependency parse: its appositives and
    relative clauses are asides too, also where no comma closes them ("... sold by
    L.L.Bean, a retailer founded in 1912."). A short label before a colon ("Bean Boot:
    made in Maine", "Pittsburgh population: 302,971"; ``label_ends`` adds the ends of
    place names to ``name_ends`` for it) is the subject of what follows it. After ", and",
    a place with its own verb opens a clause too (``place_starts``: "..., and Pittsburgh
    now counts 302,971 residents").
    """
    label_ends = label_ends or name_ends
    leads = lexicon().clause_leads
    lower = table.lower
    cuts = [first]
    labelled: dict[int, int] = {}  # first token after "Name:" -> first token of the label
    continued: dict[int, int] = {}  # first token of ", with ..." -> first token before it
    unnamed: set[int] = set()  # first tokens of relative clauses about an unnamed noun
    subordinate = lower[first] in _SUBORDINATE_LEADS if first < last else False
    labelled_year = -1  # the colon of "(2023: 70%)", which cuts nothing
    for i in range(first + 1, last):
        word = lower[i]
        if i == labelled_year:
            continue
        if word in _CLOSED_COLONS:
            word = ":"  # "Population (2020): 302,971": spaCy keeps "):" one token
        hard = word in _HARD_BREAKS
        if word == ":" and _bare_value_after(table, i + 1, last, name_starts):
            continue  # "Share of volume sold in Chile: 6%": the label and its value, one claim
        if hard or (word in leads and _starts_clause(table, i)):
            if (word == ":" or word in _CELL_BREAKS and word != ";") and _names_label(
                    table, cuts[-1], i, label_ends):
                labelled[i + 1] = cuts[-1]
            elif word == ":" and cuts[-1] in labelled:
                # "Red Wing at a glance: founded 1905; retail stores: 500+": a label inside
                # a labelled row is still the row's subject's
                labelled[i + 1] = labelled[cuts[-1]]
            elif word in _CELL_BREAKS and labelled:  # "Bean Boot: duck boot; made in Maine"
                labelled[i + 1] = next(iter(labelled.values()))
            elif (word in _CELL_BREAKS and word != ";" and cuts[-1] == first
                  and any(cuts[-1] <= table.at(e) - 1 < i for e in name_ends)):
                # "RED WING SHOE CO. — Founded 1905 • Retail stores: 540": the cells after
                # the first, which names the subject, are the subject's
                labelled[i + 1] = cuts[-1]
            cuts.append(i + hard)
            subordinate = word in _SUBORDINATE_LEADS
        elif ((word in ("down", "up") and i + 1 < last and lower[i + 1] == "from"
               and (lower[i - 1] == "," or (lower[i - 1] in ("is", "was", "are", "were")
                                            and _figure_before(table, cuts[-1], i))))
              # ", against 26.1 per cent at the 2010 census" (not "against two in Maine")
              or (word == "against" and lower[i - 1] == "," and i + 1 < last
                  and (bool(table.like_num[i + 1]) or lower[i + 1] in _VALUE_WORDS)
                  and _dated_after(table, i + 1, last))
              or (word == "compared" and lower[i - 1] == "," and i + 1 < last
                  and lower[i + 1] in ("with", "to"))
              # "302,971 (2020) vs. 305,704 (2010)": the figure it is set against
              or (word in ("vs.", "vs", "versus") and i + 1 < last
                  and bool(table.like_num[i + 1]))
              or (word == "(" and i + 2 < last and lower[i + 2] == ":"
                  and _YEAR_TOKEN.fullmatch(lower[i + 1]) is not None)):
            # "23 percent, down from 26 percent in 2010", "is down from 305,704", ", compared
            # with 70 percent in the 1980s", ", against 26.1 per cent", "(2023: 70%)": an
            # earlier value of the same thing, same subject
            continued[i] = cuts[-1]
            cuts.append(i)
            if word == "(":
                labelled_year = i + 2
        elif (word in ("that", "which", "who") and i >= first + 2
              and lower[i - 2] in ("a", "an", "another") and i + 1 < last
              and lower[i + 1].endswith("s") and bool(table.is_alpha[i + 1])
              and (i < first + 3 or lower[i - 3] not in _COPULAS)):  # not "is a company that"
            unnamed.add(i)  # "an industry that makes ...": about the industry
            cuts.append(i)
        elif (word == "and" and i + 3 < last and table.is_alpha[i + 1]
              and lower[i + 1].endswith("ed") and lower[i + 2] == "the"
              and f"the {lower[i + 3]}" in lexicon().pronouns["organisation"]
              and (i + 4 >= last or lower[i + 4] in AFTER_STARTED_FIRM
                   or bool(table.like_num[i + 4]))):
            # "introduced the Maine Hunting Shoe in 1912 and started the company in
            # Freeport": a clause about the company, which its own words name
            cuts.append(i)
        elif (word == "with" and lower[i - 1] == ",") or (
                word == "and" and i + 2 < last and _past_verb(table, i + 1)
                and lower[i + 2] in ("it", "them")):
            # ", with Colombia alone supplying two in five", "retired Anchor Decaf in 2022
            # and replaced it with ...": more about the same subject (but "cut in Boston
            # and assembled in Maine" is one claim)
            continued[i] = cuts[-1]
            cuts.append(i)
        elif (word == "and" and lower[i - 1] == "," and i >= first + 2
              and _new_subject_after(table, i + 1, last, name_starts | place_starts,
                                     table.end(i - 2) in name_ends)):
            # "New Balance has made running shoes for a century, and the 990 has been built
            # in New England for 35 years": another subject's clause, with its own time ("...,
            # and his son moved production to Portland in 1950": the same company's, done by
            # someone)
            if i + 1 < last and lower[i + 1] in ("his", "her"):
                continued[i] = cuts[-1]
            cuts.append(i)
        elif (word == "and" and i >= first + 2 and table.end(i - 1) not in name_ends
              # (a capitalised word before it is a place: "Nike, Adidas and New Balance
              # were founded" lists names the rules do not know)
              and (not table.is_title[i - 1] or table.end(i - 1) in label_ends)
              and i + 1 < last and table.starts[i + 1] in name_starts
              and _new_subject_after(table, i + 1, last, name_starts, False)):
            # "New Balance makes shoes in Maine and L.L.Bean makes boots in Freeport" (not
            # "New Balance and L.L.Bean make ...", a list of names)
            cuts.append(i)
        elif (word == "," and i + 2 < last and table.starts[i + 1] in name_starts
              and any(_finite_verb(table, j) for j in range(i + 2, min(last, i + 5)))
              and _named_and_verbed(table, cuts[-1], i, name_starts)):
            # "L.L.Bean stitches every Bean Boot in Brunswick, Red Wing builds the Iron
            # Ranger in Red Wing": a name and its own verb after a clause with both (not
            # "Founded in 1905, Red Wing makes boots", nor "Like Red Wing, L.L.Bean makes")
            cuts.append(i)
        elif word == "," and subordinate and _ends_subordinate(table, i, last):
            cuts.append(i + 1)
            subordinate = False
    cuts.append(last)
    asides = _asides(table, first, last, name_ends, name_starts)
    if parsed is not None:
        asides += parsed_asides(parsed, name_ends)
    about: dict[int, int] = {}  # first token of an aside -> where its name ends
    resuming: dict[int, int] = {}  # first token after an aside -> first token of the aside
    for opening, closing in asides:
        cuts.extend((opening + 1, closing + 1))
        about[opening + 1] = table.end(opening - 1)
        if closing + 1 < last:
            resuming[closing + 1] = opening + 1
    cuts = sorted(set(cuts))
    clauses: list[Clause] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b <= a:
            continue
        resumes = -1
        if a in resuming:  # the clause before the aside that starts at resuming[a]
            resumes = next((k - 1 for k, c in enumerate(clauses) if c.first == resuming[a]), -1)
        elif a in labelled:  # the label's clause
            resumes = next((k for k, c in enumerate(clauses) if c.first == labelled[a]), -1)
        elif a in continued:  # the clause it continues
            resumes = next((k for k, c in enumerate(clauses) if c.first == continued[a]), -1)
        clauses.append(Clause(table.starts[a], table.end(b - 1), a, b, about.get(a, -1), resumes,
                              a in unnamed))
    return clauses


# Words that open an aside after a name: an appositive's determiner or participle, or a
# relative pronoun ("X, a retailer founded in 1912,", "X, which ...,", "X, based in ...,").
_ASIDE_OPENERS = frozenset({
    "a", "an", "the", "which", "who", "whose", "founded", "based", "headquartered", "known",
    "located", "formerly", "once", "now", "owned", "established", "launched", "introduced",
    "created", "started", "itself", "one",
})
_ASIDE_REACH = 20


_LABEL_LENGTH = 5


def _names_label(table: TokenTable, start: int, colon: int, label_ends: frozenset[int]) -> bool:
    """Whether the tokens ``[start, colon)`` are a short label with a name in it ("Bean
    Boot:", "Pittsburgh population:"); a label that opens with the name may say more
    ("Pittsburgh (2020 census) — Population:")."""
    if colon - start <= _LABEL_LENGTH:
        return any(table.end(k) in label_ends for k in range(start, colon))
    return colon - start <= 2 * _LABEL_LENGTH and any(
        table.end(k) in label_ends for k in range(start, min(colon, start + _LABEL_LENGTH)))
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "remains", "became",
                      "becomes", "as"})


def _asides(table: TokenTable, first: int, last: int, name_ends: frozenset[int],
            name_starts: frozenset[int]) -> list[tuple[int, int]]:
    """(opening comma, closing comma) of each aside right after a name in the sentence."""
    lower = table.lower
    found: list[tuple[int, int]] = []
    i = first + 1
    while i < last - 2:
        if (lower[i] == "," and lower[i + 1] in _ASIDE_OPENERS
                and table.end(i - 1) in name_ends
                and table.starts[i + 1] not in name_starts
                and table.starts[i + 2] not in name_starts):  # "the 990, the 998 and ..."
            closing = _closing_comma(table, i + 2, min(last - 1, i + _ASIDE_REACH), last)
            if closing is not None:
                found.append((i, closing))
                i = closing
        i += 1
    return found


_ASIDE_DEPS = frozenset({"appos", "relcl", "acl"})


def parsed_asides(sentence: Span, name_ends: frozenset[int]) -> list[tuple[int, int]]:
    """(opening comma, closing comma or final token) of each appositive or relative clause
    that the parse attaches to a name and that a comma opens."""
    found = []
    doc = sentence.doc
    for token in sentence:
        if token.dep_ not in _ASIDE_DEPS or token.head.idx + len(token.head) not in name_ends:
            continue
        opening = token.left_edge.i - 1
        if opening <= sentence.start or doc[opening].text != ",":
            continue  # "shoes that New Balance makes": restrictive, part of the clause
        after = token.right_edge.i + 1
        closing = after if after < sentence.end and doc[after].text == "," else after - 1
        found.append((opening, closing))
    return found


def _closing_comma(table: TokenTable, start: int, stop: int, last: int) -> int | None:
    """The comma that ends an aside, if it is followed by more of the sentence; the
    sentence's last token when the aside runs to its end ("... by L.L.Bean, a retailer
    founded in 1912.")."""
    if stop == last - 1:
        stop = last  # the whole rest of the sentence is within reach
    for j in range(start, stop):
        if j == last - 1:
            return j if table.is_punct[j] else None
        word = table.lower[j]
        if word in _HARD_BREAKS:
            return None
        if word == ",":
            after = table.lower[j + 1]
            if table.like_num[j + 1] or after in ("and", "or", "&"):
                return None  # a list ("the 990, 992, and 993"), not an aside
            if _place_comma(table, j, last):
                continue  # "established in Red Wing, Minnesota, ...": the place goes on
            return j
    return None


def _place_comma(table: TokenTable, j: int, last: int) -> bool:
    """Whether the comma at ``j`` sits inside a place written "Town, State": a capitalised
    word before it, and after it one or two capitalised words and then a comma, or one
    and the sentence's end."""
    if not (table.is_title[j - 1] and j + 1 < last and table.is_title[j + 1]):
        return False
    if j + 2 >= last or (j + 2 == last - 1 and table.is_punct[j + 2]):
        return True  # "... a work boot made in Red Wing, Minnesota.": the sentence's end
    k = j + 2 if table.lower[j + 2] == "," else j + 3
    return k < last - 1 and table.lower[k] == "," and (k == j + 2 or bool(table.is_title[j + 2]))


#: What may follow "started the company" when the company is what began: a place, a time,
#: a partner or the clause's end (not "the company newsletter", "the company's plant", "the
#: company on a new path", nor a comma before another clause).
AFTER_STARTED_FIRM = frozenset({"in", "at", "with", "from", "as", "back", "together", "there",
                                "here", "by", "alongside", "after", "before", "when", "around",
                                "that", ".", ";", ")", "out", "a", "an"})


def _past_verb(table: TokenTable, i: int) -> bool:
    """A regular past tense ("replaced", "moved"): an -ed word whose lemma differs."""
    word = table.lower[i]
    return (len(word) > 4 and word.endswith("ed") and bool(table.is_alpha[i])
            and table.vocabulary.lemma(word) != word)


def _starts_clause(table: TokenTable, i: int) -> bool:
    """ "but" and "although" always start a clause; "however", "while" only after a break."""
    word, previous = table.lower[i], table.lower[i - 1]
    following = table.lower[i + 1] if i + 1 < len(table) else ""
    if previous == "," and following == ",":
        return False  # "The Iron Ranger, however, is ...": an aside, not a new clause
    if word in _ALWAYS_LEADS:
        # "but also", and "made not in Asia but in Lawrence": a contrast inside the clause
        # (not "... in Asia, but in Lawrence it still makes the 990")
        return not (word == "but" and (following == "also" or (
            following in ("in", "from", "at", "rather") and _not_before(table, i))))
    return bool(table.is_punct[i - 1]) or previous in ("and", "or")


# a verb's helper right after a clause's subject: "the 990 has been built", "it was"
_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would",
                          "can", "could", "may", "might", "does", "did", "do", "remains",
                          "still", "now", "also", "today"})


def _new_subject_after(table: TokenTable, i: int, last: int,
                       name_starts: frozenset[int], after_name: bool) -> bool:
    """Whether tokens from ``i`` open a clause of its own: a name or a noun after "the",
    then a verb's helper ("and the 990 has been built", "and the company now has"); not a
    list's last item ("the 990, the 992, and the 993 are": ``after_name``, a name before
    the comma); or "it", "they", "we" ("..., and it is made in the USA": the first
    clause's subject goes on, see the extractor), "both", "neither" before a helper
    ("..., and both are made in the USA")."""
    if i < last and table.lower[i] in ("it", "they", "we", "both", "neither"):
        return i + 1 < last and not table.is_punct[i + 1] and not (
            table.lower[i] in ("both", "neither") and table.lower[i + 1] not in _AUXILIARIES)
    if i + 1 < last and table.lower[i] in ("every", "each") and (
            table.starts[i + 1] in name_starts):
        i += 1  # "and every Mountaineer since has been built in Burnsville" (a name; no
        # list goes on with "every")
    elif after_name:
        return False
    elif i < last and table.lower[i] in ("his", "her"):
        # "and his son moved the workshop to Spruce Pine in 1934": someone's own clause
        return i + 2 < last and (_past_verb(table, i + 2) or _finite_verb(table, i + 2))
    elif i < last and table.lower[i] == "the":
        i += 1  # (not "its", "our": "and its Black population share is", a place's)
    elif i >= last or table.starts[i] not in name_starts:
        return False
    for j in range(i + 1, min(last, i + 4)):
        if table.lower[j] in _AUXILIARIES or _finite_verb(table, j):
            return True
        if table.is_punct[j]:
            return False
    return False


def _figure_before(table: TokenTable, start: int, end: int) -> bool:
    """Whether a number stands in tokens ``[start, end)``: "its population, 302,971 in
    2020, is down from ..." has the figure the earlier value is set against."""
    return any(table.like_num[k] for k in range(start, end))


def _dated_after(table: TokenTable, start: int, last: int) -> bool:
    """Whether a year, a census or "a year earlier" follows within a few tokens."""
    window = table.lower[start:min(last, start + 8)]
    return any(_YEAR_TOKEN.fullmatch(w) for w in window) or "census" in window or (
        "earlier" in window or "ago" in window)


def _named_and_verbed(table: TokenTable, start: int, end: int,
                      name_starts: frozenset[int]) -> bool:
    """Whether tokens ``[start, end)`` hold a name and, after it, a verb of its own."""
    named = next((k for k in range(start, end) if table.starts[k] in name_starts), None)
    return named is not None and any(_finite_verb(table, j) for j in range(named + 1, end))


def _finite_verb(table: TokenTable, j: int) -> bool:
    """An inflected verb of making or having ("makes", "built", "employs"): the verb of
    a subject right before it ("and L.L.Bean makes boots in Freeport")."""
    word = table.lower[j]
    if not table.is_alpha[j]:
        return False
    lemma = table.vocabulary.lemma(word)
    return lemma != word and lemma in _VERBS_OF_A_CLAUSE


_VERBS_OF_A_CLAUSE = frozenset({*lexicon().making_verbs, *lexicon().holding_verbs})


def _not_before(table: TokenTable, i: int) -> bool:
    """A "not" shortly before token ``i``, with no punctuation between."""
    for j in range(i - 1, max(-1, i - 8), -1):
        if table.is_punct[j]:
            return False
        if table.lower[j] in ("not", "n't", "never"):
            return True
    return False


_VALUE_WORDS = frozenset({"%", "percent", "per", "cent", "pct", "about", "around", "roughly",
                          "some", "nearly", "almost", "approx.", "approx", "over", "under",
                          "more", "less", "than", "up", "to", "million", "billion", "thousand",
                          "~", ".", "(", ")", "in"})


def _bare_value_after(table: TokenTable, start: int, last: int,
                      name_starts: frozenset[int] = frozenset()) -> bool:
    """Whether only a percentage, hedged or not, follows a colon ("...: 6%", "...: about 40
    percent", "...: 70% (2024); 65% (2023)"): a value with no words of its own to make a
    clause (up to a ";", after which the next value is a clause of its own)."""
    last = next((i for i in range(start, last) if table.lower[i] == ";"), last)
    words = [w for w in table.lower[start:last] if not w.isspace()]
    kept = [i for i in range(start, last) if not table.lower[i].isspace()]
    if (len(words) == 4 and table.like_num[kept[0]] and words[1] == "(" and words[3] == ")"
            and _YEAR_TOKEN.fullmatch(words[2]) and table.starts[kept[0]] not in name_starts):
        return True  # "Factories in Maine: 2 (2025); 2 (2024)": a figure and its year (not
        # a model's name, "Predecessor: 992 (2006)")
    return (0 < len(words) <= 6 and any(table.like_num[i] for i in range(start, last))
            and any(w in ("%", "percent", "pct") or (w == "cent" and "per" in words)
                    for w in words)
            and all(table.like_num[i] or w in _VALUE_WORDS
                    for i, w in zip(kept, words, strict=True)))


def _ends_subordinate(table: TokenTable, comma: int, last: int) -> bool:
    """A comma ends "While X," unless it only separates list items ("the 990, 992")."""
    if comma + 1 >= last:
        return False
    return not (table.like_num[comma + 1] or table.lower[comma + 1] in ("and", "or", "&"))


def mood_of(text: str, table: TokenTable, first: int, last: int, heading: bool) -> Mood:
    """Whether a sentence states, asks, instructs or supposes."""
    text = text.strip()
    lex = lexicon()
    if text.rstrip("”\"')»").endswith("?") and not _DID_YOU_KNOW.match(text):
        return "question"
    if (("true" in text[:24].lower() or "fact" in text[:24].lower() or "myth" in text[:24].lower())
            and _TRUE_OR_FALSE.match(_NUMBERED.sub("", text, count=1))) or (
            ")" in text[:4] and is_choices(text)):
        return "question"  # a quiz's "True or false: ..." and its "A) 1976  B) 1982" choices
    if heading:
        return "heading"
    words = [table.lower[i] for i in range(first, min(last, first + 6)) if table.is_alpha[i]]
    # "Head office: Bellingham", a table row "Head office, Nairobi"
    label = bool({":", ","} & set(table.lower[first:min(last, first + 4)])) or (
        ":" in table.lower[first:min(last, first + 8)]
        and _bare_value_after(table, table.lower.index(":", first) + 1, last))
    # ... and "Share of volume sold in Chile: 6%", a longer label before a bare value
    if words and words[0] in lex.imperatives and not _is_subject(words) and not label:
        return "imperative"
    if lex.conditional.match(text) or _INVERTED_IF.match(text):
        return "conditional"
    return "statement"


def presupposes(text: str) -> bool:
    """Whether a question states what it does not ask: a question for one thing ("which",
    "who", "when", "how many", "in what year") takes the rest as given ("Which couple
    bought New Balance in 1972?" says it was bought in 1972; "New Balance started out in
    Boston in 1906 making what?"). A yes-or-no question states nothing ("Does New Balance
    make all of its shoes in the USA?", "True or false: ..."), nor does one that offers
    alternatives ("... in Maine or China?"), asks why or where (often to doubt: "Why not
    keep making the Pintail in China?"), what a word means, or what someone says ("Who
    says New Balance makes them all here?")."""
    asked = _OPENING.sub("", _NUMBERED.sub("", text.strip(), count=1), count=1)
    return ((_WH_FIRST.match(asked) is not None or _WH_LAST.search(asked) is not None)
            and _YES_NO.match(asked) is None and _NOT_GIVEN.search(asked) is None)


# a question's number or label in a quiz or an FAQ: "3.", "Q4:", "Question 7 -"
_NUMBERED = re.compile(r"\A\s*(?:(?:Q(?:uestion)?\.?\s*)?\d{1,3}[.):]|Q(?:uestion)?\s*[.:-])\s*",
                       re.IGNORECASE)
# what may open a question before its question word: a label ("Reader question:"), a
# conjunction ("But", "And so")
_OPENING = re.compile(r"\A(?:[\w'’ -]{1,30}:\s+)?(?:(?:and|but|so|or|then|now|well|okay|ok)\b"
                      r"[,\s]+)*", re.IGNORECASE)
_WH = (r"(?:which|who|whom|whose|when|what(?!\s+(?:does|do|did|is|are|was|were|if|about)\b)|"
       r"how\s+(?:many|much|long|old|far))\b")
# the question word first ("Which couple bought ...?", "In which city ...?"), or last, the
# thing asked for in place ("... making what?")
_WH_FIRST = re.compile(r"[\"“'‘(]*(?:(?:in|at|by|for|from|to|of|on|with|since|until)\s+)?" + _WH,
                       re.IGNORECASE)
_WH_LAST = re.compile(r"(?<!,\s)\b(?:(?:what|which)(?:\s+[a-z]+)?|who|whom)\s*\?[\"”'’)]*\s*\Z",
                      re.IGNORECASE)
_YES_NO = re.compile(r"[\"“'‘(]*(?:true\s+or\s+false|is\s+it\s+true|fact\s+or\s+fiction|"
                     r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|"
                     r"should|shall|may|might|must|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|"
                     r"don['’]t|doesn['’]t|didn['’]t|hasn['’]t|haven['’]t|hadn['’]t)\b)",
                     re.IGNORECASE)
_NOT_GIVEN = re.compile(r"\bor\b|\bwhy\b|\bwhere\b|\bmean\b|\bwho\s+(?:says|said|claims|"
                        r"claimed|thinks|believes|told|decided)\b|\bhow\s+(?:come|can|could|"
                        r"dare)\b", re.IGNORECASE)


def is_choices(text: str) -> bool:
    """Whether a line is a question's choices ("A) 1976   B) 1982   C) 1990"), which
    state nothing and answer nothing."""
    return _CHOICES.match(text.strip()) is not None


_TRUE_OR_FALSE = re.compile(r"[\"“'‘(]*(?:true\s+or\s+false|fact\s+or\s+fiction|myth\s+or\s+"
                            r"fact|fact\s+or\s+myth)\b", re.IGNORECASE)
_CHOICES = re.compile(r"\(?[Aa1][).]\s+\S.{0,80}?\s\(?[Bb2][).]\s+\S")


# "Did you know that Pittsburgh has 446 bridges?": the writer tells, it does not ask
_DID_YOU_KNOW = re.compile(r"[\"“']?(?:did|do)\s+you\s+know\s+(?:that\s+)?", re.IGNORECASE)
# "Should Red Wing ever move production to Asia, ...", "Had the plant stayed open, ...":
# an inverted condition (a question would end in "?")
_INVERTED_IF = re.compile(r"[\"“']?(?:Should|Were|Had)\s+[^,?]{3,80},")


def _is_subject(words: list[str]) -> bool:
    """ "Look" in "Look for the label" is a command; in "Looks matter" it is not."""
    second = words[1] if len(words) > 1 else ""
    return second in {"is", "are", "was", "were", "has", "have", "can", "s"}
