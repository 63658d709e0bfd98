"""Selector and at-rule prelude fix-ups between libsass's and Ruby Sass's compressed output."""
from __future__ import annotations

import re

_NTH = re.compile(r"nth([^( ]*)\(([^)]*)\)")


def skip_string(text: str, i: int) -> int:
    """Index just past the quoted string starting at ``i`` (backslash escapes; the end of the
    text ends an unclosed one)."""
    quote, i = text[i], i + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return i + 1
        i += 1
    return i


def top_level_chars(text: str):
    """Yield (index, char, depth) for characters outside strings; depth counts ()/[]."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            i = skip_string(text, i)
            continue
        if ch == "\\":
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        yield i, ch, depth
        i += 1


def compress_selector(selector: str) -> str:
    """Ruby Sass's compressed selector form from libsass's compressed one.

    Ruby writes the general sibling combinator as `` ~ `` even when compressed (it only
    squeezes ``>`` and ``+``) and removes all whitespace inside ``:nth-*()`` arguments
    (``to_css.rb`` ``visit_rule``).
    """
    out, last = [], 0
    for i, ch, depth in top_level_chars(selector):
        if ch == "~" and depth == 0 and not selector.startswith("~=", i):
            out.append(selector[last:i].rstrip() + " ~ ")
            last = i + 1
            while last < len(selector) and selector[last] == " ":
                last += 1
    out.append(selector[last:])
    joined = "".join(out)
    return _NTH.sub(lambda m: re.sub(r"[ \t\n]", "", m.group(0)), joined)


_SLASH = re.compile(r"(?<=[0-9a-zA-Z%)])\s*/\s*(?=[0-9.(])")


def media_query_spacing(prelude: str) -> str:
    """Ruby joins the queries of an ``@media`` list with ``", "`` in every style and
    prints a feature value ``a/b`` (a division it keeps) as ``a / b``."""
    if not prelude.lower().startswith("@media"):
        return prelude
    prelude = _SLASH.sub(" / ", prelude)
    out, last = [], 0
    for i, ch, depth in top_level_chars(prelude):
        if ch == "," and depth == 0:
            out.append(prelude[last:i].rstrip() + ", ")
            last = i + 1
            while last < len(prelude) and prelude[last] == " ":
                last += 1
    out.append(prelude[last:])
    return "".join(out)


def split_selector_list(selector: str) -> list[tuple[str, str]]:
    """Split at top-level commas into (leading whitespace, selector) pairs."""
    out, last = [], 0
    for i, ch, depth in top_level_chars(selector):
        if ch == "," and depth == 0:
            out.append(selector[last:i])
            last = i + 1
    out.append(selector[last:])
    return [(m[:len(m) - len(m.lstrip())], m.lstrip()) for m in out]
