"""Policy kind ``environmental``: general environmental benefit claims need qualifying.

The FTC Green Guides (16 CFR 260.4) call unqualified general claims such as
"eco-friendly" or "sustainable" deceptive because they cannot be
substantiated; a claim passes when the same or the next sentence qualifies it
(a certification, a figure, a source).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from claimcheck.checking.context import CheckContext
from claimcheck.checking.policies.terms import matches, nearby, term_finding
from claimcheck.findings import Finding
from claimcheck.rules.fields import Pattern, RuleBase

MOODS = frozenset({"statement", "heading", "conditional", "imperative"})


class Config(RuleBase):
    """An ``environmental`` policy: terms to flag and qualifications that clear them."""

    kind: Literal["environmental"]
    patterns: list[Pattern]
    qualifiers: list[Pattern] = []
    window: int = 1


def check(config: Config, context: CheckContext) -> Iterator[Finding]:
    """Flag each unqualified environmental term in the document."""
    document = context.document
    for index, sentence, match in matches(document, config.patterns, MOODS):
        if nearby(document, index, config.qualifiers, config.window):
            continue
        yield term_finding(
            config, document, sentence, match,
            f"“{match.group()}” with no qualification in this or the next sentence",
            "a specific, substantiated benefit (a figure, a certification or a source) in the "
            "same or the next sentence")
