"""Baselines: record today's flags so that CI fails only on new ones.

A baseline is a JSON file of fingerprints (:mod:`claimcheck.report.fingerprint`):
they ignore line numbers and whitespace, so moving or reflowing a paragraph
keeps a flag baselined, while changing the claimed value makes it new.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from claimcheck.errors import UsageError
from claimcheck.report.fingerprint import fingerprint
from claimcheck.report.model import Report

SCHEMA = "claimcheck/baseline/v1"


def write(report: Report, path: Path) -> int:
    """Write the report's flags as a baseline; return how many."""
    entries = sorted(
        ({"fingerprint": fingerprint(f), "rule": f.rule, "path": f.span.path,
          "text": " ".join(f.span.text.split())} for f in report.flags),
        key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    data = {"schema": SCHEMA, "flags": entries}
    try:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--write-baseline {path}: cannot write: {exc.strerror or exc}") from None
    return len(entries)


def load(path: Path) -> set[str]:
    """The fingerprints of a baseline file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("schema") != SCHEMA:
            raise ValueError(f"schema is {data.get('schema')!r}, expected {SCHEMA!r}")
        return {entry["fingerprint"] for entry in data["flags"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UsageError(f"--baseline {path}: not a claimcheck baseline ({exc}); create one "
                         "with --write-baseline") from None


def apply(report: Report, known: set[str]) -> Report:
    """The report without the flags the baseline already has."""
    kept = tuple(f for f in report.findings if not (f.is_flag and fingerprint(f) in known))
    return replace(report, findings=kept, baselined=len(report.findings) - len(kept))
