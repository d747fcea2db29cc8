"""Policy kind ``superlative``: superlatives and comparatives need a source.

"Unparalleled", "the most comfortable" or "better than" state a comparison
with every competitor; a reviewer should see who measured it. A source word
("according to", "survey", "rated") in the same sentence clears the flag, and so
does a wish or aim before it ("we would rather be the best", "aims to be the most").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from claimcheck.checking.context import CheckContext
from claimcheck.checking.policies.terms import matches, nearby, term_finding
from claimcheck.findings import Finding
from claimcheck.rules.fields import Pattern, RuleBase

MOODS = frozenset({"statement", "heading"})
# a wish or aim before the superlative ("will be the most modern" and "I would say ... the
# finest" still claim)
_WISH = re.compile(r"\b(?:would rather|would sooner|(?:would like|wants?|wanted|aims?|aimed|"
                   r"strives?|hopes?|hoped|tries|try|trying|aspires?) to)\s+be\b[^.;:,]*\Z",
                   re.IGNORECASE)


class Config(RuleBase):
    """A ``superlative`` policy: superlative terms, and sources that clear them."""

    kind: Literal["superlative"]
    patterns: list[Pattern]
    sources: list[Pattern] = []
    window: int = 0


def check(config: Config, context: CheckContext) -> Iterator[Finding]:
    """Flag each superlative without a source nearby."""
    document = context.document
    for index, sentence, match in matches(document, config.patterns, MOODS):
        if nearby(document, index, config.sources, config.window):
            continue
        if _WISH.search(sentence.text, 0, match.start()):
            continue  # "We would rather be the best brewery on our street": a wish
        yield term_finding(config, document, sentence, match,
                           f"“{match.group()}” with no source for the comparison",
                           "a source for the comparison (a study, a ranking, a test)")
