"""YAML front matter: the ``---`` block at the top of a text or Markdown file."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import yaml

from claimcheck.errors import DocumentError, Place

_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The fields of front matter that claimcheck reads."""

    date: dt.date | None = None
    title: str | None = None
    url: str | None = None


def split_front_matter(text: str, path: str = "") -> tuple[str | None, int]:
    """Return the raw front matter (or None) and the offset where the body starts.

    A block that opens with ``---`` and goes on with ``key: value`` lines but is never
    closed is a document error: read as text, its date would be lost without a word."""
    match = _FENCE.match(text)
    if not match:
        if _UNCLOSED.match(text):
            raise DocumentError("front matter opened on line 1 is never closed: end it with "
                                "a line of three dashes", Place(path, 1, 1))
        return None, 0
    return match.group(1) or "", match.end()


_UNCLOSED = re.compile(r"---[ \t]*\n(?:[ \t]*#.*\n)*[ \t]*[\w-]+:[ \t]")


def parse_front_matter(raw: str, path: str) -> FrontMatter:
    """Parse raw front matter YAML; a malformed block is a document error."""
    try:
        data: Any = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        # one line at the file's own line and column: where the broken construct began
        # (an unclosed quote), else where YAML noticed the problem
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        what = ", ".join(str(part) for part in (getattr(exc, "context", None),
                                                 getattr(exc, "problem", None)) if part)
        place = Place(path, mark.line + 2, mark.column + 1) if mark else Place(path, 1)
        raise DocumentError(f"front matter is not valid YAML: {what or exc}", place) from None
    except ValueError as exc:  # YAML reads "2025-13-45" as a date and fails to build it
        stamp = re.search(r"^[ \t]*[\w-]+:[ \t]*\d{4}-\d\d?-\d\d?", raw, re.MULTILINE)
        line = raw.count("\n", 0, stamp.start()) + 2 if stamp else 2
        raise DocumentError(f"front matter holds an impossible date ({exc})",
                            Place(path, line)) from None
    if not isinstance(data, dict):
        raise DocumentError("front matter must be a mapping of keys to values", Place(path, 2))
    stamp = re.search(r"^[ \t]*date:[ \t]*", raw, re.MULTILINE)
    line = raw.count("\n", 0, stamp.start()) + 2 if stamp else 2
    return FrontMatter(
        date=coerce_date(data.get("date"), path, line, stamp.end() - stamp.start() + 1
                         if stamp else None),
        title=_text(data.get("title")),
        url=_text(data.get("url")),
    )


def coerce_date(value: object, path: str, line: int | None = None,
                column: int | None = None) -> dt.date | None:
    """A date from front matter or a ``<meta>`` tag: a YAML date or ISO text; a mistake is
    named at ``line`` and ``column`` of the file when they are known."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    stamp = str(value).strip()[:10]
    try:
        return dt.date.fromisoformat(stamp)
    except ValueError as exc:
        shaped = re.fullmatch(r"\d{4}-\d\d-\d\d", stamp) is not None
        message = (f"date {value!r} is no real day ({exc})" if shaped
                   else f"date {value!r} is not a date; write it as YYYY-MM-DD")
        raise DocumentError(message, Place(path, line, column)) from None


def _text(value: object) -> str | None:
    return None if value is None else str(value)
