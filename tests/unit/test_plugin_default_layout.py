"""jekyll-default-layout 0.1.5: the ``tests/plugins/default_layout_*`` oracle cases and the
layout choice."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

from jekpy.models import Page
from jekpy.plugins import default_layout

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
harness = importlib.import_module("default_plugins_harness")

SKIP: dict[str, str] = {}


def test_default_layout_cases(tmp_path: Path) -> None:
    identical, total, failures = harness.check_prefix("default_layout", tmp_path, SKIP)
    assert total >= 1
    assert not failures, failures


def test_layout_choice_order() -> None:
    site = SimpleNamespace(layouts={"home": 1, "page": 1, "default": 1})
    home = Page("", "index.md", None, {}, "", url="/")
    sub = Page("/sub", "index.md", None, {}, "", url="/sub/")
    assert default_layout.layout_for(site, home) == "home"
    assert default_layout.layout_for(site, sub) == "page"
    assert default_layout.layout_for(SimpleNamespace(layouts={}), sub) is None


def test_layout_null_counts_as_set() -> None:
    assert default_layout.layout_specified(Page("", "a.md", None, {"layout": None}, ""))
    assert not default_layout.layout_specified(Page("", "a.md", None, {}, ""))
