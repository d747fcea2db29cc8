"""Policy kind ``consistency``: how conflicts between claims are reported.

The check itself is corpus-wide (:mod:`claimcheck.checking.consistency`); an
instance of this kind in the rules sets its rule id, severity and message.
Without one, conflicts are reported as ``claims-inconsistent`` warnings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from claimcheck.checking.context import CheckContext
from claimcheck.findings import Finding
from claimcheck.rules.fields import RuleBase


class Config(RuleBase):
    """A ``consistency`` policy: the id and severity of inconsistency findings."""

    kind: Literal["consistency"]
    message: str = Field(default="Claims disagree and no fact decides between them.",
                         min_length=1)


def check(config: Config, context: CheckContext) -> Iterator[Finding]:
    """Nothing per document: the engine compares claims across the whole corpus."""
    del config, context
    return iter(())
