"""Stage 3: claims from an analysed spaCy ``Doc``.

For each clause the extractor gathers what the rules know how to read:
subjects (named, or referred back to), attribute cues (lemmas declared in
the rules), and values (quantities, places, years, durations, categories).
Each attribute type has one builder below that pairs them into claims.

Document structure feeds the clauses (all in :class:`_DocumentReader`, which reads one
document in stages: structure, then cue and subject inheritance, then the builders):
- a heading names the subject of the list items and table rows below it; with no
  subject of their own they fall back to it, else to the title (:meth:`title_subjects`);
- a question heading ("## How many plants does Cedar Hollow run?", :class:`_Asked`) gives
  the first sentence of its answer its subject, cue words, counted noun
  (``ClauseView.asked_count``, read in ``builders/counts.py``) and unit;
- "Name: a; b; c" labels and asides come from :func:`clauses.split_clauses`; a fragment
  after a label's colon inherits its cue words; in a list item an amount with no cue is
  read by ``builders/counts._spec``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from claimcheck.checking.consistency import EARLIER
from claimcheck.checking.context import Sentence
from claimcheck.claims import builders, values
from claimcheck.claims.builders.changes import split_change
from claimcheck.claims.builders.common import (
    ANSWER_LABEL,
    REST,
    applies,
    asserted_at,
    qualifiers,
)
from claimcheck.claims.builders.counts import ORDINAL_WORDS
from claimcheck.claims.builders.origin import MAKE_FORMS
from claimcheck.claims.builders.years import AGO, DETERMINER_BEFORE, year_before
from claimcheck.claims.clauses import (
    AFTER_STARTED_FIRM,
    Clause,
    is_choices,
    mood_of,
    presupposes,
    split_clauses,
)
from claimcheck.claims.lexicon import lexicon, words_regex
from claimcheck.claims.mentions import ELSEWHERE, Mention, MentionMatcher
from claimcheck.claims.model import Claim, Value
from claimcheck.claims.quotes import Quotation, mentioned, quotations
from claimcheck.claims.subjects import SubjectTracker
from claimcheck.claims.tokens import TokenTable, Vocabulary, Word
from claimcheck.documents.dates import date_in
from claimcheck.documents.model import Document
from claimcheck.quantities import Quantity
from claimcheck.quantities.masks import MONTH_NAMES
from claimcheck.quantities.numbers import words_value
from claimcheck.quantities.units import unit_name
from claimcheck.rules.model import RuleSet

LemmaFn = Callable[[str], str]


@dataclass
class ClauseView:
    """Everything found in one clause, handed to the attribute builders."""

    doc: Doc
    full: str
    """The whole document text (``doc.text`` rebuilds it on every access)."""
    clause: Clause
    sentence: Span
    asserted: bool
    subjects: list[Mention]
    """Subjects named or referred to in the clause (products first when present)."""
    mentions: list[Mention]
    quantities: list[Quantity]
    cues: dict[str, list[Word]]
    """Attribute id → the cue words for it in this clause."""
    date: dt.date
    table: TokenTable
    """The document's tokens, for builders that read words near a value."""
    rules: RuleSet
    claims: list[tuple[Mention, str, Value, int, int, dict]] = field(default_factory=list)
    recent_count: str | None = None
    """The count attribute of the paragraph's last count claim ("The company runs five
    factories. Three of them are in Maine")."""
    earlier_place: str | None = None
    """The last place named before the clause, which "there" refers to."""
    earlier_organisation: str | None = None
    """The last organisation named or referred to before the clause, whose facility "the
    plant" is."""
    here: str | None = None
    """The place of the story's dateline ("LE LOCLE — ..."), which "here" refers to."""
    row_place: str | None = None
    """The place a table row's record is named by ("Norway, ME: Opened: 1985; 250
    Workers"): where its figures are."""
    document_mentions: list[Mention] = field(default_factory=list)
    """Every mention of the document, in order (see :meth:`sentence_places`)."""
    mention_starts: list[int] = field(default_factory=list)
    asked_unit: str | None = None
    """The unit a question heading counts in ("How many pairs ...?"), for its answer."""
    asked_count: tuple[str, ...] = ()
    """The count attributes a question heading asked about, for the first clause of its
    answer ("How many plants ...?" then "Two: the Middlebury creamery ...")."""
    makers: list[Mention] | None = None
    """The makers that subject pronouns naming products stand for (see
    ``builders.common.subjects``), worked out once per clause."""
    row: bool = False
    """The clause is in a table row: cells of one item among others."""
    listed: bool = False
    """The clause is in a list item, where specifications go without verbs ("- Amstel:
    electric city bike, from €2,899")."""
    earlier: bool = False
    """The clause gives an earlier value of the claim before it ("up from 17,800"), and
    nothing else."""
    last_year: int | None = None
    """The year the sentences before last named or dated ("We started in 2008. That first
    year we brewed 9,000 litres")."""

    @property
    def text(self) -> str:
        """The clause's text."""
        return self.full[self.clause.start:self.clause.end]

    def before(self, offset: int) -> str:
        """Clause text from its start up to ``offset``."""
        return self.full[self.clause.start:offset]

    def lemma(self, lower: str) -> str:
        """The lemma of a lower-case word."""
        return self.table.vocabulary.lemma(lower)

    def places(self) -> list[Mention]:
        """Place mentions in the clause."""
        return [m for m in self.mentions if m.kind == "place"]

    def sentence_places(self) -> list[Mention]:
        """Place mentions in the clause's sentence."""
        return [m for m in _between(self.document_mentions, self.mention_starts,
                                    self.sentence.start_char, self.sentence.end_char)
                if m.kind == "place"]

    def categories(self) -> list[Mention]:
        """Category mentions in the clause."""
        return [m for m in self.mentions if m.role == "category"]


class ClaimExtractor:
    """Builds claims and sentence records from a processed ``Doc``."""

    def __init__(self, rules: RuleSet, lemma: LemmaFn) -> None:
        self.rules = rules
        self.vocabulary = Vocabulary(lemma)
        self._cue_cache: dict[str, tuple[str, ...]] = {}
        # word forms that may open a phrasal cue ("turned" in "turned out")
        self._phrasal_forms = frozenset(
            form for verb, _ in lexicon().phrasal_cues for form in _verb_forms(verb))
        self._titles: MentionMatcher | None = None
        self.cues: dict[str, list[str]] = {}
        for attribute in rules.attributes.values():
            # "imported", "made abroad": a complement word signals the share as well
            complement = attribute.complement.cues if attribute.complement else []
            for cue in {*attribute.cues, *complement}:
                self.cues.setdefault(cue.lower(), []).append(attribute.id)
        # Cues of several words ("head office") or with a hyphen ("in-house", which the
        # tokenizer splits) are found in the text; a cue is otherwise one token's form or
        # lemma.
        phrases = sorted((c for c in self.cues if " " in c.strip() or "-" in c.strip("-")),
                         key=len, reverse=True)
        self._phrase_cues = (re.compile(r"(?<![\w-])(?:" + "|".join(
            r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) + r")(?![\w-])",
            re.IGNORECASE) if phrases else None)

    def _cue_attributes(self, lower: str) -> tuple[str, ...]:
        """Attributes a word is a cue for, by its form or its lemma (cached per word)."""
        found = self._cue_cache.get(lower)
        if found is None:
            lemma = self.vocabulary.lemma(lower)
            forms = (lemma, lower, *_stems(lower)) if lemma == lower else (lemma, lower)
            found = tuple(dict.fromkeys(a for form in forms for a in self.cues.get(form, ())))
            self._cue_cache[lower] = found
        return found

    def _established(self, table: TokenTable, i: int) -> tuple[str, ...]:
        """ "Est. 1905": the abbreviation before a year is "established" (before another
        number it is "estimated")."""
        if i + 1 < len(table) and _YEAR.fullmatch(table.lower[i + 1]):
            return self._cue_attributes("establish")
        return ()

    def asked_count(self, question: str) -> tuple[str, ...]:
        """The count attributes whose noun a question names ("How many plants ...?")."""
        asked = _HOW_MANY.search(question)
        if asked is None:
            return ()
        noun = asked.group(1).lower()  # the words right after "how many"
        return tuple(a.id for a in self.rules.attributes.values()
                     if a.type == "count" and any(re.search(_plural(n.lower()), noun)
                                                  for n in a.nouns))

    def title_subjects(self, document: Document) -> list[Mention]:
        """The one company or product a document's title (front matter or ``<title>``)
        names, else its first heading: a part naming a product first ("Shirokumo Gyuto |
        Mizuhara Online Store", "Brekke – Skarv Sweater"), and a product rather than the
        company making it."""
        heading = next((document.text[b.start:b.end] for b in document.blocks
                        if b.kind == "heading"), None)
        texts = [t for t in (document.title, heading) if t]
        for text in texts:
            # each part of "Brand – Product" or "Product | Shop": a product first, else the
            # first part naming one subject, else the whole
            parts = [self._one_subject(part) for part in _SITE_SEPARATOR.split(text)]
            found = (next((p for p in parts if p and p[0].kind == "product"), None)
                     or next((p for p in parts if p), None) or self._one_subject(text))
            if found:
                return found
        return []

    def _one_subject(self, text: str) -> list[Mention]:
        if self._titles is None:
            self._titles = MentionMatcher(self.rules)
        found = {m.id for m in self._titles.find(text)
                 if m.role == "name" and m.kind in ("organisation", "product")}
        # a product named with its maker ("The Bean Boot by L.L.Bean"): the product
        found -= {self.rules.entities[e].parent for e in found} - {None}
        if len(found) != 1:
            return []
        entity = found.pop()
        return [Mention(-1, -1, entity, self.rules.entities[entity].kind)]

    def _phrasal(self, table: TokenTable, i: int) -> tuple[str, ...]:
        """The attributes of the cue a phrasal verb means ("turned out" -> "produce")."""
        if i + 1 >= len(table) or (i + 2 < len(table) and table.lower[i + 2] == "of"):
            return ()  # (not "comes out of factories in Vietnam": where from)
        cue = lexicon().phrasal_cues.get((self.vocabulary.lemma(table.lower[i]),
                                          table.lower[i + 1]))
        if cue == "release" and not (i + 4 < len(table) and table.lower[i + 2] == "with" and (
                bool(table.like_num[i + 3]) or (table.lower[i + 3] in ("the", "its", "their")
                                                and bool(table.like_num[i + 4])))) and not (
                i > 0 and i + 3 < len(table) and table.lower[i + 2] == "in"
                and bool(table.like_num[i + 3])
                and (i + 4 >= len(table) or table.lower[i + 4] in _YEAR_ENDS)
                and ((table.lower[i - 1] == "it" and (i < 2 or table.lower[i - 2] in ".!?:"))
                     or table.lower[i - 1] in ("which", "that")
                     or (bool(table.like_num[i - 1])
                         and "of" not in table.lower[max(0, i - 3):i - 1]))):
            return ()  # "the 990 came out in 1982", "It came out in 1982.", "the 993, which
            # came out in 2008,", "came out with the 990 in 1982" (not "came out on top", "A
            # study ... came out in 2014", "a colorway of the 990 came out", "It came out in
            # 2019 that ...", "when it came out in 2016")
        return self._cue_attributes(cue) if cue else ()

    @staticmethod
    def _house(table: TokenTable, i: int) -> bool:
        """Whether "building" at ``i`` is a noun: a determiner right before it, or before
        words that describe it ("the long brick building"), none of them a verb."""
        for k in (i - 1, i - 2, i - 3):
            if k < 0:
                return False
            word = table.lower[k]
            if word in _HOUSE_DETERMINERS:
                return True
            if (not table.is_alpha[k] or word in _BE or word in _STARTING_VERBS
                    or word.endswith(("ed", "ing"))):
                return False  # "started building", "is building", "kept building"
        return False

    def _phase_cue(self, table: TokenTable, i: int, full: str,
                   organisations: frozenset[int] = frozenset()) -> bool:
        """False for "start"/"begin" before an activity or object ("began selling the 990
        in 1982"): the year is the activity's; but an organisation as the object ("my
        brother and I started Barranca Alta") is what began. True for every other cue."""
        words = lexicon()
        lemma = self.vocabulary.lemma(table.lower[i])
        if table.lower[i] == "found" and (
                (i > 0 and table.lower[i - 1] in _FOUND_AFTER)
                or (i + 1 < len(table) and table.lower[i + 1] in _FOUND_BEFORE)):
            return False  # "the judge found that ...", "was found to": the past of "find"
        if (table.lower[i] == "based" and i > 1 and table.lower[i - 1] == "-"
                and full[table.starts[i - 2]].islower()):
            return False  # "a land-based hatchery", "plant-based": a kind, not where based
        if (lemma in _BUYING and table.lower[i] != lemma
                and any(k >= 0 and table.lower[k] in ("a", "an") for k in (i - 2, i - 3))
                and table.is_alpha[i - 1] and table.lower[i - 1] not in _FIRM_NOUNS):
            return False  # "on a kettle bought secondhand": what was bought is the kettle
        if table.lower[i] in ("building", "buildings") and (
                table.lower[i] == "buildings" or self._house(table, i)):
            return False  # "the long brick building by the river": a house, no making (but
            # "is building boots", "The company started building the 990")
        if table.lower[i] in MAKE_FORMS and _NOT_GOODS_MADE.search(
                full, max(0, table.starts[i] - 48), table.starts[i]):
            return False  # "asks that gifts be made to the Heritage Fund", "changes were
            # made in 2019": given or done, no goods made
        if table.lower[i] in MAKE_FORMS and _MAKES_SOMETHING_SO.match(
                full, table.starts[i] + len(table.lower[i])):
            return False  # "which makes our firing greener", "made it carbon-neutral": what
            # something does to a thing, no making
        if lemma in words.passive_cues:  # "was formed in 1919", not "formed a venture"
            return i > 0 and table.lower[i - 1] in _BE
        phrasal = words.phrasal_cues.get((lemma, table.lower[i + 1] if i + 1 < len(table)
                                          else ""))
        if (lemma in words.founding_verbs or phrasal in words.founding_verbs) and not (
                i > 0 and table.lower[i - 1] in _BE):
            # "established a factory in Maine in 1978": the factory's founding
            k = i + 1 if lemma in words.founding_verbs else i + 2
            if (k < len(table) and table.lower[k] in words.other_objects
                    and table.starts[k] not in organisations):  # not "founded New Balance"
                return False
        if lemma not in words.phase_verbs:
            return True
        if i > 0 and _people_before(table, i - 1) and not (
                i + 1 < len(table) and (table.starts[i + 1] in organisations or (
                    table.lower[i + 1] == "the" and i + 2 < len(table)
                    and table.starts[i + 2] in organisations))):
            return False  # "six new apprentices started in September": they did (not
            # "Two brothers started L.L.Bean in 1912")
        after = table.lower[i + 1] if i + 1 < len(table) else "."
        if after in words.phase_verb_followers or bool(table.like_num[i + 1]):
            return True
        named = i + 2 if after == "the" and i + 2 < len(table) else i + 1
        if after == "the" and named < len(table) and (
                f"the {table.lower[named]}" in words.pronouns["organisation"]) and (
                named + 1 >= len(table) or table.lower[named + 1] in AFTER_STARTED_FIRM
                or bool(table.like_num[named + 1])):
            return True  # "Amos Whitlock started the company in 1896": what began
        return named < len(table) and table.starts[named] in organisations

    def extract(self, doc: Doc) -> tuple[list[Sentence], list[Claim]]:
        """Sentences (with mood and subject) and claims of ``doc``."""
        return _DocumentReader(self, doc).read()

    def cue_hits(self, table: TokenTable, full: str,
                 organisations: frozenset[int] = frozenset()) -> list[tuple[int, tuple[str, ...]]]:
        """(token index, attribute ids) for every cue word in the document, in order
        (``organisations``: where the names of organisations start)."""
        forms = self._phrasal_forms
        hits = [(i, attributes) for i, lower in enumerate(table.lower)
                if (attributes := self._cue_attributes(lower)
                    or (self._phrasal(table, i) if lower in forms else ())
                    or (self._established(table, i) if lower in _ESTABLISHED else ()))
                and self._phase_cue(table, i, full, organisations)]
        if self._phrase_cues is not None:  # "Head office: Bellingham"
            for m in self._phrase_cues.finditer(full):
                phrase = " ".join(m.group().lower().split())
                hits.append((table.at(m.end()) - 1, tuple(self.cues[phrase])))
            hits.sort(key=lambda hit: hit[0])
        return hits

    def build_claims(self, view: ClauseView, document: Document) -> Iterator[Claim]:
        """Run every builder on the clause and turn what they found into claims."""
        for build in () if view.earlier else builders.BUILDERS:
            build(view)
        seen: set[tuple[str, str, str, str | None, int]] = set()
        for subject, attribute, value, start, end, extra in _known_first(view):
            key = (subject.id, attribute, repr(value), extra.get("scope"), start)
            if key in seen:
                continue
            seen.add(key)
            yield _claim(view, document, subject, attribute, value, start, end, extra)


@dataclass
class _Block:
    """Where a sentence stands in the document's structure."""

    heading: bool = False
    item: bool = False  # a list item or a table row: values without verbs
    row: bool = False  # a table row
    answer: bool = False  # below a question heading
    first_of_answer: bool = False  # the answer's first sentence
    quoted: bool = False  # a reply's quotation of an earlier message ("X wrote:", "> ...")


class _DocumentReader:
    """Reads one document sentence by sentence, clause by clause, in three steps:

    1. structure (:meth:`_enter`): the block a sentence is in, the heading above it, the
       question it answers;
    2. inheritance (:meth:`_cues` and :meth:`_subjects`): the cue words and subjects a
       clause takes from its label, aside, heading, question, title or last count (and
       what the clause's view needs to know of them: ``recent_count``, ``listed``);
    3. builders (:meth:`ClaimExtractor.build_claims`), then what a claim's context says of it
       (:meth:`_after`: an earlier value, a quotation's speaker), remembering the last
       count for "Three of them are in Maine".
    """

    def __init__(self, extractor: ClaimExtractor, doc: Doc) -> None:
        self.extractor = extractor
        self.doc = doc
        self.document: Document = doc._.document
        self.full = self.document.text  # the same string as doc.text, without rebuilding it
        self.quantities: list[Quantity] = _working_weeks(doc._.quantities, self.full)
        self.mentions = _the_places(
            _named_after_glued(_not_measures(doc._.mentions, self.quantities, self.full),
                               self.full), self.full,
            extractor.rules, self.document)
        self.mention_starts = [m.start for m in self.mentions]
        self.quantity_starts = [q.start for q in self.quantities]
        self._labels: dict[int, Quantity | None] = {}  # sentence start -> its year label
        self._correction_sentence = -1  # the sentence _has_correction is about
        self._has_correction = False
        self.block_starts = [b.start for b in self.document.blocks]
        self.table = TokenTable(doc, extractor.vocabulary)
        self.hits = extractor.cue_hits(self.table, self.full, frozenset(
            m.start for m in self.mentions if m.kind == "organisation" and m.role == "name"))
        self.hit_index = [i for i, _ in self.hits]
        self.tracker = SubjectTracker(extractor.rules)
        self.titled = extractor.title_subjects(self.document)
        self.dateline = _dateline(self.document, self.full, self.mentions)
        self._here_block = -1  # the paragraph whose own dateline place is ``_here``
        self._here: str | None = None
        self._section_date: dt.date | None = None  # the date of the heading above, if any
        if self.titled:  # "our", "it", "the company" before any name: the title's company
            self.tracker.seed(self.titled[0].id, self.titled[0].kind)
        # where a name or a phrase referring back to one ("the company") ends: an aside
        # may follow ("The company, founded in 1906, ...")
        names = [m for m in self.mentions if m.role == "name" and m.kind != "place"]
        self.name_ends = frozenset([*(m.end for m in names),
                                    *(m.end() for m in _REFERRING.finditer(self.full))])
        self.name_starts = frozenset(m.start for m in names)
        places = [m for m in self.mentions if m.role == "name" and m.kind == "place"]
        self.label_ends = self.name_ends | {m.end for m in places}
        self.place_starts = frozenset(m.start for m in places)
        self.has_parse = doc.has_annotation("DEP")  # a trained pipeline chosen with --model
        self._row_places: dict[int, str | None] = {}  # a table row's start -> its place
        self.block = -1
        self.section: list[Mention] = []  # what the last heading names: its items' subject
        self.asked: _Asked | None = None  # the question the last heading or sentence asks
        # the cue words and subjects of the sentence being read, when it asks a question
        self._question_cues: dict[str, list[Word]] = {}
        self._question_subjects: list[Mention] = []
        self.recent_count: str | None = None
        self.recent_owner: Mention | None = None
        self._item_label: tuple[int, Quantity] | None = None  # a list item's year sentence
        self._where_item = False  # the sentence being read is in a list item or table row
        self.last_year: int | None = None  # the year the sentences so far last named
        self._quotation_blocks: dict[int, bool] = {}

    def read(self) -> tuple[list[Sentence], list[Claim]]:
        sentences: list[Sentence] = []
        claims: list[Claim] = []
        for sentence in self.doc.sents:
            text = self.full[sentence.start_char:sentence.end_char]
            if not text.strip():
                continue
            where = self._enter(sentence, text)
            mood = ("quoted" if where.quoted
                    else mood_of(text, self.table, sentence.start, sentence.end, where.heading))
            subject, found = self._sentence(sentence, text, where, mood)
            claims.extend(found)
            if (mood == "question" and not where.heading and not where.answer
                    and not is_choices(text)):  # (the choices do not ask again)
                # "Q: How many US factories does New Balance run? A: Four ...", "How many
                # people live in Pittsburgh? As of 2020, 302,971.": the next sentence
                # answers with the question's subject, cues and counted noun
                self.asked = _Asked(self.block, self.extractor.asked_count(text),
                                    _asked_unit(text), cues=self._question_cues,
                                    subjects=self._question_subjects, inline=True)
            self._remember_year(sentence, found)
            sentences.append(Sentence(sentence.start_char, sentence.end_char,
                                      text, mood, self.block, subject))
        return sentences, claims

    def _quotation_only(self, index: int) -> bool:
        """Whether a paragraph or list item is one quotation and nothing else, but for a
        label ('(a) "..."', '- "..."'); asked once per block."""
        if index not in self._quotation_blocks:
            block = self.document.blocks[index]
            self._quotation_blocks[index] = (
                block.kind in ("paragraph", "list_item") and block.end - block.start < 400
                and self.full[block.start:block.start + 6].lstrip(" (-*•abcdefghij0123456789.)")
                [:1] in ('"', "“")
                and _QUOTATION_ONLY.fullmatch(self.full, block.start, block.end) is not None)
        return self._quotation_blocks[index]

    def _enter(self, sentence: Span, text: str) -> _Block:
        """Step 1: the sentence's block, and what a new block or heading resets."""
        blocks = self.document.blocks
        block = max(bisect.bisect_right(self.block_starts, sentence.start_char) - 1, 0)
        if block != self.block:
            self.tracker.reset()
            self.block = block
            self.recent_count, self.recent_owner = None, None
        kind = blocks[block].kind if blocks else None
        # a line of its own that is only "Label: value" is a fact box's line, read like a
        # list item ("Head office: 2-7-5 Chūō, Tsubame, Niigata 959-1232.")
        fact_line = (kind == "paragraph" and blocks[block].end - blocks[block].start < 120
                     and _FACT_LINE.match(self.full, blocks[block].start, blocks[block].end)
                     is not None)
        if kind == "paragraph" and not fact_line and _FACT_LINE.match(
                self.full, sentence.start_char, sentence.end_char):
            # ... and so is each "Label: value" sentence of an infobox set as one paragraph
            # ("Red Wing Shoe Company. Type: Private. Founded: 1905 in Red Wing, Minnesota")
            fact_line = len(_LABEL_STARTS.findall(
                self.full, blocks[block].start, blocks[block].end)) >= 3
        where = _Block(heading=kind == "heading",
                       item=kind in ("list_item", "table_row") or fact_line,
                       row=kind == "table_row")
        self._where_item = where.item
        if blocks and blocks[block].kind == "quote":
            # a reply's quotation: under "X wrote:", "Quote from: X", or opening the
            # document or a reply ("Re: ..." then "> They moved production to China")
            earlier = next((b for b in reversed(blocks[:block]) if b.kind != "quote"), None)
            lead = "" if earlier is None else self.full[earlier.start:earlier.end]
            where.quoted = earlier is None or bool(
                _WROTE.search(lead) or _QUOTE_LEAD.match(lead)
                # "Straight from their own About page:" (a source's words; not "Our promise
                # to you:", nor "The numbers, in short:", nor a speaker's "Joe Preston
                # said:", whose words are checked as his)
                or (_SOURCE_LEAD.search(lead) is not None
                    and _FIRST_PERSON.search(lead) is None))
        elif blocks and self._quotation_only(block):
            # "The claims were:" then '(a) "Finland's number one sauna stove."': words
            # quoted under a lead-in are reported, as a reply's quotation is
            earlier = next((blocks[i] for i in range(block - 1, -1, -1)
                            if not self._quotation_only(i)), None)
            where.quoted = earlier is not None and _reports_words(
                self.full[earlier.start:earlier.end])
        if where.heading:
            self.section = []
            # "## Update #2 · February 8, 2022": the section below a dated heading is read
            # at its date, not the page's (a live blog's or a campaign page's updates)
            self._section_date = date_in(text)
            # "## How many plants does Cedar Hollow run?" then "Two: ...": the answer below
            # a question takes its subject, cues and counted noun
            self.asked = (_Asked(block + 1, self.extractor.asked_count(text), _asked_unit(text))
                          if text.rstrip().endswith("?") else None)
        asked = self.asked
        if asked is not None and asked.inline and (asked.used or block > asked.block + 1):
            self.asked = asked = None  # an inline question is answered by one sentence only
        where.answer = asked is not None and (
            block == asked.block or (asked.inline and block == asked.block + 1))
        if where.answer and asked is not None and not _ANSWER_LABEL.fullmatch(text):
            where.first_of_answer = not asked.used
            asked.used = True  # (a label alone, "A." split off as a sentence, answers nothing)
        return where

    def _sentence(self, sentence: Span, text: str, where: _Block,
                  mood: str) -> tuple[str | None, list[Claim]]:
        """The sentence's first subject and its claims, clause by clause."""
        subject = None
        claims: list[Claim] = []
        self._question_cues, self._question_subjects = {}, []
        quoted = quotations(text, sentence.start_char)
        earlier: list[list[Mention]] = []  # the subjects of each clause so far
        clause_cues: list[dict[str, list[Word]]] = []
        numeric: list[Claim] = []  # the previous clause's numeric claims
        denied: list[Claim] = []  # and its denied places
        parsed = sentence if self.has_parse else None
        previous: Clause | None = None
        for clause in split_clauses(self.table, sentence.start, sentence.end, self.name_ends,
                                    parsed, self.name_starts, self.label_ends,
                                    self.place_starts):
            cues = self._cues(clause, where, clause_cues,
                              after_aside=previous is not None and previous.aside_of >= 0)
            previous = clause
            clause_cues.append(cues)
            view = self._view(sentence, clause, mood, cues)
            self._subjects(view, clause, where, earlier)
            earlier.append(view.subjects)
            if mood == "question":
                for attribute, words in cues.items():
                    self._question_cues.setdefault(attribute, words)
                self._question_subjects += [m for m in view.subjects
                                            if m not in self._question_subjects]
            subject = subject or (view.subjects[0].id if view.subjects else None)
            if clause.resumes >= 0 and _EARLIER_OPENING.match(self.full, clause.start):
                _earlier_value(view, numeric)
                view.earlier = True  # its value is the claim before's, or no one's
            self._counted_owner(view)
            found = self._after(view, text, quoted)
            if not found and numeric and not any(  # (no cue of its own)
                    w.idx >= clause.start for words in view.cues.values() for w in words):
                found = self._gapped(view, numeric[-1])
            if not found and denied:
                found = self._excepted(view, denied)
                if found:  # (the denial had an exception: it is no claim of all of them)
                    claims = [c for c in claims if not any(c is d for d in denied)]
            numeric = [c for c in found if c.value.kind in ("count", "quantity", "share")]
            denied = [c for c in found if c.value.kind == "place" and c.negated]
            claims.extend(found)
        return subject, claims

    def _corrections(self, start: int, text: str) -> bool:
        """Whether the sentence at ``start`` has a word of correction (looked for once)."""
        if self._correction_sentence != start:
            self._correction_sentence = start
            self._has_correction = _CORRECTION_HINT.search(text) is not None
        return self._has_correction

    def _corrected(self, view: ClauseView, found: list[Claim]) -> list[Claim]:
        """A value the writer takes back at once ("founded in 1905 — no, wait, 1906", "500
        stores, or rather 540", "made in China — correction, Vietnam"): it is not asserted,
        and the value after the correction states the claim instead."""
        result = []
        for claim in found:
            text = claim.value.text
            at_end = bool(text) and self.full.endswith(text, 0, claim.end)
            mark = _CORRECTION.match(self.full, claim.end) if at_end else None
            new = self._correction(view, claim, mark.end()) if mark is not None else None
            if new is not None:
                result += [replace(claim, asserted=False), new]
                continue
            # "founded not in 1905 but in 1906", "Not in 1904, as often claimed, but in 1905":
            # the first denied, the second stated
            but = (_BUT_INSTEAD.match(self.full, claim.end) if at_end and _NOT_BEFORE_VALUE.search(
                self.full, max(0, claim.end - len(text) - 12), claim.end - len(text)) else None)
            new = self._correction(view, claim, but.end()) if but is not None else None
            if new is not None and any(c.attribute == claim.attribute and c.end == new.end
                                       for c in found):
                new = None  # "made not in Asia but in Lawrence": both already read
            if new is not None:
                result += [replace(claim, negated=True),
                           replace(new, negated=False, asserted=claim.asserted)]
                continue
            result.append(claim)
        return result

    def _correction(self, view: ClauseView, claim: Claim, at: int) -> Claim | None:
        """The claim the value at ``at`` makes in place of ``claim``'s value."""
        value = claim.value
        if value.kind == "place":
            place = next((m for m in self.mentions if at <= m.start <= at + 16
                          and m.kind == "place"), None)
            if place is None or not _CORRECTED_LEAD.fullmatch(self.full, at, place.start):
                return None
            new = Value("place", self.full[place.start:place.end], ref=place.id)
            start, end = place.start, place.end
        else:
            figure = next((q for q in self.quantities if at <= q.start <= at + 12), None)
            if (figure is None or not _CORRECTED_LEAD.fullmatch(self.full, at, figure.start)
                    or figure.value is None):
                return None
            if value.kind == "year" and figure.unit == "calendar_year":
                interval = values.year_interval(figure)
            elif value.kind == "count" and figure.unit is None:
                interval = values.interval_of(figure)
            elif value.kind == "share" and values.is_share(figure):
                interval = values.share_interval(figure)
            else:
                return None
            new = Value(value.kind, figure.text, interval, unit=value.unit)
            start, end = figure.start, figure.end
        subject = Mention(start, start, claim.subject,
                          self.extractor.rules.entities[claim.subject].kind)
        extra = {"scope": claim.scope, "qualifiers": claim.qualifiers, "negated": claim.negated,
                 "asserted": claim.asserted}
        return _claim(view, self.document, subject, claim.attribute, new, start, end, extra)

    def _excepted(self, view: ClauseView, denied: list[Claim]) -> list[Claim]:
        """ "Red Wing makes none of its boots in China but the Iron Ranger": a clause of
        only "but" (or "except") and names, after a denied place, affirms the place of
        each name."""
        opening = _EXCEPTION_GAP.match(self.full, view.clause.start, view.clause.end)
        if opening is None:
            return []
        names = [m for m in view.subjects if m.role == "name" and m.kind != "place"
                 and m.start >= opening.end()]
        rest = self.full[opening.end():view.clause.end]
        for m in sorted(names, key=lambda m: -m.start):
            rest = rest[:m.start - opening.end()] + rest[m.end - opening.end():]
        if not names or not set(_WORDS.findall(rest.lower())) <= _EXCEPTION_WORDS:
            return []  # "..., but the Iron Ranger is made in Red Wing": a clause of its own
        found = []
        for name in names:
            for claim in denied:
                if name.id == claim.subject or not applies(
                        self.extractor.rules.attributes[claim.attribute], name):
                    continue
                extra = {"scope": claim.scope, "qualifiers": claim.qualifiers,
                         "negated": False, "asserted": claim.asserted}
                found.append(_claim(view, self.document, name, claim.attribute, claim.value,
                                    name.start, name.end, extra))
        return found

    def _gapped(self, view: ClauseView, before: Claim) -> list[Claim]:
        """ "Red Wing builds around two-thirds of its boots in the US; New Balance, by
        contrast, manages only about one pair in four": a clause that names another
        organisation and one share or bare figure, and no cue of its own, states the claim
        before for its own subject (the verb and noun understood)."""
        if before.value.kind not in ("share", "count") or "complement" in before.qualifiers:
            return []
        names = [m for m in view.subjects if m.role == "name" and m.kind == "organisation"
                 and m.id != before.subject and view.clause.start <= m.start]
        figures = [q for q in view.quantities if q.unit != "calendar_year"]
        if len(figures) != 1:
            return []
        figure = figures[0]
        alone = not names and all(m.id == before.subject for m in view.subjects)
        if alone:
            # "Watches delivered: 9,300 (2025); 8,600 (2024)", "five plants in 2019; four in
            # 2024": a figure and its own year alone carry on the claim before
            years = [q for q in view.quantities if q.unit == "calendar_year"]
            rest = self.full[view.clause.start:view.clause.end]
            for q in sorted([figure, *years], key=lambda q: -q.start):
                rest = rest[:q.start - view.clause.start] + rest[q.end - view.clause.start:]
            if len(years) != 1 or not set(
                    _WORDS.findall(rest.lower())) <= _GAP_WORDS:
                return []
            names = [Mention(figure.start, figure.start, before.subject,
                             self.extractor.rules.entities[before.subject].kind)]
        if len(names) != 1:
            return []
        between = self.full[names[0].end:figure.start].lower()
        if figure.trend is not None or not set(_WORDS.findall(between)) <= _GAP_WORDS:
            return []  # "...; New Balance's stock rose 8%", "L.L.Bean turned 110": its own verb
        if before.value.kind == "share":
            if not values.is_share(figure):
                return []
            value = Value("share", figure.text, values.share_interval(figure))
        elif figure.unit is None and figure.value is not None and (
                alone or _BARE_FIGURE_END.match(self.full, figure.end)):
            value = Value("count", figure.text, values.interval_of(figure))
        else:
            return []
        extra = {"scope": before.scope, "asserted": before.asserted and asserted_at(
            view, figure.start), "qualifiers": qualifiers(view)}
        return [_claim(view, self.document, names[0], before.attribute, value, figure.start,
                       figure.end, extra)]

    def _remember_year(self, sentence: Span, found: list[Claim]) -> None:
        """The year a sentence last names: a year claim's (its middle: "eighteen years ago"
        is 2008 give or take one) or a calendar year's; else the one before stays."""
        years = [int((c.value.interval.low + c.value.interval.high) / 2) for c in found
                 if c.value.kind == "year" and c.value.interval is not None
                 and math.isfinite(c.value.interval.low) and math.isfinite(c.value.interval.high)]
        named = [int(q.value) for q in _between(self.quantities, self.quantity_starts,
                                                sentence.start_char, sentence.end_char)
                 if q.unit == "calendar_year" and q.value and q.range is None]
        if years or named:
            self.last_year = (years or named)[-1]

    def _view(self, sentence: Span, clause: Clause, mood: str,
              cues: dict[str, list[Word]]) -> ClauseView:
        """What the clause holds: its mentions, quantities (not inside a mention), own
        subjects and cue words."""
        in_mentions = _between(self.mentions, self.mention_starts, clause.start, clause.end)
        in_quantities = [
            q for q in _between(self.quantities, self.quantity_starts, clause.start, clause.end)
            if not any(m.start < q.end and q.start < m.end for m in in_mentions)
        ]
        dateline = (_DATELINE.match(self.full, sentence.start_char, sentence.end_char)
                    if self.document.blocks[self.block].start == sentence.start_char else None)
        if (dateline is not None and clause.start < dateline.end() and any(
                m.start == sentence.start_char and m.kind == "place" for m in in_mentions)):
            # "FREEPORT, Maine, Jan. 12, 2017 /PRNewswire/ -- L.L.Bean made ...": where and
            # when the story was filed, not where or when anything was made
            in_mentions = [m for m in in_mentions if m.start >= dateline.end()]
            in_quantities = [q for q in in_quantities if q.start >= dateline.end()]
        if any(q.trend is not None and q.range is not None for q in in_quantities):
            in_quantities = split_change(self.full, in_quantities)  # "rose from 4 to 5 million"
        label = self._year_label(sentence)
        if label is not None and label.end <= clause.start:
            # a timeline entry "1989: the brothers found the company in Puerto Montt": the
            # year before the colon dates the clauses after it
            in_quantities.insert(0, label)
        earlier_place = self.tracker.last_place()
        earlier_organisation = self.tracker.last_organisation()
        subjects = self.tracker.subjects(self.full, clause.start, clause.end, in_mentions)
        asserted = mood in ("statement", "heading") or (
            mood == "question"  # "Which couple bought New Balance in 1972?": 1972 is given
            and presupposes(self.full[sentence.start_char:sentence.end_char]))
        return ClauseView(self.doc, self.full, clause, sentence,
                          asserted, subjects, in_mentions,
                          in_quantities, cues, self._section_date or self.doc._.date,
                          self.table,
                          self.extractor.rules, earlier_place=earlier_place,
                          earlier_organisation=earlier_organisation,
                          here=self._block_here() or self.dateline,
                          document_mentions=self.mentions, mention_starts=self.mention_starts)

    def _block_here(self) -> str | None:
        """The place of a dateline opening the current paragraph ("BRUNSWICK, Maine (AP) —
        The Bean Boot is made here"), which "here" means there, whatever the article's
        first dateline says."""
        if self._here_block != self.block:
            self._here_block = self.block
            block = self.document.blocks[self.block]
            self._here = None
            if block.kind == "paragraph" and _DATELINE.match(self.full, block.start, block.end):
                i = bisect.bisect_left(self.mention_starts, block.start)
                if i < len(self.mentions) and self.mentions[i].start == block.start and (
                        self.mentions[i].kind == "place"):
                    self._here = self.mentions[i].id
        return self._here

    def _year_label(self, sentence: Span) -> Quantity | None:
        """The year a sentence opens with as a label ("1989: ...", "2020 - ..."), or the
        year that a list item opens with as a sentence of its own ("- **2008.** The
        siblings start brewing in Tlaquepaque.")."""
        start = sentence.start_char
        if start not in self._labels:
            self._labels[start] = self._find_year_label(start, sentence.end_char)
            alone = self._alone_year(start, sentence.end_char)
            if alone is not None:
                self._item_label = (self.block, alone)
            elif self._labels[start] is None and self._item_label is not None:
                block, label = self._item_label
                if block == self.block and not any(
                        q.unit == "calendar_year" for q in _between(
                            self.quantities, self.quantity_starts, start, sentence.end_char)):
                    self._labels[start] = label
        return self._labels[start]

    def _alone_year(self, start: int, end: int) -> Quantity | None:
        """The year of a list item's sentence that is a year alone ("**2008.**", "March
        2016."), else None."""
        if not self._where_item:
            return None
        found = _between(self.quantities, self.quantity_starts, start, end)
        if (len(found) != 1 or found[0].unit != "calendar_year" or found[0].range is not None
                or self.full[start:found[0].start].strip(" \t*_#-")
                or self.full[found[0].end:end].strip(" \t*_.:-–—")):
            return None
        return found[0]

    def _find_year_label(self, start: int, end: int) -> Quantity | None:
        """The label year, when the line names no other year ("1990: X, founded in 1979,
        ..." dates nothing by its label)."""
        if not _LABEL_HINT.match(self.full, start):
            return None  # a label year opens the sentence
        i = bisect.bisect_left(self.quantity_starts, start)
        if i == len(self.quantities):
            return None
        first = self.quantities[i]
        if (first.unit != "calendar_year" or first.range is not None
                or self.full[start:first.start].strip(" \t*_#-")
                or not _LABEL_AFTER.match(self.full, first.end)):
            return None
        if any(q.unit == "calendar_year" and q is not first
               for q in _between(self.quantities, self.quantity_starts, start, end)):
            return None
        return first

    def _cues(self, clause: Clause, where: _Block, clause_cues: list[dict[str, list[Word]]],
              after_aside: bool = False) -> dict[str, list[Word]]:
        """Step 2: the clause's cue words, its own or those it inherits (``after_aside``:
        the clause before is an aside about a name)."""
        table = self.table
        low = bisect.bisect_left(self.hit_index, clause.first)
        high = bisect.bisect_left(self.hit_index, clause.last)
        cues: dict[str, list[Word]] = {}
        for i, attributes in self.hits[low:high]:
            for attribute in attributes:
                cues.setdefault(attribute, []).append(table.word(i))
        asked = self.asked
        words = sum(1 for i in range(clause.first, clause.last)
                    if table.is_alpha[i] or table.like_num[i])
        if where.heading and asked is not None and not asked.cues:
            asked.cues = dict(cues)
        elif where.first_of_answer and not cues and asked is not None and (
                not asked.inline or self._holds_value(clause)):
            # "Around 137 million gallons a year" (after a question in running text, only
            # a value of the answer's own: not "A: No.")
            cues = dict(asked.cues)
        elif (where.item and not cues and clause_cues and clause_cues[-1]
                and _after_mark(self.full, clause.start, ":;")
                # (a label of its own, no cue: "Founded: 1906; HQ: Boston" founds nothing
                # in Boston)
                and not (self.full[clause.start:clause.end].rstrip().endswith(":")
                         and not self._holds_value(clause))
                and (words <= _FRAGMENT or table.lower[clause.first] not in _CLAUSE_OPENERS)):
            # a table row "Founded: 1906", and its next part "Founded: 1906; Boston" (not
            # a clause of its own: "...; the old workshop becomes our taproom")
            cues = dict(clause_cues[-1])
        if (not cues and clause.resumes >= 0 and clause_cues
                and words <= _FRAGMENT
                and not self.full[clause.start:clause.end].rstrip().endswith(":")):
            # "The 998, introduced eleven years later, in 1993": the value after an aside
            # goes with the aside's cue when the rest has none of its own
            cues = dict(clause_cues[-1])
            if not cues and after_aside and clause.resumes < len(clause_cues) - 1:
                # "L.L.Bean introduced the Bean Boot, a hunting shoe, in 1912": after an
                # aside with no cue, the cue of the clause it interrupted
                cues = dict(clause_cues[clause.resumes])
        return cues

    def _row_place(self, row: Span) -> str | None:
        """Where a table row's figures are: the place that names its record ("Norway, ME:
        Opened: 1985; 250 Workers", "Skowhegan plant, 300 Workers") or stands under a
        heading of places ("Town: Skowhegan"); elsewhere for a site the rules do not know
        ("Norway plant, 250 Workers"), so its figures are no company total."""
        start, end = row.start_char, row.end_char
        places = [m for m in _between(self.mentions, self.mention_starts, start, end)
                  if m.kind == "place" and m.role == "name"]
        named = next((m for m in places if m.start == start
                      and _ROW_NAME_END.match(self.full, m.end)), None)
        if named is not None:
            return named.id
        if _ROW_SITE.match(self.full, start, end) is None:
            return None  # (a record of a company: "Ardmallie: Region: Speyside; 4 Stills")
        under = next((m for m in places if _PLACE_HEADING.search(
            self.full, max(start, m.start - 12), m.start)), None)
        return under.id if under is not None else ELSEWHERE

    def _compared_antecedent(self, clause: Clause, earlier: list[list[Mention]]
                             ) -> Mention | None:
        """The name a relative clause follows when the clause before set it aside as the
        name compared with ("younger than Red Wing, which was founded in 1905")."""
        if clause.aside_of < 0 or self.table.lower[clause.first] not in _RELATIVES:
            return None
        before = earlier[-1] if earlier else []
        if any(m.end == clause.aside_of for m in before):
            return None
        return next((m for m in _between(self.mentions, self.mention_starts,
                                         max(0, clause.aside_of - 60), clause.aside_of)
                     if m.end == clause.aside_of and m.role == "name" and m.kind != "place"),
                    None)

    def _holds_value(self, clause: Clause) -> bool:
        """Whether the clause names a quantity or a place of its own."""
        return bool(_between(self.quantities, self.quantity_starts, clause.start, clause.end)
                    or any(m.kind == "place" for m in _between(
                        self.mentions, self.mention_starts, clause.start, clause.end)))

    def _subjects(self, view: ClauseView, clause: Clause, where: _Block,
                  earlier: list[list[Mention]]) -> None:
        """Step 2: the clause's subjects, its own or those it inherits (and the structure
        the builders read: ``recent_count``, ``listed``, ``asked_count``)."""
        table = self.table
        if clause.unnamed:
            view.subjects = []  # "an industry that makes all of its shoes in Asia"
        if where.heading and not self.section:
            self.section = list(view.subjects)
        if clause.inherits and not any(
                m.kind != "place" and not (
                    clause.resumes >= 0 and m.start > clause.start
                    and (m.possessive or self.table.lower[self.table.at(m.start)]
                         in _POSSESSIVE_PRONOUNS))
                for m in view.subjects):
            # (after an aside, an owner named after the verb is no subject of its own:
            # "The Bluestem, which went on sale last spring, is made at the company's
            # Franklin plant")
            view.subjects = _inherited(clause, earlier, view.subjects, self.full)
        elif clause.aside_of >= 0 and table.lower[clause.first] in _DETERMINERS:
            # "The Hierro, a trail runner built alongside the 993, ...": an appositive
            # describes the name before it; names inside it are objects
            view.subjects = _inherited(clause, earlier, view.places())
        elif clause.aside_of >= 0 and table.lower[clause.first] in _OBJECT_RELATIVES:
            # "The Bean Boot, which L.L.Bean introduced in 1912, ...": the aside is about
            # both names
            view.subjects = [*_inherited(clause, earlier, []), *view.subjects]
        compared = self._compared_antecedent(clause, earlier)
        if compared is not None:
            # "... a year older than New Balance, which Jim and Anne Davis bought": the
            # relative clause is about the name compared with, no subject of the clause
            # before
            view.subjects = [compared, *(m for m in view.subjects if m.start >= clause.start)]
        if earlier and earlier[-1] and _AND_IT.match(self.full, clause.start, clause.end):
            # "The Hierro is a New Balance trail shoe, and it is made in the USA": "it" goes
            # on with what the clause before is about (products first), not the last name
            # it happened to mention
            first = (next((m for m in earlier[-1] if m.kind == "product"), None)
                     or next((m for m in earlier[-1] if m.kind != "place" and not m.possessive),
                             None)
                     or next((m for m in earlier[-1] if not m.possessive), None))
            pronoun = next((m for m in view.subjects if self.full[m.start:m.end].lower()
                            in ("it", "they")), None)
            if first is not None and pronoun is not None:
                view.subjects = [Mention(pronoun.start, pronoun.end, first.id, first.kind),
                                 *(m for m in view.subjects if m is not pronoun)]
        both = _BOTH_OPENING.match(self.full, clause.start, clause.end) if earlier else None
        if both is not None and not any(m.kind != "place" and m.start >= both.end()
                                        for m in view.subjects):
            # "..., and both are still made in the USA", "; neither is made in Maine": the
            # names of the sentence's clauses before (its products, if it names any)
            before = list({m.id: m for clause_subjects in earlier for m in clause_subjects
                           if m.kind != "place" and not m.possessive}.values())
            products = [m for m in before if m.kind == "product"]
            if len(products or before) >= 2:
                view.subjects = [Mention(both.start(1), both.end(1), m.id, m.kind)
                                 for m in products or before] + view.places()
        if where.row and self._unknown_record(clause):
            # "Pittsburgh Steelers: League: NFL; Founded: 1933", "New Balance Newbury Street:
            # City: Boston; Established: 2010": a record of something the rules do not know,
            # not of the city or company its name contains, nor of the page's subject
            view.subjects = []
            return
        asked = self.asked
        if ((where.item or where.answer) and not any(m.kind != "place" for m in view.subjects)
                and not ((self.tracker.foreign or _DESCRIBED_COMPANY.match(
                    self.full, clause.start, clause.end))
                         and _PROPER_NAME.match(self.full, clause.start, clause.end))):
            # "## Pittsburgh at a glance" then "- Founded in 1758": a list item (or the
            # answer to a question heading) with no subject of its own is about what the
            # heading above it names, else what the title names (but "Kurobane Cutlery of
            # Sakai employs 400 people" is about a company the rules do not know)
            inline = asked.subjects if where.answer and asked is not None else []
            view.subjects = list(inline or self.section or self.titled) or view.subjects
        who = [m for m in view.subjects if m.kind != "place"]
        if (where.answer and asked is not None and asked.inline and who
                and all(self.full[m.start:m.end].lower() in _ANSWER_PRONOUNS for m in who)
                and any(a.kind == "product"
                        and self.extractor.rules.entities[a.id].parent in {m.id for m in who}
                        for a in asked.subjects)):
            # "Q: Where is the 990 made? A: In our factories in Lawrence": the product asked
            # about, which "our" makes
            view.subjects = [*asked.subjects, *(m for m in view.subjects if m.kind == "place")]
        if where.first_of_answer and asked is not None:
            view.asked_count, view.asked_unit = asked.count, asked.unit
        if (earlier and earlier[-1] and not any(m.kind != "place" for m in view.subjects)
                and _after_mark(self.full, clause.start, ";")
                and (REST.match(self.full, clause.start)
                     or _CARRIED_ON.match(self.full, clause.start))):
            # "About 35% of its syrup is sold in Canada; the remainder is exported to some
            # 30 countries": the rest of the same subject's ("The 992 is no longer made in
            # Skowhegan; production moved to Lawrence in 2021": the same subject's making)
            view.subjects = [*(m for m in earlier[-1] if m.kind != "place"), *view.subjects]
            if not view.subjects:
                # "Skowhegan is a town in Somerset County, Maine; population 8,620": the
                # place the clause before is about
                view.subjects = earlier[-1][:1]
        if view.cues and not any(m.kind != "place" for m in view.subjects):
            view.subjects = [*self._owner_of_the(view), *view.subjects]
        if (where.item and not where.row and not any(m.kind != "place" for m in view.subjects)
                and _FACT_LINE.match(self.full, view.sentence.start_char, view.sentence.end_char)):
            # "Red Wing Shoe Company. Type: Private. Founded: 1905 in Red Wing, Minnesota":
            # an infobox's "Label: value" sentences are about the name the paragraph gave
            named = self._named_in_paragraph(clause.start)
            if named is not None:
                view.subjects = [named, *view.subjects]
        if (not view.subjects and not view.mentions and view.asserted
                and (self._count_opening(view)
                     or self._cue_opening(view))
                and not _ELSEWHERE_WORDS.search(self.full, clause.start, clause.end)):
            owner = self._owner_nearby(view, clause)
            if owner is not None:
                # "... reopened it in 2004. Today four copper pot stills run five days a
                # week, and 42 people look after everything": what the clause opens by
                # counting, naming no one, is the company's the paragraph is about
                view.subjects = [Mention(clause.start, clause.start, owner, "organisation")]
        view.recent_count = self.recent_count
        view.listed = where.item
        view.row = where.row
        if where.row:  # (once per row, not per cell)
            start = view.sentence.start_char
            if start not in self._row_places:
                self._row_places[start] = self._row_place(view.sentence)
            view.row_place = self._row_places[start]
        view.last_year = self.last_year

    def _owner_nearby(self, view: ClauseView, clause: Clause) -> str | None:
        """The company a subjectless clause that opens by counting is about: the one its
        paragraph named last, else the one its section's heading or the article's title
        names, if the text last named it; not when the clause names a body the rules do
        not know ("Production is 800 million pairs a year at Nike's suppliers")."""
        if self._unknown_name(clause.start, clause.end):
            return None
        block = self.document.blocks[self.block]
        before = self.full.rfind(".", block.start, max(block.start, view.sentence.start_char - 1))
        if before >= block.start and _OTHER_BODY.search(self.full, max(
                block.start, self.full.rfind(".", block.start, before) + 1), before):
            return None
        named = self._named_in_paragraph(clause.start)
        if named is not None:
            return named.id if named.kind == "organisation" else (
                self.extractor.rules.entities[named.id].parent)
        # else the company of the section's heading or the article's title, if the text
        # last named it
        last = self.tracker.last_organisation()
        about = {m.id if m.kind == "organisation" else self.extractor.rules.entities[m.id].parent
                 for m in (*self.section, *self.titled) if m.kind in ("organisation", "product")}
        return last if last in about else None

    def _unknown_name(self, start: int, end: int) -> bool:
        """Whether a capitalised word inside a sentence, and in no name the rules know,
        stands between ``start`` and ``end`` ("Nike", "Converse", "Sorel")."""
        for m in _INNER_CAPITAL.finditer(self.full, start, end):
            at = m.start(1) if m.group(1) else m.start(2)
            i = bisect.bisect_right(self.mention_starts, at) - 1
            if i >= 0 and self.mentions[i].start <= at < self.mentions[i].end:
                continue
            if (m.group(1) or m.group(2)).lower() not in _CAPITALISED_WORDS:
                return True
        return False

    def _named_in_paragraph(self, before: int) -> Mention | None:
        """The company or product a paragraph named last before offset ``before``, as a
        subject of the clause there."""
        block = self.document.blocks[self.block]
        low = bisect.bisect_left(self.mention_starts, block.start)
        high = bisect.bisect_left(self.mention_starts, before)
        named = [m for m in self.mentions[low:high] if m.role == "name"
                 and m.kind in ("organisation", "product")]
        if not named:
            return None
        return Mention(before, before, named[-1].id, named[-1].kind)

    def _count_opening(self, view: ClauseView) -> bool:
        """Whether the clause opens with its count, as the subject of its verb ("Today four
        stills run", "and 42 people look after", "About 18,000 visitors came"): its first
        quantity, after sentence adverbs only, then a word that is no preposition (a share
        has its own: "Today about 55 percent of the oil is extra virgin")."""
        first = view.quantities[0] if view.quantities else None
        return (first is not None and first.unit != "calendar_year"
                and _OPENING_ADVERBS.fullmatch(self.full, view.clause.start, first.start)
                is not None and (values.is_share(first)
                                 or _OWN_WORD_AFTER.match(self.full, first.end) is not None))

    def _cue_opening(self, view: ClauseView) -> bool:
        """Whether the clause opens with the noun of an amount or count the rules know,
        then its verb ("Production is around 250,000 litres a year", "Annual output
        reached 4 million pairs"): about the company the text is about."""
        m = _CUE_NOUN_OPENING.match(self.full, view.clause.start, view.clause.end)
        if m is None:
            return False
        return any(w.idx == m.start("noun") for attribute_id, words in view.cues.items()
                   if view.rules.attributes[attribute_id].type in ("quantity", "count", "share")
                   for w in words)

    def _unknown_record(self, clause: Clause) -> bool:
        """Whether the clause is in a record row whose name (its first cell) is more than a
        name the rules know ("Pittsburgh Steelers", "New Balance Newbury Street")."""
        block = self.document.blocks[self.block]
        m = _RECORD_NAME.match(self.full, block.start, block.end)
        if m is None:
            return False
        name_start, name_end = m.span("name")
        i = bisect.bisect_left(self.mention_starts, name_start)
        # (not a place, which tells where the row's figures are: "Boots made in the USA |
        # 70% | 65%", "US factories | 4 | 4"; a city's record is a proper name's below)
        covered = [x for x in self.mentions[i:] if x.start < name_end and x.role == "name"
                   and x.kind != "place"]
        if not covered:
            # a proper name the rules do not know ("Marathon Sports"; "Kilbrannan: Region:
            # Islay", a record under word headings), not a row's label of a figure
            # ("Watches delivered: 9,300 (2025)")
            return _PROPER_NAME_CELL.fullmatch(self.full, name_start, name_end) is not None or (
                m.group("field") is not None and self.full[name_start:name_end].istitle())
        if len({x.id for x in covered}) > 1:
            return True  # "Red Wing Boston": a shop named for the brand and its town
        rest = list(self.full[name_start:name_end])
        for x in covered:
            rest[x.start - name_start:x.end - name_start] = " " * (x.end - x.start)
        return bool(_RECORD_REST.sub("", "".join(rest)).strip())

    def _owner_of_the(self, view: ClauseView) -> list[Mention]:
        """ "These days the head office is in Victoriaville": "the" before a cue of an
        organisation's place attribute refers to the organisation the text is about."""
        owner = self.tracker.last_organisation()
        if owner is None:
            return []
        for attribute_id, words in view.cues.items():
            attribute = view.rules.attributes[attribute_id]
            if attribute.type != "place" or "organisation" not in attribute.kinds:
                continue
            for word in words:
                the = _THE_BEFORE_CUE.search(self.full, view.clause.start, word.idx)
                if the is not None and not _OF_AFTER.match(self.full, word.idx + len(word)):
                    # not "The head office of the union is in Portland"
                    return [Mention(the.start(), the.end(), owner,
                                    view.rules.entities[owner].kind)]
        return []

    def _counted_owner(self, view: ClauseView) -> None:
        """ "The company runs five factories. Three of them are in Maine": whose they are."""
        them = _OF_THEM.search(view.text)
        if them is not None and any(
                view.clause.start + them.start() - q.end > 2 for q in view.quantities
                if q.start < view.clause.start + them.start() and q.unit != "calendar_year"):
            them = None  # "It employs about 600 people, most of them at ...": the clause's
            # own count, not the last one (but "Three of them are in Maine")
        if (self.recent_count and self.recent_owner
                and (them is not None or _split(view, self.full))
                and not any(m.kind != "place" for m in view.subjects)):
            view.subjects = [self.recent_owner, *view.subjects]

    def _after(self, view: ClauseView, text: str, quoted: list[Quotation]) -> list[Claim]:
        """Step 3: the builders' claims, with what their context says of them."""
        found = [_attribute(c, quoted) for c in self.extractor.build_claims(view, self.document)]
        if quoted:
            # 'challenged three claims Moxahala made: that its stoneware is "Handmade in
            # Ohio"': words quoted to be judged or withdrawn are mentioned, not said
            # (the value, at the claim's end, is what is quoted)
            base = view.sentence.start_char
            found = [replace(c, asserted=False) if c.asserted and mentioned(
                text, max(c.start, c.end - 1) - base, c.end - base) else c for c in found]
        if found and self._corrections(view.sentence.start_char, text):
            found = self._corrected(view, found)
        if _BEFORE_EVENT.match(text):
            # "Before the April price cut, the V3 sold for $42,990": a value from before an
            # undated event, like "up from": compared with nothing
            found = [replace(c, asserted=False, qualifiers=(*c.qualifiers, EARLIER))
                     if c.value.kind in ("count", "quantity", "share") and c.period is None
                     else c for c in found]
        last = next((c for c in reversed(found) if c.value.kind == "count"), None)
        if last is not None:
            self.recent_count = last.attribute
            self.recent_owner = next((m for m in view.subjects if m.id == last.subject),
                                     self.recent_owner)
        elif view.recent_count != self.recent_count and view.subjects:
            # "Red Wing added 40 stores last year, bringing its total to 540": a change
            # counted no total, but says what the next figure counts, and whose
            self.recent_count = view.recent_count
            self.recent_owner = next((m for m in view.subjects if m.kind != "place"),
                                     self.recent_owner)
        return found


_ANSWER_LABEL = re.compile(r"\s*(?:" + ANSWER_LABEL + r"|(?-i:A)\s*)")  # "A." split off alone
# a clause after ";" that opens with the making itself, or with a population, goes on about
# the subject before ("...; production moved to Lawrence", "...; population 8,620 (2020)")
_CARRIED_ON = re.compile(r"\s*(?:the\s+|its\s+|their\s+)?(?:production|manufacturing|"
                         r"manufacture|assembly|output|population\s+[\d~])\b", re.IGNORECASE)
# one site a table row may be named by ("Skowhegan plant"): fewer than the lexicon's
# facility nouns, whose plurals and farms, stores and offices name rows of figures ("Member
# farms, 410")
_FACILITY = "plant|factory|mill|works|workshop|site|facility"
_ROW_NAME_END = re.compile(rf"(?:,\s*[A-Z][\w.]*)?(?:\s+(?i:{_FACILITY}))?\s*[:,]")  # "Skowhegan,
# ME: ...", "Skowhegan plant, 300"
# a table row's place under a heading of places: "...; Town: Skowhegan; ..."
_PLACE_HEADING = re.compile(r"\b(?:Town|City|Location|Place|Site)\s*:\s*\Z")
# a row named by a site: "Norway plant, 250 Workers", "Old Mill: Workers: 40"
_ROW_SITE = re.compile(rf"(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}?\s(?:{_FACILITY})\s*[,:]",
                       re.IGNORECASE)
# a count an ordinal gives ("second plant", "5th store"; see builders.counts)
_ORDINAL_COUNT = re.compile(r"(?:" + "|".join(ORDINAL_WORDS) + r"|\d+(?:st|nd|rd|th))\b",
                            re.IGNORECASE)
# what opens an earlier value of the clause before: "up from", "down from", "compared
# with" (the value right after it, not "compared with Nike's 40%"), "(2023: 70%)"
_EARLIER_OPENING = re.compile(r"\s*(?:(?:up|down)\s+from\b|(?P<at>(?:compared\s+(?:with|to)|vs\.?|"
                              r"versus|against)\s+|"
                              r"\(\s*(?P<year>\d{4})\s*:\s*))", re.IGNORECASE)


_ANOTHERS = re.compile(r"\s+(?:at|for|by|from|of|in)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def _nearest_in_size(numeric: list[Claim], quantity: Quantity) -> Claim:
    """Of the clause before's numeric claims, the one an earlier value is a value of: the
    nearest in size ("four U.S. factories ended the year at 1,262, versus 1,198": the
    1,262, not the four), the first when sizes do not tell."""
    size = quantity.value
    # (of its kind and unit: "40%" goes with a share, "1,198" with a count)
    share = values.is_share(quantity)
    # (a figure with no unit may be a count or an amount whose unit is left unsaid: "4
    # million pairs in 2024, up from 3.5 million")
    fitting = [c for c in numeric if (c.value.kind == "share") == share
               and (share or quantity.unit is None or c.value.unit == quantity.unit)]
    if len(fitting) != len(numeric):
        return fitting[0] if len(fitting) == 1 else (fitting or numeric)[0]
    if len(numeric) == 1 or size is None or size <= 0:
        return numeric[0]

    def distance(claim: Claim) -> float:
        interval = claim.value.interval
        if interval is None or not math.isfinite(interval.high) or interval.high <= 0:
            return math.inf
        middle = (max(interval.low, 0.0) + interval.high) / 2 if math.isfinite(
            interval.low) else interval.high
        return abs(math.log(max(middle, 1e-9) / size))

    return min(numeric, key=distance)  # (min keeps the first of equals)


def _earlier_value(view: ClauseView, numeric: list[Claim]) -> None:
    """ "It employs 21,000 people, up from 17,800 at the end of 2023": the number after
    "up from" is an earlier value of the claim before it (dated by its own clause, or by
    the year it is labelled with: "(2023: 70%)")."""
    figures = [q for q in view.quantities if q.unit != "calendar_year" and q.value is not None]
    if not figures or not numeric:
        return
    opening = _EARLIER_OPENING.match(view.full, view.clause.start)
    if opening is not None and opening.group("at") and (
            opening.end() != figures[0].start or _ANOTHERS.match(view.full, figures[0].end)):
        return  # "compared with Nike's 40%", "compared with 2% at Nike": another's value
    _one_earlier_value(view, numeric, figures[0], opening)
    for before, quantity in itertools.pairwise(figures):
        if not (_AND_FROM.search(view.full, before.end, quantity.start)
                and _EARLIER_END.match(view.full, quantity.end)):
            break  # (not "and from 20 steel mills to none": another thing's figure)
        # "down from more than 330,000 in 2000 and from a peak of nearly 677,000 in 1950":
        # each "from" gives an earlier value
        _one_earlier_value(view, numeric, quantity, None)


# ... which ends its phrase: "from a peak of nearly 677,000 in 1950,"
_EARLIER_END = re.compile(r"(?:\s+(?:in|by)\s+\d{4})?\s*(?:[,.;)—–]|\Z)")
# another earlier value after the first: "..., and from a peak of", ", from"
_AND_FROM = re.compile(r"(?:,|\band)\s+(?:(?:up|down)\s+)?from\s+(?:(?:a|its|the)\s+(?:peak|high|"
                       r"low|record|height|top)\s+of\s+)?(?:(?:about|around|roughly|nearly|"
                       r"almost|some|over|more\s+than|less\s+than|under|just\s+over|"
                       r"just\s+under)\s+)?\Z", re.IGNORECASE)


def _one_earlier_value(view: ClauseView, numeric: list[Claim], quantity: Quantity,
                       opening: re.Match[str] | None) -> None:
    """The earlier value at ``quantity`` (see :func:`_earlier_value`)."""
    claim = _nearest_in_size(numeric, quantity)
    mention = next((m for m in view.subjects if m.id == claim.subject), None)
    if mention is None:
        return
    kind = claim.value.kind
    if kind == "share":
        if not values.is_share(quantity):
            return
        interval = values.share_interval(quantity)
        if "complement" in claim.qualifiers:
            interval = interval.complement_share()  # "75% made in Asia (2023: 70%)"
    elif quantity.unit == claim.value.unit or (quantity.unit is None and kind == "count"):
        interval = values.interval_of(quantity)
    elif quantity.unit is None and kind == "quantity" and claim.value.interval is not None:
        # "about 4 million pairs a year, up from 3 million": the same unit, left unsaid
        interval = values.interval_of(quantity)
    else:
        return
    value = Value(kind, view.full[quantity.start:quantity.end], interval,
                  unit=claim.value.unit)
    # checked only when a year says when it held ("... in 2010"); "a year earlier" does not
    dated = any(q.unit == "calendar_year" for q in view.quantities)
    extra: dict[str, object] = {"scope": claim.scope, "asserted": dated,
                                "qualifiers": [*claim.qualifiers, EARLIER]}
    if opening is not None and opening.group("year"):
        year = int(opening.group("year"))
        extra["period"] = (year, True) if year < view.date.year else (None, False)
    before = _YEARS_EARLIER.search(view.full, quantity.end, view.clause.end)
    if before is not None and not dated and claim.period is not None:
        # "600,000 pairs in 2016, up from roughly 450,000 two years earlier": 2014
        said = before.group("n").lower()
        gap = int(said) if said.isdigit() else int((words_value([said]) or (1.0,))[0])
        if before.group("unit").lower().startswith("decade"):
            gap *= 10  # "down from 26 per cent a decade earlier"
        extra["period"], extra["asserted"] = (claim.period - gap, True), True
    view.claims.append((mention, claim.attribute, value, quantity.start, quantity.end, extra))


_YEARS_EARLIER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                            r"\s+(?P<unit>years?|decades?)\s+(?:earlier|before|previously)\b",
                            re.IGNORECASE)


def _stems(word: str) -> tuple[str, ...]:
    """Stems by rule of a word the lemma table does not know ("stickered" -> "sticker",
    "priced" -> "price", "retailing" -> "retail")."""
    if len(word) > 5 and word.endswith("ed"):
        return word[:-2], word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3], word[:-3] + "e"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return (word[:-1],)
    return ()


def _known_first(view: ClauseView) -> list[tuple[Mention, str, Value, int, int, dict]]:
    """Where two attributes read the same value of the same subject (a coffee roaster's
    "plants" and the shared "factories"), keep those the rules have facts for about that
    subject, when there are any: the rules say which one the subject is known by."""
    groups: dict[tuple[str, str], set[str]] = {}
    for subject, attribute, value, *_ in view.claims:
        groups.setdefault((subject.id, value.text), set()).add(attribute)
    keep = []
    for claim in view.claims:
        subject, attribute, value = claim[0], claim[1], claim[2]
        rivals = groups[(subject.id, value.text)]
        known = {a for a in rivals if view.rules.has_facts(subject.id, a)}
        if len(rivals) == 1 or not known or attribute in known:
            keep.append(claim)
    return keep


# (phrases with "the" only: a bare word in the alternation, such as "mine", made the scan of
# every document four times as slow)
_REFERRING = words_regex([re.escape(w) for kind, words in lexicon().pronouns.items()
                          if kind not in ("any", "place") for w in words if w.startswith("the ")])


_OBJECT_RELATIVES = frozenset({"which", "that", "whom"})
_RELATIVES = frozenset({"which", "who", "whose"})
_OF_THEM = re.compile(r"\b(?:of them|of those|the other \w+ (?:are|were) in)\b", re.IGNORECASE)
# "Its four factories are split evenly: two in Maine and two in Massachusetts": after a
# colon, counts with the noun left out are of the count named before it
_SPLIT = re.compile(r"\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:of them\s+)?(?:are\s+)?in\b",
                    re.IGNORECASE)


_HOW_MANY = re.compile(r"\bhow many\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


def _asked_unit(question: str) -> str | None:
    """The unit right after "how many" ("How many pairs ..."), if it is one."""
    asked = _HOW_MANY.search(question)
    found = unit_name(asked.group(1).split()[0]) if asked else None
    return found[0] if found is not None and found[1] == 1.0 else None


def _plural(noun: str) -> str:
    """A pattern for ``noun`` and its plural ("factory", "factories")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return rf"\b{re.escape(noun[:-1])}(?:y|ies)\b"
    return rf"\b{re.escape(noun)}(?:s|es)?\b"


@dataclass
class _Asked:
    """What a question heading asks: the block of its answer, its counted noun, its cues."""

    block: int
    count: tuple[str, ...]
    unit: str | None
    cues: dict[str, list[Word]] = field(default_factory=dict)
    used: bool = False
    subjects: list[Mention] = field(default_factory=list)
    """An inline question's subjects ("Q: Where is the 990 made? A: In Lawrence.")."""
    inline: bool = False
    """Asked in running text: only the next sentence answers, in its block or the next."""


def _the_places(mentions: list[Mention], full: str, rules: RuleSet,
                document: Document) -> list[Mention]:
    """Mentions for "in the state", "across the city": the place of that kind last named
    in the same block or the one before ("the Norway, Maine, plant, one of its two
    factories in the state": Maine). A state or region is a place the rules put others
    in; a city or town one they put none in. Without one, the words stay where they are."""
    found = list(_THE_PLACE.finditer(full))
    if not found:
        return mentions
    parents = {e.parent for e in rules.entities.values() if e.parent}
    starts = [b.start for b in document.blocks]
    places = [m for m in mentions if m.kind == "place" and m.role == "name"]
    added = []
    for match in found:
        block = max(bisect.bisect_right(starts, match.start()) - 1, 0)
        floor = starts[max(block - 1, 0)] if starts else 0
        region = match.group(1).lower() in _REGION_NOUNS
        before = [m for m in places if floor <= m.start and m.end <= match.start()]
        # a region: the first place holding others, with one above it, that the last place
        # named lies in ("Norway, Maine" lies in Maine); a town: the last one named
        chosen = next((a for a in rules.ancestors(before[-1].id)
                       if a in parents and rules.entities[a].parent is not None),
                      None) if before and region else None
        if before and not region and before[-1].id not in parents:
            chosen = before[-1].id
        if chosen is not None and not (chosen == before[-1].id
                                       and match.start() - before[-1].end < _NEAR
                                       and _WHERE_WORD.search(full, max(0, before[-1].start - 16),
                                                              before[-1].start)):
            # (the town just named is already where: "In Brunswick, it employs 200, the
            # most in the town"; but "Red Wing, the Minnesota bootmaker, runs two factories
            # in the state" names the state only to say what Red Wing is)
            added.append(Mention(match.start(1) - 4, match.end(), chosen, "place"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# "in the state", "across the city": a place of that kind named before
_THE_PLACE = re.compile(r"\b(?:in|across|throughout|within|around)\s+the\s+"
                        r"(state|province|region|county|city|town)\b(?!\s+of\b|['’])",
                        re.IGNORECASE)
_WHERE_WORD = re.compile(r"\b(?:in|at|near|across|throughout|from)\s+(?:the\s+)?\Z",
                         re.IGNORECASE)
_REGION_NOUNS = frozenset({"state", "province", "region", "county"})
_NEAR = 150  # characters


def _working_weeks(quantities: list[Quantity], full: str) -> list[Quantity]:
    """A daily rate and the days of the week it runs, one weekly rate: "2,200 pairs a day,
    five days a week" is 11,000 pairs a week (not 2,200 every day of the year)."""
    if not any(q.unit in _DAYS_IN for q in quantities):
        return quantities
    out: list[Quantity] = []
    for q in quantities:
        last = out[-1] if out else None
        if (q.unit in _DAYS_IN and q.value is not None and 1 <= q.value <= _DAYS_IN[q.unit]
                and q.range is None and last is not None and last.unit is not None
                and last.unit.endswith("_per_day") and last.value is not None
                and _DAYS_A_WEEK_GAP.fullmatch(full, last.end, q.start)):
            # ("16,000 pairs a day, 250 days a year" is 4 million pairs a year)
            days = q.value
            period = q.unit.removeprefix("day_per_")
            scaled = replace(last, text=full[last.start:q.end], end=q.end,
                             value=last.value * days,
                             range=None if last.range is None else (
                                 last.range[0] * days, last.range[1] * days),
                             unit=last.unit.removesuffix("_per_day") + "_per_" + period)
            out[-1] = scaled
            continue
        out.append(q)
    return out


_DAYS_IN = {"day_per_week": 7, "day_per_year": 366}
_DAYS_A_WEEK_GAP = re.compile(r"\s*[,(—–-]?\s*")


def _not_measures(mentions: list[Mention], quantities: list[Quantity],
                  full: str) -> list[Mention]:
    """Drop a product named by a number where the number measures something ("climbs 993
    metres" is no 993), a place that names a currency ("US$48 million") and a place in a
    unit's name ("1.37 million US gallons")."""
    measured = [(q.start, q.end, q.start + len(q.text) - len(q.text.lstrip(_NUMBER_CHARS)))
                for q in quantities if q.unit is not None and q.unit != "calendar_year"]
    if not measured:
        return mentions
    return [m for m in mentions if not any(
        start <= m.start and m.end <= end and (
            full[m.start:m.end].isdigit() or full[m.end:m.end + 1] in _CURRENCY_SIGNS
            or (m.kind == "place" and m.start >= number_end))
        for start, end, number_end in measured)]


# what a quantity's text opens with before its unit: "1.37 million US gallons"
_NUMBER_CHARS = "0123456789.,-–+~$€£¥₹ abcdefghijklmnopqrstuvwxyz"


# "US$48 million", "HK$2bn": a country before a currency sign names the currency, not a place
_CURRENCY_SIGNS = frozenset("$€£¥₹")


def _split(view: ClauseView, full: str) -> bool:
    """Whether the clause opens, right after a colon or dash, with a count and "in"."""
    start = view.clause.start
    return (bool(view.quantities) and view.quantities[0].start == start
            and _SPLIT.match(view.text) is not None
            and _after_mark(full, start, ":—"))


_BEFORE_EVENT = re.compile(
    r"\s*(?:Before|Until|Prior to|Ahead of)\s+(?:the|its|their|a|an|this|that|last)\s+"
    r"(?:(?!is\b|are\b|was\b|takes\b|will\b|comes\b)[\w'’-]+\s+){0,4}[\w'’-]+\s*,")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# buying verbs, whose participle after "a <noun>" says what was bought ("a kettle bought
# secondhand"), not that the subject was ("a company bought by its managers" still is)
_BUYING = frozenset({"buy", "acquire", "purchase"})
_FIRM_NOUNS = frozenset(p.split()[-1] for p in lexicon().pronouns["organisation"])
# a paragraph that is one quotation, after an optional label: '(a) "30% less electricity."'
_QUOTATION_ONLY = re.compile(r"\s*(?:(?:\(?[a-z0-9]{1,3}[.)]|[-*•])\s*)?"
                             r"[\"“][^\"“”]+[\"”][.,;]?\s*")
# what introduces quoted words: a paragraph ending in a colon that reports what someone
# said or advertised ("The claims were:", "The ad stated:"), not in the first person ("Our
# promise to you:", which is the publisher's own)
_LEAD_IN = re.compile(r"\b(?:claims?|said|says|stated|states|statements?|reads?|wrote|writes|"
                      r"argued|alleged|asserted|complaint|ads?|advert\w*|campaign|quoted|"
                      r"as follows|were|was)\b[^:]*:\s*\Z", re.IGNORECASE)
_SOURCE_LEAD = re.compile(r"(?:\b(?:from|on|in)\s+(?:the|their|its|his|her|a|an)\s+"
                          r"(?:[\w'’-]+\s+){0,4}(?:page|site|website|faq|release|ad|advert|"
                          r"label|catalog|catalogue|post|brochure|tweet|listing|box|tag|words)s?"
                          r"\b[^:]*|\b(?:reads?|claims?|states?|advertises|promises|boasts)\s*)"
                          r":\s*\Z", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:(?i:our|we|my)|us|I)\b")


def _reports_words(lead: str) -> bool:
    """Whether a paragraph introduces the quotations after it as someone else's words."""
    return _LEAD_IN.search(lead) is not None and _FIRST_PERSON.search(lead) is None
# the line above a quoted message: "MarinaMats wrote:", "On 3 Sep, Siri wrote:"
_WROTE = re.compile(r"\b(?:wrote|writes|posted)\s*:\s*\Z", re.IGNORECASE)  # not "said:"
# a forum's lead-in to a quotation, or a reply's subject line: "Quote from: X on ...",
# "Re: Are Bean Boots still made in Maine?", "Replying to @x"
_QUOTE_LEAD = re.compile(r"\s*(?:quote\s+from\s*:|quoting\b|re\s*:|replying\s+to\b|"
                         r"in\s+reply\s+to\b)", re.IGNORECASE)
# words that open a clause of its own after ";" rather than a row's value
_CLAUSE_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "our", "its", "their",
                             "we", "it", "they", "he", "she", "i", "you"})
def _verb_forms(verb: str) -> tuple[str, ...]:
    """ "turn" -> turn, turns, turned, turning; "set" -> set, sets, setting; "come" ->
    come, comes, came, coming."""
    double = verb + verb[-1] if len(verb) <= 3 and verb[-1] not in "aeiouwy" else verb
    stem = verb[:-1] if verb.endswith("e") else double
    return (verb, verb + "s", verb + "ed", double + "ing", double + "ed", stem + "ing",
            *_IRREGULAR_PAST.get(verb, ()))


_YEAR_ENDS = frozenset({".", ",", ";", ":", "!", "and", "as", "—", "–", ")"})
_IRREGULAR_PAST = {"come": ("came",), "set": ("set",), "go": ("went", "gone")}


_FRAGMENT = 4  # words: "in 1993." after an aside is a fragment, not a clause
_DETERMINERS = frozenset({"a", "an", "the"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "our", "their", "his", "her"})
# what is "made" without being goods: a gift, a payment, a change, a decision
_NOT_GOODS_MADE = re.compile(
    r"\b(?:gifts?|donations?|contributions?|payments?|changes?|offers?|improvements?|repairs?|"
    r"arrangements?|decisions?|references?|comparisons?|calls?|attempts?|efforts?|mistakes?|"
    r"promises?|adjustments?|announcements?|appointments?|reservations?|deposits?|"
    r"introductions?|recommendations?|requests?|inquiries|enquiries|claims?)\s+(?:(?:will|"
    r"would|can|could|should|must|may|might|to)\s+)?(?:(?:have\s+)?been|be|being|is|are|was|"
    r"were|get|got)\s+\Z", re.IGNORECASE)
# "make" with an object and what it makes the object be: "makes our firing greener", "made
# it carbon-neutral", "makes them easy to repair" (not "makes its boots in Maine", "made the
# 990 in Lawrence")
_MAKES_SOMETHING_SO = re.compile(
    r"\s+(?:it|them|us|him|her|me|you|this|that|everything|things|life|(?:(?:our|its|their|"
    r"the|your|his|her|this|that|every|each)\s+|(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*)*"
    r"['’]s\s+)(?:(?!(?:that|which|who|are|is|was|were|in|at|for|from|and|or|to|with)\b)"
    r"[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:a\s+)?(?:lot|"
    r"little|bit|much|far|even|more|less|so|too|very)\s+)?(?:greener|cleaner|cheaper|easier|"
    r"harder|better|worse|safer|lighter|stronger|faster|slower|warmer|cooler|quieter|longer|"
    r"shorter|simpler|smaller|bigger|larger|greater|possible|impossible|easy|hard|green|clean|"
    r"cheap|safe|sure|clear|ready|available|affordable|sustainable|efficient|special|unique|"
    r"different|popular|famous|profitable|viable|visible|worthwhile|necessary|difficult|"
    r"comfortable|durable|[\w]+-(?:neutral|free|friendly|proof|positive|negative))\b",
    re.IGNORECASE)


def _inherited(clause: Clause, earlier: list[list[Mention]],
               own: list[Mention], full: str = "") -> list[Mention]:
    """The subjects of an aside (the name right before it, or every name of a list it
    ends when the aside speaks of them together: "the 990, 992, 993 and 998, which are all
    running shoes") or of the rest of a sentence after one (the subjects of the clause
    before the aside). Places the clause names are kept only when that name is a place
    itself: "The company, founded in Boston, ..." is about the company, and Boston is
    where."""
    if clause.aside_of >= 0:
        before = earlier[-1] if earlier else []
        found = [m for m in before if m.end == clause.aside_of] or before
        if len(found) == 1 and found[0] in before and _OF_THEM_ALL.match(full, clause.start):
            k = before.index(found[0])
            while k > 0 and _LISTED_NAMES.fullmatch(full, before[k - 1].end, before[k].start):
                k -= 1
            found = before[k:before.index(found[0]) + 1]
    else:
        found = earlier[clause.resumes] if 0 <= clause.resumes < len(earlier) else []
    return found + ([] if any(m.kind != "place" for m in found) else own)


# a relative clause about every name of the list before it: "which are all", "which were
# both", "all of which are"; and the marks between listed names
_OF_THEM_ALL = re.compile(r"\s*(?:(?:which|that|who)\s+(?:are|were|have\s+been)\s+(?:all|both)\b|"
                          r"(?:all|both|each)\s+of\s+(?:which|whom)\b)", re.IGNORECASE)
_LISTED_NAMES = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)(?:the\s+)?",
                           re.IGNORECASE)


def _attribute(claim: Claim, quoted: list[Quotation]) -> Claim:
    """Mark a claim inside a quotation with its speaker."""
    for quotation in quoted:
        if quotation.start <= claim.start < quotation.end and quotation.speaker:
            return replace(claim, speaker=quotation.speaker)
    return claim


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# plural nouns of what an organisation does, whose start may be its own
_ACTIVITIES = frozenset({"operation", "sale", "business", "production", "work", "activity",
                         "service", "shipment", "delivery", "trading", "order"})


def _named_after_glued(mentions: list[Mention], full: str) -> list[Mention]:
    """The mentions without the place of a hyphenated "Made-in-China" that no name follows:
    "Made-in-USA 990" says where the 990 is made, "Made-in-China knockoffs of the 990" and
    "its Made-in-USA share" do not."""
    starts = {m.start for m in mentions if m.kind != "place" and m.role == "name"}
    return [m for m in mentions if not (
        m.kind == "place" and full[max(0, m.start - 8):m.start].lower() == "made-in-"
        and not any(m.end < k <= m.end + 2 for k in starts))]


def _people_before(table: TokenTable, k: int) -> bool:
    """A plural common noun right before a verb of starting, its subject ("apprentices",
    "new hires"): people starting, not the organisation (but "operations started")."""
    word = table.lower[k]
    if not (table.is_alpha[k] and word.endswith("s") and not table.is_title[k]):
        return False
    lemma = table.vocabulary.lemma(word)
    return lemma != word and lemma not in _ACTIVITIES and lemma not in ("be", "have", "do")


# "found" as the past of "find", not the verb of founding ("found the company in 1989"):
# after "was", "has", before "that", a pronoun, "no", "guilty"
_STARTING_VERBS = frozenset({"began", "begun", "begin", "begins", "start", "starts", "kept",
                             "keep", "keeps", "stop", "stops", "quit", "resume", "resumes",
                             "continue", "continues", "will", "would", "to", "they", "we", "it"})
_HOUSE_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "our", "their", "his",
                                "her", "my", "your", "whose", "every", "each"})
_FOUND_AFTER = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have",
                          "had", "'ve", "’ve"})
_FOUND_BEFORE = frozenset({"that", "it", "its", "them", "him", "her", "me", "us", "you",
                           "himself", "herself", "itself", "themselves", "no", "nothing",
                           "guilty", "out", "to", "in", "what", "how", "this", "these", "those",
                           "little", "evidence", "some", "many", "most", "several", ",",
                           # "found work in 2009": the past of "find"
                           "work", "jobs", "job", "employment", "homes", "success", "ways"})
_ESTABLISHED = frozenset({"est.", "estd.", "est", "estd", "established"})
_BRACKET_YEAR = re.compile(r"\s*\(\s*((?:1[5-9]|20)\d\d)\s*\)")
# a date's day and month may stand between the word and the year: "on 12 March 1949",
# "until May 2012", "in September 2022"
_DAY_MONTH = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:"
              + "|".join(sorted((re.escape(m.rstrip(".")) for m in MONTH_NAMES), key=len,
                                reverse=True))
              + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+")
_PERIOD_BEFORE = re.compile(r"(?:\bin|\bby|\bas (?:of|at)|\bas (?:recently|late|early) as|\bduring|"
                            r"\b(?:by|at) the (?:end|close|start) of|"
                            # "its workforce ended 2024 at 1,262"
                            r"\b(?:ended|ending|finished|closed|began|started)|"
                            # "in the spring of 2017", "in autumn 2019"
                            r"\b(?:in|during|by)\s+(?:the\s+)?(?:early\s+|late\s+)?"
                            r"(?:spring|summer|autumn|fall|winter)(?:\s+of)?|"
                            rf"\bin (?:early|mid|late))\s+(?:{_DAY_MONTH}|fiscal\s+|calendar\s+)?$"
                            rf"|\bon\s+{_DAY_MONTH}$",
                            re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|\w+n['’]t)\b[^,;]*\b(?:until|till)\b", re.IGNORECASE)
_UNTIL = re.compile(rf"\b(?:until|till|up to|prior to|before)\s+(?:(?:early|mid|late)\s+)?"
                    rf"(?:{_DAY_MONTH})?$", re.I)
# "the head office", "the company's new headquarters" before a cue's last word
_THE_BEFORE_CUE = re.compile(r"\b(?:the|its)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# a value taken back at once: "1905 — no, wait, 1906", "four — sorry, five —", "500
# stores, or rather 540", "China — correction, Vietnam", "Brunswick plant — make that"
_CORRECTION = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s*(?:[—–(]|--|,)?\s*(?:no,?\s+wait|sorry|correction|or\s+rather|"
    r"make\s+that|I\s+mean|scratch\s+that|actually)\s*[,:]?\s*", re.IGNORECASE)
_CORRECTION_HINT = re.compile(r"\b(?:wait|sorry|correction|rather|make\s+that|I\s+mean|"
                              r"scratch\s+that|actually|but)\b", re.IGNORECASE)
_NOT_BEFORE_VALUE = re.compile(r"\bnot\s+(?:in\s+|from\s+|at\s+)?\Z", re.IGNORECASE)
_BUT_INSTEAD = re.compile(r"\s*,?\s*(?:as\s[^,;]{1,40},\s*)?but\s+(?:rather\s+)?", re.IGNORECASE)
_CORRECTED_LEAD = re.compile(r"(?:(?:in|its|the|to|at|from)\s+)?")
_WORDS = re.compile(r"[a-z]+")
# a clause that is only an exception to the denial before it: "but the Iron Ranger",
# "except for the 990 and the 993"
_EXCEPTION_GAP = re.compile(r"\s*(?:but|except(?:\s+for)?|save\s+for|apart\s+from|other\s+than)"
                            r"\s+(?:(?:the|its|their|our)\s+)?", re.IGNORECASE)
# a clause about all the names before it: "and both are", "; neither is", "each has"
_BOTH_OPENING = re.compile(r"[\s,;:—–-]*(?:(?:and|but|while)\s+)?(both|neither|each)"
                           r"(?:\s+of\s+them)?\s+(?:is|are|was|were|has|have|had|remains?|"
                           r"still|also|now)\b", re.IGNORECASE)
_EXCEPTION_WORDS = frozenset({"and", "or", "the", "its", "their", "our", "a", "an", "one", "ones",
                              "model", "models", "line", "lines", "range", "style", "styles"})
# what may stand between the name and its figure when the verb is understood: "New Balance,
# by contrast, manages only about one pair in four", "Red Wing, roughly two-thirds"
_GAP_WORDS = frozenset({"manages", "managed", "claims", "claimed", "says", "said", "reports",
                        "reported", "has", "had", "makes", "made", "employs", "employed", "runs",
                        "ran", "operates", "sells", "only", "just", "about", "around", "roughly",
                        "some", "nearly", "almost", "over", "under", "more", "than", "less",
                        "fewer", "by", "contrast", "meanwhile", "for", "its", "part", "in", "turn",
                        "too", "though", "however", "with", "s"})
# a record row as the readers write it: "Kapka: Maker: Světlík; Made in: Nový Bor", "Red
# Wing Boston: 10 Opens; 6 Closes" (not a timeline's "2016: 2 Plants; ...")
_RECORD_NAME = re.compile(r"(?P<name>(?!\d{4}:)[^:;\n]{1,60}): (?:(?P<field>[^:;\n]{1,40}: )|"
                          r"[^:;\n]{1,60}; )")
_PROPER_NAME_CELL = re.compile(r"\s*(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*))+\s*")
# what may stand beside a known name in a record's name: "the", "'s", a version ("990v6")
_RECORD_REST = re.compile(r"\b(?:the|a|an)\b|['’]s\b|\bv\d+\b|^v\d+|[^\w]+", re.IGNORECASE)
# a bare figure ends its phrase: "...; Red Wing, about 1,000."
_BARE_FIGURE_END = re.compile(r"\s*(?:[,;.)]|$)")
# a news story's dateline: a place in capitals, perhaps a state and a date, then a dash
# ("LE LOCLE — ", "FREEPORT, Maine, Sept. 9, 2025 /PRNewswire/ -- ")
_DATELINE = re.compile(r"(?-i:[A-Z][A-Z.'’ -]*[A-Z.])(?:,[^—–\n]{0,60}?)?\s*(?:—|–|--|-)\s")


def _dateline(document: Document, full: str, mentions: list[Mention]) -> str | None:
    """The place of the dateline opening one of the document's first paragraphs."""
    for block in [b for b in document.blocks if b.kind == "paragraph"][:3]:
        if _DATELINE.match(full, block.start, block.end):
            return next((m.id for m in mentions if m.start == block.start
                         and m.kind == "place"), None)
    return None


_LABEL_HINT = re.compile(r"[\s*_#-]{0,6}\d")
_LABEL_AFTER = re.compile(r"[*_]*\s*(?::|[–—]|-\s)")  # "1989:", "**1989**:", "1989 – "
_WHEN = re.compile(r"\b(?:when|after|before|until|as)\b[^,;:]*\Z", re.I)
_FRONTED_WHEN = re.compile(r"[\s\"“‘*_]*(?:When|By\s+the\s+time|At\s+the\s+time)\b[^,;:]*\Z")
_MAIN_AFTER = re.compile(r"[^,;:]{0,40},[^;:]*\Z")
# from a figure to the year right after it: " in 2024", ", as of March 2024", " (2024"
_TO_OWN_YEAR = re.compile(rf"[\s,(]*(?:(?:in|by|as of|during|at the end of)\s+)?"
                          rf"(?:{_DAY_MONTH})?", re.I)
_IN_THE_DECADE = re.compile(r"\b(?:in|during|through|throughout)\s+the\s+(?:early\s+|mid-?\s*|"
                            r"late\s+)?\Z", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s*(?:census|survey|report|count|figures|data|study|season|"
                           r"fiscal year|output|production|sales|revenues?|turnover|headcount|"
                           r"workforce|payroll|harvest|crop)\b", re.I)
# the year's own measure, read at that year as a census is: "its 2014 output of Bean Boots"
_YEARS_MEASURES = frozenset({"output", "production", "sales", "revenue", "revenues", "turnover",
                             "headcount", "workforce", "payroll", "harvest", "crop"})
_READ_AT_YEAR = _YEARS_MEASURES | {"census"}


_SET_AGAINST = re.compile(r"\b(?:compared|than|versus|vs\.?|against|doubled|tripled|halved|"
                          r"grew|rose|fell|dropped|cut|increased|decreased|raised|lowered|up|"
                          r"down|from|since)\b", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4},\s+when\b")
# the when-clause's end: a comma or a semicolon, or a word of the present
_CLAUSE_AFTER_WHEN = re.compile(r",|;|\b(?:today|now|currently)\b", re.IGNORECASE)
_SPAN_BEFORE_YEAR = re.compile(r"\b(?:since|after|before|until|till|by)\s+\Z", re.IGNORECASE)


def _bounds_a_span(view: ClauseView, year: Quantity) -> bool:
    """Whether a year is the bound of a span ("Since 2011, when the Norway plant opened,
    ..."), which a when-clause after it does not date."""
    return _SPAN_BEFORE_YEAR.search(view.full, max(0, year.start - 12), year.start) is not None


def _period(view: ClauseView, value: Value, end: int) -> tuple[int | None, bool]:
    """The past year a clause ties its claim to, and whether the claim is *read* at it.

    "In 2013 it ran five factories" is read at 2013, and so is "the 2010 census counted
    305,704" (a census counts the people of its day); "the 2023 report says 1,200"
    names its source's year (a report is published later, of the year before) and is
    only kept from being called stale. A year that is the claim's own value is neither, nor
    is one of another event: after a cue of a year attribute ("The blanket was introduced
    in 1968, and the company employs 86 people"), or in a phrase after the claim about
    something else ("employs 86 people, 34 at the mill, which opened in 2017"; "runs 27
    looms across its two sites, from a Dobcross built in 1952 to the new jacquards").
    """
    if value.kind == "year":
        return None, False
    # "Amstel: introduced in 2017, from €2,899": a year that is another claim's value
    # dates that claim only
    taken = [(s, e) for _, _, other, s, e, _ in view.claims if other.kind == "year"]
    if value.kind == "count" and _ORDINAL_COUNT.match(value.text):
        # "opened a second plant, in Escanaba, eleven years later": the count the opening
        # made, of the opening's year however it is given (not a beginning's: "founded in
        # 1948" dates no second plant)
        opened = min(((abs(s - end), other.interval)
                      for _, attribute, other, s, _, _ in view.claims
                      if other.kind == "year" and other.interval is not None
                      and not view.rules.attributes[attribute].age
                      and other.interval.high - other.interval.low <= 1),
                     key=lambda o: o[0], default=None)
        if opened is not None and opened[1].low < view.date.year:
            return int(opened[1].low), True
    found: list[tuple[Quantity, tuple[int, bool]]] = []  # the years that could date it
    for quantity in view.quantities:
        # "the 2010 census" can come out as a count: a bare four-digit year still anchors
        if (quantity.value is None and quantity.unit == "calendar_year"
                and quantity.range is not None and quantity.range[1] - quantity.range[0] <= 10
                and quantity.range[1] < view.date.year and _IN_THE_DECADE.search(
                    view.full, max(view.clause.start, quantity.start - 24), quantity.start)):
            # "9 million pairs a year in the 1990s": of that decade (read at its last year,
            # so compared with the facts of its time, not today's)
            found.append((quantity, (int(quantity.range[1]), True)))
            continue
        if values.is_duration(quantity) and AGO.match(view.full, quantity.end):
            # "Ten years ago New Balance ran five factories": of that year, when it opens the
            # clause (not "founded 100 years ago", the founding's value, nor "opened its
            # Methuen plant two years ago and runs four factories today")
            ago = values.years_before(quantity, view.date)
            if (not any(s <= quantity.start < e for s, e in taken)
                    and not view.full[view.clause.start:quantity.start].strip(" \t\n*_#-\"“‘")
                    and math.isfinite(ago.low) and ago.high - ago.low <= 4):
                found.append((quantity, (int((ago.low + ago.high) / 2), True)))
            continue
        if quantity.value is None or not (quantity.unit == "calendar_year" or (
                quantity.unit is None and _YEAR.fullmatch(quantity.text))):
            continue
        if any(s <= quantity.start < e for s, e in taken) and not _WHEN.search(
                view.full, max(view.clause.start, quantity.start - 40), quantity.start) and not (
                # "When the family sold it in 2004, the company had three plants": the
                # fronted clause's year dates the one after it
                _FRONTED_WHEN.match(view.full, view.clause.start, quantity.start)
                and _MAIN_AFTER.match(view.full, quantity.end, end)) and not (
                # "opened its second plant in 1952": the count the opening made, of its year
                value.kind == "count" and _ORDINAL_COUNT.match(value.text)
                and quantity.value < view.date.year):
            # ("It cost €2,199 when it was introduced in 2017" is dated, though, and so is
            # "Founded in 1947 with a single landing craft": what it began with)
            at = view.full.find(value.text, quantity.end, view.clause.end) if value.text else -1
            if (quantity.value < view.date.year and (when := _WHEN_AFTER.match(
                    view.full, quantity.end)) is not None and when.end() <= end
                    and not _bounds_a_span(view, quantity)
                    and not _CLAUSE_AFTER_WHEN.search(
                        view.full, when.end(), max(when.end(), end - len(value.text)))):
                # "bought it in 1972, when it had six employees", "on the day of the 1972
                # Boston Marathon, when ...": the time the year names
                found.append((quantity, (int(quantity.value), True)))
                continue
            if (at < 0 or quantity.value >= view.date.year
                    or not _WITH_AT_START.search(view.full, quantity.end, at + 1)):
                continue
            found.append((quantity, (int(quantity.value), True)))
            continue
        year = int(quantity.value)
        if year >= view.date.year:
            continue
        if _another_event(view, quantity, value, end):
            continue
        before = view.full[max(view.clause.start, quantity.start - 32):quantity.start]
        if (quantity.end <= view.clause.start and (_NOW_WORD.search(
                view.full, view.clause.start, view.clause.end) or _EVER_SINCE.search(
                view.full, view.clause.start, view.clause.end))
                and not _LABEL_AFTER.match(view.full, quantity.end)):  # (not "1969: ... now")
            continue  # "In 2019 it ran two plants, and the company now has 540 stores"
        if _model_year(view, quantity):
            # "my 2012 Wren says 'Made in China'", "a 1946 Ridgerunner with a Brazilian
            # rosewood back": one made that year, read at it
            found.append((quantity, (year, True)))
        elif _PERIOD_BEFORE.search(before) or quantity.end <= view.clause.start or (
                not view.full[view.clause.start:quantity.start].strip(" \t*_#-")
                and _LABEL_AFTER.match(view.full, quantity.end)):
            # "in 2020 ...", or a timeline's "2020: ..." or "2011 — ..." (a label)
            found.append((quantity, (year, True)))
        elif _UNTIL.search(before):
            if _NOT_BEFORE.search(view.full, view.clause.start, quantity.start):
                # "did not build the 990 in Maine until 1982": it did from then on
                found.append((quantity, (year, True)))
            else:
                found.append((quantity, (year - 1, True)))  # "Until 2011 its head office was"
        elif (after := _PERIOD_AFTER.match(view.full, quantity.end)) is not None and not (
                after.group().strip().lower() in _YEARS_MEASURES
                and _SET_AGAINST.search(view.full, view.clause.start, end)):
            # (a census counts as of its own year: "the 2010 census counted 305,704", and so
            # does a year's output: "its 2014 output of Bean Boots", but not one the figure
            # is set against: "Compared with its 2014 output, it now makes 650,000",
            # "doubled its 2011 headcount to 2,600")
            found.append((quantity, (year, after.group().strip().lower() in _READ_AT_YEAR)))
        elif (when := _WHEN_AFTER.match(view.full, quantity.end)) is not None and (
                when.end() <= end and not _bounds_a_span(view, quantity)
                and not _CLAUSE_AFTER_WHEN.search(
                    view.full, when.end(), max(when.end(), end - len(value.text)))):
            # "the piece is from 2019, when New Balance had five factories": of that year
            # (not past the when-clause's end: "founded in 1906, when ..., and today it
            # runs nine factories", "Founded in 1906, when Boston was a shoemaking hub, New
            # Balance runs ...")
            found.append((quantity, (year, True)))
    that = _THAT_YEAR.search(view.full, view.clause.start, view.clause.end)
    if found and that is not None and that.group("next") and all(
            q.end <= that.start() for q, _ in found):
        # "closed a plant in 2009 and moved the making to Austria the following year": the
        # year after those named before it
        base = year_before(view, that.start())
        if base is not None and base < view.date.year:
            return base + 1, True
    if len(found) > 1:
        # "five factories in 2025 and four in 2024": each figure its own year, the one
        # right after it, else the last before it ("In 2013 it ran five, in 2019 four")
        for quantity, period in found:
            if quantity.start >= end and _TO_OWN_YEAR.fullmatch(view.full, end, quantity.start):
                return period
        before_it = [period for quantity, period in found if quantity.end <= end]
        if before_it:
            return before_it[-1]
    if found:
        return found[0][1]
    last = _LAST_YEAR.search(view.full, view.clause.start, view.clause.end)
    if (last is not None and not _YEARS_OWN.match(view.full, last.end())
            and not _NOW_WORD.search(view.full, view.clause.start, view.clause.end)):
        # "Last year we made about 14.5 million litres": the year before the article's
        return view.date.year - 1, True
    # "That first year we brewed about 9,000 litres": the year just named; "closed the
    # plant in 2009 and moved the making to Austria the following year": the one after the
    # year named before it in the sentence, else in the sentences before
    base = (None if that is None else year_before(view, that.start()) if that.group("next")
            else view.last_year)
    if that is not None and base is not None and base < view.date.year:
        return base + (1 if that.group("next") else 0), True
    return None, False


def _model_year(view: ClauseView, year: Quantity) -> bool:
    """A year right before a product's name, after a determiner: the year that one was
    made ("my 2012 Wren", "a 1974 Ridgerunner"; not "the 2012 launch")."""
    return (DETERMINER_BEFORE.search(view.full, max(0, year.start - 8), year.start) is not None
            and any(m.kind == "product" and 0 < m.start - year.end <= 1
                    for m in view.mentions))




def _another_event(view: ClauseView, year: Quantity, value: Value, end: int) -> bool:
    """Whether ``year`` dates another event than the claim ending at ``end`` (see
    :func:`_period`)."""
    if end <= year.start and _EMBEDDED.search(view.full, end, year.start):
        return True
    if any(e != end and e <= year.start and _TO_OWN_YEAR.fullmatch(view.full, e, year.start)
           for _, _, _, _, e, _ in view.claims):
        return True  # "Red Wing has 500 stores and turned 100 in 2005": the age's year
    for attribute_id, words in view.cues.items():
        if view.rules.attributes[attribute_id].type != "year":
            continue
        for word in words:
            cue_end = word.idx + len(word)
            if (cue_end <= year.start and _CUE_TO_YEAR.fullmatch(view.full, cue_end, year.start)
                    # ("It cost €2,199 when it was introduced in 2017": the claim's time)
                    and not _WHEN.search(view.full, max(view.clause.start, year.start - 40),
                                         year.start)):
                # (but "Founded in 1947 with a single landing craft": what it began with)
                at = view.full.find(value.text, year.end, view.clause.end) if value.text else -1
                return at < 0 or not _WITH_AT_START.search(view.full, year.end, at + 1)
    return False


# between a claim and a later year: a relative clause or a participle about something else
_EMBEDDED = re.compile(r",?\s+(?:which|that|who|whose|where)\b|\b(?:a|an|the|its|their)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:built|made|opened|bought|installed|acquired|"
                       r"designed|founded|launched|introduced|completed|added|erected)\s",
                       re.IGNORECASE)
# from a year attribute's cue to its year: "introduced in 1968", "founded in April 1897"
_CUE_TO_YEAR = re.compile(rf"\s+(?:(?:in|on|during)\s+)?(?:{_DAY_MONTH})?", re.IGNORECASE)
# (also "founded in 1958 by seventy-four growers": who it began with)
_WITH_AT_START = re.compile(r"\b(?:with|by)\s+(?:just\s+|only\s+|some\s+)?\S*\Z", re.I)
_NOW_WORD = re.compile(r"\b(?:now|today|currently|these days)\b", re.I)
# a clause that goes on to now from what came before it: "..., and every Iron Ranger since
# has been built in Minnesota"
_EVER_SINCE = re.compile(r"\b(?:since|ever\s+since|since\s+then)\b(?!\s+(?:\d|the\b|early|"
                         r"mid|late|[A-Z]))", re.I)
# (not a comparison's: "9 stores, one fewer than last year" is about now)
_LAST_YEAR = re.compile(r"(?<!\bthan )(?<!\bfrom )(?<!\bsince )(?<!\bwith )"
                        r"\b(?:last|the (?:past|previous|prior) calendar) year\b", re.I)
_YEARS_OWN = re.compile(r"['’]s\b")  # not "last year's figure", which may be of any year
_THAT_YEAR = re.compile(r"\b(?:(?:that|the same|the first)\s+(?:first\s+)?year|"
                        r"in (?:its|our|their|the) first year|"
                        # "The foundry employed about 220 people then", "back then", "at the
                        # time": the time just named; "For the next twenty-two years every
                        # Verbena was made in Oxford": from then on
                        r"back then|at (?:the|that) time|in those days|"
                        r"(?<!\band )(?<!\bsince )(?<!\buntil )(?<!\bby )(?<!\bjust )"
                        r"(?<!\bnow and )then(?!\s*,?\s*(?:and|as)\s+(?:now|today)\b)"
                        r"(?=\s*[,.;)]|\s+and\b)|"
                        r"(?:for|over) the next (?:[\w-]+\s+){1,2}years|"
                        r"(?P<next>the (?:following|next) year|a year later))\b", re.I)


# what may come before a clause's opening count: "Today", "and", "but now"
_OPENING_ADVERBS = re.compile(r"\W*(?:(?:and|but|today|now|currently|these days|nowadays)"
                              r"\W+)*", re.IGNORECASE)
# ... and after it, a word of its own, no preposition ("42 people", not "480 in all")
_OWN_WORD_AFTER = re.compile(r"\s+(?!(?:in|of|at|to|for|on|by|per|a|an|the)\b)[a-z]",
                             re.IGNORECASE)
# where a figure is a place's or someone else's: "About 8,900 people live in the town",
# "About 302,000 people live there", "12 stores sell boots downtown", "walked out"
_ELSEWHERE_WORDS = re.compile(
    r"\b(?:the\s+(?:town|city|village|state|county|region|country|area)|there|here|downtown|"
    r"locally|nearby|live|lives|living|reside|residents?|walked\s+(?:out|off)|struck|strike|"
    r"toured|visited|at\s+(?:a|an|the|its|their)\s+\w*\s*(?:rival|competitor|supplier)s?|"
    # a part of the works: "About 300 workers staff the cutting room"
    r"the\s+[\w-]+\s+(?:room|floor|line|department|hall|shop|shift|section))\b",
    re.IGNORECASE)
# ... or the sentence before is about another body: "New Balance buys soles from a Chinese
# supplier. Production is 20 million pairs a year."
_OTHER_BODY = re.compile(r"\b(?:suppliers?|subcontractors?|contractors?|rivals?|competitors?|"
                         r"compet(?:es|ing)\s+with|partners?|vendors?)\b", re.IGNORECASE)
# a capitalised word inside a sentence, after a word in lower case that is no preposition
# of place ("competes with Converse", not "from Allegheny to Woods Run"), or a possessive
# ("at Nike's suppliers"); and common words that are no names
_INNER_CAPITAL = re.compile(r"\b(?!(?:from|to|in|near|across|between|and)\b)[a-z]+,? "
                            r"([A-Z][a-z]+)\b|([A-Z][a-z]+)['’]s\b")
_CAPITALISED_WORDS = frozenset({
    "i", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "today", "english", "american"})
_AND_IT = re.compile(r"\W*(?:and|but)\s+(?:it|they)\b", re.IGNORECASE)
_CUE_NOUN_OPENING = re.compile(
    r"\W*(?:(?:and|but|today|now|currently|last year|this year)\W+)*(?:(?:the|its|our|their|"
    r"annual|yearly|total|current)\s+)*(?P<noun>[a-z]+)\s+(?:is|was|are|were|stands|stood|"
    r"reached|totals|totalled|totaled|runs|ran|came to|amounts to|amounted to)\b",
    re.IGNORECASE)
_ANSWER_PRONOUNS = frozenset({"we", "our", "us", "it", "its", "they", "their"})

# "Head office: ...", "Founded: 1923": a short label of lower-case words after a capital
_LABEL_STARTS = re.compile(r"(?:^|[.!?]\s+)[A-Z][a-z]+(?: [a-z]+){0,3}:\s", re.MULTILINE)
_FACT_LINE = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+){0,3}:\s+\S")

# A clause opening with a name of two capitalised words or more, then running on in lower
# case: "Kurobane Cutlery of Sakai employs ..." (not "Head office: ...", "Made in: ...")
_PROPER_NAME = re.compile(r"\s*(?:[A-Z][\w’'.&-]*\s+){1,4}?[A-Z][\w’'.&-]*\s+[a-z]")

# ... of a company, told by where it is or what it is: "Brooks Running of Seattle",
# "Brooks Running, a Seattle rival," (a title-case list item "Hand Forged in Japan" is none)
_DESCRIBED_COMPANY = re.compile(r"\s*(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*"
                                r"(?:\s+of\s+[A-Z]|,\s+(?:a|an|the)\s)")

# what separates the parts of a page title: " | ", " – ", " — ", " - ", "·"
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[|·]\s*")


def _after_mark(full: str, pos: int, marks: str) -> bool:
    """Whether the last character before ``pos`` that is not a space is one of ``marks``
    (without copying the text before it)."""
    while pos > 0 and full[pos - 1].isspace():
        pos -= 1
    return pos > 0 and full[pos - 1] in marks


def _between(items: list, starts: list[int], start: int, end: int) -> list:
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_left(starts, end)
    return [item for item in items[low:high] if item.end <= end]


def _claim(view: ClauseView, document: Document, subject: Mention, attribute: str,
           value: Value, start: int, end: int, extra: dict) -> Claim:
    if end - start > 160:
        start = max(start, end - 160)
    if start < view.sentence.start_char <= end - 1:
        # a cue taken from the question before ("Where is it made?" then "In Kuopio"):
        # the claim is the answer's words
        start = view.sentence.start_char
    doc_text = view.full
    while start < end and doc_text[start].isspace():
        start += 1
    dated = _BRACKET_YEAR.match(doc_text, end) if value.kind != "year" else None
    if "period" in extra:
        period, read_then = extra["period"]
    elif dated is not None:
        # "302,971 (2020)": the year in brackets right after a figure is its year
        year = int(dated.group(1))
        period, read_then = (year, True) if year < view.date.year else (None, False)
    else:
        period, read_then = _period(view, value, end)
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    sentence = view.sentence
    return Claim(
        subject=subject.id,
        attribute=attribute,
        value=value,
        path=document.path,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=doc_text[start:end],
        sentence=doc_text[sentence.start_char:sentence.end_char],
        sentence_start=sentence.start_char,
        scope=extra.get("scope"),
        qualifiers=tuple(extra.get("qualifiers", ())),
        negated=bool(extra.get("negated", False)),
        asserted=view.asserted and extra.get("asserted", True),
        date=dt.date(period, 12, 31) if period is not None and read_then else view.date,
        period=period,
    )
