"""``claimcheck extract``: one article's claims and quantities as JSON lines."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from claimcheck.documents import Document, DocumentFailure, load, read_source
from claimcheck.documents.text import read_text
from claimcheck.errors import DocumentError, Place, UsageError
from claimcheck.nlp import analyse, build_pipeline
from claimcheck.quantities import extract_quantities
from claimcheck.rules import load_rules


def extract_lines(path: str, rules_paths: Sequence[str | Path], as_of: dt.date | None,
                  model: str | None) -> Iterator[str]:
    """JSON lines: every claim, then every quantity, of the article at ``path``."""
    document = _document(path)
    rules = load_rules(rules_paths)
    nlp = build_pipeline(rules, model)
    today = dt.date.today()
    for analysed in analyse(nlp, [document], as_of, today):
        for claim in analysed.claims:
            record: dict[str, Any] = {"type": "claim", "path": claim.path, "line": claim.line,
                                      "column": claim.column, **claim.to_dict()}
            # when the claim is about: the year the sentence names ("In 2012, ..."), and the
            # date it is checked at (that year's end, else the article's date)
            if claim.period is not None:
                record["year"] = claim.period
            if claim.date is not None:
                record["read_at"] = claim.date.isoformat()
            yield json.dumps(record, ensure_ascii=False, sort_keys=True)
    for quantity in extract_quantities(document.text):
        line, column = document.position(quantity.start)
        record = {"type": "quantity", "path": document.path, "line": line, "column": column,
                  **quantity.to_dict()}
        yield json.dumps(record, ensure_ascii=False, sort_keys=True)


def _document(path: str) -> Document:
    if path == "-":
        try:
            return read_text("<stdin>", read_source(sys.stdin.buffer.read(), "<stdin>"))
        except DocumentError as exc:
            raise UsageError(str(exc) if exc.place else f"<stdin>: {exc.message}") from None
    file = Path(path)
    if file.is_dir():
        raise UsageError(f"{path}: is a folder; extract reads one article (use `run` for folders)")
    if not file.is_file():
        raise UsageError(f"{path}: no such file")
    loaded = load(file)
    if isinstance(loaded, DocumentFailure):
        raise UsageError(f"{Place(loaded.path, loaded.line, loaded.column)}: {loaded.message}")
    return loaded
