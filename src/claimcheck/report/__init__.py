"""Stage 5: the report model, fingerprints and output formats."""

from claimcheck.report.fingerprint import fingerprint
from claimcheck.report.model import DocumentResult, FileError, Report

__all__ = ["DocumentResult", "FileError", "Report", "fingerprint"]
