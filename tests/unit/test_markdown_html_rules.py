"""Raw HTML parsing (rules/html.py) after its speed work.

* The ASCII-first tag matchers (``_ascii_first``, ``_check_tag``) give the Unicode patterns'
  match wherever they accept one: on every ``<`` of random tags mixing ASCII and non-ASCII
  name characters, quotes, blanks and ``=``.
* The raw-body loop (``parse_raw_html``: next ``<`` by ``str.find``) on non-ASCII bodies,
  stray ``<``, a ``<`` as last character, comments, instructions, ``markdown="1"`` bodies
  (block parsing rebases the scanned string), script/style bodies: expected HTML from Ruby
  kramdown 2.4.0 with Pages' options (generated with benchmarks/markdown_differential.py's
  ``kramdown``).
"""

from __future__ import annotations

import random

import pytest

from jekpy.markdown import convert
from jekpy.markdown.patterns import (
    HTML_ATTRIBUTE_RE_ASCII,
    HTML_TAG,
    HTML_TAG_CLOSE_RE,
    HTML_TAG_CLOSE_RE_ASCII,
    HTML_TAG_FAST_RE_ASCII,
    HTML_TAG_RE,
    HTML_TAG_RE_ASCII,
    ascii_names,
)
from jekpy.markdown.rules.html import _ascii_first, parse_html_attributes
from jekpy.markdown.scanner import rx

_ATOMS = ["<", ">", "/", "=", '"', "'", " ", "\n", "a", "b", ":", "-", ".", "\u00e9", "\u00f6",
          "_", "1", "x:y", "\u00fc=", "\u0915\u093e", "ab", "\t", "\u00b2", "\u24b6"]
_HEADS = ["<", "<a", "<div", "</a", "</div", "<x:y", "<\u00e9"]


def _random_tags(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [rnd.choice(_HEADS) + "".join(rnd.choice(_ATOMS) for _ in range(rnd.randint(0, 12)))
            for _ in range(count)]


@pytest.mark.parametrize(("ascii_rx", "unicode_rx"), [
    (HTML_TAG_FAST_RE_ASCII, HTML_TAG_RE), (HTML_TAG_CLOSE_RE_ASCII, HTML_TAG_CLOSE_RE)])
def test_ascii_first_matches_unicode_pattern(ascii_rx, unicode_rx) -> None:
    """Same groups and end as the Unicode pattern on 40 000 random tags (non-ASCII strings)."""
    match = _ascii_first(ascii_rx, unicode_rx)
    matched = 0
    for tag in _random_tags(40000, 3):
        text = tag + " \u00e9"
        got, want = match(text, 0), unicode_rx.full.match(text, 0)
        assert (got is None) == (want is None), text
        if want is not None:
            matched += 1
            assert (got.end(), got.group(1)) == (want.end(), want.group(1)), text
            if unicode_rx is HTML_TAG_RE:  # group 2 may keep one more leading blank
                assert got.group(4) == want.group(4), text
                assert parse_html_attributes(got.group(2)) == parse_html_attributes(
                    want.group(2)), text
    assert matched > 500


CASES = [
    ("<div>é <span title='ü'>x</span> <b>y</b></div>\n",
     '<div>é <span title="ü">x</span> <b>y</b></div>\n'),
    ('<div>\n<p class="é">text</p>\n<öl>x</öl>\n</div>\n',
     '<div>\n<p class="é">text</p>\n<öl>x</öl>\n</div>\n'),
    ('<div>a <',
     '<div>a &lt;\n</div>\n'),
    ('<div>a <x',
     '<div>a &lt;x\n</div>\n'),
    ('<div>a < b <!x <? <!-- c --> <?pi?> </span> </div> tail\n',
     '<div>a &lt; b &lt;!x <? <!-- c --> <?pi?> &lt;/span&gt; </div>\n<p>tail</p>\n'),
    ('<div class="row">\n<div markdown="1">\n**b** é\n</div>\n<p>x</p>\n</div>\n',
     '<div class="row">\n<div>\n    <p><strong>b</strong> é</p>\n  </div>\n<p>x</p>\n</div>\n'),
    ('<details>é<summary>s</summary>\n<dévé>x</dévé>\n</details>\n',
     '<details>é<summary>s</summary>\n<dévé>x</dévé>\n</details>\n'),
    ('Text é <span a=b c=\'d\' e="f">s</span> <x:y>z</x:y> <aé>q</aé> </b>\n',
     '<p>Text é <span a="b" c="d" e="f">s</span> <x:y>z</x:y> <aé>q</aé> &lt;/b&gt;</p>\n'),
    ('<table>\n<tr><td>é</td><td title=x>y</td></tr>\n</table>\n',
     '<table>\n<tr><td>é</td><td title="x">y</td></tr>\n</table>\n'),
    ('<div><script>if (a<b) {}</script><style>p{}</style>é</div>\n',
     '<div><script>if (a<b) {}</script><style>p{}</style>é</div>\n'),
    ('<ul>\n<li>é <img src="x"/> <br> <input type=checkbox></li>\n</ul>\n',
     '<ul>\n<li>é <img src="x" /> <br /> <input type="checkbox" /></li>\n</ul>\n')
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_raw_html_bodies_match_kramdown(text: str, expected: str) -> None:
    """Raw HTML bodies convert as Ruby kramdown converts them."""
    assert convert(text) == expected


def test_ascii_tag_pattern_matches_kramdowns() -> None:
    """HTML_TAG_ASCII (rewritten for speed) matches what kramdown's HTML_TAG with ASCII names
    matches: same end, name and self-closing slash, the same attributes."""
    kramdowns = rx(ascii_names(HTML_TAG), dotall=True).full
    assert kramdowns is HTML_TAG_RE_ASCII.full
    rnd = random.Random(5)
    atoms = ["<", ">", "/", "=", '"', "'", " ", "\n", "a", "b", ":", "-", ".", "_", "1", "x:y",
             "\t", "ab=c", ' c="d>e"', " f='g\"h'", " i=j/", "  "]
    matched = 0
    for _ in range(60000):
        text = rnd.choice(["<a", "<div", "<x:y", "<"]) + "".join(
            rnd.choice(atoms) for _ in range(rnd.randint(0, 12)))
        got, want = HTML_TAG_FAST_RE_ASCII.full.match(text), kramdowns.match(text)
        assert (got is None) == (want is None), text
        if want is not None:
            matched += 1
            assert (got.end(), got.group(1), got.group(4)) == (
                want.end(), want.group(1), want.group(4)), text
            assert parse_html_attributes(got.group(2)) == parse_html_attributes(want.group(2))
    assert matched > 3000


def _attributes_by_kramdowns_pattern(text: str) -> dict[str, str]:
    attrs = {}
    for m in HTML_ATTRIBUTE_RE_ASCII.full.finditer(text):
        value = m.group(2) if m.group(2) is not None else m.group(4)
        attrs[m.group(1).lower()] = value if value is not None else ""
    return attrs


def test_ascii_attribute_scan_matches_kramdowns() -> None:
    """parse_html_attributes on ASCII text (HTML_ATTRIBUTE_FAST_RE_ASCII) reads the attributes
    kramdown's HTML_ATTRIBUTE (ASCII names) reads, on random attribute texts."""
    rnd = random.Random(9)
    atoms = [" ", "\n", "\t", "a", "B", "x:y", ":", "-", ".", "_", "1", "=", '"', "'", "v",
             '="q"', "='s'", "=w", ' c="d e"', "/", ">", "=''"]
    nonempty = 0
    for _ in range(40000):
        text = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 12)))
        got = parse_html_attributes(text)
        assert got == _attributes_by_kramdowns_pattern(text), repr(text)
        nonempty += bool(got)
    assert nonempty > 10000
