"""Rule metadata for reports: one :class:`RuleInfo` per rule id a report mentions."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checking.consistency import RULE_ID as CONSISTENCY_RULE
from claimcheck.checking.engine import UNVERIFIED_RULE
from claimcheck.checking.facts import STALE_RULE
from claimcheck.checking.suppressions import INVALID_RULE, UNUSED_RULE
from claimcheck.report.model import RuleInfo
from claimcheck.rules.model import RuleSet

BUILT_IN = {
    UNVERIFIED_RULE: RuleInfo(
        UNVERIFIED_RULE, "unverified", "info",
        "A check-worthy claim about a known subject that no fact in the rules covers: "
        "a reviewer should find a source, or add the fact to the rules."),
    STALE_RULE: RuleInfo(
        STALE_RULE, "stale", "warning",
        "A claim that agreed with the facts on its article's date but not with the facts "
        "valid at the run's date: update the article or date the claim."),
    CONSISTENCY_RULE: RuleInfo(
        CONSISTENCY_RULE, "consistency", "warning",
        "Claims on the same subject and attribute that cannot all be true, where no fact "
        "decides which is right: every place is listed."),
}
"""Rules that are part of claimcheck rather than of a rules file."""
BUILT_IN[UNUSED_RULE] = RuleInfo(
    UNUSED_RULE, "suppression", "warning",
    "A <!-- claimcheck: ignore ... --> comment that silences nothing in the sentence after it.")
BUILT_IN[INVALID_RULE] = RuleInfo(
    INVALID_RULE, "suppression", "error",
    "A <!-- claimcheck: ignore ... --> comment without a reason after `--`; it silences nothing.")


def rule_infos(ids: Iterable[str], rules: RuleSet) -> tuple[RuleInfo, ...]:
    """Metadata for each rule id, from the rules files or the built-in rules."""
    facts = {f.id: f for f in rules.facts}
    policies = {p.id: p for p in rules.policies}
    infos = []
    for rule in sorted(set(ids)):
        place = str(rules.origins[rule]) if rule in rules.origins else None
        if rule in facts:
            fact = facts[rule]
            attribute = rules.attributes.get(fact.attribute)
            label = attribute.name if attribute and attribute.name else fact.attribute
            infos.append(RuleInfo(rule, "fact", fact.severity,
                                  f"The known {label} of {rules.name(fact.subject)}."
                                  + (f" {fact.note}" if fact.note else ""), fact.source, place))
        elif rule in policies:
            policy = policies[rule]
            infos.append(RuleInfo(rule, policy.kind, policy.severity,
                                  policy.description or policy.message, None, place))
        elif rule in BUILT_IN:
            infos.append(BUILT_IN[rule])
        else:
            infos.append(RuleInfo(rule, "unknown", "warning", rule))
    return tuple(infos)
