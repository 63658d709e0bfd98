"""Configuration: Jekyll 3.10 defaults under github-pages v232's merge (see docs/pages-rules.md)."""

from __future__ import annotations

import pytest

from jekpy import config, github_pages
from jekpy.errors import ConfigError


def load(tmp_path, text: str | None, **kwargs):
    if text is not None:
        (tmp_path / "_config.yml").write_text(text, encoding="utf-8")
    return config.load(tmp_path, **kwargs)


def test_jekyll_default_future_beats_pages_default(tmp_path):
    assert load(tmp_path, "title: x\n")["future"] is False


def test_forced_settings_win_over_the_site(tmp_path):
    cfg = load(tmp_path, "safe: false\nhighlighter: pygments\nkramdown:\n  math_engine: katex\n  auto_ids: false\n")
    assert cfg["safe"] is True
    assert cfg["highlighter"] == "rouge"
    assert cfg["kramdown"]["math_engine"] == "mathjax"
    assert cfg["kramdown"]["auto_ids"] is False  # not forced: the site's value stays


def test_theme_defaults_to_primer_unless_the_key_is_present(tmp_path):
    assert load(tmp_path, "title: x\n")["theme"] == "jekyll-theme-primer"
    assert load(tmp_path, "theme: null\n")["theme"] is None


def test_cname_excluded_only_with_the_default_exclude(tmp_path):
    assert "CNAME" in load(tmp_path, "title: x\n")["exclude"]
    assert load(tmp_path, "exclude: [docs]\n")["exclude"] == ["docs"]


def test_production_sass_is_compressed_unless_set(tmp_path):
    assert load(tmp_path, "title: x\n")["sass"]["style"] == "compressed"
    assert load(tmp_path, "sass:\n  style: expanded\n")["sass"]["style"] == "expanded"
    assert "sass" not in load(tmp_path, "title: x\n", environment="development")


def test_plugins_union_with_pages_defaults_and_renamed_gems(tmp_path):
    cfg = load(tmp_path, "gems: [jekyll-feed, jekyll-foo]\n")
    assert cfg["plugins"][:2] == ["jekyll-feed", "jekyll-foo"]
    assert set(github_pages.DEFAULT_PLUGINS) <= set(cfg["plugins"])
    assert github_pages.ignored_plugins(cfg) == ["jekyll-foo"]


def test_unknown_markdown_engine_becomes_kramdown(tmp_path):
    assert load(tmp_path, "markdown: redcarpet\n")["markdown"] == "kramdown"


def test_several_config_files_merge_in_order(tmp_path):
    a = tmp_path / "a.yml"
    a.write_text("title: a\nauthor:\n  name: A\n  email: a@x\n")
    b = tmp_path / "b.yml"
    b.write_text("title: b\nauthor:\n  name: B\n")
    cfg = config.load(tmp_path, [a, b])
    assert cfg["title"] == "b"
    assert cfg["author"] == {"name": "B", "email": "a@x"}


def test_posts_collection_gets_the_permalink_style(tmp_path):
    cfg = load(tmp_path, "permalink: pretty\ncollections: [recipes]\n")
    assert cfg["collections"]["posts"] == {"output": True, "permalink": "/:categories/:year/:month/:day/:title/"}
    assert cfg["collections"]["recipes"] == {}


def test_bad_yaml_is_located(tmp_path):
    with pytest.raises(ConfigError) as err:
        load(tmp_path, "title: ok\nbad: [1,\n")
    assert err.value.path == "_config.yml"
    assert err.value.line == 3


def test_config_must_be_a_mapping(tmp_path):
    with pytest.raises(ConfigError, match="INVALID"):
        load(tmp_path, "- a\n")


def test_missing_named_config_file(tmp_path):
    with pytest.raises(ConfigError, match="could not be found"):
        config.load(tmp_path, [tmp_path / "nope.yml"])
