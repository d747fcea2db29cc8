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


def split_front_matter(text: str) -> tuple[str | None, int]:
    """Return the raw front matter (or None) and the offset where the body starts."""
    match = _FENCE.match(text)
    if not match:
        return None, 0
    return match.group(1) or "", match.end()


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
    return FrontMatter(
        date=coerce_date(data.get("date"), path),
        title=_text(data.get("title")),
        url=_text(data.get("url")),
    )


def coerce_date(value: object, path: str) -> dt.date | None:
    """A date from front matter or a ``<meta>`` tag: a YAML date or ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise DocumentError(
            f"date {value!r} is not a date; write it as YYYY-MM-DD", Place(path)
        ) from None


def _text(value: object) -> str | None:
    return None if value is None else str(value)
