"""Stage 2: the spaCy pipeline that turns documents into claims."""

from claimcheck.nlp.analyse import analyse
from claimcheck.nlp.pipeline import build_pipeline

__all__ = ["analyse", "build_pipeline"]
