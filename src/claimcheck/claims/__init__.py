"""Claims from an analysed document: who (subjects, ``subjects.py``), what (cue words and
one builder per attribute type, ``builders/``), which value, read clause by clause
(``clauses.py``) by ``extractor.ClaimExtractor``."""
