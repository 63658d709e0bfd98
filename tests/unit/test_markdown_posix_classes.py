"""Ruby's ``[[:alpha:]]``/``[[:alnum:]]`` as jekpy.markdown writes them (REXML tag names)."""

from __future__ import annotations

import re

import pytest

from jekpy.markdown import markdownify
from jekpy.markdown.posix_classes import alnum_class, alpha_class, word_class

# (character, in Ruby's [[:alpha:]], in Ruby's [[:alnum:]]), checked with Ruby 3.1 / Onigmo.
SAMPLES = [
    ("a", True, True), ("ß", True, True), ("中", True, True),
    ("\u0cbe", True, True),   # KANNADA VOWEL SIGN AA: Other_Alphabetic (a mark)
    ("\u24b6", True, True),   # CIRCLED LATIN CAPITAL LETTER A: So, but Alphabetic
    ("\u0ccd", False, False),  # KANNADA SIGN VIRAMA: a mark, not Alphabetic
    ("5", False, True), ("\u0665", False, True),  # decimal digits
    ("\u00b2", False, False), ("\u00bd", False, False),  # No: Python's \w has them
    ("_", False, False), ("-", False, False),
]


@pytest.mark.parametrize(("ch", "alpha", "alnum"), SAMPLES)
def test_classes_match_ruby(ch: str, alpha: bool, alnum: bool) -> None:
    """Membership as Ruby reports it, also inside an ``re.ASCII`` pattern (as the parser's)."""
    assert bool(re.fullmatch(alpha_class(), ch, re.ASCII)) is alpha
    assert bool(re.fullmatch(alnum_class(), ch, re.ASCII)) is alnum


def test_tag_name_with_combining_marks() -> None:
    """kramdown opens an element for ``<ಸಾರಾಂಶ>`` (letters with vowel signs)."""
    assert markdownify("<ಸಾರಾಂಶ>\nx\n", {}) == "<ಸಾರಾಂಶ>\nx\n</ಸಾರಾಂಶ>\n"


#: Ruby 3.1's ``/\p{Word}/`` per character (ruby -e): No digits and Join_Control are not word
#: characters; circled letters, Roman numerals, marks and every connector punctuation are.
WORD_SAMPLES = [("a", True), ("_", True), ("9", True), ("\u0663", True), ("\u24b6", True),
                ("\u216b", True), ("\u203f", True), ("\u0cbe", True), ("\u02c6", True),
                ("\u00b2", False), ("\u00bd", False), ("\u2460", False), ("\u200d", False),
                ("-", False), (" ", False)]


@pytest.mark.parametrize(("ch", "word"), WORD_SAMPLES)
def test_word_class_matches_ruby(ch: str, word: bool) -> None:
    """Membership in ``\\p{Word}`` as Ruby reports it."""
    assert bool(re.fullmatch(word_class(), ch, re.ASCII)) is word


def test_gfm_header_ids_drop_what_ruby_word_drops() -> None:
    """gfm.rb's NON_WORD_RE removes ``²``, ``½``, ``①`` and keeps ``‿``, vowel signs and ``Ⓐ``
    (expected output from Ruby kramdown 2.4.0 + kramdown-parser-gfm 1.1.0)."""
    html = markdownify("# a²b ½ ①\n\n# ಕಾ x‿y\n\n# É_z-Ⓐ\n", {})
    assert html == ('<h1 id="ab--">a²b ½ ①</h1>\n\n<h1 id="ಕಾ-x‿y">ಕಾ x‿y</h1>\n\n'
                    '<h1 id="é_z-ⓐ">É_z-Ⓐ</h1>\n')
