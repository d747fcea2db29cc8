"""Stage 5's input: the whole run's result, independent of any output format."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from claimcheck.checking.context import DateSource
from claimcheck.errors import Place
from claimcheck.findings import SEVERITY_RANK, VERDICTS, Finding, Severity


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One article of the run: where it is, which date it was read at, how many claims."""

    path: str
    date: dt.date | None
    """The date the document states, if any."""
    read_at: dt.date | None
    """The date its claims were read at."""
    date_source: DateSource | None
    claims: int
    error: str | None = None
    text: str | None = None
    """The analysed prose (markup removed), for formats that show whole articles;
    :attr:`Span.start` offsets index into it."""
    title: str | None = None


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a format needs to know about a rule: for SARIF's rule list, help and docs."""

    id: str
    kind: str
    """``fact``, a policy kind, ``consistency``, ``unverified`` or ``stale``."""
    severity: str
    description: str
    """One or two sentences for a reader who meets the rule id in a report."""
    source: str | None = None
    """For a fact: who says so."""
    place: str | None = None
    """Where the rule is written (``rules/file.yaml:LINE``)."""


@dataclass(frozen=True, slots=True)
class FileError:
    """An input file that could not be checked."""

    path: str
    message: str
    line: int | None = None
    """Where in the file the problem is, when it is at one place (front matter)."""
    column: int | None = None

    @property
    def place(self) -> str:
        """``path:line:column``, or as much of it as is known."""
        return str(Place(self.path, self.line, self.column))


@dataclass(frozen=True)
class Report:
    """Everything a format renders: documents, findings (sorted) and errors."""

    version: str
    as_of: dt.date
    documents: tuple[DocumentResult, ...]
    findings: tuple[Finding, ...]
    """All findings, ``supported`` included; formats hide those unless asked."""
    errors: tuple[FileError, ...]
    show_supported: bool = False
    rules: tuple[RuleInfo, ...] = ()
    """Every rule that produced a finding in this report, sorted by id."""
    baselined: int = 0
    """Flags left out because the baseline (``--baseline``) already records them."""

    @property
    def claims(self) -> int:
        """Claims extracted across all documents."""
        return sum(d.claims for d in self.documents)

    @property
    def flags(self) -> tuple[Finding, ...]:
        """Findings that a reviewer must look at (everything but ``supported``)."""
        return tuple(f for f in self.findings if f.is_flag)

    @property
    def shown(self) -> tuple[Finding, ...]:
        """The findings a format lists: flags, plus supported ones on request."""
        return self.findings if self.show_supported else self.flags

    def by_verdict(self) -> dict[str, int]:
        """Count of findings per verdict, every verdict present."""
        counts = Counter(f.verdict for f in self.findings)
        return {verdict: counts.get(verdict, 0) for verdict in VERDICTS}

    def by_severity(self) -> dict[str, int]:
        """Count of flags per severity."""
        counts = Counter(f.severity for f in self.flags)
        return {s: counts.get(s, 0) for s in ("error", "warning", "info")}

    def failing(self, threshold: Severity) -> tuple[Finding, ...]:
        """Flags at or above ``threshold``."""
        rank = SEVERITY_RANK[threshold]
        return tuple(f for f in self.flags if SEVERITY_RANK[f.severity] >= rank)


def schema_path() -> Path:
    """The JSON Schema of the ``claimcheck/report/v1`` document, shipped in the package."""
    return Path(__file__).with_name("schema") / "report-v1.json"
