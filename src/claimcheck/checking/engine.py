"""Runs every check over the analysed documents: facts, policies, consistency, unverified."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable

from claimcheck.checking import consistency, facts, suppressions
from claimcheck.checking.context import AnalysedDocument, CheckContext
from claimcheck.checking.describe import claim_text, fact_text, unit_words
from claimcheck.checking.policies import checker
from claimcheck.claims.model import RESTRICTED, Claim
from claimcheck.findings import Expected, Finding, Span
from claimcheck.rules.model import RuleSet
from claimcheck.worthiness import DEFAULT_THRESHOLD, check_worthiness

UNVERIFIED_RULE = "claim-unverified"
"""The rule id of claims no fact covers."""


def check(documents: Iterable[AnalysedDocument], rules: RuleSet, as_of: dt.date,
          worthiness_threshold: float = DEFAULT_THRESHOLD) -> list[Finding]:
    """Every finding for ``documents``, sorted by place.

    A claim no fact covers is ``unverified`` only when its sentence's
    check-worthiness reaches ``worthiness_threshold``.
    """
    findings: list[Finding] = []
    judged: list[facts.Judgement] = []
    undecided: list[Claim] = []
    flagged: set[int] = set()
    seen: list[AnalysedDocument] = []
    for document in documents:  # (each document's own checks as it comes)
        seen.append(document)
        context = CheckContext(document, rules, as_of)
        for policy in rules.policies:
            for found in checker(policy)(policy, context):
                findings.append(found)
                if found.claim is not None:
                    flagged.add(id(found.claim))
        for claim in document.claims:
            judgement = facts.judge(claim, rules)
            if judgement is not None:
                judged.append(judgement)
            elif claim.asserted:
                undecided.append(claim)
    findings.extend(_fact_findings(judged, rules))
    findings.extend(_stale(judged, rules, as_of))
    setting = next((p for p in rules.policies if p.kind == "consistency"), None)
    findings.extend(consistency.check(
        undecided, rules, involved=flagged,
        severity=setting.severity if setting else "warning",
        rule=setting.id if setting else consistency.RULE_ID))
    scores: dict[str, float] = {}
    # a figure in another unit than its fact is reported even beside a policy's flag: the
    # reviewer must compare it by hand
    findings.extend(_unverified(c, rules) for c in undecided
                    if c.attribute in rules.attributes  # untyped claims are only compared
                    and _informative(c)
                    and (facts.in_other_unit(c, rules) is not None
                         or (id(c) not in flagged
                             and _worthiness(c, scores) >= worthiness_threshold)))
    findings = suppressions.apply(findings, seen, rules)
    return sorted(findings, key=Finding.sort_key)


def _fact_findings(judged: list[facts.Judgement], rules: RuleSet) -> list[Finding]:
    """Supported and contradicted findings; a contradiction lists the claims that agree
    with the same fact (the places that got it right)."""
    agreeing: dict[str, list[Claim]] = defaultdict(list)
    for judgement in judged:
        if judgement.agrees and not _bound_only(judgement.claim):
            agreeing[judgement.fact.id].append(judgement.claim)
    result = []
    for judgement in judged:
        related: tuple[Span, ...] = ()
        if not judgement.agrees:
            others = agreeing.get(judgement.fact.id, [])
            related = tuple(Span.of_claim(o) for o in others[:facts.MAX_RELATED])
        result.append(facts.finding(judgement, rules, related))
    return result


def _worthiness(claim: Claim, scores: dict[str, float]) -> float:
    """The check-worthiness of the claim's sentence, scored once per sentence text (only
    claims no fact covers need it, so it is computed here rather than for every claim)."""
    if claim.worthiness is not None:
        return claim.worthiness
    score = scores.get(claim.sentence)
    if score is None:
        score = scores[claim.sentence] = check_worthiness(claim.sentence)
    return score


def _stale(judged: list[facts.Judgement], rules: RuleSet, as_of: dt.date) -> list[Finding]:
    """Claims right on their document's date that the facts valid at ``as_of`` contradict."""
    result = []
    for then in judged:
        date = then.claim.date
        if not then.agrees or date is None or date >= as_of or then.claim.period is not None:
            continue
        now = facts.judge(then.claim, rules, as_of)
        if now is not None and not now.agrees:
            result.append(facts.stale_finding(then, now, as_of, rules))
    return result


def _bound_only(claim: Claim) -> bool:
    """The age bound that "since 1982" implies (before 1983): it agrees with almost any
    founding year, so it is neither worth sourcing nor worth citing beside a
    contradiction ("for more than a century" is a claim of its own, and stays)."""
    interval = claim.value.interval
    return (claim.value.kind == "year" and "age" in claim.qualifiers and interval is not None
            and interval.low == -math.inf
            and any(q.startswith("since ") for q in claim.qualifiers))


def _informative(claim: Claim) -> bool:
    """A claim with something to source: not "some of its sneakers" (any share at all),
    nor the bound on an age that "since 2019" implies ("has run the company since 2019"
    says the company existed then, which is only worth a flag when a fact contradicts it),
    nor a place that only picks out the things made there ("the pieces made in Ohio"
    takes it as known)."""
    interval = claim.value.interval
    if _bound_only(claim) or RESTRICTED in claim.qualifiers:
        return False
    return not (claim.value.kind == "share" and interval is not None
                and interval.low <= 0 and interval.high >= 1)


def _unverified(claim: Claim, rules: RuleSet) -> Finding:
    attribute = rules.attributes.get(claim.attribute)
    label = attribute.name if attribute and attribute.name else claim.attribute
    if claim.scope:  # "number of workshops in Cumbria", when the facts count elsewhere
        label += f" in {rules.name(claim.scope)}"
    other = facts.in_other_unit(claim, rules)
    if other is not None and attribute is not None:
        # "C$42 million" against a fact in US dollars: say so, rather than "no fact"
        return Finding(
            rule=UNVERIFIED_RULE,
            verdict="unverified",
            severity="info",
            message=(f"A fact about {rules.name(claim.subject)} ({label}) is in "
                     f"{unit_words(str(other.unit))}, the article's figure in "
                     f"{unit_words(str(claim.value.unit))}; claimcheck does not convert "
                     "between them, so a reviewer should compare them by hand (or the "
                     "rules should give the fact in the article's unit too)."),
            span=Span.of_claim(claim),
            found=claim_text(claim, rules),
            claim=claim,
            expected=Expected(fact_text(other, attribute, rules), other.value,
                              other.tolerance or None, other.source,
                              str(rules.origins[other.id]) if other.id in rules.origins
                              else None),
        )
    when = "" if not rules.has_facts(claim.subject, claim.attribute) else (
        f" valid on {claim.date.isoformat()}" if claim.date else "")
    return Finding(
        rule=UNVERIFIED_RULE,
        verdict="unverified",
        severity="info",
        message=(f"No fact{when} in the rules covers this claim about "
                 f"{rules.name(claim.subject)} ({label}); a reviewer should source it."),
        span=Span.of_claim(claim),
        found=claim_text(claim, rules),
        claim=claim,
        expected=Expected(f"a fact for {rules.name(claim.subject)} / {claim.attribute} "
                          "in the rules, or a cited source"),
    )
