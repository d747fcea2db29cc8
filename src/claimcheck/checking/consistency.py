"""Rule kind ``consistency``: claims that cannot all be true, where no fact decides.

Claims are grouped by (subject, attribute, scope) in one pass, so the check is
linear in the number of claims; within a group a claim conflicts when its
value cannot hold together with another's. Each conflicting group is one
finding at its first place, with every other place as related.

A count, a share or a rate changes over time, so one the sentence dates to a past
year ("In 2012 it had 60 employees", a table's "2016" row) is compared only with
claims about that year: the others of that year, and undated claims in articles
of that year. Undated claims are compared with each other whatever their
articles' dates (a team's pages should agree on the present). Other values are
compared across years: a year dates the event ("opened the 150,000 square feet
expansion in 2022", "invested $65 million in 2018"), not a state that changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from claimcheck.checking.describe import claim_text
from claimcheck.claims.model import Claim
from claimcheck.findings import Expected, Finding, Severity, Span
from claimcheck.intervals import Interval
from claimcheck.quantities.convert import is_currency
from claimcheck.rules.model import RuleSet

RULE_ID = "claims-inconsistent"
"""The rule id inconsistency findings carry."""

Key = tuple[str, str, str | None, str | None]
EARLIER = "earlier value"
"""The qualifier of a claim read after "up from" / "down from": a value that held before."""


def group(claims: Iterable[Claim]) -> dict[Key, list[Claim]]:
    """Claims by (subject, attribute, scope), in input order."""
    groups: dict[Key, list[Claim]] = defaultdict(list)
    for claim in claims:
        if EARLIER in claim.qualifiers:
            continue  # "60 stores, up from 40 in 2015": not in conflict with the 60
        # (amounts in different currencies are not compared: "€140M" and "£120M" are not
        # in conflict as numbers)
        groups[(claim.subject, claim.attribute, claim.scope, _currency(claim))].append(claim)
    return groups


def _currency(claim: Claim) -> str | None:
    unit = claim.value.unit
    return unit if is_currency(unit) else None


def changes(claim: Claim, rules: RuleSet) -> bool:
    """Whether the claim's value is a state that changes over time: a count, a share or a
    rate ("14 million litres a year"); see the module's docstring."""
    kind = claim.value.kind
    if kind in ("count", "share"):
        return True
    if kind != "quantity":
        return False
    spec = rules.attributes.get(claim.attribute)
    return (spec is not None and spec.per is not None) or "_per_" in (claim.value.unit or "")


def by_year(claims: list[Claim], rules: RuleSet) -> list[tuple[int | None, list[Claim]]]:
    """The sets of a group's claims that speak of the same time, each with its year (None
    for the present of undated claims): see the module's docstring."""
    dated: dict[int, list[Claim]] = defaultdict(list)
    present = []
    for claim in claims:
        if claim.period is not None and changes(claim, rules):
            dated[claim.period].append(claim)
        else:
            present.append(claim)
    if not dated:
        return [(None, claims)]
    result: list[tuple[int | None, list[Claim]]] = [(None, present)] if present else []
    changing = [c for c in present if c.date is not None and changes(c, rules)]
    for year, members in sorted(dated.items()):
        of_year = [c for c in changing if c.date is not None and c.date.year == year]
        result.append((year, sorted([*members, *of_year], key=_place)))
    return result


def conflicting(claims: list[Claim], rules: RuleSet) -> list[Claim]:
    """The claims of one group that conflict with at least one other claim in it.

    Linear in the group: a numeric claim is disjoint from some other claim
    exactly when it is disjoint from the one reaching highest from below or
    lowest from above, so only those two are compared.
    """
    numeric = [c for c in claims if c.value.interval is not None and not c.negated]
    named = [c for c in claims if c.value.ref is not None]
    counts = Counter((c.value.ref, c.negated) for c in named)
    return _numeric_conflicts(numeric) + [c for c in named if _ref_conflict(c, counts, rules)]


def _numeric_conflicts(claims: list[Claim]) -> list[Claim]:
    if len(claims) < 2:
        return []
    intervals: dict[int, Interval] = {id(c): c.value.interval for c in claims
                                      if c.value.interval is not None}
    by_low = sorted(claims, key=lambda c: (intervals[id(c)].low, intervals[id(c)].low_open),
                    reverse=True)[:2]
    by_high = sorted(claims, key=lambda c: (intervals[id(c)].high,
                                            not intervals[id(c)].high_open))[:2]
    result = []
    for claim in claims:
        interval = intervals[id(claim)]
        highest = by_low[1] if by_low[0] is claim else by_low[0]
        lowest = by_high[1] if by_high[0] is claim else by_high[0]
        if any(not interval.overlaps(intervals[id(o)]) for o in (highest, lowest)):
            result.append(claim)
    return result


def _untyped_conflicts(claims: list[Claim]) -> list[Claim]:
    """The conflicting claims of an untyped group, pair by pair: with no attribute to say
    what they measure, two figures of one sentence are of two things ("made a €22
    Saint-Émilion taste like a €40 one"), so only figures of different sentences conflict.
    (Untyped groups are small: a figure's nearest word and unit are seldom repeated.)"""
    numeric = [(c, c.value.interval) for c in claims
               if c.value.interval is not None and not c.negated]
    # as in _numeric_conflicts, only the claims reaching highest from below and lowest from
    # above need comparing: here the two best of different sentences, so that each claim
    # has one from another sentence than its own
    high_low: dict[tuple[str, int], tuple[Claim, Interval]] = {}
    low_high: dict[tuple[str, int], tuple[Claim, Interval]] = {}
    for claim, interval in numeric:
        key = (claim.path, claim.sentence_start)
        best = high_low.get(key)
        if best is None or (interval.low, interval.low_open) > (best[1].low, best[1].low_open):
            high_low[key] = (claim, interval)
        best = low_high.get(key)
        if best is None or (interval.high, not interval.high_open) < (best[1].high,
                                                                      not best[1].high_open):
            low_high[key] = (claim, interval)
    by_low = sorted(high_low.items(), key=lambda kv: (kv[1][1].low, kv[1][1].low_open),
                    reverse=True)[:2]
    by_high = sorted(low_high.items(), key=lambda kv: (kv[1][1].high,
                                                       not kv[1][1].high_open))[:2]
    result = []
    for claim, interval in numeric:
        key = (claim.path, claim.sentence_start)
        others = [best for ranked in (by_low, by_high)
                  for other_key, best in ranked[:2] if other_key != key][:4]
        if any(not interval.overlaps(other) for _, other in others):
            result.append(claim)
    return result


def _ref_conflict(claim: Claim, counts: Counter[tuple[str | None, bool]],
                  rules: RuleSet) -> bool:
    """Categories conflict when they differ; a denied place conflicts with a stated one in it."""
    own = (claim.value.ref, claim.negated)
    refs = {key for key, count in counts.items() if count - (key == own) > 0}
    ref = claim.value.ref
    assert ref is not None
    if claim.value.kind == "category":
        if claim.negated:
            return (ref, False) in refs
        return any(other != ref and not negated for other, negated in refs) or (ref, True) in refs
    if claim.negated:
        return any(not negated and rules.within(other, ref) for other, negated in refs if other)
    spec = rules.attributes.get(claim.attribute)
    if spec is not None and spec.single and any(
            not negated and not rules.within(ref, other) and not rules.within(other, ref)
            for other, negated in refs if other):
        return True  # "founded in Boston" and "founded in Skowhegan"
    return any(negated and rules.within(ref, other) for other, negated in refs if other)


def check(claims: Iterable[Claim], rules: RuleSet, severity: Severity = "warning",
          involved: set[int] | None = None, rule: str = RULE_ID) -> Iterator[Finding]:
    """One ``inconsistent`` finding per group of conflicting claims.

    ``involved``, when given, collects the ``id()`` of every claim in a conflict.
    """
    conflicts = []
    for (subject, attribute, _, _), members in group(claims).items():
        if len(members) < 2:
            continue
        for year, same_time in by_year(members, rules):
            bad = sorted(_untyped_conflicts(same_time) if attribute.startswith("~")
                         else conflicting(same_time, rules), key=_place)
            if bad:
                conflicts.append((subject, attribute, year, bad))
    for subject, attribute, year, bad in sorted(conflicts, key=lambda c: _place(c[3][0])):
        if involved is not None:
            involved.update(id(c) for c in bad)
        first, others = bad[0], bad[1:]
        label = _label(attribute, rules)
        values = "; ".join(f"{o.path}:{o.line} says {claim_text(o, rules)}" for o in others)
        when = f" in {year}" if year is not None else ""
        yield Finding(
            rule=rule,
            verdict="inconsistent",
            severity=severity,
            message=(f"Claims about the {label} of {rules.name(subject)}{when} disagree and no "
                     f"fact decides between them: here {claim_text(first, rules)}; {values}."),
            span=Span.of_claim(first),
            found=claim_text(first, rules),
            claim=first,
            expected=Expected("one value for every claim, or a fact in the rules that "
                              "decides which is right"),
            related=tuple(Span.of_claim(o) for o in others),
        )


def _label(attribute: str, rules: RuleSet) -> str:
    """An attribute's name; an untyped one ("~expansion:square_foot") in words."""
    spec = rules.attributes.get(attribute)
    if spec is not None:
        return spec.name or spec.id
    head, _, unit = attribute.lstrip("~").partition(":")
    return f"{head} (unit: {unit.replace('_', ' ')})" if unit else head


def _place(claim: Claim) -> tuple[str, int, int]:
    return (claim.path, claim.line, claim.column)
