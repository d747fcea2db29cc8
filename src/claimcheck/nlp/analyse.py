"""Run documents through the pipeline and keep only what checking needs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.checking.context import AnalysedDocument, DateSource
from claimcheck.documents.model import Document

BATCH_SIZE = 32


DateLookup = Callable[[str], "dt.date | None"]
"""The configured date of an article, by its path (``dates:`` in claimcheck.yaml)."""


def anchor_date(document: Document, as_of: dt.date | None, today: dt.date,
                configured: DateLookup | None = None) -> tuple[dt.date, DateSource]:
    """The date a document's claims are read at, and where it came from."""
    if document.date is not None:
        return document.date, "document"
    filed = dateline_date(document)
    if filed is not None:
        return filed, "document"
    dated = configured(document.path) if configured else None
    if dated is not None:
        return dated, "config"
    if as_of is not None:
        return as_of, "as-of"
    return today, "today"


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), start=1)}
# a news story's dateline with its date: "FREEPORT, Maine, Jan. 12, 2017 /PRNewswire/ --",
# "LE LOCLE, 3 March 2026 —"
_DATELINE_DATE = re.compile(
    r"(?-i:[A-Z][A-Z.'’ -]*[A-Z.]),(?:[^,—–\n]{1,30},)?\s*(?:"
    r"(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})|"
    r"(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<year2>\d{4}))"
    r"[^—–\n]{0,40}?(?:—|–|--|-)\s")


def dateline_date(document: Document) -> dt.date | None:
    """The date of a news story's dateline opening its first paragraph, which is the
    article's own date when nothing else gives one (not a release quoted further down:
    "From the archive: BOSTON, Jan. 12, 2012 /PRNewswire/ --")."""
    for block in [b for b in document.blocks if b.kind == "paragraph"][:1]:
        m = _DATELINE_DATE.match(document.text, block.start, block.end)
        if m is None:
            continue
        month = _MONTHS.get((m.group("month") or m.group("month2")).lower())
        try:
            return dt.date(int(m.group("year") or m.group("year2")), month or 0,
                           int(m.group("day") or m.group("day2")))
        except ValueError:
            return None
    return None


def analyse(
    nlp: Language, documents: Iterable[Document], as_of: dt.date | None, today: dt.date,
    configured: DateLookup | None = None,
) -> Iterator[AnalysedDocument]:
    """Analysed documents, in order, streamed through ``nlp.pipe``.

    The spaCy ``Doc`` is dropped as soon as its claims are out, so memory
    stays flat however large the corpus.
    """
    def docs() -> Iterator[Doc]:
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.document = document
            doc._.date, doc.user_data["claimcheck_date_source"] = anchor_date(
                document, as_of, today, configured)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=BATCH_SIZE):
        document: Document = doc._.document
        yield AnalysedDocument(
            path=document.path,
            text=document.text,
            sentences=tuple(doc._.sentences),
            claims=tuple(doc._.claims),
            date=doc._.date,
            date_source=doc.user_data["claimcheck_date_source"],
            stated_date=document.date
            if doc.user_data["claimcheck_date_source"] not in ("config", "document")
            else doc._.date,
            source_map=document.source_map,
            links=document.links,
            marks=document.marks,
            directives=document.directives,
            title=document.title,
        )
