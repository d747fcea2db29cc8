"""What the checking stage produces: one finding per claim or policy match."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from claimcheck.claims.model import Claim

Verdict = Literal["contradicted", "inconsistent", "policy", "unverified", "supported"]
Severity = Literal["error", "warning", "info"]

VERDICTS: tuple[Verdict, ...] = (
    "contradicted", "inconsistent", "policy", "unverified", "supported"
)
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article: where a finding points."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    """The words the finding is about."""
    sentence: str
    """The whole sentence containing them."""
    offset: int = 0
    """Offset of :attr:`text` inside :attr:`sentence` (for highlighting)."""
    start: int = -1
    """Offset of :attr:`text` in the document's analysed text (-1 when unknown)."""

    @classmethod
    def of_claim(cls, claim: Claim) -> Span:
        """The span a claim covers."""
        return cls(
            claim.path, claim.line, claim.column, claim.end_line, claim.end_column,
            claim.text, claim.sentence, claim.start - claim.sentence_start, claim.start,
        )

    def related(self) -> dict[str, Any]:
        """JSON form of this span as another place of a finding."""
        return {"path": self.path, "line": self.line, "column": self.column,
                "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Expected:
    """What the rules say should have been written, and who says so."""

    text: str
    """Human wording ("25% (± 5%)", "running shoe")."""
    value: Any = None
    """The fact's value as written in the rules file."""
    tolerance: float | None = None
    source: str | None = None
    rule_place: str | None = None
    """``rules/file.yaml:LINE`` of the fact or policy."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form (the ``expected`` object of the report schema)."""
        return {"value": self.value, "tolerance": self.tolerance, "source": self.source,
                "text": self.text, "rule": self.rule_place}


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one claim (or one policy match), ready to report."""

    rule: str
    """Id of the fact, policy or consistency rule that decided."""
    verdict: Verdict
    severity: Severity
    message: str
    """One sentence a non-programmer understands."""
    span: Span
    found: str
    """What the article says, in words."""
    claim: Claim | None = None
    expected: Expected | None = None
    related: tuple[Span, ...] = ()
    """Other places: the claims an inconsistency or contradiction conflicts with."""

    @property
    def is_flag(self) -> bool:
        """True for every verdict except ``supported``."""
        return self.verdict != "supported"

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Findings sort by place, then rule and verdict, so reports are stable."""
        return (self.span.path, self.span.line, self.span.column, self.rule, self.verdict)
