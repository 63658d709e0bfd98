"""Shared test helpers: where the shared data is, and pass counts printed at the end of a run."""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = (REPO_ROOT / ".." / "shared").resolve()

def load_module(name: str, path: Path):
    """Import a helper script by path under a unique name (two folders have a regen.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# Tests never download themes: a theme must come from JEKPY_THEME_PATH (../shared/oracle/themes).
os.environ.setdefault("JEKPY_NO_DOWNLOAD", "1")
# The reference renderer has no jekyll-coffeescript: corpus and golden expectations hold .coffee
# pages copied unconverted. jekpy's default is an error (tests/unit/test_coffeescript.py).
os.environ.setdefault("JEKPY_COFFEESCRIPT", "copy")


_COUNTS: dict[str, list[int]] = defaultdict(lambda: [0, 0])


def record(suite: str, passed: bool) -> None:
    """Count one case of a suite (printed as `suite: N/M identical` after the run)."""
    entry = _COUNTS[suite]
    entry[1] += 1
    if passed:
        entry[0] += 1


@pytest.fixture
def count():
    """The ``record`` function, as a fixture."""
    return record


def pytest_terminal_summary(terminalreporter):  # noqa: D103 - pytest hook
    if not _COUNTS:
        return
    terminalreporter.section("jekpy conformance counts")
    for suite, (ok, total) in sorted(_COUNTS.items()):
        terminalreporter.write_line(f"{suite}: {ok}/{total} identical")
