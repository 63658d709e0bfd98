"""jekyll-redirect-from: ``tests/plugins/redirect_*`` sites built with jekpy must equal the reference's ``out/``."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plugin_seo_tag import PLUGIN_CASES, assert_case, plugin_cases

from jekpy.models import Page
from jekpy.plugins import redirect_from

SKIP: dict[str, str] = {}


@pytest.mark.parametrize("name", plugin_cases("redirect"))
def test_redirect_case(name: str, tmp_path: Path, monkeypatch, count) -> None:
    if name in SKIP:
        pytest.skip(SKIP[name])
    assert_case(name, tmp_path, monkeypatch, count, "plugin redirect sites")


def test_reference_redirect_page_format() -> None:
    text = (PLUGIN_CASES / "redirect_basic" / "out" / "c.html").read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>\n")
    assert 'url=https://redir.example.org/base/moved.html">' in text


def _page(data: dict) -> Page:
    return Page(dir="", name="x.html", path=None, data=data, content="")


def test_redirect_from_and_to_values() -> None:
    assert redirect_from.redirect_from(_page({"redirect_from": ["/a", None, "b"]})) == ["/a", "b"]
    assert redirect_from.redirect_from(_page({"redirect_from": "/a"})) == ["/a"]
    assert redirect_from.redirect_from(_page({})) == []
    assert redirect_from.redirect_to(_page({"redirect_to": [None, "/x", "/y"]})) == "/x"
    assert redirect_from.redirect_to(_page({})) is None
