"""CSS ``min()``/``max()`` as Ruby Sass 3.7 reads them.

Ruby Sass 3.7 first tries to read ``min(...)``/``max(...)`` as the CSS functions: if the
arguments are only numbers, ``calc()``/``env()``/``var()`` calls, interpolations, parentheses
and nested ``min()``/``max()``, joined by ``+ - * /`` or commas, the call is kept as plain
text (``Parser#css_min_max`` in ``lib/sass/script/parser.rb``); otherwise it is Sass's own
``min``/``max``.  libsass always evaluates them (and fails on ``min(100%, 600px)``), so such
calls are turned into ``unquote("...")`` with Ruby's spacing before libsass sees them.
"""
from __future__ import annotations

import re

from .numbers import format_number

_START = re.compile(r"(?<![\w$.@#-])(min|max)\(", re.I)
_NUMBER = re.compile(r"[+-]?(?:[0-9]*\.[0-9]+|[0-9]+)(?:[eE][+-]?\d+)?(?:%|[a-zA-Z_-][\w-]*)?")
_FUNCTION = re.compile(r"(calc|env|var)\(", re.I)
_NESTED = re.compile(r"(min|max)\(", re.I)
_WS = re.compile(r"\s*")


class _Fail(Exception):
    """The arguments are not plain CSS: leave the call to Sass."""


class _Reader:
    def __init__(self, text: str, pos: int):
        self.text = text
        self.pos = pos

    def skip(self) -> None:
        self.pos = _WS.match(self.text, self.pos).end()

    def balanced(self) -> str:
        """Text up to the matching ``)`` (the ``(`` already consumed), inclusive."""
        depth, start = 1, self.pos
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return self.text[start:self.pos]
        raise _Fail

    def contents(self, allow_comma: bool = True) -> str:
        out = []
        while True:
            self.skip()
            out.append(self.item())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            if ch == ")":
                self.pos += 1
                return "".join(out) + ")"
            if ch in ("+", "-", "*", "/"):
                self.pos += 1
                out.append(f" {ch} ")
            elif ch == "," and allow_comma:
                self.pos += 1
                out.append(", ")
            else:
                raise _Fail

    def item(self) -> str:
        text, pos = self.text, self.pos
        if text.startswith("#{", pos):
            end = text.find("}", pos)
            if end < 0:
                raise _Fail
            self.pos = end + 1
            return text[pos:end + 1]
        m = _FUNCTION.match(text, pos)
        if m:
            self.pos = m.end()
            return m.group(0) + self.balanced()
        m = _NESTED.match(text, pos)
        if m:
            self.pos = m.end()
            return m.group(0) + self.contents()
        if text.startswith("(", pos):
            self.pos += 1
            return "(" + self.contents(allow_comma=False)
        m = _NUMBER.match(text, pos)
        if m and m.end() > pos:
            self.pos = m.end()
            return format_number(m.group(0))
        raise _Fail


def protect_css_min_max(text: str) -> str:
    """Replace CSS-valid ``min()``/``max()`` calls in a SassScript text by ``unquote()``."""
    if "min(" not in text.lower() and "max(" not in text.lower():
        return text
    out, last = [], 0
    for m in _START.finditer(text):
        if m.start() < last:
            continue
        reader = _Reader(text, m.end())
        try:
            css = m.group(0) + reader.contents()
        except _Fail:
            continue
        quoted = css.replace("\\", "\\\\").replace('"', '\\"')
        out.append(text[last:m.start()] + f'unquote("{quoted}")')
        last = reader.pos
    out.append(text[last:])
    return "".join(out)


_CALC = re.compile(r"(?<![\w$.@#-])((?:-(?:webkit|moz)-)?calc)\(", re.I)


def keep_calc_text(text: str) -> str:
    """Ruby copies the inside of ``calc()`` as written (interpolation aside, each newline
    with its indentation becomes one space); libsass drops whitespace before the ``)``.
    Calls where that matters are passed as ``unquote("calc(...)")``."""
    if "calc(" not in text.lower():
        return text
    out, last = [], 0
    for m in _CALC.finditer(text):
        if m.start() < last or _inside_string(text, m.start()):
            continue
        reader = _Reader(text, m.end())
        try:
            inner = reader.balanced()
        except _Fail:
            continue
        body = inner[:-1]
        if body == body.rstrip() and "\n" not in body:
            continue
        if '"' in body or "'" in body:
            continue
        newlines = body.count("\n")
        css = m.group(1) + "(" + re.sub(r"[ \t\r\f]*\n[ \t\r\n\f]*", " ", body) + ")"
        out.append(text[last:m.start()] + f'unquote("{css}")' + "\n" * newlines)
        last = reader.pos
    out.append(text[last:])
    return "".join(out)


def _inside_string(text: str, pos: int) -> bool:
    """True if ``pos`` lies inside a quoted string of ``text``."""
    quote = None
    for i, ch in enumerate(text[:pos]):
        if quote:
            if ch == quote and text[i - 1] != "\\":
                quote = None
        elif ch in "\"'":
            quote = ch
    return quote is not None
