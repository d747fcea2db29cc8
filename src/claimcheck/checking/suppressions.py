"""Suppression comments: silence named rules on the next sentence, with a reason.

A suppression that silences nothing is reported (``suppression-unused``), so
stale ones do not pile up; one without a reason is reported
(``suppression-invalid``) and silences nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from claimcheck.checking.context import AnalysedDocument
from claimcheck.config import matches
from claimcheck.documents.directives import Directive
from claimcheck.findings import Expected, Finding, Span
from claimcheck.rules.model import RuleSet

UNUSED_RULE = "suppression-unused"
INVALID_RULE = "suppression-invalid"


def apply(findings: list[Finding], documents: Iterable[AnalysedDocument],
          rules: RuleSet) -> list[Finding]:
    """``findings`` without the suppressed flags, plus findings about the suppressions."""
    by_path = {d.path: d for d in documents if d.directives}
    if not by_path:
        return findings
    silenced: set[int] = set()
    extra: list[Finding] = []
    for document in by_path.values():
        starts = [s.start for s in document.sentences]
        own = [f for f in findings if f.span.path == document.path and f.is_flag]
        for directive in document.directives:
            if directive.reason is None:
                extra.append(_about(directive, document, INVALID_RULE, "error",
                                    "A suppression needs a reason: write "
                                    "<!-- claimcheck: ignore RULE -- why it does not apply -->."))
                continue
            hits = _targets(directive, document, starts, own, rules)
            silenced.update(id(f) for f in hits)
            if not hits:
                extra.append(_about(directive, document, UNUSED_RULE, "warning",
                                    "This suppression silences nothing in the next sentence; "
                                    "remove it or name the rule that fires there."))
    return [f for f in findings if id(f) not in silenced] + extra


def _targets(directive: Directive, document: AnalysedDocument, starts: list[int],
             flags: list[Finding], rules: RuleSet) -> list[Finding]:
    index = bisect.bisect_left(starts, directive.offset)
    if index >= len(document.sentences):
        return []
    sentence = document.sentences[index]
    return [f for f in flags if sentence.start <= f.span.start < sentence.end
            and matches(f.rule, list(directive.rules), rules.tags(f.rule))]


def _about(directive: Directive, document: AnalysedDocument, rule: str, severity: str,
           message: str) -> Finding:
    span = Span(document.path, directive.line, directive.column, directive.line,
                directive.column + len(directive.text), directive.text, directive.text)
    return Finding(rule=rule, verdict="policy", severity=severity,  # type: ignore[arg-type]
                   message=message, span=span, found=directive.text,
                   expected=Expected("<!-- claimcheck: ignore RULE-ID -- reason --> on the line "
                                     "above the sentence it applies to"))
