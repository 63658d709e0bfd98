"""One ``slugify`` for permalinks (jekpy.utils) and the Liquid filter (jekpy.liquid.filters.text).

``data/jekyll310_slugify.json`` holds [text, mode, cased, slug] as Ruby 3.1 running Jekyll 3.10's
lib/jekyll/utils.rb ``Utils.slugify(text, mode: mode, cased: cased)`` (with the i18n gem) gave it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.filters.text import slugify as slugify_filter
from jekpy.utils import slugify

CASES = json.loads((Path(__file__).parent / "data" / "jekyll310_slugify.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "mode", "cased", "expected"), CASES, ids=[f"{c[0]!r}-{c[1]}-{c[2]}" for c in CASES])
def test_slugify_as_jekyll_310(text: str, mode: str | None, cased: bool, expected: str, count) -> None:
    """Modes, Ruby's ``[[:alnum:]]`` and ASCII ``\\s``, downcase without Final_Sigma, trimming."""
    got = slugify(text, mode, cased)
    count("jekyll 3.10 slugify", got == expected)
    assert got == expected


@pytest.mark.parametrize(("text", "mode", "cased", "expected"), [c for c in CASES if not c[2]],
                         ids=[f"{c[0]!r}-{c[1]}" for c in CASES if not c[2]])
def test_slugify_filter_is_the_same_rule(text: str, mode: str | None, cased: bool, expected: str) -> None:
    """The filter passes its mode through (nil is the default mode) and never keeps case."""
    assert not cased
    assert slugify_filter(text, mode) == expected


def test_slugify_filter_argument_handling() -> None:
    """nil stays nil (utils gives ``""`` for permalinks); a non-string fails like Ruby's gsub;
    the mode is ``to_s`` (an unknown one only downcases)."""
    assert slugify_filter(None) is None
    assert slugify(None) == ""
    assert slugify_filter("A B", 5) == "a b"
    with pytest.raises(JekyllTagError, match="undefined method `gsub' for 5:Integer"):
        slugify_filter(5)


def test_alphabetic_marks_table_is_ordered_pairs() -> None:
    """The half-open ranges of marks Ruby calls alnum: increasing bounds, in pairs, so that
    ``bisect`` lands on an odd index exactly inside a range; only marks are looked up there."""
    import unicodedata

    from jekpy.utils import _ALPHABETIC_MARKS, _is_alnum

    bounds = list(_ALPHABETIC_MARKS)
    assert len(bounds) % 2 == 0
    assert bounds == sorted(set(bounds))
    assert _is_alnum("\u093f") and not _is_alnum("\u094d")  # Devanagari vowel sign i, virama
    assert _is_alnum("\u064e") and not _is_alnum("\u0301")  # Arabic fatha, combining acute
    assert all(unicodedata.category(chr(low))[0] == "M" for low in bounds[::2])
