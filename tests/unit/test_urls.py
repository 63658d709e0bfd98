"""URL rules of Jekyll 3.10 (jekyll/jekyll v3.10.0 lib/jekyll/url.rb, page.rb, drops/url_drop.rb)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekpy import urls
from jekpy.config import style_to_permalink
from jekpy.errors import JekpyError
from jekpy.models import Page


def page(dir_: str, name: str, ext: str = ".html", **data) -> Page:
    p = Page(dir=dir_, name=name, path=None, data=data, content="")
    p.output_ext = ext
    return p


@pytest.mark.parametrize(
    ("dir_", "name", "style", "expected"),
    [
        ("", "index.html", "date", "/"),
        ("/about", "index.md", "date", "/about/"),
        ("", "about.md", "date", "/about.html"),
        ("", "about.md", "pretty", "/about/"),
        ("/a b", "c.md", "date", "/a%20b/c.html"),
    ],
)
def test_page_url_templates(dir_, name, style, expected):
    assert urls.page_url(page(dir_, name), style) == expected


def test_non_html_page_keeps_its_extension():
    p = page("/feeds", "atom.xml", ext=".xml")
    assert urls.page_url(p, "pretty") == "/feeds/atom.xml"


def test_page_permalink_wins_and_is_sanitized():
    assert urls.page_url(page("", "x.md", permalink="/a/../b//c/"), "date") == "/a/b/c/"


def test_weekdate_is_a_literal_template_on_jekyll_310():
    # 3.10 has no weekdate style: the word stays a template without placeholders.
    assert style_to_permalink("weekdate") == "weekdate"
    assert urls.add_permalink_suffix("/:path/:basename", "weekdate") == "/:path/:basename"


def test_unknown_placeholder_is_an_error_naming_the_file():
    with pytest.raises(JekpyError) as err:
        urls.from_drop("/:long_month/:title", lambda key: (_ for _ in ()).throw(KeyError(key)), "_posts/x.md")
    assert "doesn't have long_month keys" in str(err.value)
    assert err.value.path == "_posts/x.md"


def test_escape_path_encodes_like_addressable():
    assert urls.escape_path("a b/ü#x#y") == "a%20b/%C3%BC%23x#y"


@pytest.mark.parametrize(
    ("url", "ext", "expected"),
    [("/", ".html", "index.html"), ("/a/", ".html", "a/index.html"), ("/a.html", ".html", "a.html"),
     ("/feed", ".xml", "feed.xml"), ("/a%20b.html", ".html", "a b.html")],
)
def test_page_destination(url, ext, expected):
    assert urls.page_destination(url, ext) == expected


def test_document_destination_of_pretty_url():
    assert urls.document_destination("/2024/01/01/x/", ".html") == "2024/01/01/x/index.html"
    assert Path(urls.document_destination("/x", ".html")) == Path("x.html")
