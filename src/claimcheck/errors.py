"""One exception hierarchy for everything a user can cause or see.

Each error carries a stable code (``CC1xx`` for input documents, ``CC2xx`` for
rules files, ``CC3xx`` for configuration and usage) and, where it has one, the
place it refers to, so the CLI can print ``path:line:col: message`` and map
the error to an exit code without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A position in a file that a user can open."""

    path: str
    """File path as the user gave it (relative where possible)."""
    line: int | None = None
    """1-based line number, when known."""
    column: int | None = None
    """1-based column number, when known."""

    def __str__(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class ClaimcheckError(Exception):
    """Base class: an error the user can act on (exit code 2)."""

    code = "CC000"
    exit_code = 2

    def __init__(self, message: str, place: Place | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.place = place

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class DocumentError(ClaimcheckError):
    """A document that cannot be read, decoded or parsed."""

    code = "CC100"


class RulesError(ClaimcheckError):
    """A mistake in a rules file; ``place`` names file, line and column."""

    code = "CC200"


class RulesErrors(ClaimcheckError):
    """Several rules-file mistakes, reported together so one run shows them all."""

    code = "CC201"

    def __init__(self, errors: list[RulesError]) -> None:
        super().__init__(f"{len(errors)} error(s) in rules files")
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


class UsageError(ClaimcheckError):
    """A bad command-line argument or option value."""

    code = "CC300"


class ModelError(ClaimcheckError):
    """A spaCy pipeline named with ``--model`` that is not installed or unusable."""

    code = "CC301"


class WorkerError(ClaimcheckError):
    """A worker process reading articles died (killed, or out of memory): not the
    articles' fault, nor a bug to report (exit code 3)."""

    code = "CC400"
    exit_code = 3
