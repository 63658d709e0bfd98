"""CSS escapes in identifiers that SassScript evaluates.

Ruby Sass 3.7.4's script lexer normalises the escapes of every identifier it reads
(``Sass::Util.normalize_ident_escapes`` in ``lib/sass/util.rb``, called from
``Lexer#ident``): an escaped character that may stand in the identifier as it is becomes
that character (``\\f26e`` -> U+F26E, ``\\41 bc`` -> ``Abc``), a control character (or a
digit at the start) becomes ``\\HEX `` with a space (``\\9`` -> ``\\9 ``), anything else
``\\C``.  libsass keeps the escapes as written.  So Font Awesome 5's
``$fa-var-500px: \\f26e`` put into ``content`` prints the character itself in Ruby (hence
the BOM / ``@charset``).  Static declaration values, strings, ``url()`` and ``calc()`` are
not evaluated that way and keep their escapes.
"""
from __future__ import annotations

import re

from .numbers import special_spans, string_spans

_NONASCII = "\u0080-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff"
_ESCAPE = r"\\[0-9a-fA-F]{1,6}[ \t\r\n\f]?|\\[^0-9a-fA-F\r\n\f]"
_IDENT = re.compile(
    rf"(?<![\w\\{_NONASCII}$@%!#.-])-*(?:[_a-zA-Z{_NONASCII}]|{_ESCAPE})"
    rf"(?:[a-zA-Z0-9_{_NONASCII}-]|{_ESCAPE})*")
_ESCAPE_RE = re.compile(_ESCAPE)
_NMSTART = re.compile(rf"[_a-zA-Z{_NONASCII}]")
_NMCHAR = re.compile(rf"[a-zA-Z0-9_{_NONASCII}-]")


def _char(escape: str) -> str | None:
    """The character an escape stands for (None if out of range)."""
    m = re.match(r"\\([0-9a-fA-F]{1,6})[ \t\r\n\f]?", escape)
    if not m:
        return escape[1]
    code = int(m.group(1), 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else None


def normalize_ident(ident: str) -> str:
    """``Sass::Util.normalize_ident_escapes`` (``start: true``)."""
    def one(m: re.Match) -> str:
        at_start = m.start() == 0
        char = _char(m.group(0))
        if char is None:
            return m.group(0)
        if (_NMSTART if at_start else _NMCHAR).fullmatch(char):
            return char
        if re.fullmatch(r"[\x00-\x1f\x7f0-9]" if at_start else r"[\x00-\x1f\x7f]", char):
            return f"\\{ord(char):x} "
        return "\\" + char
    return _ESCAPE_RE.sub(one, ident)


def normalize_escapes(value: str) -> str:
    """Every identifier with an escape in an evaluated ``value`` in Ruby's normal form."""
    if "\\" not in value:
        return value
    skip = special_spans(value) + string_spans(value)

    def one(m: re.Match) -> str:
        if "\\" not in m.group(0) or any(a <= m.start() < b for a, b in skip):
            return m.group(0)
        return normalize_ident(m.group(0))
    return _IDENT.sub(one, value)


ENDS_WITH_ESCAPE = re.compile(r"(?<!\\)\\[0-9a-fA-F]{1,6}\Z")
_LONE_ESCAPE = re.compile(r"(?:\A|[ ,])\\[0-9a-fA-F]{1,6}\Z")


def escape_space(name: str, value: str, static: set) -> str:
    """An evaluated value ending in an escape ends with Ruby's space (``\\9`` is normalised
    to ``\\9 ``, Bootstrap 3's ``$caret-width-base solid \\9`` prints ``solid \\9 ;``);
    libsass trims it.  Static declarations (``static``: ``name:value``, copied as written)
    are left alone."""
    if "\\" in value and _LONE_ESCAPE.search(value) and f"{name}:{value}" not in static:
        return value + " "
    return value


_SELECTOR_NAME = re.compile(
    r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\[[^\]]*\])"
    rf"|(?<=[.#])(?:[\w{_NONASCII}-]|{_ESCAPE})+")


def normalize_selector(selector: str, compressed: bool = False) -> str:
    """Class and id names in a selector with their escapes normalised: Ruby's SCSS parser
    reads them with ``normalize_ident_escapes`` too (``Parser#interp_ident``/``#interp_name``),
    also after interpolation (``.\\\\31 2u\\\\24`` -> ``.\\\\31 2u\\\\$``, ``\\\\28`` -> ``\\\\(``)."""
    if "\\" not in selector:
        return selector

    def one(m: re.Match) -> str:
        if m.group(1) or "\\" not in m.group(0):
            return m.group(0)
        new = normalize_ident(m.group(0))
        if not compressed and m.group(0)[-1:].isspace() and not new[-1:].isspace() \
                and selector[m.end():m.end() + 1] in ("+", ">", "~"):
            new += " "  # the space the escape took was also the combinator's
        return new
    return _SELECTOR_NAME.sub(one, selector)
