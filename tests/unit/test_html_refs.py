"""References and characters in Nokogiri fragments (jekpy.plugins.html_refs, mentions.parse_fragment).

Expected values: ``Nokogiri::HTML::DocumentFragment.parse(%(<p title="X">X</p>)).to_html`` printed
by the reference renderer's Nokogiri 1.13.10 (libxml2 2.9.14), the library jemoji and
jekyll-mentions re-serialise pages with.
"""

from __future__ import annotations

import pytest

from jekpy.plugins.mentions import parse_fragment, serialize


@pytest.mark.parametrize(("ref", "expected"), [
    ("&apos;", "<p title=\"'\">'</p>"),
    ("&check;", '<p title="&amp;check;">&amp;check;</p>'),
    ("&copy", '<p title="&amp;copy">&amp;copy</p>'),
    ("&copy;x", '<p title="\u00a9x">\u00a9x</p>'),
    ("&amp", '<p title="&amp;amp">&amp;amp</p>'),
    ("&#128;", '<p title="\x80">\x80</p>'),
    ("&#x80;", '<p title="\x80">\x80</p>'),
    ("&#0;", '<p title=""></p>'),
    ("&#xD800;", '<p title=""></p>'),
    ("&#1114112;", '<p title=""></p>'),
    ("&#65", '<p title="A">A</p>'),
    ("&#x41z", '<p title="Az">Az</p>'),
    ("&nbsp", '<p title="&amp;nbsp">&amp;nbsp</p>'),
    ("&AMP;", '<p title="&amp;AMP;">&amp;AMP;</p>'),
    ("&hellip;", '<p title="\u2026">\u2026</p>'),
    ("&notit;", '<p title="&amp;notit;">&amp;notit;</p>'),
    ("&not;", '<p title="\u00ac">\u00ac</p>'),
    ("&#;", '<p title=""></p>'),
    ("&#x;", '<p title=""></p>'),
    ("& b", '<p title="&amp; b">&amp; b</p>'),
    ("&1;", '<p title="&amp;1;">&amp;1;</p>'),
    ("&#x7f;", '<p title="\x7f">\x7f</p>'),
    ("&#60;", '<p title="&lt;">&lt;</p>'),
    ("&#34;", "<p title='\"'>\"</p>"),
    ("&#xfdd0;", '<p title="\ufdd0">\ufdd0</p>'),
])
def test_references_read_as_libxml2(ref: str, expected: str) -> None:
    assert serialize(parse_fragment(f'<p title="{ref}">{ref}</p>')) == expected


def test_control_characters_dropped_and_raw_text_kept() -> None:
    html = '<p>a\x03b\x0bc\x7fd\x85e\ufffef</p><a title="x\x03y">q</a><script>s\x03t &copy</script><!-- &copy -->'
    assert serialize(parse_fragment(html)) == (
        '<p>abc\x7fd\x85ef</p><a title="xy">q</a><script>st &copy</script><!-- &copy -->')


@pytest.mark.parametrize(("html", "expected"), [
    ('<embed src="x">t<p>a</p>', '<embed src="x">t<p>a</p></embed>'),
    ("<table><thead><tr><th>a<th>b<tbody><tr><td>1<td>2</table>",
     "<table>\n<thead><tr>\n<th>a</th>\n<th>b</th>\n</tr></thead>\n<tbody><tr>\n<td>1</td>\n<td>2</td>\n"
     "</tr></tbody>\n</table>"),
    ("<table><tr><td><b>x<tbody><tr><td>b</table>",
     "<table><tr><td><b>x<tbody><tr><td>b</td></tr></tbody></b></td></tr></table>"),
    ("<dl><dd>a<dd>b</dl>", "<dl><dd>a<dd>b</dd>\n</dd></dl>"),
    ('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>t</title></head>\n<p>x</p>\n</html>\n',
     '\n\n<meta charset="utf-8"><title>t</title>\n<p>x</p>\n\n'),
])
def test_tree_building_as_libxml2(html: str, expected: str) -> None:
    assert serialize(parse_fragment(html)) == expected
