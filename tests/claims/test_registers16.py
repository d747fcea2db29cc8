"""Readings added in session 16, each with rows in other words than the blind sets that
prompted them, and guard rows: a business founded right after a place's name is no
founding of the place. Read at ``TODAY`` with the shipped rules; described as in
``test_registers14``.
"""

from __future__ import annotations

import pytest

from tests.claims.test_registers14 import _read

SHIPPED_CASES = [
    # a business or a site right before the verb of founding is what was founded, not the
    # place named before it
    ("The plant in Skowhegan, Maine, a family shop founded in 1962, employs 40 people.", set()),
    ("Its supplier, based in Lawrence, a tannery established in 1921, ships weekly.", set()),
    ("In Pittsburgh, the library was founded in 1895.", set()),
    ("Pittsburgh's oldest brewery, which was founded in 1861, still runs.", set()),
    # (a place's own founding stays)
    ("Pittsburgh, a city founded in 1758, has 446 bridges.",
     {"pittsburgh city-founding-year [1758, 1759) @ now",
      "pittsburgh city-bridges [446, 446] @ now"}),
    ("Pittsburgh was founded in 1758.", {"pittsburgh city-founding-year [1758, 1759) @ now"}),
    ("New Balance, a company founded in 1906, makes shoes in Maine.",
     {"new-balance founding-year [1906, 1907) @ now", "new-balance made-in maine @ now"}),
]


@pytest.mark.parametrize(("text", "expected"), SHIPPED_CASES,
                         ids=[c[0][:50] for c in SHIPPED_CASES])
def test_shipped_readings(nlp, text: str, expected: set[str]) -> None:
    assert _read(nlp, text) == expected
