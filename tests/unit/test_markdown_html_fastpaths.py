"""The HTML converter's fast paths write what its general code writes.

* code spans without attributes: one opening tag per document when the highlighter writes
  them as escaped plain text (``CodeMixin.plain_span_opening``);
* smart quotes and typographic symbols: written once per value and document (``inner``);
* table rows writing their own cells (``convert_tr``) instead of each cell finding its column
  (``convert_td``).

Each case converts with the fast path and with it switched off, over several option sets.
"""

from __future__ import annotations

import dataclasses

import pytest

from jekpy.markdown import _configured, _key
from jekpy.markdown.html import HtmlConverter

_HIGHLIGHTER_OPTIONS = [
    None,
    {"guess_lang": False},
    {"syntax_highlighter_opts": {"guess_lang": False}},
    {"syntax_highlighter_opts": {"default_lang": "python"}},
    {"syntax_highlighter_opts": {"default_lang": "nosuchlang"}},
    {"syntax_highlighter_opts": {"guess_lang": False}},
    {"syntax_highlighter_opts": {"disable": True}},
    {"syntax_highlighter_opts": {"formatter": "HTML"}},
    {"syntax_highlighter_opts": {"line_numbers": True}},
    {"syntax_highlighter_opts": {"span": {"line_numbers": True}}},
    {"syntax_highlighter_opts": {"span": {"default_lang": "ruby"}}},
    {"syntax_highlighter": None},
    {"syntax_highlighter": "minted"},
]

# Past Jekyll's adjustments (which always set default_lang and guess_lang): the options as
# kramdown alone would see them.
_RAW_HIGHLIGHTER_OPTIONS = [
    {},
    {"guess_lang": True},
    {"default_lang": "plaintext"},
    {"default_lang": "text", "guess_lang": False},
    {"default_lang": "plaintext", "span": {"formatter": "HTMLTable"}},
]

_SYMBOL_OPTIONS = [
    None,
    {"entity_output": "symbolic"},
    {"entity_output": "numeric"},
    {"entity_output": "as_input"},
    {"smart_quotes": "apos,apos,quot,quot"},
    {"smart_quotes": "nosuch,rsquo,laquo,raquo"},
    {"typographic_symbols": {"hellip": "...", "mdash": "--", "laquo_space": "<<"}},
]

_SPANS = "`a<b&c` and `x` and `y`{: .language-ruby} and `def f(): pass`{: .language-python}\n"
_SYMBOLS = "'single' \"double\" -- --- ... << >> << x >> rock'n'roll '80s \"a 'b' c\"\n"
_TABLE = "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 | 4 |\n| x |\n{: style=\"s\"}\n"


def _parse(text: str, options: dict | None):
    opts, parser, _ = _configured(_key(options))
    root = parser.parse(text)
    changed = root.options.get("options")
    if changed:
        opts = dataclasses.replace(opts, **changed)
    return root, opts


@pytest.mark.parametrize("options", _HIGHLIGHTER_OPTIONS)
def test_plain_code_spans_match_the_highlighter_path(options):
    root, opts = _parse(_SPANS, options)
    fast = HtmlConverter(root, opts).convert(root)
    general = HtmlConverter(root, opts)
    general._plain_span_open = ""  # "" = no fast path
    assert fast == general.convert(root)
    assert fast.count("<code") == 4


@pytest.mark.parametrize("raw", _RAW_HIGHLIGHTER_OPTIONS)
def test_plain_code_spans_with_kramdown_options(raw):
    root, opts = _parse(_SPANS, None)
    opts = dataclasses.replace(opts, syntax_highlighter_opts=raw)
    fast = HtmlConverter(root, opts).convert(root)
    general = HtmlConverter(root, opts)
    general._plain_span_open = ""
    assert fast == general.convert(root)


def test_plain_code_span_on_pages_options():
    root, opts = _parse("`a<b`\n", None)
    converter = HtmlConverter(root, opts)
    assert converter.plain_span_opening() == '<code class="language-plaintext highlighter-rouge">'
    assert converter.convert(root) == (
        '<p><code class="language-plaintext highlighter-rouge">a&lt;b</code></p>\n')


@pytest.mark.parametrize("options", _SYMBOL_OPTIONS)
def test_symbols_written_once_per_value_match_their_converters(options):
    root, opts = _parse(_SYMBOLS * 2, options)
    converter = HtmlConverter(root, opts)
    converter.convert(root)
    seen = 0
    for el in root.children[0].children:
        if el.type in ("smart_quote", "typographic_sym"):
            fresh = getattr(HtmlConverter(root, opts), f"convert_{el.type}")(el, 0)
            assert converter._symbols[el.value] == fresh
            seen += 1
    assert seen > 20


class _CellByCell(HtmlConverter):
    """Rows through the general ``convert_table``: every cell finds its own column."""

    convert_tr = HtmlConverter.convert_table


@pytest.mark.parametrize("text", [_TABLE, "| a |\n|---|\n| b |\n", "a | b\n- | -:\n\n|x|y|\n"])
def test_rows_write_cells_as_cells_alone_do(text):
    root, opts = _parse(text, None)
    fast = HtmlConverter(root, opts).convert(root)
    assert fast == _CellByCell(root, opts).convert(root)
    assert "<td" in fast
