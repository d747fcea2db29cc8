"""``--format github``: GitHub Actions workflow commands, one annotation per flag.

Printed in a workflow step, each line becomes an annotation on the pull
request's diff: ``::error`` for error-level flags, ``::warning`` and
``::notice`` for the others, and ``::error`` for a file that could not be read.
There is no summary line: anything that is not a command would be printed to
the log as is, and the text format already gives a summary.
"""

from __future__ import annotations

from claimcheck.findings import Finding
from claimcheck.report.formats.common import details, related_label
from claimcheck.report.model import FileError, Report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
"""claimcheck severity → workflow command."""
DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
"""GitHub's escapes for a command's message (``%`` first, so escapes stay intact)."""
PROPERTY_ESCAPES = (*DATA_ESCAPES, (":", "%3A"), (",", "%2C"))
"""Properties also escape the characters that separate them."""
"""How a related place stands to the flagged claim, by verdict."""


def render(report: Report) -> str:
    """One workflow command per flag, then one per file error; a trailing newline."""
    lines = [_annotation(f) for f in report.flags]
    lines += [_file_error(e) for e in report.errors]
    return "".join(line + "\n" for line in lines)


def escape_data(text: str) -> str:
    """``text`` made safe as a command's message."""
    for raw, escaped in DATA_ESCAPES:
        text = text.replace(raw, escaped)
    return text


def escape_property(text: str) -> str:
    """``text`` made safe as a property value (``file=``, ``title=``)."""
    for raw, escaped in PROPERTY_ESCAPES:
        text = text.replace(raw, escaped)
    return text


def command(name: str, message: str, **properties: str | int) -> str:
    """A workflow command line: ``::name key=value,...::message``, everything escaped."""
    pairs = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + pairs if pairs else ''}::{escape_data(message)}"


def _annotation(finding: Finding) -> str:
    span = finding.span
    place: dict[str, str | int] = {"file": span.path, "line": span.line}
    if span.end_line == span.line:
        # GitHub ignores columns on a multi-line annotation, and its endColumn is
        # the last column of the span, where claimcheck's is the one just past it.
        place.update(
            col=span.column, endLine=span.end_line, endColumn=max(span.column, span.end_column - 1)
        )
    else:
        place["endLine"] = span.end_line
    return command(
        COMMANDS[finding.severity],
        _message(finding),
        **place,
        title=f"{finding.rule} ({finding.verdict})",
    )


def _message(finding: Finding) -> str:
    lines = [finding.message, f"> {_flat(finding.span.sentence)}"]
    lines += [f"{label}: {text}" for label, text in details(finding)]
    label = related_label(finding)
    lines += [f"{label}: {other.path}:{other.line}:{other.column}" for other in finding.related]
    return "\n".join(lines)


def _file_error(error: FileError) -> str:
    place: dict[str, str | int] = {"file": error.path}
    if error.line is not None:
        place["line"] = error.line
        if error.column is not None:
            place["col"] = error.column
    return command("error", error.message, **place)


def _flat(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) to one space."""
    return " ".join(text.split())
