"""Comma lists inside ``@media`` blocks, compressed output.

Ruby Sass 3.7.4 prints an evaluated comma-separated list with ``","`` when compressed, wherever
it is (``Sass::Script::Value::List#to_s``), and a slash-separated one with ``"/"`` in every
style.  libsass 3.6 adds spaces around those separators while it writes anything inside an
``@media`` block (its inspector's ``in_media_block`` flag, meant for media query lists, also
reaches the declarations), so ``$f: "Helvetica Neue", Arial`` used inside ``@media`` prints
``"Helvetica Neue", Arial`` and ``12px/1.5 $f`` prints ``12px / 1.5 ...``.  Such top-level
``", "`` (compressed) and ``" / "`` are squeezed back -- except in a declaration value Ruby
copied verbatim (a static value, ``font-family: a, b;``), which keeps its spaces in both
compilers; those texts are collected from the sources to recognise them (with the static
values that end in an escape, for :func:`.escapes.escape_space`).
"""
from __future__ import annotations

import re

from .scanner import scan_statements, skip_leading_comments
from .selectors import top_level_chars
from .source import static_declaration


def static_values(text: str, found: set) -> str:
    """Add to ``found`` every static declaration of SCSS ``text`` as ``name:value`` the way
    Ruby (and libsass) copy it (see also :func:`.escapes.escape_space`,
    :func:`.colors.restore_hex_case`), and multi-stop keyframe selectors as written; return
    ``text`` with those static values blanked (their colours are copied, not evaluated)."""
    blanked = list(text)
    for start, end, term in scan_statements(text):
        if term == "{":
            stops = skip_leading_comments(text[start:end]).strip()
            if _KEYFRAME_STOPS.fullmatch(stops):
                found.add(KEYFRAME_PREFIX + stops)
            continue
        if term not in (";", "}"):
            continue
        statement = skip_leading_comments(text[start:end])
        static = static_declaration(statement)
        if static is None:
            continue
        name, value = static[0], static[1].rstrip()
        found.add(f"{name}:{value}")
        if "\n" in value:
            found.add(f"{name}:" + re.sub(r"\s*\n\s*", " ", value))
        at = end - len(statement) + statement.rindex(static[1])
        blanked[at:at + len(value)] = re.sub(r"[^\n]", " ", value)
    return "".join(blanked)


# Keyframe selectors with several stops, as written: Ruby prints them verbatim
# (``KeyframeRuleNode``, ``to_css.rb`` ``visit_keyframerule``), libsass normalises the commas.
KEYFRAME_PREFIX = "@keyframe-stops:"
_STOP = r"(?:from|to|[0-9]*\.?[0-9]+%)"
_KEYFRAME_STOPS = re.compile(rf"{_STOP}(?:[ \t\r\n]*,[ \t\r\n]*{_STOP})+", re.I)


def keyframe_stops(prelude: str, static: set) -> str:
    """A multi-stop keyframe selector in its written form (when the sources write it one
    way only)."""
    if "," not in prelude:
        return prelude
    key = re.sub(r"\s+", "", prelude)
    written = {v[len(KEYFRAME_PREFIX):] for v in static if v.startswith(KEYFRAME_PREFIX)
               and re.sub(r"\s+", "", v[len(KEYFRAME_PREFIX):]) == key}
    return written.pop() if len(written) == 1 else prelude


def squeeze_lists(value: str, compressed: bool) -> str:
    """At the top level of a value (strings and parentheses untouched): ``a / b`` ->
    ``a/b`` and, compressed, ``a, b`` -> ``a,b``."""
    if " / " not in value and not (compressed and ", " in value):
        return value
    out, last = [], 0
    for i, ch, depth in top_level_chars(value):
        if depth or i < last:
            continue
        if ch == "," and compressed and value.startswith(", ", i):
            out.append(value[last:i + 1])
        elif ch == "/" and value.startswith(" / ", i - 1):
            out.append(value[last:i - 1] + "/")
        else:
            continue
        last = i + 1
        while last < len(value) and value[last] == " ":
            last += 1
    out.append(value[last:])
    return "".join(out)


_COUNTER = re.compile(r"(?<![\w-])counters?\(", re.I)


def counter_commas(value: str) -> str:
    """``counter(a, b)`` -> ``counter(a,b)`` in every style: Ruby Sass 3.7.4 has built-in
    ``counter()``/``counters()`` functions that join their arguments with ``","``
    (``Functions#counter`` in ``lib/sass/script/functions.rb``); libsass copies the call."""
    if "counter" not in value.lower():
        return value
    out, last = [], 0
    strings = [m.span() for m in re.finditer(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'", value)]
    for m in _COUNTER.finditer(value):
        if m.start() < last or any(a <= m.start() < b for a, b in strings):
            continue
        depth, i = 1, m.end()
        while i < len(value) and depth:
            ch = value[i]
            if ch in "\"'":
                end = value.find(ch, i + 1)
                i = len(value) if end < 0 else end + 1
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "," and depth == 1:
                out.append(value[last:i + 1])
                last = i + 1
                while last < len(value) and value[last] == " ":
                    last += 1
                i = last
                continue
            i += 1
    out.append(value[last:])
    return "".join(out)
