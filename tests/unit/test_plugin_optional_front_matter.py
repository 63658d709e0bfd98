"""jekyll-optional-front-matter 0.3.2: the ``tests/plugins/optional_front_matter_*`` oracle cases."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from jekpy.plugins import optional_front_matter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
harness = importlib.import_module("default_plugins_harness")

SKIP: dict[str, str] = {}


def test_optional_front_matter_cases(tmp_path: Path) -> None:
    identical, total, failures = harness.check_prefix("optional_front_matter", tmp_path, SKIP)
    assert total >= 2
    assert not failures, failures


def test_blacklist_names() -> None:
    assert {"README", "LICENSE", "CONTRIBUTING"} <= optional_front_matter.FILENAME_BLACKLIST
    assert "CHANGELOG" not in optional_front_matter.FILENAME_BLACKLIST
