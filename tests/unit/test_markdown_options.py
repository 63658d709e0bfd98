"""Unit tests for jekpy.markdown.options: merging a site's ``kramdown:`` block and parsing values."""

from __future__ import annotations

import sys
from pathlib import Path

try:
    from jekpy.markdown import options
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from jekpy.markdown import options


def test_top_level_keys_replace_and_highlighter_options_merge() -> None:
    merged = options.merge({"auto_ids": False, "syntax_highlighter_opts": {"css_class": "x"}})
    assert merged["auto_ids"] is False
    assert merged["input"] == "GFM"
    assert merged["syntax_highlighter_opts"] == {
        "default_lang": "plaintext", "guess_lang": True, "css_class": "x"}


def test_guess_lang_is_copied_like_jekyll() -> None:
    merged = options.merge({"guess_lang": False, "syntax_highlighter_opts": {"guess_lang": True}})
    assert merged["syntax_highlighter_opts"]["guess_lang"] is False


def test_values_are_parsed_like_kramdown() -> None:
    opts = options.build(options.merge({
        "toc_levels": "2..3", "smart_quotes": "apos,apos,quot,quot", "footnote_nr": "5",
        ":entity_output": ":numeric", "gfm_quirks": [], "input": "kramdown"}))
    assert opts.toc_levels == frozenset({2, 3})
    assert opts.smart_quotes == ("apos", "apos", "quot", "quot")
    assert opts.footnote_nr == 5
    assert opts.entity_output == "numeric"
    assert opts.gfm_quirks == frozenset()
    assert opts.gfm is False


def test_invalid_values_fall_back_to_defaults() -> None:
    opts = options.build(options.merge({"toc_levels": "x..y", "entity_output": "bogus"}))
    assert opts.toc_levels == frozenset(range(1, 7))
    assert opts.entity_output == "as_char"


def test_inline_options_follow_options_rb() -> None:
    parsed = options.parse_inline({"auto_ids": "false", "footnote_nr": "10", "template": "x",
                                   "syntax_highlighter_opts": "{default_lang: ruby}"})
    assert parsed == {"auto_ids": False, "footnote_nr": 10,
                      "syntax_highlighter_opts": {"default_lang": "ruby"}}
