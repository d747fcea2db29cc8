"""Stage 1: find articles on disk and turn each into a :class:`Document`.

Every file found is either returned as a document or as a
:class:`DocumentFailure`; nothing is skipped silently.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from claimcheck.documents.html import read_html
from claimcheck.documents.markdown import read_markdown
from claimcheck.documents.model import Block, Document, DocumentFailure, SourceMap
from claimcheck.documents.text import read_text
from claimcheck.errors import DocumentError, UsageError

__all__ = [
    "Block",
    "Document",
    "DocumentFailure",
    "SourceMap",
    "discover",
    "display_path",
    "load",
    "load_all",
    "read_source",
    "READERS",
]

Reader = Callable[[str, str], Document]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}
"""File suffix → reader. A folder is searched for these suffixes."""


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Every article under ``paths``, sorted, each once.

    A file named explicitly is always returned (an unsupported suffix is then
    reported when it is loaded); folders are searched recursively for the
    suffixes in :data:`READERS`, skipping hidden folders.
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            found.update(_walk(path))
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return sorted(found, key=lambda p: p.as_posix())


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if Path(name).suffix.lower() in READERS:
                yield Path(root) / name


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it is below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_source(data: bytes, path: str) -> str:
    """Decode a file's bytes as UTF-8 text, or explain why it is not an article."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            raise DocumentError("not valid UTF-16 despite its byte-order mark", None) from None
    if b"\x00" in data[:8192]:
        raise DocumentError("binary file (contains NUL bytes); expected UTF-8 text", None)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
            None,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load(path: Path) -> Document | DocumentFailure:
    """Read and parse one file; failures are returned, not raised."""
    shown = display_path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(READERS))
        return DocumentFailure(shown, f"unsupported file type {path.suffix!r}; use {supported}")
    try:
        return reader(shown, read_source(path.read_bytes(), shown))
    except OSError as exc:
        return DocumentFailure(shown, f"cannot read file: {exc.strerror or exc}")
    except DocumentError as exc:
        place = exc.place
        if place is None:
            return DocumentFailure(shown, exc.message)
        return DocumentFailure(shown, exc.message, place.line, place.column)


def load_all(paths: Iterable[Path]) -> Iterator[Document | DocumentFailure]:
    """:func:`load` each path in order."""
    for path in paths:
        yield load(path)
