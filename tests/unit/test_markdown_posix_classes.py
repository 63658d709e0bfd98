"""Ruby's ``[[:alpha:]]``/``[[:alnum:]]`` as jekpy.markdown writes them (REXML tag names)."""

from __future__ import annotations

import re

import pytest

from jekpy.markdown import markdownify
from jekpy.markdown.posix_classes import alnum_class, alpha_class

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
