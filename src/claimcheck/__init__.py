"""claimcheck: check the factual claims in articles against facts and policies.

The data flow, one package per stage::

    documents  →  nlp (spaCy Doc)  →  claims  →  checking (findings)  →  report

Public API: :func:`extract_quantities`, :class:`Quantity` and
:func:`check_worthiness`; the whole run is
:func:`claimcheck.run.run`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.quantities import Quantity, extract_quantities
    from claimcheck.worthiness import check_worthiness

__version__ = "0.1.0"

__all__ = ["Quantity", "__version__", "check_worthiness", "extract_quantities"]

# The public names load on first use (PEP 562): they import spaCy and the word tables,
# which `claimcheck --help` and `claimcheck rules validate` have no need of.
_LAZY = {"Quantity": "claimcheck.quantities", "extract_quantities": "claimcheck.quantities",
         "check_worthiness": "claimcheck.worthiness"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
