"""``--format junit``: a JUnit XML report, for CI systems that show test results.

Each article is a test case (``classname="claimcheck"``, ``name`` its path);
each flag in it is a ``<failure>`` whose ``type`` is the verdict, and a file
that could not be read is an ``<error>``. The counts follow the convention of
JUnit consumers: ``failures`` and ``errors`` count elements, ``tests`` counts
test cases. The XML is built with :mod:`xml.etree.ElementTree`, so article
text is always escaped, and carries no time or host name, so it is byte-stable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable

from claimcheck.findings import Finding
from claimcheck.report.formats.common import related_label
from claimcheck.report.model import FileError, Report

SUITE = "claimcheck"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold at all (not even as references), and lone surrogates."""
"""How a related place stands to the flagged claim, by verdict."""


def render(report: Report) -> str:
    """The report as an indented JUnit XML document with a declaration and a trailing newline."""
    root = to_element(report)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def to_element(report: Report) -> ET.Element:
    """The ``<testsuites>`` element holding the one ``claimcheck`` suite."""
    flags: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.flags:
        flags[finding.span.path].append(finding)
    errors: dict[str, list[FileError]] = defaultdict(list)
    for error in report.errors:
        errors[error.path].append(error)
    # A failed file is normally a document too; an error without one still gets a case.
    paths = sorted({d.path for d in report.documents} | set(flags) | set(errors))
    counts = {
        "tests": str(len(paths)),
        "failures": str(len(report.flags)),
        "errors": str(len(report.errors)),
        "skipped": "0",
    }
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    _properties(suite, report)
    for path in paths:
        _case(suite, path, flags[path], errors[path])
    return root


def _properties(suite: ET.Element, report: Report) -> None:
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("claimcheck.version", report.version),
        ("claimcheck.as_of", report.as_of.isoformat()),
        ("claimcheck.claims", str(report.claims)),
    ):
        ET.SubElement(properties, "property", {"name": name, "value": value})


def _case(
    suite: ET.Element, path: str, flags: Iterable[Finding], errors: Iterable[FileError]
) -> None:
    case = ET.SubElement(
        suite, "testcase", {"classname": SUITE, "name": _clean(path), "file": _clean(path)}
    )
    for finding in flags:
        failure = ET.SubElement(
            case, "failure", {"type": finding.verdict, "message": _clean(finding.message)}
        )
        failure.text = _clean(_details(finding))
    for error in errors:
        element = ET.SubElement(
            case, "error", {"type": "file-error", "message": _clean(error.message)}
        )
        element.text = _clean(f"{error.place}: {error.message}")


def _details(finding: Finding) -> str:
    """The failure's text: place, sentence, found, expected, source, other places."""
    span = finding.span
    lines = [
        f"{span.path}:{span.line}:{span.column}  {finding.severity}  {finding.rule}",
        f"> {_flat(span.sentence)}",
        f"found:    {finding.found}",
    ]
    if finding.claim is not None and finding.claim.speaker:
        lines.append(f"said by:  {finding.claim.speaker}")
    expected = finding.expected
    if expected is not None:
        lines.append(f"expected: {expected.text}")
        if expected.source:
            lines.append(f"source:   {expected.source}")
        if expected.rule_place:
            lines.append(f"rule:     {expected.rule_place}")
    label = related_label(finding)
    lines += [
        f"{label}: {other.path}:{other.line}:{other.column}  “{_flat(other.text)}”"
        for other in finding.related
    ]
    return "\n".join(lines)


def _clean(text: str) -> str:
    """``text`` without the control characters XML 1.0 forbids (ElementTree would write them)."""
    return CONTROL.sub("\ufffd", text)


def _flat(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) to one space."""
    return " ".join(text.split())
