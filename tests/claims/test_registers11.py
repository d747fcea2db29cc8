"""Readings added in session 11: each figure of a clause dated by its own year ("five
factories in 2019 and four in 2024"), a figure and its year alone after ";" carrying on the
claim before, an age told through "and" or "which". Each case lists
``describe(claim) @ period`` ("now" for none).
"""

from __future__ import annotations

import pytest

from tests.claims.test_extraction import describe

CASES = [
    # several years in a clause: each figure takes the year right after it, else the last
    # one before it
    ("L.L.Bean ran three plants in 2015 and two in 2023.",
     {"ll-bean factories [3, 3] @ 2015", "ll-bean factories [2, 2] @ 2023"}),
    ("Red Wing employed about 1,400 people at the end of 2018 and some 1,100 in 2022.",
     {"red-wing factory-workers [1260, 1540] @ 2018",
      "red-wing factory-workers [990, 1210] @ 2022"}),
    ("In 2012 New Balance had four US plants, and by 2020 five.",
     {"new-balance factories [4, 4] in usa @ 2012", "new-balance factories [5, 5] @ 2020"}),
    # ... and a year that is another claim's (an age's) dates no count
    ("Red Wing has 500 stores and turned 100 in 2005.",
     {"red-wing retail-stores [500, 500] @ now",
      "red-wing founding-year [1905, 1906) @ now"}),
    ("L.L.Bean runs 52 stores, and it turned 100 in 2012.",
     {"ll-bean retail-stores [52, 52] @ now", "ll-bean founding-year [1912, 1913) @ now"}),
    ("Red Wing has 500 stores. It turned 100 in 2005.",
     {"red-wing retail-stores [500, 500] @ now",
      "red-wing founding-year [1905, 1906) @ now"}),
    # ... but another's age is not the subject's
    ("Red Wing sponsors a marathon, which turned 40 in 2020.", set()),
    ("New Balance hired L.L.Bean's designer, and she turned 60 in 2020.", set()),
    # after ";", a figure and its own year alone go on with the claim before
    ("New Balance ran five factories in 2019; four in 2024.",
     {"new-balance factories [5, 5] @ 2019", "new-balance factories [4, 4] @ 2024"}),
    ("Red Wing stores: 480 (2021); 520 (2024).",
     {"red-wing retail-stores [480, 480] @ 2021", "red-wing retail-stores [520, 520] @ 2024"}),
    ("About 25% of New Balance shoes were made in the USA in 2019; 30% in 2024.",
     {"new-balance us-production-share [0.2, 0.3] @ 2019",
      "new-balance us-production-share [0.3, 0.3] @ 2024"}),
    # ... not a figure with a verb of its own, nor one without a year
    ("Red Wing has 500 stores; 12 opened in 2021.", {"red-wing retail-stores [500, 500] @ now"}),
    ("Red Wing employed 1,000 people in 2019; 900 were in Minnesota.",
     {"red-wing factory-workers [1000, 1000] @ 2019"}),
    ("Red Wing has 500 stores; 480 in all.", {"red-wing retail-stores [500, 500] @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_with_their_years(claims_of, text: str, expected: set[str]) -> None:
    found = {f"{describe(c)} @ {c.period or 'now'}".replace("∞", "inf")
             for c in claims_of(text) if not c.attribute.startswith("~")}
    assert found == expected
