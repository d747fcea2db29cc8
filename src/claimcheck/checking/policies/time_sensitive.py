"""Policy kind ``time-sensitive``: words that go stale in an old article.

"Opening soon", "currently" and "this year" are true on the day of writing;
in an article older than ``max_age_days`` (or one with no date, which may be
any age) a reviewer should check them again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from claimcheck.checking.context import CheckContext
from claimcheck.checking.policies.terms import matches, term_finding
from claimcheck.findings import Finding
from claimcheck.rules.fields import Pattern, RuleBase

MOODS = frozenset({"statement", "heading"})


class Config(RuleBase):
    """A ``time-sensitive`` policy: the words, and the age at which they go stale."""

    kind: Literal["time-sensitive"]
    patterns: list[Pattern]
    max_age_days: int = Field(default=365, ge=0)


def check(config: Config, context: CheckContext) -> Iterator[Finding]:
    """Flag time-sensitive words in undated documents and in ones older than the limit."""
    document = context.document
    stated = document.stated_date
    if stated is not None and (context.as_of - stated).days <= config.max_age_days:
        return
    age = "an undated article" if stated is None else (
        f"an article dated {stated.isoformat()}, {(context.as_of - stated).days} days "
        f"before {context.as_of.isoformat()}")
    for _, sentence, match in matches(document, config.patterns, MOODS):
        if _anchored(sentence.text, stated or context.as_of):
            continue
        yield term_finding(
            config, document, sentence, match, f"“{match.group()}” in {age}",
            f"time-sensitive wording only in articles at most {config.max_age_days} days old, "
            "or a date it refers to")


# a year as a time ("in 1982", "On June 3, 2017", "2017-18"); not a year that names a thing
# after "a"/"an" ("on a 1962 wooden folkboat")
_YEAR = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bA )(?<!\bAn )\b(1[6-9]\d\d|20\d\d)\b")


def _anchored(sentence: str, date: dt.date) -> bool:
    """True when the sentence names an earlier year the wording refers to
    ("Back in 1982 the 990 was brand new")."""
    return any(int(year) < date.year for year in _YEAR.findall(sentence))
