"""Run documents through the pipeline and keep only what checking needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.checking.context import AnalysedDocument, DateSource
from claimcheck.documents.model import Document

BATCH_SIZE = 32


def anchor_date(document: Document, as_of: dt.date | None,
                today: dt.date) -> tuple[dt.date, DateSource]:
    """The date a document's claims are read at, and where it came from."""
    if document.date is not None:
        return document.date, "document"
    if as_of is not None:
        return as_of, "as-of"
    return today, "today"


def analyse(
    nlp: Language, documents: Iterable[Document], as_of: dt.date | None, today: dt.date
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
                document, as_of, today)
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
            stated_date=document.date,
            source_map=document.source_map,
            links=document.links,
            title=document.title,
        )
