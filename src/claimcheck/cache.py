"""A cache of analysed documents, so a re-run after changing one article costs one article.

The key of an article is a hash of everything its analysis depends on:
claimcheck's version, the rules files' contents, the spaCy pipeline chosen,
the article's path and text, and the date its claims are read at. Entries
are pickles of :class:`~claimcheck.checking.context.AnalysedDocument` under
the cache folder (default ``.claimcheck_cache``); a damaged entry is ignored.
The cache holds only what claimcheck wrote itself: do not point it at a
folder others can write to.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import pickle
from pathlib import Path

from claimcheck import __version__
from claimcheck.checking.context import AnalysedDocument
from claimcheck.documents.model import Document
from claimcheck.rules import rules_files


@functools.cache
def _code_fingerprint() -> str:
    """A hash of claimcheck's own code and data, so a changed extractor never reuses
    analyses made by the old one, even without a version bump."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".json") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    """Analysed documents on disk, keyed by their inputs."""

    def __init__(self, folder: Path, rules: list[str | Path], model: str | None) -> None:
        self.folder = folder
        digest = hashlib.sha256(f"{__version__}\0{model}\0{_code_fingerprint()}".encode())
        for path in rules_files(rules):
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
        self._salt = digest.hexdigest()
        self.hits = 0
        self.misses = 0

    def key(self, document: Document, read_at: dt.date) -> str:
        """The cache key of an article read at ``read_at``."""
        digest = hashlib.sha256(self._salt.encode())
        digest.update(f"\0{document.path}\0{read_at.isoformat()}\0".encode())
        digest.update(document.text.encode("utf-8"))
        digest.update(repr((document.date, document.title, document.links,
                            document.directives)).encode("utf-8"))
        return digest.hexdigest()

    def get(self, key: str) -> AnalysedDocument | None:
        """The cached analysis, or None."""
        path = self._path(key)
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError):
            self.misses += 1
            return None
        if not isinstance(found, AnalysedDocument):
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, key: str, analysed: AnalysedDocument) -> None:
        """Store an analysis (atomically; a cache that cannot be written is skipped)."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as handle:
                pickle.dump(analysed, handle, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(path)
        except OSError:
            pass

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"
