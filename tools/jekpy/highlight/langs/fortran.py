"""Fortran as Rouge 3.30.0's ``Rouge::Lexers::Fortran`` (rouge lib/rouge/lexers/fortran.rb)
splits it.

Names are looked up lower-cased in Rouge's keyword, type and intrinsic lists; ``.EQ.``-style
operators are ``Operator.Word``; a leading statement number is ``Name.Label``; blanks are
``Text.Whitespace``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import (
    Comment,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer

NAME = r"(?i:[A-Z][_A-Z0-9]*)"
KIND = rf"(?:\d+|{NAME})"
EXPONENT = r"(?i:[ED][+-]?\d+)"
WS = Text.Whitespace


def _name(lexer, match, ctx):
    low = match.group(0).lower()
    if low in words("fortran.keywords"):
        token = Keyword
    elif low in words("fortran.types"):
        token = Keyword.Type
    elif low in words("fortran.intrinsics"):
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeFortranLexer(RougeRegexLexer):
    """Fortran tokenised like Rouge 3.30.0."""

    name = "Fortran (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"[\s]+", WS),
            (r"!.*$", Comment.Single),
            (r"^#.*$", Comment.Preproc),
            (r"::|[()/;,:&\[\]]", Punctuation),
            (r"^(\s*)([0-9]+)\b", bygroups(WS, Name.Label)),
            (r"(?i)(?=\w)(FORMAT)(\s*)(\()", bygroups(Keyword, WS, Punctuation), "format_spec"),
            (rf"(?i)[+-]?((\d+[.]\d*|[.]\d+)({EXPONENT})?|\d+{EXPONENT})(_{KIND})?",
             Number.Float),
            (rf"(?i)[+-]?\d+(_{KIND})?", Number.Integer),
            (r"(?i)B'[01]+'|B\"[01]+\"", Number.Bin),
            (r"(?i)O'[0-7]+'|O\"[0-7]+\"", Number.Oct),
            (r"(?i)Z'[0-9A-F]+'|Z\"[0-9A-F]+\"", Number.Hex),
            (rf"({KIND}_)?'", String.Single, "string_single"),
            (rf"({KIND}_)?\"", String.Double, "string_double"),
            (rf"(?i)[.](TRUE|FALSE)[.](_{KIND})?", Keyword.Constant),
            (r"\*\*|//|==|/=|<=|>=|=>|[-+*/<>=%]", Operator),
            (r"(?i)\.(?:EQ|NE|LT|LE|GT|GE|NOT|AND|OR|EQV|NEQV|[A-Z]+)\.", Operator.Word),
            (r"(?i)double\s+precision\b", Keyword.Type),
            (r"(?i)go\s+to\b", Keyword),
            (r"(?i)sync\s+(all|images|memory)\b", Keyword),
            (r"(?i)error\s+stop\b", Keyword),
            (NAME, _name),
        ],
        "string_single": [(r"[^']+", String.Single), (r"''", String.Escape),
                          (r"'", String.Single, "#pop")],
        "string_double": [(r'[^"]+', String.Double), (r'""', String.Escape),
                          (r'"', String.Double, "#pop")],
        "format_spec": [
            (r"'", String.Single, "string_single"),
            (r'"', String.Double, "string_double"),
            (r"\(", Punctuation, "format_spec"),
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            (r"[\s]+", WS),
            (r"[^\s'\"(),]+", Literal),
        ],
    }
