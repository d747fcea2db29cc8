"""Every module imports on its own, first: an import cycle that the usual entry points
(``claimcheck``, the CLI) happen to hide breaks a user who imports the extractor or a
policy kind directly. Checked in a child interpreter, which forgets claimcheck's modules
before each import (spaCy's registries would otherwise keep the copies)."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import importlib, pkgutil, sys
import claimcheck
names = sorted(m.name for m in pkgutil.walk_packages(claimcheck.__path__, "claimcheck.")
               if not m.name.endswith("__main__"))
print(len(names))
for name in names:
    for loaded in [k for k in sys.modules if k.partition(".")[0] == "claimcheck"]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        print(f"{name}: {error}")
"""


def test_every_module_imports_first() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    count, *failures = done.stdout.splitlines()
    assert int(count) > 80
    assert failures == []
