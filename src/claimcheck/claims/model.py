"""What the extraction stage produces: structured claims with their place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from claimcheck.intervals import Interval
from claimcheck.records import pickled_by_fields

ValueKind = Literal["share", "count", "quantity", "year", "place", "category", "duration"]

#: The qualifier of a place claim made inside a noun phrase that picks out the things made
#: there ("the pieces made in Ohio", "the shoes it makes in Maine", "its Ohio-made lines"):
#: it says some are made there, not that all are (no unqualified origin claim).
RESTRICTED = "restricted"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Value:
    """The value a claim states, already turned into something comparable."""

    kind: ValueKind
    """Which comparison applies: numeric kinds use :attr:`interval`, others :attr:`ref`."""
    text: str
    """The words in the article that state the value."""
    interval: Interval | None = None
    """For share, count, quantity, year and duration: the numbers the words allow."""
    ref: str | None = None
    """For place and category: the rules id of the place or category."""
    unit: str | None = None
    """Normalised unit of a quantity (``dollar``, ``pair``), if any."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form used by reports and ``claimcheck extract``."""
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.interval is not None:
            data["interval"] = self.interval.to_list()
        if self.ref is not None:
            data["ref"] = self.ref
        if self.unit is not None:
            data["unit"] = self.unit
        return data


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement: subject, attribute, value, with qualifiers and place."""

    subject: str
    """Rules id of the entity the claim is about."""
    attribute: str
    """Rules id of the attribute the claim states."""
    value: Value
    """What the claim says the attribute is."""
    path: str
    """The document the claim was found in."""
    start: int
    """Offset of the claim's span in the document's analysed text."""
    end: int
    """Offset just past the claim's span."""
    line: int
    """1-based line of the span's start in the source file."""
    column: int
    """1-based column of the span's start."""
    end_line: int
    """1-based line of the span's end."""
    end_column: int
    """1-based column just past the span's end."""
    text: str
    """The claim's span as it reads in the sentence."""
    sentence: str
    """The whole sentence, for reviewers."""
    sentence_start: int
    """Offset of the sentence in the analysed text (to mark the span in it)."""
    scope: str | None = None
    """A place the claim is restricted to ("five factories *in Maine*")."""
    qualifiers: tuple[str, ...] = ()
    """Words that shape the claim: ``approximate``, ``exclusively``, ``since 1982``..."""
    negated: bool = False
    """True when the sentence denies the value ("not made in the USA")."""
    asserted: bool = True
    """False for questions, conditionals, plans and headings: not stated as fact."""
    date: dt.date | None = None
    """The date the claim's document is read at (its own, ``--as-of`` or today)."""
    period: int | None = None
    """A past year the sentence says the claim is about ("in 2013", "the 2010 census"):
    the claim is read at that year, and is history rather than a stale statement."""
    worthiness: float | None = None
    """How check-worthy the claim's sentence is (0 to 1), when already known; the checker
    scores sentences with :mod:`claimcheck.worthiness` only where it needs to."""
    speaker: str | None = None
    """Who is quoted as saying it, when the claim is inside a quotation."""
    fields: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Extra detail for reports (the head noun of a count, for example)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the claim (the ``claim`` object of the report schema)."""
        qualifiers = list(self.qualifiers)
        if self.negated:
            qualifiers.append("negated")
        if not self.asserted:
            qualifiers.append("not-asserted")
        data: dict[str, Any] = {
            "text": self.text,
            "subject": self.subject,
            "attribute": self.attribute,
            "value": self.value.to_dict(),
            "qualifiers": qualifiers,
        }
        if self.scope:
            data["scope"] = self.scope
        if self.speaker:
            data["speaker"] = self.speaker
        return data
