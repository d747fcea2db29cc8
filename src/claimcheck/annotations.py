"""Annotated fixture articles: expected flags written inside the article.

Borrowed from semgrep's rule tests: a comment on the line above a line of
prose names the rule that must flag it (``ruleid``), must not flag it
(``ok``); ``supported`` names the fact a claim must agree with. Known gaps are
marked ``todoruleid`` (should be flagged, is not yet), ``todosupported`` (should
be supported, is not yet) and ``todook`` (should
not be flagged, is); a gap that closes is reported so its mark gets promoted::

    <!-- ruleid: nb-founding-year -->
    New Balance was founded in 1972.

The harness is public so rule authors can test their own rules files the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.findings import Finding

_ANNOTATION = re.compile(
    r"<!--\s*(ruleid|ok|todoruleid|todook|supported|todosupported)\s*:\s*([\w.,\s-]+?)\s*-->")


@dataclass(frozen=True, slots=True)
class Expectation:
    """One annotation: ``kind`` of ``rule`` at ``line`` of ``path``."""

    path: str
    line: int
    kind: str
    rule: str
    last_line: int = 0
    """The last line of the block the annotation covers: a wrapped paragraph's lines or
    a table's rows (0: just ``line``)."""


@dataclass
class Score:
    """Per-rule counts: true positives, false positives, false negatives."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    """One line per mismatch: ``path:line: expected ... / unexpected ...``."""

    @property
    def passed(self) -> bool:
        """True when every annotation held."""
        return not self.problems


def expectations(path: Path, shown: str | None = None) -> list[Expectation]:
    """The annotations of a fixture file, each pointing at the next line of prose."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Expectation] = []
    pending: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        annotations = _ANNOTATION.findall(line)
        if annotations:
            for kind, rules in annotations:
                pending.extend((kind, rule.strip()) for rule in rules.split(",") if rule.strip())
            continue
        if pending and line.strip():
            last = _block_end(lines, number)
            found.extend(Expectation(shown or path.as_posix(), number, kind, rule, last)
                         for kind, rule in pending)
            pending = []
    return found


_NEW_ITEM = re.compile(r"\s*(?:[-*+]\s|\d+[.)]\s|#|<!--)")


def _block_end(lines: list[str], first: int) -> int:
    """The last line of the block starting at line ``first`` (1-based): a table's rows,
    or a paragraph's wrapped lines up to a blank line, a list item or a comment."""
    table = lines[first - 1].lstrip().startswith("|")
    last = first
    for line in lines[first:]:
        if not line.strip() or (table and not line.lstrip().startswith("|")) or (
                not table and _NEW_ITEM.match(line)):
            break
        last += 1
    return last


def score(expected: list[Expectation], findings: list[Finding], strict: bool = True) -> Score:
    """Compare annotations with findings.

    A flag counts on its own line; an inconsistency also on its related lines
    (it names every place of the conflict). With ``strict``, a flag on a line that no ``ruleid``
    annotation expects is a false positive too.
    """
    blocks = {(item.path, line): item.line for item in expected
              for line in range(item.line, max(item.line, item.last_line) + 1)}
    flagged: set[tuple[str, int, str]] = set()
    supported: set[tuple[str, int, str]] = set()
    for finding in findings:
        target = flagged if finding.is_flag else supported
        spans = (finding.span, *finding.related) if finding.verdict == "inconsistent" else (
            finding.span,)
        for span in spans:  # a flag anywhere in an annotated block counts at its first line
            line = blocks.get((span.path, span.line), span.line)
            target.add((span.path, line, finding.rule))
    result = Score()
    wanted: set[tuple[str, int, str]] = set()
    for item in expected:
        key = (item.path, item.line, item.rule)
        if item.kind in ("ruleid", "todoruleid", "todook"):
            wanted.add(key)
        if item.kind == "ruleid" and key in flagged:
            result.tp[item.rule] += 1
        elif item.kind == "ruleid":
            result.fn[item.rule] += 1
            result.problems.append(f"{item.path}:{item.line}: expected {item.rule}, not flagged")
        elif item.kind == "ok" and key in flagged:
            result.fp[item.rule] += 1
            result.problems.append(f"{item.path}:{item.line}: {item.rule} flagged, marked ok")
        elif item.kind == "todoruleid" and key in flagged:
            result.problems.append(f"{item.path}:{item.line}: todoruleid {item.rule} is now "
                                   "flagged; make it ruleid")
        elif item.kind == "todook" and key not in flagged:
            result.problems.append(f"{item.path}:{item.line}: todook {item.rule} is no longer "
                                   "flagged; make it ok")
        elif item.kind == "todosupported" and key in supported:
            result.problems.append(f"{item.path}:{item.line}: todosupported {item.rule} is now "
                                   "supported; make it supported")
        elif item.kind == "supported" and key not in supported:
            result.fn[item.rule] += 1
            result.problems.append(f"{item.path}:{item.line}: expected {item.rule} supported")
    if strict:
        paths = {item.path for item in expected}
        for key in sorted(flagged - wanted):
            if key[0] in paths:
                result.fp[key[2]] += 1
                result.problems.append(f"{key[0]}:{key[1]}: unexpected {key[2]}")
    return result
