"""claimcheck: check the factual claims in articles against facts and policies."""

__version__ = "0.1.0"
