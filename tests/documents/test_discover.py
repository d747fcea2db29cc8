"""Discovery and loading: nothing skipped silently, every failure explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.documents import Document, DocumentFailure, discover, load
from claimcheck.errors import UsageError


def test_discover_finds_supported_files_recursively(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("a/x.md", "b.txt", "c.HTML", "d.htm", "e.markdown", ".hidden/f.md", "g.pdf"):
        (tmp_path / name).write_text("Hello.", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert names == ["a/x.md", "b.txt", "c.HTML", "d.htm", "e.markdown"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file or folder"):
        discover([tmp_path / "nope"])


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bin.txt", b"PK\x03\x04\x00\x00binary", "binary file"),
        ("latin.md", "café".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ],
)
def test_unreadable_files_become_failures(tmp_path: Path, name: str, data: bytes,
                                          message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = load(path)
    assert isinstance(result, DocumentFailure)
    assert message in result.message


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("\ufeffLine one.\r\n\r\nLine two.\r\n".encode())
    result = load(path)
    assert isinstance(result, Document)
    assert result.text.split("\n\n")[:2] == ["Line one. ", "Line two. "]
    assert result.position(result.text.index("two")) == (3, 6)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("New Balance was founded in 1906.".encode("utf-16"))
    result = load(path)
    assert isinstance(result, Document)
    assert result.text.startswith("New Balance was founded in 1906.")
