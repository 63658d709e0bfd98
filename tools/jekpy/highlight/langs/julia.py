"""Julia as Rouge 3.30.0's ``Rouge::Lexers::Julia`` (rouge lib/rouge/lexers/julia.rb) splits it.

Rouge's keyword, builtin, type and operator alternations (extended-syntax regexes, kept in
``rouge_words.json``) are used as they are, with their leading ``\\b`` read as Ruby's
StringScanner does.  Brackets and commas are ``Other`` (class ``x``); Rouge's transpose rule
``(?<=[.\\w)\\]])'+`` can never match and is left out.
"""

from __future__ import annotations

import re
from functools import cache

from pygments import unistring as uni
from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Operator, Other, Text

from . import word_list
from .base import RougeRegexLexer

SYMBOLS = f"{uni.Sm}{uni.Sc}{uni.Sk}{uni.So}"
FUNC_NAME = rf"(?:[^\W\d]|[{uni.Nl}{SYMBOLS}_])(?:\w|[{SYMBOLS}{uni.Po}!])*"


@cache
def _alternation(key: str) -> str:
    source = word_list(f"julia.{key}")[0]
    if source.startswith(r"\b"):
        source = r"(?=\w)" + source[2:]
    return f"(?x:{source})"


def _tokens() -> dict[str, list]:
    return {
        "root": [
            (r"\n", Text),
            (r"[^\S\n]+", Text),
            (r"#=", Comment.Multiline, "blockcomment"),
            (r"#.*$", Comment),
            (_alternation("OPERATORS"), Operator),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(function|macro)((?:\s|\\\s)+)", bygroups(Keyword, Name.Function), "funcname"),
            (r"((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)",
             bygroups(Keyword, Name.Class), "typename"),
            (_alternation("TYPES"), Keyword.Type),
            (r"(local|global|const)\b", Keyword.Declaration),
            (_alternation("KEYWORDS"), Keyword),
            (_alternation("BUILTINS"), Name.Builtin),
            (r"`.*?`", Literal.String.Backtick),
            (r"'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}"
             r"|[^\\'\n])'", Literal.String.Char),
            (r'(?:[IL])"', Literal.String, "string"),
            (r'[E]?"', Literal.String, "string"),
            (r"@[\w.]+", Name.Decorator),
            (r"(?:[a-zA-Z_\u00a1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00a1-\uffff]"
             r"|[\u1000-\u10ff])*!*", Name),
            (r"[\[\]{}(),;]", Other),
            (r"(\d+(_\d+)+\.\d*|\d*\.\d+(_\d+)+)([eEf][+-]?[0-9]+)?", Literal.Number.Float),
            (r"(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?", Literal.Number.Float),
            (r"\d+(_\d+)+[eEf][+-]?[0-9]+", Literal.Number.Float),
            (r"\d+[eEf][+-]?[0-9]+", Literal.Number.Float),
            (r"0b[01]+(_[01]+)+", Literal.Number.Bin),
            (r"0b[01]+", Literal.Number.Bin),
            (r"0o[0-7]+(_[0-7]+)+", Literal.Number.Oct),
            (r"0o[0-7]+", Literal.Number.Oct),
            (r"0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+", Literal.Number.Hex),
            (r"0x[a-fA-F0-9]+", Literal.Number.Hex),
            (r"\d+(_\d+)+", Literal.Number.Integer),
            (r"\d+", Literal.Number.Integer),
        ],
        "funcname": [
            (FUNC_NAME, Name.Function, "#pop"),
            (r"\([^\s\w{]{1,2}\)", Operator, "#pop"),
            (r"[^\s\w{]{1,2}", Operator, "#pop"),
        ],
        "typename": [(FUNC_NAME, Name.Class, "#pop")],
        "stringescape": [
            (r"\\([\\abfnrtv\"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}"
             r"|[0-7]{1,3})", Literal.String.Escape),
        ],
        "blockcomment": [
            (r"[^=#]", Comment.Multiline),
            (r"#=", Comment.Multiline, "blockcomment"),
            (r"=#", Comment.Multiline, "#pop"),
            (r"[=#]", Comment.Multiline),
        ],
        "string": [
            include("stringescape"),
            (r'"', Literal.String, "#pop"),
            (r'\\\\|\\"|\\\n', Literal.String.Escape),
            (r"\$(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?", Literal.String.Interpol),
            (r'[^\\"$]+', Literal.String),
            (r'["\\]', Literal.String),
            (r"\$", Literal.String),
        ],
    }


class RougeJuliaLexer(RougeRegexLexer):
    """Julia tokenised like Rouge 3.30.0."""

    name = "Julia (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _tokens()
