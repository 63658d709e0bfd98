"""ABAP as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/abap.rb): keywords upper-cased and
types lower-cased by Rouge's lists (``abap.*``); a name before ``(`` is a 7.40 keyword or a
builtin function unless it follows ``->``/``=>``; ``"`` comments to line end, ``*`` comment
lines, ``'...'`` and `` `...` `` literals.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer


def _call(lexer, match, ctx):
    arrow, name = match.group(1), match.group(2)
    if arrow:
        yield match.start(1), Operator, arrow
    if arrow is None and name.upper() in words("abap.new_keywords"):
        token = Keyword
    elif arrow is None and name.lower() in words("abap.builtins"):
        token = Name.Builtin
    else:
        token = Name
    yield match.start(2), token, name
    yield match.start(3), Punctuation, match.group(3)
    ctx.pos = match.end()


def _word(lexer, match, ctx):
    word = match.group(0)
    if word.upper() in words("abap.keywords"):
        token = Keyword
    elif word.lower() in words("abap.types"):
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeABAPLexer(RougeRegexLexer):
    """ABAP tokenised like Rouge 3.30.0."""

    name = "ABAP (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r'".*', Comment.Single),
            (r"^\*.*", Comment.Multiline),
            (r"\d+", Number.Integer),
            (r"('|`)", String.Single, "single_string"),
            (r"[\[\](){}.,:|]", Punctuation),
            (r"(->|=>)?([A-Za-z][A-Za-z0-9_\-]*)(\()", _call),
            (r"\w\w*", _word),
            (r"(->|->>|=>)", Operator),
            (r"[-*+%/~=&?<>!#@^]+", Operator),
        ],
        "single_string": [
            (r"\\.", String.Escape),
            (r"(''|``)", String.Escape),
            (r"['`]", String.Single, "#pop"),
            (r"[^\\'`]+", String.Single),
        ],
    }
