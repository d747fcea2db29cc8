"""Readings added in session 13. Each case lists ``describe(claim) @ period`` ("now" for
none), read at ``TODAY`` (2025-12-01) with the shipped rules.
"""

from __future__ import annotations

import pytest

from tests.claims.test_extraction import describe

CASES = [
    # a present "opens" with a time still to come is a schedule, not yet a count: the
    # ordinal's count is kept, unasserted ("this spring", "next month", a later year)
    ("New Balance's fourth Massachusetts factory opens in Methuen this spring.",
     {"new-balance factories [4, 4] in massachusetts (unasserted) @ now"}),
    ("Red Wing's second Minnesota plant opens next year, the company says.",
     {"red-wing factories [2, 2] in minnesota (unasserted) @ now"}),
    ("L.L.Bean's third Maine factory opens in Lewiston in 2027.",
     {"ll-bean factories [3, 3] in maine (unasserted) @ now"}),
    # (what opened, or opens with no time to come, is counted as before)
    ("Red Wing's second Minnesota plant opened in 2019.",
     {"red-wing factories [2, 2] in minnesota @ 2019"}),
    ("L.L.Bean's third Maine factory opens in Lewiston in 2019.",
     {"ll-bean factories [3, 3] in maine @ 2019"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_with_their_years(claims_of, text: str, expected: set[str]) -> None:
    found = {f"{describe(c)} @ {c.period or 'now'}".replace("∞", "inf")
             for c in claims_of(text) if not c.attribute.startswith("~")}
    assert found == expected
