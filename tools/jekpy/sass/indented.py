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
            new = shorten_color_names(m.group("value")) if compressed else m.group("value")
        lines[i] = m.group("head") + normalize_escapes(new) + m.group("tail")
    return "\n".join(lines)


_MIXIN_CALL = re.compile(r"\s*(?:\+|@include\s+)[\w-]+\s*\(")


def _evaluated_args(line: str, compressed: bool) -> str:
    """A variable's value or a mixin call's arguments: escapes normalised
    (:mod:`.escapes`) and, compressed, colour keywords shortened (:mod:`.color_names`)."""
    m = re.match(r"\s*\$[\w-]+\s*:", line) or _MIXIN_CALL.match(line)
    if not m:
        return line
    part = normalize_escapes(line[m.end():])
    return line[:m.end()] + (shorten_color_names(part) if compressed else part)


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
