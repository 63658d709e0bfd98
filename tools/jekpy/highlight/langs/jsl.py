"""JSL, the JMP Scripting Language, as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/jsl.rb).

A name before ``(`` (which may contain blanks, quotes, ``%`` and dots) is a ``Keyword``,
other names ``Name.Variable``; ``<<`` sends a message (``Name.Function``); dates like
``01jan2020`` are ``Literal.Date``; ``"\\[ ... ]\\"`` strings are raw.
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

from .base import RougeRegexLexer

NAME = r"[a-zA-Z_][a-zA-Z0-9_\s'%.\\]*"


class RougeJSLLexer(RougeRegexLexer):
    """JSL tokenised like Rouge 3.30.0."""

    name = "JSL (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"//.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "comment"),
            (r"<<", Operator, "message"),
            (rf"(::|:)?({NAME})(\()", bygroups(Punctuation, Keyword, Punctuation)),
            (r"(?i)\d{2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{2}(\d{2})?"
             r"(:\d{2}:\d{2}(:\d{2}(\.\d*)?)?)?", Literal.Date),
            (r"(?i)-?(?:[0-9]+(?:[.][0-9]+)?|[.][0-9]*)(?:e[+-]?[0-9]+)?i?", Number),
            (rf"(::|:)?({NAME}|\"(?:\\!\"|[^\"])*?\"n)", bygroups(Punctuation, Name.Variable)),
            (r"(?s)(\")(\\\[)(.*?)(\]\\)(\")",
             bygroups(String.Double, String.Escape, String.Double, String.Escape,
                      String.Double)),
            (r'"', String.Double, "dq"),
            (r"[-+*/!%&<>|=:`^]", Operator),
            (r"[\[\](){},;]", Punctuation),
        ],
        "message": [
            (r"\s+", Text.Whitespace),
            (NAME, Name.Function),
            (r"[(),;]", Punctuation, "#pop"),
            (r"[&|!=<>]", Operator, "#pop"),
        ],
        "dq": [
            (r'\\![btrnNf0\\"]', String.Escape),
            (r"\\", String.Double),
            (r'"', String.Double, "#pop"),
            (r'[^\\"]+', String.Double),
        ],
        "comment": [
            (r"/[*]", Comment.Multiline, "comment"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
    }
