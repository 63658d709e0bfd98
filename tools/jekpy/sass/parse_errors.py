"""Ruby Sass's wording of ``Invalid CSS after "...": expected ..., was "..."`` errors.

Ruby Sass 3.7.4 (``Sass::SCSS::Parser.expected`` in ``lib/sass/scss/parser.rb``) quotes the
text before the error position (trailing whitespace with a newline dropped, only the last line,
``"..."`` + its last 15 characters when longer than 18) and after it (leading whitespace with
a newline dropped, only the first line, its first 15 characters + ``"..."`` when longer than
18).  libsass cuts both differently and its text may hold jekpy's nesting markers, so both
quotes are rebuilt from the original source at the position libsass reports.  Where a
declaration value was read completely and something else follows, Ruby expects ``";"``;
libsass says ``expression (e.g. 1px, bold)``.
"""
from __future__ import annotations

import re

from .scanner import scan_statements, strip_comments

_INVALID = re.compile(r'Invalid CSS after (["\'])(?P<after>.*?)\1: expected (?P<expected>.*), '
                      r'was (["\'])(?P<was>.*)\4\Z', re.S)
_MARKER = re.compile(r"-jekpy-[a-z-]+:1;")
_RUBY_SPACE = "[ \\t\\r\\n\\f\\v]"
_EXPRESSION = "expression (e.g. 1px, bold)"


def _position(text: str, line: int, column: int, after: str, was: str) -> int | None:
    """Offset in ``text`` (the original source) of libsass's error position: on ``line``, a
    start of ``was`` preceded by ``after`` if possible, nearest to ``column`` (markers shift
    libsass's columns)."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    start = sum(len(x) + 1 for x in lines[:line - 1])
    row = lines[line - 1]
    probe = _MARKER.sub("", was.removesuffix("..."))[:10]
    spots = [m.start() for m in re.finditer(re.escape(probe), row)] if probe else []
    if not spots:
        return start + min(column - 1, len(row)) if not probe else None
    tail = _MARKER.sub("", after.removeprefix("...")).rstrip()
    fitting = [p for p in spots if text[:start + p].rstrip().endswith(tail)]
    return start + min(fitting or spots, key=lambda p: abs(p - (column - 1)))


def _after(text: str) -> str:
    text = re.sub(rf"{_RUBY_SPACE}*\n{_RUBY_SPACE}*$", "", text, flags=re.M)
    text = re.sub(r".*\n", "", text)
    return "..." + text[-15:] if len(text) > 18 else text


def _was(text: str) -> str:
    text = re.sub(rf"^{_RUBY_SPACE}*\n{_RUBY_SPACE}*", "", text, flags=re.M)
    text = re.sub(r"\n.*", "", text)
    return text[:15] + "..." if len(text) > 18 else text


def invalid_css(message: str, source: str, line: int, column: int) -> str:
    """``message`` in Ruby's words if it is an ``Invalid CSS after`` error."""
    m = _INVALID.match(message)
    if not m:
        return message
    pos = _position(source, line, column, m.group("after"), m.group("was"))
    if pos is None:
        return message
    before = source[:pos]
    expected = _ruby_expected(m.group("expected"), before)
    return f'Invalid CSS after "{_after(before)}": expected {expected}, was "{_was(source[pos:])}"'


def _ruby_expected(expected: str, before: str) -> str:
    """What Ruby's parser expects where libsass wanted an expression after a complete one:
    ``")"`` inside parentheses, ``";"`` in a declaration, ``"}"`` after another statement in
    a block, ``selector or at-rule`` at the top level."""
    if expected == "1 selector or at-rule":
        return "selector or at-rule"
    if expected != _EXPRESSION:
        return expected
    statements = scan_statements(before)
    start = statements[-1][0] if statements else 0
    current = strip_comments(before[start:]).strip()
    if not current or current[-1] in "-+*/,(:" or ":" not in current and not current.startswith("@"):
        return expected
    if current.count("(") > current.count(")"):
        return '")"'
    if not current.startswith(("$", "@")):
        return '";"'
    depth = sum(1 if term == "{" else -1 for _, _, term in statements if term in "{}" and term)
    return '"}"' if depth > 0 else "selector or at-rule"
