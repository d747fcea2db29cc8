"""claimcheck: check the factual claims in articles against facts and policies.

The data flow, one package per stage::

    documents  →  nlp (spaCy Doc)  →  claims  →  checking (findings)  →  report

Public API: :func:`extract_quantities`, :class:`Quantity` and
:func:`check_worthiness`; the whole run is
:func:`claimcheck.run.run`.
"""

from claimcheck.quantities import Quantity, extract_quantities
from claimcheck.worthiness import check_worthiness

__version__ = "0.1.0"

__all__ = ["Quantity", "__version__", "check_worthiness", "extract_quantities"]
