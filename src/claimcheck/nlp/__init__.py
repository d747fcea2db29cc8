"""Stage 2: the spaCy pipeline; its last component runs stage 3 (claims) on each Doc."""

from claimcheck.nlp.analyse import analyse
from claimcheck.nlp.pipeline import build_pipeline

__all__ = ["analyse", "build_pipeline"]
