"""What a checker sees of one analysed document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from claimcheck.claims.model import Claim
from claimcheck.documents.directives import Directive
from claimcheck.documents.model import SourceMap
from claimcheck.findings import Span
from claimcheck.records import pickled_by_fields

if TYPE_CHECKING:
    from claimcheck.rules.model import RuleSet

Mood = Literal["statement", "question", "conditional", "imperative", "heading", "quoted"]
"""How a sentence speaks; "quoted" is a reply's quotation of an earlier message ("X
wrote:" then "> ..."), which the reply reports and does not assert."""
DateSource = Literal["document", "config", "as-of", "today"]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document, with where it is and how it is said."""

    start: int
    end: int
    text: str
    mood: Mood
    """Statements assert; questions, conditionals, instructions and headings do not."""
    block: int = 0
    """Index of the paragraph (block) the sentence is in."""
    subject: str | None = None
    """The entity the sentence is about, after resolving "the company", "it"..."""


@dataclass(frozen=True, slots=True)
class AnalysedDocument:
    """A document after the NLP stage: its sentences and claims, no spaCy objects."""

    path: str
    text: str
    sentences: tuple[Sentence, ...]
    claims: tuple[Claim, ...]
    date: dt.date
    """The date claims are read at."""
    date_source: DateSource
    """Where :attr:`date` came from."""
    stated_date: dt.date | None
    """The date the document itself states, if any."""
    source_map: SourceMap
    """Maps offsets in :attr:`text` back to the file."""
    links: tuple[tuple[int, int], ...] = ()
    """Ranges of :attr:`text` that are hyperlink anchors."""
    marks: tuple[tuple[int, str], ...] = ()
    """Reference marks ("[1]") read past in :attr:`text`, at their offsets."""
    directives: tuple[Directive, ...] = ()
    """Suppression comments in the document."""
    title: str | None = None

    def span(self, sentence: Sentence, start: int, end: int) -> Span:
        """A :class:`Span` for text ``[start, end)`` inside ``sentence``."""
        line, column = self.source_map.position(start)
        end_line, end_column = self.source_map.position(end)
        return Span(
            self.path, line, column, end_line, end_column,
            self.text[start:end], sentence.text, start - sentence.start, start,
        )


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a policy needs: the document, the rules and the run's date."""

    document: AnalysedDocument
    rules: RuleSet
    as_of: dt.date
