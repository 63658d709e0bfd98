"""The static-value rewrite of :mod:`.source` for the indented (``.sass``) syntax.

Ruby Sass's indented parser evaluates every property value (``Engine#parse_property`` calls
``parse_script``; there is no static shortcut as in SCSS), so a value such as ``.6em`` or
``#FFFFFF`` is always re-printed (``0.6em``; when compressed ``.6em`` and ``#fff``: there the
number is printed by ``Number#inspect`` with the compressed option, which drops the zero).  libsass copies such
values, so lines holding a simple value are rewritten into Ruby's form, line for line.
"""
from __future__ import annotations

import re

from .color_names import shorten_color_names
from .escapes import normalize_escapes
from .indented_markers import add_markers
from .minmax import protect_css_min_max
from .numbers import special_spans, string_spans
from .source import evaluate_value

_PROPERTY = re.compile(r"(?P<head>\s*(?P<name>-?[a-zA-Z_][\w-]*)\s*:\s+)(?P<value>\S.*?)(?P<tail>\s*)\Z")
_OLD_PROPERTY = re.compile(r"(?P<head>\s*:(?P<name>[a-zA-Z_-][\w-]*)\s+)(?P<value>\S.*?)(?P<tail>\s*)\Z")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def rewrite_indented(text: str, compressed: bool, markers: bool = False) -> str:
    """Rewrite simple property values and ``/*`` comment blocks of indented-syntax text;
    ``markers``: add the nesting markers too (:mod:`.indented_markers`)."""
    if markers:
        text = add_markers(text)
    lines = text.split("\n")
    comment_indent = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if comment_indent is not None:
            if not stripped or _indent(line) > comment_indent:
                continue
            comment_indent = None
        if stripped.startswith(("//", "/*")):
            comment_indent = _indent(line)
            if stripped.startswith("/*"):
                _star_continuations(lines, i)
            continue
        if not stripped.startswith(("@import", "@media", "@if", "@else", "@each", "@for", "@while")):
            line = lines[i] = protect_css_min_max(line)
        m = _PROPERTY.match(line) or _OLD_PROPERTY.match(line)
        if not m or m.group("name").startswith("--") or "//" in m.group("value"):
            if "//" not in line:
                lines[i] = _evaluated_args(line, compressed)
            continue
        new = evaluate_value(m.group("value"), compressed, strip_zero=compressed)
        if new is None:
            new = m.group("value")
            if compressed:
                new = _zero_less(shorten_color_names(new))
        lines[i] = m.group("head") + normalize_escapes(new) + m.group("tail")
    return "\n".join(lines)


_MIXIN_CALL = re.compile(r"\s*(?:[+=]|@include\s+|@mixin\s+|@function\s+)[\w-]+\s*\(")
_VARIABLE = re.compile(r"\s*(?:\$[\w-]+\s*:|@return\s)")


def _evaluated_args(line: str, compressed: bool) -> str:
    """A variable's or ``@return``'s value, a mixin's arguments (or parameter defaults):
    escapes normalised
    (:mod:`.escapes`) and, compressed, colour keywords shortened (:mod:`.color_names`)."""
    m = _VARIABLE.match(line) or _MIXIN_CALL.match(line)
    if not m:
        return line
    part = normalize_escapes(line[m.end():])
    return line[:m.end()] + (_zero_less(shorten_color_names(part)) if compressed else part)


_ZERO = re.compile(r"(?<![\w.#$-])(?<!/)(?<!/ )-?0?\.\d+(?:[a-zA-Z]+|%)?(?![\w.]|\s*/)")


def _zero_less(value: str) -> str:
    """Compressed: number literals below 1 printed without their leading zero.  The indented
    syntax evaluates every value, and Ruby prints its numbers (in lists, variables, function
    arguments too) with the compressed option (``Number#inspect``); libsass writes a literal
    in a list or an argument with the zero, a computed number without, so the literal
    becomes ``(1*0.25em)``.  Strings, ``url()``, ``calc()`` and numbers next to ``/`` stay."""
    if "." not in value:
        return value
    skip = special_spans(value) + string_spans(value)
    return _ZERO.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in skip)
                     else f"(1*{m.group(0)})", value)


def _star_continuations(lines: list[str], first: int) -> None:
    """Ruby writes the continuation lines of an indented-syntax ``/*`` comment as
    `` * text`` (relative indentation kept); libsass copies them, so they are given that
    form here (``Engine#parse_comment``)."""
    indent = _indent(lines[first])
    block = []
    for j in range(first + 1, len(lines)):
        if lines[j].strip() and _indent(lines[j]) <= indent:
            break
        block.append(j)
    while block and not lines[block[-1]].strip():
        block.pop()
    body = [j for j in block if lines[j].strip()]
    if not body or len(body) != len(block):
        return
    base = min(_indent(lines[j]) for j in body)
    for j in body:
        lines[j] = " " * indent + " * " + lines[j][base:]
