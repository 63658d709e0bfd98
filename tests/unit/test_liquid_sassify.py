"""``sassify``/``scssify`` as Jekyll 3.10 runs them on Pages (jekyll-sass-converter 1.5.2).

The filters call the site's Sass/Scss converter (jekyll v3.10.0 lib/jekyll/filters.rb), so the
style is the page converter's: ``sass.style``, which Pages' production defaults make
``compressed``; load paths are ``sass.load_paths``, ``sass_dir`` and the theme's ``_sass``.
Expected outputs come from reference builds of the same sites (shared/oracle/pages-build,
whose Sass converters are patched to jekyll-sass-converter 1.5.2 + Ruby Sass 3.7.4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jekpy.build import build
from jekpy.errors import JekpyError

PAGE = """---
---
{% capture css1 %}@import "vars"; a { color: $c; b { d: e } }{% endcapture %}S1[{{ css1 | scssify }}]
{% capture css2 %}a
  b: c{% endcapture %}S2[{{ css2 | sassify }}]
S3[{{ "" | scssify }}]
"""


def build_page(tmp_path: Path, config: str, page: str) -> str:
    """Build a one-page site and return its index.html."""
    source = tmp_path / "src"
    (source / "_sass").mkdir(parents=True)
    (source / "_sass" / "_vars.scss").write_text("$c: red;\n")
    (source / "_config.yml").write_text(config)
    (source / "index.html").write_text(page)
    build(source, tmp_path / "out")
    return (tmp_path / "out" / "index.html").read_text()


def test_pages_production_style_is_compressed(tmp_path: Path) -> None:
    """No ``sass.style``: Pages' production default ``compressed`` (reference build)."""
    assert build_page(tmp_path, "theme: null\n", PAGE) == (
        "S1[a{color:red}a b{d:e}\n]\nS2[a{b:c}\n]\nS3[]\n")


def test_site_style_is_used(tmp_path: Path) -> None:
    """``sass: {style: expanded}`` applies to the filters too (reference build)."""
    assert build_page(tmp_path, "theme: null\nsass:\n  style: expanded\n", PAGE) == (
        "S1[a {\n  color: red;\n}\na b {\n  d: e;\n}\n]\nS2[a {\n  b: c;\n}\n]\nS3[]\n")


def test_load_paths_and_theme_sass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``sass.load_paths`` and the theme's ``_sass`` are searched, as for .scss pages
    (reference build with jekyll-theme-cayman, whose $header-heading-color is #fff)."""
    themes = tmp_path / "themes"
    (themes / "jekyll-theme-cayman" / "_sass").mkdir(parents=True)
    (themes / "jekyll-theme-cayman" / "_sass" / "variables.scss").write_text(
        "$header-heading-color: #fff !default;\n")
    monkeypatch.setenv("JEKPY_THEME_PATH", str(themes))
    (tmp_path / "src" / "extra").mkdir(parents=True)
    (tmp_path / "src" / "extra" / "_zz.scss").write_text("$z: 3px;\n")
    page = ('---\n---\n{% capture c %}@import "variables"; @import "zz"; '
            "a { color: $header-heading-color; b: $z }{% endcapture %}{{ c | scssify }}\n")
    config = "theme: jekyll-theme-cayman\nsass:\n  load_paths: [extra]\n"
    assert build_page(tmp_path, config, page) == "a{color:#fff;b:3px}\n\n"


def test_sass_error_is_a_liquid_argument_error(tmp_path: Path) -> None:
    """The converter's SyntaxError is an ArgumentError: Liquid's strainer wraps it (reference
    build: ``Liquid error (line 2): Undefined variable: "$nope". on line 1``)."""
    page = ("---\n---\nline\n{% capture c %}a { b: $nope; }{% endcapture %}"
            "{{ c | scssify }}\n")
    with pytest.raises(JekpyError) as info:
        build_page(tmp_path, "theme: null\n", page)
    assert info.value.message == 'Liquid error (line 2): Undefined variable: "$nope". on line 1'
