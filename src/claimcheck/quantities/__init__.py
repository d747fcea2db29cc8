"""Find and normalise the quantities stated in a text (numbers, units, bounds, trends)."""

from .extract import extract_quantities
from .model import Quantity

__all__ = ["Quantity", "extract_quantities"]
