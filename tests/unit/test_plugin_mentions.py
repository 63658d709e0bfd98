"""jekyll-mentions: ``tests/plugins/mentions_*`` sites built with jekpy must equal the reference's ``out/``."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plugin_seo_tag import assert_case, plugin_cases

from jekpy.plugins import mentions

SKIP: dict[str, str] = {}


@pytest.mark.parametrize("name", plugin_cases("mentions"))
def test_mentions_case(name: str, tmp_path: Path, monkeypatch, count) -> None:
    if name in SKIP:
        pytest.skip(SKIP[name])
    monkeypatch.delenv("GITHUB_HOSTNAME", raising=False)
    monkeypatch.setenv("SSL", "true")
    assert_case(name, tmp_path, monkeypatch, count, "plugin mentions sites")


def test_reserved_names_stay_text() -> None:
    assert mentions.link_mentions("@mentioned @bob", "https://x") == (
        "@mentioned <a href='https://x/bob' class='user-mention'>@bob</a>")


def test_base_url_from_environment(monkeypatch) -> None:
    monkeypatch.setenv("SSL", "true")
    monkeypatch.setenv("GITHUB_HOSTNAME", "ghe.example.com/")
    assert mentions.mention_base({}) == "https://ghe.example.com"
    assert mentions.mention_base({"jekyll-mentions": {"base_url": "https://t.co"}}) == "https://t.co"


def test_serializer_formats_like_libxml2() -> None:
    html = "<ul><li>a<li>b</ul><br /><p class='c'>x &amp; &rsquo;</p>"
    assert mentions.serialize(mentions.parse_fragment(html)) == (
        '<ul>\n<li>a</li>\n<li>b</li>\n</ul><br><p class="c">x &amp; \u2019</p>')
