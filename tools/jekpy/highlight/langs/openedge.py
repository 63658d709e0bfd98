"""OpenEdge ABL (Progress 4GL) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/openedge.rb):
words are looked up upper-cased - Rouge's long keyword list is written ``Name.Builtin``, data
types ``Keyword.Type``, other words ``Name.Variable``; ``{&macro}``/``&scoped-define``
preprocessor lines; a statement-ending ``.`` followed by blanks is an operator.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer


def _word(lexer, match, ctx):
    upper = match.group(0).upper()
    if upper in words("openedge.keywords"):
        token = Name.Builtin
    elif upper in words("openedge.keywords_type"):
        token = Keyword.Type
    else:
        token = Name.Variable
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeOpenEdgeLexer(RougeRegexLexer):
    """OpenEdge ABL tokenised like Rouge 3.30.0."""

    name = "OpenEdge ABL (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"(\.)(\s+)", bygroups(Operator, Text)),
            (r"//[^\n]*", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"(\{?&)(\S+)", bygroups(Comment.Preproc, Name.Other), "preproc"),
            (r'"', String, "string"),
            (r"(?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", String.Char),
            include("numbers"),
            (r"\*/", Error),
            (r"[~!%^*+=|?:<>/-]", Operator),
            (r"[()\[\],]", Punctuation),
            (r"(?i)(?:TRUE|FALSE|NULL)\b", Keyword.Constant),
            (r"[a-zA-Z_&{}][a-zA-Z0-9_\-&}]*", _word),
        ],
        "numbers": [
            (r"(?i)(?:\d+[.]\d*|[.]\d+)(?:e[+-]?\d+[lu]*)?", Number.Float),
            (r"(?i)\d+e[+-]?\d+[lu]*", Number.Float),
            (r"(?i)0x[0-9a-f]+[lu]*", Number.Hex),
            (r"(?i)0[0-7]+[lu]*", Number.Oct),
            (r"(?i)\d+[lu]*", Number.Integer),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\([\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"]+', String),
            (r"\\", String),
        ],
        "preproc": [
            (r"\n", Text, "#pop"),
            (r"\s+", Text),
            (r"(\{?&)(\S+)", bygroups(Comment.Preproc, Name.Other)),
            (r'"', String, "string"),
            include("numbers"),
            (r"\S+", Name),
        ],
    }
