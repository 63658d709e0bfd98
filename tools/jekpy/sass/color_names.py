"""Colour keywords in evaluated SassScript, compressed output.

In compressed output Ruby Sass 3.7.4 prints every colour value by ``Color#smallest``
(``lib/sass/script/value/color.rb``: the written form, the keyword, the short hex; the first
wins a tie), wherever the colour sits: ``$abbr: 1px black dotted`` prints ``1px #000 dotted``,
``@include m(1px solid white)`` gives ``#fff``.  libsass does so for a colour that is a whole
value but keeps the keyword inside a list.  Colour keywords in evaluated places (variable
values, ``@include`` arguments, ``@return`` values, declaration values that Ruby does not
copy as static text) are therefore written in their smallest form before libsass sees them.
Static declaration values (``border: 1px black dotted;``) are copied by both and untouched.
"""
from __future__ import annotations

import re

from .colors import name_rgb, smallest
from .numbers import special_spans, string_spans

_KEYWORD = re.compile(r"(?<![\w$%@#.&!\\-])[a-zA-Z]+(?![\w(\\-])")
_VARIABLE = re.compile(r"\s*\$[\w-]+\s*:")
_AT_VALUE = re.compile(r"\s*@return\s")
_INCLUDE = re.compile(r"\s*@(?:include|mixin|function)\s+[\w-]+\s*\(")


def shorten_color_names(value: str) -> str:
    """``value`` with each colour keyword outside strings, ``url()`` and ``calc()`` in
    Ruby's compressed form (``black`` -> ``#000``; ``red`` stays)."""
    if not re.search(r"[a-zA-Z]", value):
        return value
    skip = special_spans(value) + string_spans(value)

    def short(m: re.Match) -> str:
        if any(a <= m.start() < b for a, b in skip):
            return m.group(0)
        rgb = name_rgb(m.group(0))
        return smallest(m.group(0), rgb) if rgb else m.group(0)
    return _KEYWORD.sub(short, value)


def evaluated_start(statement: str, static: bool) -> int | None:
    """Where the SassScript Ruby evaluates starts in one statement (text before its
    ``;``/``}``): a variable's value, ``@return``'s value, ``@include``'s arguments, or a
    declaration's value unless it is ``static`` (Ruby copies it); None for other statements."""
    m = _VARIABLE.match(statement) or _AT_VALUE.match(statement) or _INCLUDE.match(statement)
    if m:
        return m.end()
    if statement.lstrip().startswith(("@", "--")) or static:
        return None
    colon = _declaration_colon(statement)
    return None if colon is None else colon + 1


def _declaration_colon(statement: str) -> int | None:
    """Index of the ``:`` after a plain property name, or None."""
    m = re.match(r"\s*-?[a-zA-Z_][\w-]*\s*:", statement)
    return m.end() - 1 if m else None
