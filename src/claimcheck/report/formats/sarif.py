"""``--format sarif``: a SARIF 2.1.0 log for code-scanning dashboards, byte-stable.

One run, one result per flag (``supported`` findings are never results). Paths
are relative to the directory claimcheck ran in, so locations use the
``%SRCROOT%`` base that GitHub code scanning and other SARIF viewers resolve to
the repository root. Columns count Unicode code points, as claimcheck's do,
which the run declares in ``columnKind`` (SARIF's default is UTF-16 units).
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from claimcheck.findings import Finding, Span
from claimcheck.report.fingerprint import fingerprint
from claimcheck.report.model import DocumentResult, FileError, Report, RuleInfo

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
FINGERPRINT_KEY = "claimcheck/v1"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
"""claimcheck severity → SARIF ``level``."""
MIME_TYPES = {
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
}
RELATED_LABELS = {"contradicted": "agrees with the fact", "inconsistent": "conflicts with"}
"""How a related place stands to the flagged claim, by verdict."""


def render(report: Report) -> str:
    """The report as a SARIF log: indented JSON, sorted keys, trailing newline."""
    return json.dumps(to_dict(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def to_dict(report: Report) -> dict[str, Any]:
    """The SARIF log as plain data."""
    rule_index = {rule.id: i for i, rule in enumerate(report.rules)}
    artifact_index = {d.path: i for i, d in enumerate(report.documents)}
    run = {
        "tool": {
            "driver": {
                "name": "claimcheck",
                "version": report.version,
                "semanticVersion": report.version,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(rule) for rule in report.rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": [_artifact(d) for d in report.documents],
        "results": [_result(f, rule_index, artifact_index) for f in report.flags],
        "invocations": [_invocation(report, artifact_index)],
        "properties": {"asOf": report.as_of.isoformat()},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rule(rule: RuleInfo) -> dict[str, Any]:
    help_lines = [rule.description]
    if rule.source:
        help_lines.append(f"Source: {rule.source}")
    if rule.place:
        help_lines.append(f"Defined in {rule.place}")
    return {
        "id": rule.id,
        "name": _pascal(rule.id),
        "shortDescription": {"text": _short(rule.description)},
        "fullDescription": {"text": rule.description},
        "help": {"text": "\n".join(help_lines)},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"tags": ["claimcheck", rule.kind], "kind": rule.kind},
    }


def _pascal(rule_id: str) -> str:
    """A readable rule name from its id (SARIF names are identifiers, not sentences)."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", rule_id))


def _short(description: str) -> str:
    """The gist of a description: what comes before its first colon, else its first sentence."""
    head = description.split(": ", 1)[0]
    first = re.split(r"(?<=[.!?])\s", head, maxsplit=1)[0]
    return first.rstrip(".") + "."


def _artifact(document: DocumentResult) -> dict[str, Any]:
    artifact: dict[str, Any] = {
        "location": _artifact_location(document.path),
        "roles": ["analysisTarget"],
    }
    mime = MIME_TYPES.get(PurePath(document.path).suffix.lower())
    if mime:
        artifact["mimeType"] = mime
    properties: dict[str, Any] = {"claims": document.claims}
    if document.read_at is not None:
        properties["readAt"] = document.read_at.isoformat()
        properties["dateSource"] = document.date_source
    if document.date is not None:
        properties["date"] = document.date.isoformat()
    if document.title:
        artifact["description"] = {"text": document.title}
    artifact["properties"] = properties
    return artifact


def _artifact_location(path: str, index: int | None = None) -> dict[str, Any]:
    """A relative path under ``%SRCROOT%``, or a ``file:`` URI for an absolute one."""
    location: dict[str, Any]
    if PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute():
        flavour = PureWindowsPath if PureWindowsPath(path).drive else PurePosixPath
        location = {"uri": flavour(path).as_uri()}
    else:
        location = {"uri": quote(path.replace("\\", "/"), safe="/"), "uriBaseId": SRCROOT}
    if index is not None:
        location["index"] = index
    return location


def _result(
    finding: Finding, rule_index: dict[str, int], artifact_index: dict[str, int]
) -> dict[str, Any]:
    span = finding.span
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "kind": "fail",
        "message": {"text": _message(finding)},
        "locations": [_location(span, artifact_index)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
        "properties": _properties(finding),
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    if finding.related:
        label = RELATED_LABELS.get(finding.verdict, "see also")
        result["relatedLocations"] = [
            {
                "id": i,
                **_location(other, artifact_index),
                "message": {"text": f"{label}: “{_flat(other.text)}”"},
            }
            for i, other in enumerate(finding.related, start=1)
        ]
    return result


def _message(finding: Finding) -> str:
    lines = [finding.message, f"Found: {finding.found}"]
    if finding.expected is not None:
        lines.append(f"Expected: {finding.expected.text}")
        if finding.expected.source:
            lines.append(f"Source: {finding.expected.source}")
    return "\n".join(lines)


def _location(span: Span, artifact_index: dict[str, int]) -> dict[str, Any]:
    """A span's place: the file (by index when it is an artifact), lines, columns, words."""
    region = {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": span.end_line,
        "endColumn": span.end_column,
        "snippet": {"text": span.text},
    }
    return {
        "physicalLocation": {
            "artifactLocation": _artifact_location(span.path, artifact_index.get(span.path)),
            "region": region,
        }
    }


def _error_location(error: FileError, artifact_index: dict[str, int]) -> dict[str, Any]:
    """A file error's place: the file, and its line and column when the problem has one."""
    location: dict[str, Any] = {
        "artifactLocation": _artifact_location(error.path, artifact_index.get(error.path))}
    if error.line is not None:
        location["region"] = {"startLine": error.line}
        if error.column is not None:
            location["region"]["startColumn"] = error.column
    return location


def _properties(finding: Finding) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "verdict": finding.verdict,
        "severity": finding.severity,
        "found": finding.found,
        "sentence": finding.span.sentence,
    }
    claim = finding.claim
    if claim is not None:
        properties.update(subject=claim.subject, attribute=claim.attribute)
        if claim.speaker:
            properties["speaker"] = claim.speaker
    if finding.expected is not None:
        properties["expected"] = finding.expected.text
        if finding.expected.source:
            properties["source"] = finding.expected.source
        if finding.expected.rule_place:
            properties["rulePlace"] = finding.expected.rule_place
    return properties


def _invocation(report: Report, artifact_index: dict[str, int]) -> dict[str, Any]:
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{error.place}: {error.message}"},
            "descriptor": {"id": "file-error"},
            "locations": [{"physicalLocation": _error_location(error, artifact_index)}],
        }
        for error in report.errors
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _flat(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) to one space."""
    return " ".join(text.split())
