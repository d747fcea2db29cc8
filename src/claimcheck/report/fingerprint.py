"""Stable fingerprints: the same flag gets the same id run after run.

A fingerprint hashes what identifies a flag to a reviewer (rule, file,
subject, attribute, the claim's words and its sentence, whitespace-folded),
not its line number, so moving a paragraph keeps it and changing the claimed
value changes it.
"""

from __future__ import annotations

import hashlib

from claimcheck.findings import Finding


def fingerprint(finding: Finding) -> str:
    """A 16-hex-digit id for ``finding``."""
    claim = finding.claim
    parts = [
        finding.rule,
        finding.verdict,
        finding.span.path,
        claim.subject if claim else "",
        claim.attribute if claim else "",
        " ".join(finding.span.text.split()).lower(),
        " ".join(finding.span.sentence.split()).lower(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
