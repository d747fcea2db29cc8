"""Policy kind ``origin``: an unqualified "Made in USA" needs "all or virtually all".

Under the FTC's Made in USA standard (16 CFR 323) an unqualified origin claim
means all or virtually all of the product is made in the country. An origin
claim about a subject whose known domestic share is below ``threshold`` is
flagged unless the claim is qualified (a share, "some", "assembled from
imported parts"), which the extractor turns into a share claim instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from claimcheck.checking.context import CheckContext
from claimcheck.claims.model import RESTRICTED, Claim
from claimcheck.findings import Expected, Finding, Span
from claimcheck.rules.fields import Identifier, RuleBase


class Config(RuleBase):
    """An ``origin`` policy: which place, which share attribute, which threshold."""

    kind: Literal["origin"]
    attribute: Identifier
    """The place attribute origin claims use (``made-in``)."""
    share_attribute: Identifier
    """The attribute holding the subject's domestic share."""
    place: Identifier
    """The country the standard is about."""
    threshold: float = Field(default=0.9, gt=0, le=1)


def check(config: Config, context: CheckContext) -> Iterator[Finding]:
    """Flag unqualified origin claims about subjects with a low domestic share."""
    rules = context.rules
    for claim in context.document.claims:
        if not _is_unqualified_origin(config, claim, context):
            continue
        for fact in rules.facts_for(claim.subject, config.share_attribute, claim.date):
            high = _upper(fact.value) + fact.tolerance
            if high >= config.threshold:
                continue
            share = f"{_upper(fact.value):.0%}"
            yield Finding(
                rule=config.id,
                verdict="policy",
                severity=config.severity,
                message=config.message,
                span=Span.of_claim(claim),
                found=f"an unqualified claim that {rules.name(claim.subject)} is made in "
                f"{rules.name(claim.value.ref or config.place)} (“{claim.text}”)",
                claim=claim,
                expected=Expected(
                    f"a qualified claim: only about {share} is made in "
                    f"{rules.name(config.place)}, below the {config.threshold:.0%} "
                    "'all or virtually all' standard",
                    value=fact.value,
                    tolerance=fact.tolerance,
                    source=fact.source,
                    rule_place=str(rules.origins.get(fact.id, "")) or None,
                ),
            )
            break


def _is_unqualified_origin(config: Config, claim: Claim, context: CheckContext) -> bool:
    """An unqualified place claim, or a claim that *every* item is made there.

    "Every pair is made in the USA" is the unqualified claim in other words;
    "nearly all" states the standard itself and is left to the share fact.
    """
    if not claim.asserted or claim.negated or RESTRICTED in claim.qualifiers:
        return False  # ("the pieces made in Ohio" picks out some, claims nothing of all)
    if claim.attribute == config.share_attribute:
        interval = claim.value.interval
        return interval is not None and interval.low >= 1
    return (
        claim.attribute == config.attribute
        and claim.value.ref is not None
        and context.rules.within(claim.value.ref, config.place)
    )


def _upper(value: object) -> float:
    if isinstance(value, list):
        return float(value[1])
    return float(value)  # type: ignore[arg-type]
