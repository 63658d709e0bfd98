"""CSV Schema as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/csvs.rb): dates and times
``Literal.Date``, ``@directives`` ``Keyword.Pseudo``, ``name:`` and ``$column`` references
``Name.Variable``, other words ``Keyword``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Literal, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer


class RougeCSVSLexer(RougeRegexLexer):
    """CSV Schema tokenised like Rouge 3.30.0."""

    name = "CSV Schema (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"//[\S\t ]*", Comment.Single),
            (r"/\*[^*]*\*/", Comment.Multiline),
            (r"(version)( )(\d+\.\d+)", bygroups(Keyword, Text.Whitespace, Number.Float)),
            (r"T?\d{2}:\d{2}:\d{2}(\.\d{5})?(Z|(?:[-+]\d{2}:\d{2}))?", Literal.Date),
            (r"\d{4}-\d{2}-\d{2}", Literal.Date),
            (r"\d{2}/\d{2}/\d{4}", Literal.Date),
            (r"(?i)(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?", Number.Float),
            (r"\d+", Number.Integer),
            (r"@[a-zA-Z0-9_]+", Keyword.Pseudo),
            (r"[-.a-zA-Z0-9_]+:", Name.Variable),
            (r'^"[^"]+"', Name.Variable),
            (r'\$([-.a-zA-Z0-9_]+|("[^"]+"))/?', Name.Variable),
            (r"(?i)[A-Z]+", Keyword),
            (r'"[^"]*"', String.Double),
            (r"'[^\r\n\f']'", String.Char),
            (r"[,()*]", Punctuation),
        ],
    }
