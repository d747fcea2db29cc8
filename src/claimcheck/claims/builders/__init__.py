"""Claim builders, one per attribute type, run in order on every clause."""

from claimcheck.claims.builders.categories import build_categories
from claimcheck.claims.builders.changes import build_change_ends
from claimcheck.claims.builders.counts import build_counts, build_quantities
from claimcheck.claims.builders.origin import build_origin
from claimcheck.claims.builders.untyped import build_untyped
from claimcheck.claims.builders.years import build_ages, build_years

BUILDERS = (build_origin, build_years, build_ages, build_counts, build_quantities,
            build_categories, build_untyped, build_change_ends)
"""Every builder, in the order they run (the last reads what the others found)."""

__all__ = ["BUILDERS"]
