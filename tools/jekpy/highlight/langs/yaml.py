"""YAML: Pygments' YAMLLexer re-labelled as Rouge 3.30.0's ``Rouge::Lexers::YAML`` labels it.

Rouge's YAML lexer (rouge lib/rouge/lexers/yaml.rb) descends from Pygments' one, so both split
the text alike; the labels differ.  Keys are ``Name.Attribute``, every indicator (``:`` too) is
``Punctuation.Indicator``, whitespace is plain text, block scalars are ``String``, and plain
scalars in block context are ``String`` except ``true``/``false``/``null`` (``Name.Constant``) and
a number that ends its line (``Number``).  Quoted scalars open with ``String.Single`` /
``String.Double`` and use ``String.Escape`` for escapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pygments.token import Name, Punctuation, String, Text, _TokenType

from ..tokens import rouge_class

PLAIN_PIECES = re.compile(
    r"(?P<s>[ ]+)|(?P<no>true|false|null)|(?P<m>\d+(?:\.\d+)?(?=\r?\n| +#|\Z))|(?P<s2>[^\s:]+)|(?P<x>.)",
    re.S,
)
DOUBLE_ESCAPE = re.compile(
    r"\\(?:[0abt\tn\nvfre \"\\N_LP]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})"
)
SIMPLE = {
    Name.Tag: "na",
    Punctuation: "pi",
    Text.Whitespace: "",
    Name.Constant: "s",
}


def relabel(tokens: Iterable[tuple[int, _TokenType, str]], code: str) -> list[tuple[str, str]]:
    """Rouge's classes for Pygments' YAML tokens of ``code``."""
    out: list[tuple[str, str]] = []
    quote = ""
    last = None
    for pos, ttype, value in tokens:
        if last is Name.Constant and ttype is Text.Whitespace:
            # a block scalar line keeps its trailing blanks (Rouge: [^\n\r\f\v]+ is String)
            tail = len(value) - len(value.lstrip(" \t"))
            out.append(("s", value[:tail]))
            value = value[tail:]
        last = ttype
        if ttype is String and not quote and value in ("'", '"'):
            quote = value
            out.append(("s1" if value == "'" else "s2", value))
        elif ttype is String and quote and value == quote:
            quote = ""
            out.append(("s", value))
        elif ttype is String and quote == '"':
            out.extend(_double_quoted(value))
        elif ttype is String and quote == "'" and value == "\\'":
            out.append(("se", value))
        elif str(ttype) == "Token.Literal.Scalar.Plain":
            out.extend(_plain(pos, value, code))
        else:
            out.append((SIMPLE.get(ttype, rouge_class(ttype)), value))
    return out


def _plain(pos: int, value: str, code: str) -> list[tuple[str, str]]:
    """Split a plain scalar as Rouge's ``plain_scalar_in_block_context`` rules do."""
    out = []
    end = pos + len(value)
    at = pos
    while at < end:
        m = PLAIN_PIECES.match(code, at, len(code))
        stop = min(m.end(), end)
        css = "m" if m.lastgroup == "m" else "no" if m.lastgroup == "no" else "s"
        if css == "m" and m.end() > end:
            css = "s"
        out.append((css, code[at:stop]))
        at = stop
    return out


def _double_quoted(value: str) -> list[tuple[str, str]]:
    """Mark escapes inside a double-quoted scalar's text."""
    out, at = [], 0
    for m in DOUBLE_ESCAPE.finditer(value):
        out.append(("s", value[at : m.start()]))
        out.append(("se", m.group(0)))
        at = m.end()
    out.append(("s", value[at:]))
    return out
