"""Datastudio job scripts as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/datastudio.rb):
``:labels`` at line starts, ``@entity.field`` references ``Name.Entity``, ``%variables%``,
SQL words (Rouge's list, upper-cased lookup) ``Keyword``, a name before ``(`` a
``Name.Function``; strings with ``%...%`` escapes.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

ID = r"(?i:@?[_a-z][a-zA-Z0-9_]*)"


def _word(lexer, match, ctx):
    upper = match.group(0).upper()
    token = Keyword if upper in words("datastudio.sql_keywords") else Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


def _string(token, quote: str) -> list:
    return [
        (r"%(\\.|.)+?%", String.Escape),
        (rf"\\{quote}", token),
        (quote, token, "#pop"),
        (r"(?s).", token),
    ]


class RougeDatastudioLexer(RougeRegexLexer):
    """Datastudio tokenised like Rouge 3.30.0."""

    name = "Datastudio (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "string": _string(String.Double, '"'),
        "string_s": _string(String.Single, "'"),
        "root": [
            include("whitespace"),
            (rf"^:{ID}", Name.Label),
            (rf"@{ID}(\.{ID})?", Name.Entity),
            (r"%(\\.|.)+?%", Name.Variable),
            (r"[~!%^&*()+=|\[\]{}:;,.<>/?-]", Punctuation),
            (r'"', String.Double, "string"),
            (r"'", String.Single, "string_s"),
            (r"\d(\.\d*)?", Number),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (ID, _word),
        ],
    }
