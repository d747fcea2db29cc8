"""Rule kind ``consistency``: claims that cannot all be true, where no fact decides.

Claims are grouped by (subject, attribute, scope) in one pass, so the check is
linear in the number of claims; within a group a claim conflicts when its
value cannot hold together with another's. Each conflicting group is one
finding at its first place, with every other place as related.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from claimcheck.checking.describe import claim_text
from claimcheck.claims.model import Claim
from claimcheck.findings import Expected, Finding, Severity, Span
from claimcheck.rules.model import RuleSet

RULE_ID = "claims-inconsistent"
"""The rule id inconsistency findings carry."""

Key = tuple[str, str, str | None]


def group(claims: Iterable[Claim]) -> dict[Key, list[Claim]]:
    """Claims by (subject, attribute, scope), in input order."""
    groups: dict[Key, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.subject, claim.attribute, claim.scope)].append(claim)
    return groups


def conflicting(claims: list[Claim], rules: RuleSet) -> list[Claim]:
    """The claims of one group that conflict with at least one other claim in it."""
    return [c for c in claims if any(_conflict(c, other, rules) for other in claims
                                     if other is not c)]


def _conflict(a: Claim, b: Claim, rules: RuleSet) -> bool:
    if a.value.interval is not None and b.value.interval is not None:
        if a.negated or b.negated:
            return False
        return not a.value.interval.overlaps(b.value.interval)
    if a.value.ref is None or b.value.ref is None:
        return False
    if a.value.kind == "category":
        return (a.value.ref == b.value.ref) == (a.negated != b.negated) and (
            a.value.ref == b.value.ref or not (a.negated or b.negated))
    if a.negated == b.negated:
        return False
    denied, stated = (a, b) if a.negated else (b, a)
    assert denied.value.ref and stated.value.ref
    return rules.within(stated.value.ref, denied.value.ref)


def check(claims: Iterable[Claim], rules: RuleSet,
          severity: Severity = "warning") -> Iterator[Finding]:
    """One ``inconsistent`` finding per group of conflicting claims."""
    for (subject, attribute, _), members in sorted(group(claims).items(),
                                                   key=lambda kv: _place(kv[1][0])):
        if len(members) < 2:
            continue
        bad = sorted(conflicting(members, rules), key=_place)
        if not bad:
            continue
        first, others = bad[0], bad[1:]
        spec = rules.attributes.get(attribute)
        label = (spec.name if spec and spec.name else attribute)
        values = "; ".join(f"{o.path}:{o.line} says {claim_text(o, rules)}" for o in others)
        yield Finding(
            rule=RULE_ID,
            verdict="inconsistent",
            severity=severity,
            message=(f"Claims about the {label} of {rules.name(subject)} disagree and no fact "
                     f"decides between them: here {claim_text(first, rules)}; {values}."),
            span=Span.of_claim(first),
            found=claim_text(first, rules),
            claim=first,
            expected=Expected("one value for every claim, or a fact in the rules that "
                              "decides which is right"),
            related=tuple(Span.of_claim(o) for o in others),
        )


def _place(claim: Claim) -> tuple[str, int, int]:
    return (claim.path, claim.line, claim.column)
