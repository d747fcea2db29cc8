"""``--format json``: the ``claimcheck/report/v1`` document, byte-stable."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.findings import Finding
from claimcheck.report.fingerprint import fingerprint
from claimcheck.report.model import FileError, Report

SCHEMA = "claimcheck/report/v1"


def render(report: Report) -> str:
    """The report as indented JSON with sorted keys and a trailing newline."""
    return json.dumps(to_dict(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data following the v1 schema."""
    return {
        "schema": SCHEMA,
        "tool": {"name": "claimcheck", "version": report.version},
        "as_of": report.as_of.isoformat(),
        "summary": {
            "documents": len(report.documents),
            "claims": report.claims,
            "findings": len(report.flags),
            "by_verdict": report.by_verdict(),
            "by_severity": report.by_severity(),
            "errors": len(report.errors),
            "baselined": report.baselined,
        },
        "documents": [
            {
                "path": d.path,
                "date": d.date.isoformat() if d.date else None,
                "read_at": d.read_at.isoformat() if d.read_at else None,
                "date_source": d.date_source,
                "claims": d.claims,
                "error": d.error,
            }
            for d in report.documents
        ],
        "findings": [_finding(f) for f in report.shown],
        "errors": [_error(e) for e in report.errors],
    }


def _error(error: FileError) -> dict[str, Any]:
    """A file that was not checked; ``line`` and ``column`` only where the problem has one."""
    record: dict[str, Any] = {"path": error.path, "message": error.message}
    if error.line is not None:
        record["line"] = error.line
        if error.column is not None:
            record["column"] = error.column
    return record


def _finding(finding: Finding) -> dict[str, Any]:
    span = finding.span
    claim = finding.claim.to_dict() if finding.claim else {
        "text": span.text, "subject": None, "attribute": None, "value": None, "qualifiers": []}
    return {
        "fingerprint": fingerprint(finding),
        "rule": finding.rule,
        "verdict": finding.verdict,
        "severity": finding.severity,
        "message": finding.message,
        "path": span.path,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "sentence": span.sentence,
        "claim": claim,
        "found": finding.found,
        "expected": finding.expected.to_dict() if finding.expected else None,
        "related": [r.related() for r in finding.related],
    }
