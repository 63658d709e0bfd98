"""Sanity checks on the golden-site folders themselves (no Ruby needed).

The comparison of jekpy's output with ``out/`` lives in ``tests/test_sites.py``; this module
only makes sure every case is well-formed, so a broken regeneration is caught early.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SITES_DIR = Path(__file__).resolve().parent
CASES = sorted(p.parent for p in SITES_DIR.glob("*/case.json"))
PINNED_ENV = {"PAGES_REPO_NWO", "JEKYLL_BUILD_REVISION", "TZ"}


def _case(case_dir: Path) -> dict:
    """The parsed case.json of one case."""
    return json.loads((case_dir / "case.json").read_text(encoding="utf-8"))


def test_enough_cases():
    """The brief asks for at least 30 sites and at least 6 failing ones."""
    failing = [c for c in CASES if _case(c)["exit"] != 0]
    print(f"golden sites: {len(CASES)} cases, {len(failing)} failing builds")
    assert len(CASES) >= 30
    assert len(failing) >= 6


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_case_is_well_formed(case_dir: Path):
    """in/ exists; time, env pinned; out/ present exactly when the build succeeds."""
    case = _case(case_dir)
    assert (case_dir / "in").is_dir()
    assert case["description"]
    assert case["extra_config"]["time"] == "2024-06-01 12:00:00 +0000"
    assert PINNED_ENV <= set(case["env"])
    assert case["env"]["TZ"] == "UTC"
    if case["exit"] == 0:
        assert any((case_dir / "out").rglob("*")), "a successful build writes files"
    else:
        assert not (case_dir / "out").exists()
        assert case.get("stderr_contains"), "failing cases name the expected message"


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_theme_is_declared(case_dir: Path):
    """Sites without theme: null must say they need a theme gem (primer is Pages' default)."""
    case = _case(case_dir)
    config = case_dir / "in" / "_config.yml"
    if case["exit"] != 0 or not config.is_file():
        return
    text = config.read_text(encoding="utf-8")
    if "theme: null" not in text:
        assert case.get("needs_theme") is True
