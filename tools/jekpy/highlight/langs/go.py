"""Go as Rouge 3.30.0's ``Rouge::Lexers::Go`` (rouge lib/rouge/lexers/go.rb) splits it.

Rouge's Go lexer is a flat list of token rules: comments are plain ``Comment``, every number
plain ``Number``, strings plain ``String`` (escapes ``String.Escape``), ``package``/``import``
ordinary keywords, predeclared types ``Keyword.Type``, builtins ``Name.Builtin``, ``true``/
``nil``/``iota`` ``Name.Constant``; the operator list is tried in Rouge's order.
"""

from __future__ import annotations

import re

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

from .base import RougeRegexLexer

KEYWORD = (
    r"(?=\w)(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|package"
    r"|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\b"
)
TYPES = (
    r"(?=\w)(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|int64|int|rune"
    r"|string|uint8|uint16|uint32|uint64|uintptr|uint)\b"
)
FUNCTIONS = (
    r"(?=\w)(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|println|real"
    r"|recover)\b"
)
CONSTANTS = r"(?=\w)(?:true|false|iota|nil)\b"
OPERATOR = (
    r"\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|\*=|\*|\^=|\^"
    r"|>>=|>>|>=|>|/|/=|:=|%|%=|\.\.\.|\.|:"
)
DECIMALS = r"[0-9]+"
EXPONENT = rf"[eE][+\-]?{DECIMALS}"
FLOAT = rf"(?:{DECIMALS}\.(?:{DECIMALS})?(?:{EXPONENT})?|{DECIMALS}{EXPONENT}|\.{DECIMALS}(?:{EXPONENT})?)"
ESCAPED = r"\\[abfnrtv\\'\"]"
UNICODE_VALUE = rf"(?:[^\n]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}}|{ESCAPED})"
BYTE_VALUE = r"(?:\\[0-7]{3}|\\x[0-9A-Fa-f]{2})"


class RougeGoLexer(RougeRegexLexer):
    """Go tokenised like Rouge 3.30.0."""

    name = "Go (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"//[^\n]*|/\*(?s:(?:(?!\*/).)*)\*/", Comment),
            (KEYWORD, Keyword),
            (TYPES, Keyword.Type),
            (FUNCTIONS, Name.Builtin),
            (CONSTANTS, Name.Constant),
            (rf"(?:{DECIMALS}|{FLOAT})i", Number),
            (FLOAT, Number),
            (r"0[xX][0-9A-Fa-f]+|[0-9][0-9]*|0[0-7]*", Number),
            (rf"'(?:{UNICODE_VALUE}|{BYTE_VALUE})'", String.Char),
            (OPERATOR, Operator),
            (r"[()\[\]{},;]", Punctuation),
            (rf"(?!{KEYWORD})[^\W\d](?:[^\W\d]|\d)*", Name),
            (r"\s+", Text),
            (r"`", String, "raw_string"),
            (r'"', String, "interpreted_string"),
        ],
        "interpreted_string": [
            (rf"{ESCAPED}|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}}|\\x[0-9A-Fa-f]{{2}}",
             String.Escape),
            (r"\\.", Error),
            (r'"', String, "#pop"),
            (r'[^"\\]+', String),
        ],
        "raw_string": [(r"`", String, "#pop"), (r"[^`]+", String)],
    }
