"""Rules files: every mistake reported as file:line:col with what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import RulesErrors, UsageError
from claimcheck.rules import load_rules

VALID_HEAD = """\
entities:
  - id: acme
    name: Acme
    kind: organisation
  - id: usa
    name: USA
    kind: place
attributes:
  - id: founded
    type: year
    cues: [found]
"""

CASES = [
    ("unknown key", VALID_HEAD.replace("    kind: organisation\n",
                                       "    kind: organisation\n    colour: red\n"),
     "5:5: unknown key 'colour' in entity 'acme'; allowed keys: id, name, kind, aliases"),
    ("misspelt key", VALID_HEAD.replace("    name: Acme\n", "    nmae: Acme\n"),
     "3:5: unknown key 'nmae' in entity 'acme' (did you mean 'name'?); allowed keys"),
    ("wrong type", VALID_HEAD + "facts:\n  - id: f1\n    subject: acme\n    attribute: founded\n"
     "    value: 1900\n    source: s\n    tolerance: lots\n",
     "18:16: fact 'f1', tolerance: Input should be a valid number"),
    ("missing key", VALID_HEAD + "facts:\n  - id: f1\n    subject: acme\n    attribute: founded\n"
     "    value: 1900\n",
     "13:5: fact 'f1' is missing required key 'source'"),
    ("unknown entity", VALID_HEAD + "facts:\n  - id: f1\n    subject: acmee\n"
     "    attribute: founded\n    value: 1900\n    source: s\n",
     "14:14: unknown entity 'acmee' (did you mean 'acme'?); known: acme, usa"),
    ("unknown attribute", VALID_HEAD + "facts:\n  - id: f1\n    subject: acme\n"
     "    attribute: founding\n    value: 1900\n    source: s\n",
     "15:16: unknown attribute 'founding'; known: founded"),
    ("bad date", VALID_HEAD + "facts:\n  - id: f1\n    subject: acme\n    attribute: founded\n"
     "    value: 1900\n    source: s\n    valid_from: 2020-13-01\n",
     "18:17: fact 'f1', valid_from: Input should be a valid date"),
    ("empty period", VALID_HEAD + "facts:\n  - id: f1\n    subject: acme\n    attribute: founded\n"
     "    value: 1900\n    source: s\n    valid_from: 2020-01-01\n    valid_until: 2019-01-01\n",
     "18:17: valid_from is after valid_until"),
    ("duplicate id", VALID_HEAD + "  - id: founded\n    type: count\n",
     "12:9: duplicate id 'founded' (first defined at"),
    ("bad regex", "policies:\n  - id: p1\n    kind: superlative\n    message: m\n"
     "    patterns: ['(open']\n",
     "5:16: policy 'p1', patterns: regular expression does not compile"),
    ("unknown kind", "policies:\n  - id: p1\n    kind: spelling\n    message: m\n",
     "2:5: policy 'p1': unknown policy kind; allowed kinds: origin, environmental"),
    ("share out of range", VALID_HEAD + "  - id: share\n    type: share\n"
     "facts:\n  - id: f1\n    subject: acme\n    attribute: share\n    value: 25\n    source: s\n",
     "18:12: value 25 is not a share; write shares as fractions from 0 to 1"),
    ("negative count", VALID_HEAD + "  - id: staff\n    type: count\n"
     "facts:\n  - id: f1\n    subject: acme\n    attribute: staff\n    value: -5\n    source: s\n",
     "18:12: value -5 is no count; a count is a whole number, 0 or more"),
    ("fractional count", VALID_HEAD + "  - id: staff\n    type: count\n"
     "facts:\n  - id: f1\n    subject: acme\n    attribute: staff\n    value: 2.5\n    source: s\n",
     "18:12: value 2.5 is no count; a count is a whole number"),
    ("unknown place", VALID_HEAD + "  - id: made\n    type: place\n"
     "facts:\n  - id: f1\n    subject: acme\n    attribute: made\n    value: mars\n    source: s\n",
     "18:12: unknown place 'mars'; known: usa"),
    ("unknown fact unit", VALID_HEAD + "  - id: cost\n    type: quantity\n    unit: dollar\n"
     "facts:\n  - id: f1\n    subject: acme\n    attribute: cost\n    value: 5\n"
     "    unit: dollars\n    source: s\n",
     "20:11: unknown unit 'dollars' (did you mean 'dollar'?)"),
    ("unknown attribute unit", VALID_HEAD + "  - id: output\n    type: quantity\n"
     "    unit: litres_per_year\n", "14:11: unknown unit 'litres_per_year'"),
    ("yaml syntax", "entities:\n  - id: [unclosed\n", "3:1: not valid YAML"),
    ("duplicate key", VALID_HEAD.replace("    name: Acme\n", "    name: Acme\n    name: Acme Co\n"),
     "4:5: duplicate key 'name' (first at line 3); write each key once"),
    ("not a mapping", "- just\n- a list\n", "1:1: a rules file must be a mapping"),
]


@pytest.mark.parametrize(("name", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rules_mistakes_name_file_line_and_column(tmp_path: Path, name: str, content: str,
                                                  expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesErrors) as caught:
        load_rules([path])
    messages = [str(error) for error in caught.value.errors]
    assert any(m.startswith(f"{path.as_posix()}:{expected}") for m in messages), messages
    assert all(m.startswith(path.as_posix() + ":") for m in messages)


def test_all_mistakes_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("entities:\n  - id: x\n    nam: X\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("facts: 3\n", encoding="utf-8")
    with pytest.raises(RulesErrors) as caught:
        load_rules([tmp_path])
    places = [str(e).split(": ")[0] for e in caught.value.errors]
    assert any(p.endswith("a.yaml:3:5") for p in places)
    assert any(p.endswith("b.yaml:1:8") for p in places)


def test_no_rules_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no rules files"):
        load_rules([tmp_path])
    with pytest.raises(UsageError, match="does not exist"):
        load_rules([tmp_path / "missing"])


def test_shipped_rules_load_and_every_fact_has_a_source() -> None:
    rules = load_rules([Path(__file__).resolve().parents[2] / "rules"])
    assert rules.facts and all(f.source.strip() for f in rules.facts)
    assert rules.within("maine", "usa") and not rules.within("usa", "maine")


def test_common_spellings_are_understood(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(
        "entities:\n  - id: acme\n    display_name: Acme\n    kind: Organization\n"
        "attributes:\n  - id: share\n    value_type: percentage\n    cue_words: [make]\n"
        "    kinds: [company]\n"
        "facts:\n  - id: f\n    subject: acme\n    attribute: share\n    value: '25%'\n"
        "    tolerance: '5%'\n    source: s\n", encoding="utf-8")
    rules = load_rules([path])
    assert rules.entities["acme"].kind == "organisation" and rules.entities["acme"].name == "Acme"
    assert rules.attributes["share"].type == "share" and rules.attributes["share"].cues == ["make"]
    assert (rules.facts[0].value, rules.facts[0].tolerance) == (0.25, 0.05)


def test_a_broken_file_does_not_cause_false_reference_errors(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("entities:\n  - id: x\n    name: X\n    kind: organisaton\n"
                                     "attributes:\n  - id: size\n    type: count\n",
                                     encoding="utf-8")
    (tmp_path / "b.yaml").write_text("facts:\n  - id: f\n    subject: x\n    attribute: size\n"
                                     "    value: 3\n    source: s\n", encoding="utf-8")
    with pytest.raises(RulesErrors) as caught:
        load_rules([tmp_path])
    assert [str(e).split(": ")[0].rsplit("/", 1)[-1] for e in caught.value.errors] == ["a.yaml:4:11"]


def test_schema_and_reference_mistakes_are_reported_in_one_run(tmp_path: Path) -> None:
    # One fact lacks its source (a schema mistake), another names an attribute nobody
    # declares (a reference mistake), and a policy names the broken attribute 'size':
    # the first two are reported together; the third is not, as 'size' itself is wrong.
    (tmp_path / "a.yaml").write_text(
        VALID_HEAD
        + "  - id: size\n    type: count\n    colour: red\n"
        "facts:\n  - id: f1\n    subject: acme\n    attribute: founded\n    value: 1900\n"
        "  - id: f2\n    subject: acme\n    attribute: founding\n    value: 1900\n"
        "    source: s\n"
        "policies:\n  - id: p\n    kind: required-source\n    message: m\n"
        "    attributes: [size]\n", encoding="utf-8")
    with pytest.raises(RulesErrors) as caught:
        load_rules([tmp_path])
    messages = [str(e).split("/")[-1] for e in caught.value.errors]
    assert len(messages) == 3, messages
    assert messages[0].startswith("a.yaml:14:5: unknown key 'colour' in attribute 'size'")
    assert messages[1].startswith("a.yaml:16:5: fact 'f1' is missing required key 'source'")
    assert messages[2].startswith("a.yaml:22:16: unknown attribute 'founding'")


def test_a_file_that_is_not_yaml_hides_unknown_references_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("entities:\n  - id: [unclosed\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("facts:\n  - id: f\n    subject: x\n    attribute: size\n"
                                     "    value: 3\n    source: s\n", encoding="utf-8")
    with pytest.raises(RulesErrors) as caught:
        load_rules([tmp_path])
    assert [str(e).split(": ")[0].rsplit("/", 1)[-1] for e in caught.value.errors] == ["a.yaml:3:1"]


def test_a_broken_section_hides_only_references_into_it(tmp_path: Path) -> None:
    # b.yaml has an entity without an id (any entity reference may be to it) and a
    # misspelled section; a.yaml's unknown attribute is still reported, its entity not
    (tmp_path / "a.yaml").write_text(
        "attributes:\n  - id: plants\n    type: count\n    nouns: [plant]\n"
        "facts:\n  - id: f\n    subject: acmee\n    attribute: plantz\n    value: 3\n"
        "    source: s\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("entities:\n  - name: Acme\n    kind: organisation\n",
                                     encoding="utf-8")
    (tmp_path / "c.yaml").write_text("policys: []\n", encoding="utf-8")
    with pytest.raises(RulesErrors) as caught:
        load_rules([tmp_path])
    messages = [str(e).rsplit("/", 1)[-1] for e in caught.value.errors]
    assert [m.split(": ")[0] for m in messages] == ["a.yaml:8:16", "b.yaml:2:5", "c.yaml:1:1"]
    assert "unknown attribute 'plantz'" in messages[0]


def test_all_of_a_fact_s_mistakes_are_reported_in_one_run(tmp_path: Path) -> None:
    """A fact with a schema mistake (no source, a bad severity) was left out before its
    references were checked, so its unknown subject showed only after a second run."""
    path = tmp_path / "bad.yaml"
    path.write_text(VALID_HEAD + "facts:\n  - id: f1\n    subject: acmee\n"
                    "    attribute: founded\n    value: 1900\n    severity: huge\n",
                    encoding="utf-8")
    with pytest.raises(RulesErrors) as caught:
        load_rules([path])
    messages = [str(error) for error in caught.value.errors]
    expected = ["13:5: fact 'f1' is missing required key 'source'",
                "14:14: unknown entity 'acmee' (did you mean 'acme'?)",
                "17:15: fact 'f1', severity:"]
    for part in expected:
        assert any(m.startswith(f"{path.as_posix()}:{part}") for m in messages), messages
