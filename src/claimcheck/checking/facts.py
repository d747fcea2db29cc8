"""Rule kind ``fact``: compare a claim with the facts valid at its document's date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claimcheck.checking.describe import claim_text, fact_text
from claimcheck.claims.model import Claim
from claimcheck.findings import Expected, Finding, Span
from claimcheck.intervals import Interval
from claimcheck.quantities import convert
from claimcheck.rules.model import RuleSet
from claimcheck.rules.schema import FactSpec


@dataclass(frozen=True, slots=True)
class Judgement:
    """The fact that decided a claim, and whether the claim agrees with it."""

    claim: Claim
    fact: FactSpec
    agrees: bool
    whole: str | None = None
    """The fact's place, when the claim is about a part of it (and exceeds the whole)."""
    of_all: bool = False
    """The fact counts them all, wherever they are, and the claim those in one place."""
    by_share: bool = False
    """The fact is the share of the making done where the claim says it is (or is not)
    made."""


def judge(claim: Claim, rules: RuleSet, date: dt.date | None = None) -> Judgement | None:
    """The verdict of the facts valid on ``date`` (default: the claim's own date) on
    ``claim``, or None when no fact covers it."""
    if not claim.asserted:
        return None
    facts = [f for f in rules.facts_for(claim.subject, claim.attribute, date or claim.date)
             if _same_scope(claim, f, rules)]
    comparable = [(f, agrees(claim, f, rules)) for f in facts]
    comparable = [(f, a) for f, a in comparable if a is not None]
    if not comparable:
        return (_against_whole(claim, rules, date or claim.date)
                or _against_share(claim, rules, date or claim.date))
    for fact, agreement in comparable:
        if agreement:
            return Judgement(claim, fact, True)
    return Judgement(claim, comparable[0][0], False)


def in_other_unit(claim: Claim, rules: RuleSet) -> FactSpec | None:
    """A fact about the claim that states it in another unit, which claimcheck does not
    convert ("C$42 million" against a fact in US dollars): the claim is neither supported
    nor contradicted, and the reviewer should be told why."""
    value = claim.value
    if value.interval is None or value.unit is None:
        return None
    return next((f for f in rules.facts_for(claim.subject, claim.attribute, claim.date)
                 if _same_scope(claim, f, rules) and not isinstance(f.value, str)
                 and f.unit and convert.factor(value.unit, f.unit) is None), None)


def _against_whole(claim: Claim, rules: RuleSet, date: dt.date | None) -> Judgement | None:
    """A count, amount or share for a part of a fact's place cannot exceed the fact's:
    "12 million pairs a year in New England" contradicts "4 million pairs a year in the
    USA", and "half of the shoes are made in Maine" contradicts "a quarter in the USA".
    Against a fact that counts them all, wherever they are (neither fact nor attribute has a
    place), a count or amount in a place also agrees when equal: "two workshops in North
    Carolina" with "two workshops" (all of them there); one there says nothing of the rest."""
    scope, interval = claim.scope, claim.value.interval
    if scope is None or interval is None or claim.negated:
        return None
    attribute = rules.attributes.get(claim.attribute)  # (not an untyped figure's "~...")
    # shares add up over parts too: half from Maine is more than 25% from the US
    if attribute is None or attribute.type not in ("count", "quantity", "share"):
        return None
    for fact in rules.facts_for(claim.subject, claim.attribute, date):
        if isinstance(fact.value, str) or (fact.unit and claim.value.unit
                                           and fact.unit != claim.value.unit):
            continue
        whole = fact.place or attribute.place
        of_all = whole is None and attribute.type != "share"
        if not of_all and (whole is None or whole == scope or not rules.within(scope, whole)):
            continue
        if interval.low > fact_interval(fact).high:
            return Judgement(claim, fact, False, whole=whole, of_all=of_all)
        if of_all and agrees(claim, fact, rules):
            return Judgement(claim, fact, True, of_all=True)
    return None


def _against_share(claim: Claim, rules: RuleSet, date: dt.date | None) -> Judgement | None:
    """Where something is made, against the share of the subject's making done in a place
    (the rules give a share attribute with that place and the same cue words of making):
    "no longer makes mattresses in America" is contradicted by a US share above nothing and
    supported by none; "makes its shoes in the US" or "made in Maine" is contradicted by
    none in the US."""
    ref, attribute = claim.value.ref, rules.attributes.get(claim.attribute)
    if claim.value.kind != "place" or ref is None or attribute is None:
        return None
    making = set(attribute.cues)
    for share in rules.attributes.values():
        if share.type != "share" or share.place is None or not making & set(share.cues):
            continue
        if claim.negated and not rules.within(share.place, ref):
            continue  # (not made in Maine says nothing of the US share)
        if not claim.negated and not rules.within(ref, share.place):
            continue
        for fact in rules.facts_for(claim.subject, share.id, date):
            if isinstance(fact.value, str) or fact.place not in (None, share.place):
                continue
            known = fact_interval(fact)
            if known.low > 0 and claim.negated:  # some made there
                return Judgement(claim, fact, False, by_share=True)
            # (a share above nothing does not support "makes its shoes in the US", which
            # may mean all of them: the Made-in-USA policy's concern)
            if known.high <= 0:  # none made there
                return Judgement(claim, fact, claim.negated, by_share=True)
    return None


def _same_scope(claim: Claim, fact: FactSpec, rules: RuleSet) -> bool:
    if fact.place is not None:
        return claim.scope == fact.place
    default = rules.attributes[fact.attribute].place
    return claim.scope is None or claim.scope == default


def fact_interval(fact: FactSpec, kind: str = "") -> Interval:
    """A numeric fact's value widened by its tolerance; a year spans the whole year."""
    value = fact.value
    low, high = (float(value[0]), float(value[1])) if isinstance(value, list) else (
        float(value), float(value))  # type: ignore[arg-type]
    if kind == "year":
        return Interval(low - fact.tolerance, high + 1 + fact.tolerance, high_open=True)
    return Interval(low - fact.tolerance, high + fact.tolerance)


def agrees(claim: Claim, fact: FactSpec, rules: RuleSet) -> bool | None:
    """True or False when the fact decides the claim; None when they can't be compared."""
    value = claim.value
    if value.interval is not None:
        if isinstance(fact.value, str):
            return None
        if fact.unit and value.unit and fact.unit != value.unit:
            return None
        kind = rules.attributes[fact.attribute].type
        known = fact_interval(fact, kind)
        if claim.negated:  # "was not founded in 1972": agrees when the fact lies outside,
            if not value.interval.overlaps(known):  # contradicts when wholly inside
                return True
            return False if known.within(value.interval) else None
        return value.interval.overlaps(known)
    if value.ref is None:
        return None
    if value.kind == "place":
        same = rules.within(value.ref, str(fact.value)) or rules.within(str(fact.value), value.ref)
    else:
        same = value.ref == fact.value
    return same != claim.negated


STALE_RULE = "claim-stale"
"""The rule id of claims that were right when written and are not any more."""


def stale_finding(then: Judgement, now: Judgement, as_of: dt.date, rules: RuleSet) -> Finding:
    """A claim its document's date supports and ``as_of`` contradicts."""
    claim = then.claim
    attribute = rules.attributes[now.fact.attribute]
    was, is_now = fact_text(then.fact, attribute, rules), fact_text(now.fact, attribute, rules)
    written = claim.date.isoformat() if claim.date else "when written"
    return Finding(
        rule=STALE_RULE,
        verdict="policy",
        severity="warning",
        message=(f"Right when written ({written}: {was}) but out of date on "
                 f"{as_of.isoformat()}: the rules now say {is_now}. Update the article or "
                 "date the claim."),
        span=Span.of_claim(claim),
        found=claim_text(claim, rules),
        claim=claim,
        expected=Expected(is_now, now.fact.value, now.fact.tolerance or None, now.fact.source,
                          str(rules.origins[now.fact.id]) if now.fact.id in rules.origins
                          else None),
    )


MAX_RELATED = 20
"""A contradiction lists at most this many agreeing places (a large corpus has thousands)."""


def finding(judgement: Judgement, rules: RuleSet, related: tuple[Span, ...] = ()) -> Finding:
    """The finding for a judged claim: ``supported`` or ``contradicted``."""
    claim, fact = judgement.claim, judgement.fact
    attribute = rules.attributes[fact.attribute]
    expected_text = fact_text(fact, attribute, rules)
    found = claim_text(claim, rules)
    label = attribute.name or attribute.id
    subject = rules.name(claim.subject)
    if judgement.agrees and judgement.of_all and claim.scope is not None:
        message = (f"Agrees with a known fact about {subject} ({label}): {expected_text} in "
                   f"all, so all of them in {rules.name(claim.scope)}, if the article is right "
                   f"about where (the rules do not say).")
    elif judgement.by_share:
        verb = "Agrees with" if judgement.agrees else "Contradicts"
        where = rules.name(attribute.place) if attribute.place else "there"
        said = "not made" if claim.negated else "made"
        message = (f"{verb} a known fact about {subject} ({label}): the rules say "
                   f"{expected_text} of its making is in {where}; the article says it is "
                   f"{said} in {rules.name(claim.value.ref or '')}.")
    elif judgement.agrees:
        message = f"Agrees with a known fact about {subject} ({label}): {expected_text}."
    elif judgement.of_all and claim.scope is not None:
        part = rules.name(claim.scope)
        message = (f"Contradicts a known fact about {subject} ({label}): the rules say "
                   f"{expected_text} in all, and the article says {found} in {part} alone.")
    elif judgement.whole is not None and claim.scope is not None:
        part, whole = rules.name(claim.scope), rules.name(judgement.whole)
        message = (f"Contradicts a known fact about {subject} ({label}): the rules say "
                   f"{expected_text} in {whole}, and {part} is only part of it; the article "
                   f"says {found} in {part} alone.")
    else:
        message = (f"Contradicts a known fact about {subject} ({label}): the rules say "
                   f"{expected_text}, the article says {found}.")
    return Finding(
        rule=fact.id,
        verdict="supported" if judgement.agrees else "contradicted",
        severity="info" if judgement.agrees else fact.severity,
        message=message,
        span=Span.of_claim(claim),
        found=found,
        claim=claim,
        expected=Expected(expected_text, fact.value, fact.tolerance or None, fact.source,
                          str(rules.origins[fact.id]) if fact.id in rules.origins else None),
        related=related,
    )
