"""Hy as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/hylang.rb).

The word after ``(`` is a ``Keyword`` or ``Name.Builtin`` from Rouge's lists (``hylang.*``),
else ``Name.Function``; other words the same lookup, else ``Name``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

IDENT = r"[a-zA-Z0-9_!$%*+,<=>?/.-]+"
KEYWORD = r"[a-zA-Z0-9_!#$%*+,<=>?/.-]+"


def _name_token(name: str, default):
    if name in words("hylang.keywords"):
        return Keyword
    if name in words("hylang.builtins"):
        return Name.Builtin
    return default


def _call(lexer, match, ctx):
    yield match.start(1), Punctuation, match.group(1)
    yield match.start(2), Text.Whitespace, match.group(2)
    yield match.start(3), _name_token(match.group(3), Name.Function), match.group(3)
    ctx.pos = match.end()


def _word(lexer, match, ctx):
    yield match.start(), _name_token(match.group(0), Name), match.group(0)
    ctx.pos = match.end()


class RougeHyLangLexer(RougeRegexLexer):
    """Hy tokenised like Rouge 3.30.0."""

    name = "HyLang (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r";.*?$", Comment.Single),
            (r"\s+", Text.Whitespace),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (r"0x-?[0-9a-fA-F]+", Number.Hex),
            (r'"(\\.|[^"])*"', String),
            (rf"'{KEYWORD}", String.Symbol),
            (rf"::?{KEYWORD}", Name.Constant),
            (r"(?i)\\(.|[a-z]+)", String.Char),
            (r"~@|[`'#^~&@]", Operator),
            (rf"(\()(\s*)({IDENT})", _call),
            (IDENT, _word),
            (r"[\[\]]", Punctuation),
            (r"[{}]", Punctuation),
            (r"[()]", Punctuation),
        ],
    }
