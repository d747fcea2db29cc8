"""Field types shared by every rules model (entities, facts and policy kinds)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"regular expression does not compile: {exc}") from None
    return pattern


Pattern = Annotated[str, Field(min_length=1), AfterValidator(_compiles)]
"""A regular expression, matched case-insensitively at word boundaries."""


class Strict(BaseModel):
    """Base for every rules model: unknown keys and wrong types are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Examples(Strict):
    """Sentences a rule must flag and sentences it must pass."""

    flag: list[str] = []
    pass_: list[str] = Field(default=[], alias="pass")


class RuleBase(Strict):
    """What every policy has: an id, a message for reviewers, a severity."""

    id: Identifier
    message: str = Field(min_length=1)
    severity: Severity = "warning"
    description: str | None = None
    tags: list[Identifier] = []
    examples: Examples | None = None
