"""jemoji: unsupported; ``tests/plugins/jemoji_*`` sites keep their text exactly as the reference does."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plugin_seo_tag import PLUGIN_CASES, assert_case, build_plugin_case, plugin_cases

from jekpy.plugins import jemoji


@pytest.mark.parametrize("name", plugin_cases("jemoji"))
def test_jemoji_case(name: str, tmp_path: Path, monkeypatch, count) -> None:
    assert_case(name, tmp_path, monkeypatch, count, "plugin jemoji sites")


def test_reference_left_shortcodes_alone() -> None:
    text = (PLUGIN_CASES / "jemoji_text" / "out" / "index.html").read_text(encoding="utf-8")
    assert ":smile:" in text and "<img" not in text


def test_build_warns_that_emoji_are_not_converted(tmp_path: Path, monkeypatch) -> None:
    code, output, _ = build_plugin_case("jemoji_text", tmp_path, monkeypatch)
    assert code == 0
    assert "jemoji is not supported" in output
    assert jemoji.MESSAGE.startswith("jemoji is not supported")
