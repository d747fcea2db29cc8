"""Configuration: ``claimcheck.yaml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

Precedence: command line, then the configuration file, then defaults.
Every value remembers where it came from, for ``claimcheck config show``;
every mistake names ``file:line`` and what is allowed.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from claimcheck.errors import ClaimcheckError, Place
from claimcheck.rules import marks
from claimcheck.rules.references import did_you_mean

CONFIG_FILES = ("claimcheck.yaml", ".claimcheck.yaml")
Severity = Literal["error", "warning", "info"]


class ConfigError(ClaimcheckError):
    """A mistake in a configuration file (exit code 2)."""

    code = "CC310"


class Settings(BaseModel):
    """Everything a configuration file may set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: list[str] = ["rules"]
    """Rules files and folders."""
    include: list[str] = []
    """Glob patterns of articles to check (default: every supported file)."""
    exclude: list[str] = []
    """Glob patterns of articles to skip."""
    fail_on: Severity = "error"
    format: str = "text"
    outputs: dict[Literal["text", "json", "sarif", "github", "junit", "markdown", "html"],
                  str] = {}
    """Extra reports written on every run: format → file (``sarif: out.sarif``)."""
    as_of: dt.date | None = None
    dates: dict[str, dt.date] = {}
    """Dates for undated articles by glob (``"archive/2019/*": 2019-06-30``)."""
    model: str | None = None
    worthiness_threshold: float = Field(default=0.5, ge=0, le=1)
    select: list[str] = []
    """Only these rules: ids, id prefixes ending in ``-`` or ``.``, globs, or tags."""
    ignore: list[str] = []
    """Never these rules (same forms as ``select``)."""
    severity: dict[str, Severity] = {}
    """Severity overrides by rule id, prefix, glob or tag."""
    cache_dir: str = ".claimcheck_cache"
    cache: bool = True
    jobs: StrictInt | None = Field(default=None, ge=1)
    """Worker processes that read articles (default: one per CPU; 1: no workers)."""


@dataclass(frozen=True)
class Loaded:
    """Settings and where each came from."""

    settings: Settings
    sources: dict[str, str] = field(default_factory=dict)
    """Setting name → ``claimcheck.yaml:4``, ``pyproject.toml [tool.claimcheck]``..."""
    path: str | None = None


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file in ``start`` (default: the working directory), if any."""
    folder = start or Path.cwd()
    for name in CONFIG_FILES:
        if (folder / name).is_file():
            return folder / name
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and "[tool.claimcheck]" in pyproject.read_text(encoding="utf-8"):
        return pyproject
    return None


def load_config(path: Path | None) -> Loaded:
    """Read and validate a configuration file (``None``: defaults only)."""
    if path is None:
        return Loaded(Settings(), {})
    shown = path.as_posix()
    if not path.is_file():
        raise ConfigError(f"configuration file {shown} does not exist")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        data, where = _from_toml(text, shown)
    else:
        data, where = _from_yaml(text, shown)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else ""
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            allowed = list(Settings.model_fields)
            message = (f"unknown setting {key!r}{did_you_mean(key, allowed)}; allowed: "
                       f"{', '.join(allowed)}")
        else:
            message = f"{key}: {message} (found {error.get('input')!r})"
        raise ConfigError(message, where(key)) from None
    return Loaded(settings, {key: str(where(key)) for key in data}, shown)


def _from_yaml(text: str, shown: str) -> tuple[dict[str, Any], Any]:
    try:
        data, node = marks.load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise ConfigError(f"not valid YAML: {exc.problem}",
                          Place(shown, mark.line + 1 if mark else None)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("a configuration file must be a mapping of settings", Place(shown, 1))

    def where(key: str) -> Place:
        line, column = marks.position(node, [key], key=True)
        return Place(shown, line, column)

    return {str(k): v for k, v in data.items()}, where


def _from_toml(text: str, shown: str) -> tuple[dict[str, Any], Any]:
    try:
        data = tomllib.loads(text).get("tool", {}).get("claimcheck", {})
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"not valid TOML: {exc}",
                          Place(shown, int(found.group(1)) if found else None)) from None
    lines = text.splitlines()
    table = next((i for i, line in enumerate(lines) if line.strip() == "[tool.claimcheck]"), 0)

    def where(key: str) -> Place:
        for number in range(table, len(lines)):
            if re.match(rf"\s*{re.escape(key)}\s*=", lines[number]):
                return Place(shown, number + 1)
        return Place(shown, table + 1)

    return data, where


def matches(rule: str, patterns: list[str], tags: set[str]) -> bool:
    """True when ``rule`` (with ``tags``) is named by one of ``patterns``."""
    from fnmatch import fnmatchcase

    return any(rule == p or p in tags or (p.endswith(("-", ".")) and rule.startswith(p))
               or fnmatchcase(rule, p) for p in patterns)
