"""Run documents through the pipeline and keep only what checking needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.checking.context import AnalysedDocument, DateSource
from claimcheck.documents.dates import stated_date
from claimcheck.documents.model import Document

BATCH_SIZE = 32


DateLookup = Callable[[str], "dt.date | None"]
"""The configured date of an article, by its path (``dates:`` in claimcheck.yaml)."""


def anchor_date(document: Document, as_of: dt.date | None, today: dt.date,
                configured: DateLookup | None = None) -> tuple[dt.date, DateSource]:
    """The date a document's claims are read at, and where it came from."""
    if document.date is not None:
        return document.date, "document"
    filed = stated_date(document)
    if filed is not None:
        return filed, "document"
    dated = configured(document.path) if configured else None
    if dated is not None:
        return dated, "config"
    if as_of is not None:
        return as_of, "as-of"
    return today, "today"


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
