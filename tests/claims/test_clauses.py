"""Clause splitting: asides (appositives, non-restrictive relative clauses) after a name.

The blank pipeline finds asides from commas and opening words; a trained pipeline's
dependency parse (``--model``) adds the appositives and relative clauses it attaches to
a name. Here the parse is written by hand into a ``Doc``, as a trained parser would.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimcheck.claims.clauses import parsed_asides, split_clauses
from claimcheck.claims.tokens import TokenTable, Vocabulary

NLP = spacy.blank("en")


def _clauses(text: str, names: list[str]) -> list[tuple[str, int, int]]:
    """(clause text, aside_of, resumes) for each clause; ``names`` end where asides may follow."""
    doc = NLP(text)
    table = TokenTable(doc, Vocabulary(str.lower))
    ends = frozenset(text.index(n) + len(n) for n in names)
    return [(text[c.start:c.end], c.aside_of, c.resumes)
            for c in split_clauses(table, 0, len(doc), ends)]


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("L.L.Bean, a retailer founded in 1912, sells boots.", ["L.L.Bean"],
     [("L.L.Bean,", -1, -1), ("a retailer founded in 1912,", 8, -1), ("sells boots.", -1, 0)]),
    ("The 990, which is made in Maine, costs $200.", ["The 990"],
     [("The 990,", -1, -1), ("which is made in Maine,", 7, -1), ("costs $200.", -1, 0)]),
    ("Boots are sold by L.L.Bean, a retailer founded in 1912.", ["L.L.Bean"],
     [("Boots are sold by L.L.Bean,", -1, -1), ("a retailer founded in 1912.", 26, -1)]),
    # not asides: a list, no name before the comma, an opening word that is not one
    ("New Balance makes the 990, 992, and 993.", ["New Balance"],
     [("New Balance makes the 990, 992, and 993.", -1, -1)]),
    ("In 2013, the company had five factories, the most ever.", [],
     [("In 2013, the company had five factories, the most ever.", -1, -1)]),
    ("New Balance, Nike and Adidas sell shoes.", ["New Balance"],
     [("New Balance, Nike and Adidas sell shoes.", -1, -1)]),
])
def test_asides_after_a_name_are_clauses_about_it(
        text: str, names: list[str], expected: list[tuple[str, int, int]]) -> None:
    assert _clauses(text, names) == expected


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    return Doc(NLP.vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_the_parse_finds_an_appositive_that_no_comma_closes() -> None:
    # "L.L.Bean, a retailer founded in 1912 sells boots." (the closing comma is missing)
    doc = _parsed(
        ["L.L.Bean", ",", "a", "retailer", "founded", "in", "1912", "sells", "boots", "."],
        [7, 0, 3, 0, 3, 4, 5, 7, 7, 7],
        ["nsubj", "punct", "det", "appos", "acl", "prep", "pobj", "ROOT", "dobj", "punct"],
    )
    ends = frozenset([len("L.L.Bean")])
    assert parsed_asides(doc[:], ends) == [(1, 6)]
    table = TokenTable(doc, Vocabulary(str.lower))
    clauses = split_clauses(table, 0, len(doc), ends, doc[:])
    assert [(doc.text[c.start:c.end], c.aside_of, c.resumes) for c in clauses] == [
        ("L.L.Bean,", -1, -1),
        ("a retailer founded in 1912", 8, -1),
        ("sells boots.", -1, 0),
    ]


def test_the_parse_leaves_restrictive_relative_clauses_in_the_clause() -> None:
    # "Shoes that New Balance makes are sold here." : no comma, so not an aside
    doc = _parsed(
        ["Shoes", "that", "New", "Balance", "makes", "are", "sold", "here", "."],
        [6, 4, 3, 4, 0, 6, 6, 6, 6],
        ["nsubjpass", "dobj", "compound", "nsubj", "relcl", "auxpass", "ROOT", "advmod", "punct"],
    )
    assert parsed_asides(doc[:], frozenset([len("Shoes")])) == []


# What a trained parser gives "Red Wing boots sold by L.L.Bean, a retailer founded in 1912
# were made in Minnesota." (the comma closing the appositive is missing).
_SENTENCE = ["Red", "Wing", "boots", "sold", "by", "L.L.Bean", ",", "a", "retailer", "founded",
             "in", "1912", "were", "made", "in", "Minnesota", "."]
_HEADS = [1, 2, 13, 2, 3, 4, 5, 8, 5, 8, 9, 10, 13, 13, 13, 14, 13]
_DEPS = ["compound", "compound", "nsubjpass", "acl", "agent", "pobj", "punct", "det", "appos",
         "acl", "prep", "pobj", "auxpass", "ROOT", "prep", "pobj", "punct"]


@spacy.Language.component("claimcheck_test_parser")
def _test_parser(doc: Doc) -> Doc:
    """Stands in for a trained parser: parses the one sentence above, and nothing else."""
    words = [t for t in doc if not t.is_space]  # a document may end in a line break
    if [t.text for t in words] == _SENTENCE:
        root = words[_DEPS.index("ROOT")]
        for token in doc:
            token.head, token.dep_ = root, "dep"  # whitespace hangs from the root
        for token, head, dep in zip(words, _HEADS, _DEPS, strict=True):
            token.head, token.dep_ = words[head], dep
    return doc


def test_a_model_s_parse_is_used_by_the_extractor(tmp_path) -> None:
    import datetime as dt

    from claimcheck.documents.text import read_text
    from claimcheck.nlp.analyse import analyse
    from claimcheck.nlp.pipeline import build_pipeline
    from claimcheck.rules import load_rules
    from tests.conftest import ROOT

    rules = load_rules([ROOT / "rules"])
    saved = spacy.blank("en")
    saved.add_pipe("claimcheck_test_parser")
    saved.to_disk(tmp_path / "pipeline")
    text = " ".join(_SENTENCE).replace(" ,", ",").replace(" .", ".")
    day = dt.date(2025, 12, 1)

    def claims(nlp: spacy.Language) -> set[str]:
        analysed = next(analyse(nlp, [read_text("a.txt", text)], day, day))
        return {f"{c.subject} {c.attribute} {c.value.ref or c.value.interval}"
                for c in analysed.claims}

    blank = claims(build_pipeline(rules))
    parsed = claims(build_pipeline(rules, model=str(tmp_path / "pipeline")))
    # Without a parse the aside runs to the end of the sentence, so the boots' "made in
    # Minnesota" is read as L.L.Bean's alone; the parse ends the aside at "1912" and gives
    # the boots their claim. (Since session 4 neither reads L.L.Bean as "founded ... in
    # Minnesota": "made" stands between that cue and the place.)
    assert "red-wing made-in minnesota" not in blank
    assert "red-wing made-in minnesota" in parsed
    assert "ll-bean founding-year [1912, 1913)" in parsed
    assert not any("founding-place" in c for c in blank | parsed)


@spacy.Language.component("claimcheck_test_flat_parser", assigns=["token.dep", "token.head"])
def _flat_parser(doc: Doc) -> Doc:
    """Stands in for any trained parser: every token is a root, each sentence one token."""
    for token in doc:
        token.head, token.dep_ = token, "ROOT"
    return doc


def test_a_trained_parser_gets_the_line_breaks_and_is_never_overruled(tmp_path) -> None:
    """Setting a sentence start after a parser raises spaCy's E043, so the line-break
    component runs before a component that parses, and leaves a parsed document alone."""
    import datetime as dt

    from claimcheck.documents.text import read_text
    from claimcheck.nlp.analyse import analyse
    from claimcheck.nlp.pipeline import build_pipeline
    from claimcheck.rules import load_rules
    from tests.conftest import ROOT

    saved = spacy.blank("en")
    saved.add_pipe("claimcheck_test_flat_parser")
    saved.to_disk(tmp_path / "pipeline")
    nlp = build_pipeline(load_rules([ROOT / "rules"]), model=str(tmp_path / "pipeline"))
    names = nlp.pipe_names
    assert names.index("claimcheck_breaks") < names.index("claimcheck_test_flat_parser")
    text = 'New Balance was founded in 1906.\n\nIt makes shoes. "We make them," he said.\n'
    day = dt.date(2025, 12, 1)
    analysed = next(analyse(nlp, [read_text("a.txt", text)], day, day))  # no E043
    assert analysed.sentences
