"""Smart quotes next to characters whose word-ness differs between Python's ``\\w`` and Ruby.

kramdown's smart-quote rules use ``\\B`` and ``s\\b`` (smart_quotes.rb); Ruby's Unicode ``\\b``
counts ``\\p{Word}`` (letters incl. ``Ⓐ``, marks, ``‿``) plus Onigmo's Latin-1 ``²³¹¼½¾``
as word characters, but not other ``No`` digits such as ``①``. The expected HTML in
data/markdown_smartquote_word.json was produced by Ruby kramdown for every character in
``²³¹¼½¾①Ⓐ‿é`` + U+0301, ``a``, ``1``, ``-`` and the templates below, with::

    Kramdown::Document.new(text, input: 'GFM', hard_wrap: false).to_html
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from jekpy.markdown import markdownify
from jekpy.markdown.patterns import RUBY_WORD

_DATA = Path(__file__).parent / "data" / "markdown_smartquote_word.json"


def test_smart_quotes_match_ruby_next_to_unicode_word_characters() -> None:
    cases = json.loads(_DATA.read_text(encoding="utf-8"))["cases"]
    assert len(cases) == 140
    wrong = {text: markdownify(text) for text, html in cases.items() if markdownify(text) != html}
    assert not wrong


def test_ruby_word_characters() -> None:
    word = re.compile(RUBY_WORD)
    for ch in "aé\u0301Ⓐ‿_²³¹¼½¾7":
        assert word.fullmatch(ch), ch
    for ch in "①⑴ ·-.'":
        assert not word.fullmatch(ch), ch
