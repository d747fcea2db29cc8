"""What several formats say about a finding, in one place."""

from __future__ import annotations

from claimcheck.findings import Finding

RELATED_LABELS = {"contradicted": "agrees", "inconsistent": "conflicts"}
"""How a finding's related places relate to it, by verdict."""


def related_label(finding: Finding) -> str:
    """ "agrees", "conflicts" or "see also" for a finding's related places."""
    return RELATED_LABELS.get(finding.verdict, "see also")


def details(finding: Finding) -> list[tuple[str, str]]:
    """(label, text) pairs: found, said by, expected, source, in that order."""
    pairs = [("found", finding.found)]
    if finding.claim is not None and finding.claim.speaker:
        pairs.append(("said by", finding.claim.speaker))
    if finding.expected is not None:
        pairs.append(("expected", finding.expected.text))
        if finding.expected.source:
            pairs.append(("source", finding.expected.source))
    return pairs
