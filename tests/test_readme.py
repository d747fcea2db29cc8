"""The README's promises: its first two commands, and its library example runs as shown."""

from __future__ import annotations

import doctest
import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_starts_with_the_run_and_the_test_commands() -> None:
    first_block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line for line in first_block.group(1).splitlines() if line.strip()]
    assert commands == ["pip install . && claimcheck run corpus/",
                        "pip install '.[test]' && python -m pytest"]


def test_the_library_example_gives_what_the_readme_shows() -> None:
    block = re.search(r"```python\n(>>> .*?)```", README, re.S)
    assert block is not None
    test = doctest.DocTestParser().get_doctest(block.group(1), {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
