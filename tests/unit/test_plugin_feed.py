"""jekyll-feed: ``tests/plugins/feed_*`` sites built with jekpy must equal the reference's ``out/``."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plugin_seo_tag import PLUGIN_CASES, assert_case, plugin_cases

from jekpy.plugins import feed

SKIP: dict[str, str] = {}


@pytest.mark.parametrize("name", plugin_cases("feed"))
def test_feed_case(name: str, tmp_path: Path, monkeypatch, count) -> None:
    if name in SKIP:
        pytest.skip(SKIP[name])
    assert_case(name, tmp_path, monkeypatch, count, "plugin feed sites")


def test_reference_feeds_exist() -> None:
    feeds = [p for case in plugin_cases("feed") for p in (PLUGIN_CASES / case / "out").rglob("*.xml")]
    assert any(p.name == "feed.xml" for p in feeds)
    assert all(p.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?><')
               and "<feed xmlns=" in p.read_text(encoding="utf-8") for p in feeds if p.name != "feed.xslt.xml")


def test_feed_paths() -> None:
    collections = feed.feed_collections({"path": "/atom.xml", "categories": ["a", "a"],
                                         "collections": ["recipes"]})
    assert collections["posts"] == {"path": "/atom.xml", "categories": ["a"]}
    assert feed.feed_path(collections) == "/atom.xml"
    assert feed.feed_path(collections, "posts", "a") == "/feed/a.xml"
    assert feed.feed_path(collections, "recipes") == "/feed/recipes.xml"
    assert feed.feed_path(collections, "recipes", "soup") == "/feed/recipes/soup.xml"


def test_xml_attr_quotes_and_escapes() -> None:
    assert feed.xml_attr('a & "b" <c>') == '"a &amp; &quot;b&quot; &lt;c&gt;"'


def test_template_is_minified() -> None:
    text = feed.template_text("feed.xml", feed.MINIFY)
    assert "comment" not in text
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>{% if page.xsl %}')
    assert ">\n" not in text and "}\n" not in text
