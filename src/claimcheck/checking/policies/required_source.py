"""Policy kind ``required-source``: figures on some attributes must cite a source.

A reviewer cannot check "$155 million invested" without knowing who said it.
Claims on the configured attributes pass when the same or the next sentence
(in the same paragraph) holds a hyperlink or a source phrase ("according to",
"reported", a footnote mark).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Literal

from claimcheck.checking.context import AnalysedDocument, CheckContext
from claimcheck.checking.policies.terms import nearby
from claimcheck.findings import Expected, Finding, Span
from claimcheck.rules.fields import Identifier, Pattern, RuleBase

DEFAULT_SOURCES = [
    r"according to", r"(?:said|says|told|reported|reports|announced|estimates?)\b",
    r"\[\d+\]", r"\(source[:\s]", r"source:", r"https?://", r"\bper (?:the|a|its)\b",
    # "the company confirmed on Monday", "as set out in note 17 to the accounts"
    r"\bconfirm(?:s|ed)\b", r"\bdisclosed\b",
    r"\bas (?:set out|shown|stated|disclosed|reported|published|detailed) in\b",
]


class Config(RuleBase):
    """A ``required-source`` policy: which attributes need one, what counts as one."""

    kind: Literal["required-source"]
    attributes: list[Identifier]
    sources: list[Pattern] = DEFAULT_SOURCES
    window: int = 1


def check(config: Config, context: CheckContext) -> Iterator[Finding]:
    """Flag claims on the configured attributes with no source nearby."""
    document = context.document
    starts = [s.start for s in document.sentences]
    for claim in document.claims:
        if claim.attribute not in config.attributes or not claim.asserted:
            continue
        index = max(bisect.bisect_right(starts, claim.start) - 1, 0)
        if nearby(document, index, config.sources, config.window) or _linked(document, index,
                                                                               config.window):
            continue
        yield Finding(
            rule=config.id,
            verdict="policy",
            severity=config.severity,
            message=config.message,
            span=Span.of_claim(claim),
            found=f"“{claim.value.text}” with no source in this or the next sentence",
            claim=claim,
            expected=Expected("a link, a footnote or an attribution (\"according to ...\") "
                              "next to the figure"),
        )


def _linked(document: AnalysedDocument, index: int, window: int) -> bool:
    sentences = document.sentences
    block = sentences[index].block
    last = min(index + window, len(sentences) - 1)
    spans = [(s.start, s.end) for s in sentences[index:last + 1] if s.block == block]
    return any(start < link_end and link_start < end
               for link_start, link_end in document.links for start, end in spans)
