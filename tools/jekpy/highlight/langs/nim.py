"""Nim as Rouge 3.30.0's ``Rouge::Lexers::Nim`` (rouge lib/rouge/lexers/nim.rb) splits it.

Keywords may contain underscores anywhere (``p_r_o_c``) as Nim allows - Rouge's
``underscorize``; ``##`` comments are ``String.Doc``; number suffixes are separate states.
Rouge's ``(?<!\\$)`` look-behind always passes at a StringScanner position and is left out.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
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

KEYWORDS = """
addr as asm atomic bind block break case cast const continue converter defer discard distinct do
elif else end enum except export func finally for from generic if import include interface
iterator let macro method mixin nil object of out proc ptr raise ref return static template try
tuple type using var when while with without yield
""".split()
OPWORDS = "and or not xor shl shr div mod in notin is isnot".split()
PSEUDOKEYWORDS = "nil true false".split()
TYPES = (
    "int int8 int16 int32 int64 float float32 float64 bool char range array seq set string".split()
)
NAMESPACE = "from import include".split()
WORD = r"((?![\d_])\w)(((?!_)\w)|(_(?!_)\w))*"


def _underscorize(words: list[str]) -> str:
    return "|".join("".join(re.escape(c) + "_?" for c in w) for w in words)


class RougeNimLexer(RougeRegexLexer):
    """Nim tokenised like Rouge 3.30.0."""

    name = "Nim (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "chars": [
            (r"\\([\\abcefnrtvl\"']|x[a-fA-F0-9]{2}|[0-9]{1,3})", String.Escape),
            (r"'", String.Char, "#pop"),
            (r".", String.Char),
        ],
        "strings": [
            (r"\$(\d+|#|\w+)+", String.Interpol),
            (r"[^\\'\"$\n]+", String),
            (r"['\"\\]", String),
            (r"\$", String),
        ],
        "dqs": [
            (r"\\([\\abcefnrtvl\"']|\n|x[a-fA-F0-9]{2}|[0-9]{1,3})", String.Escape),
            (r'"', String, "#pop"),
            include("strings"),
        ],
        "rdqs": [(r'"(?!")', String, "#pop"), (r'"', String.Escape, "#pop"), include("strings")],
        "tdqs": [(r'"""(?!")', String, "#pop"), include("strings"), include("nl")],
        "funcname": [(WORD, Name.Function, "#pop"), (r"`.+`", Name.Function, "#pop")],
        "nl": [(r"\n", String)],
        "floatnumber": [
            (r"\.(?!\.)[0-9_]*", Number.Float),
            (r"[eE][+-]?[0-9][0-9_]*", Number.Float),
            default("#pop"),
        ],
        "floatsuffix": [(r"'?[fF](32|64)", Number.Float), default("#pop")],
        "intsuffix": [
            (r"'?[iI](32|64)", Number.Integer.Long),
            (r"'?[iI](8|16)", Number.Integer),
            (r"'?[uU]", Number.Integer),
            default("#pop"),
        ],
        "root": [
            (r"##.*$", String.Doc),
            (r"#.*$", Comment),
            (r"\*|=|>|<|\+|-|/|@|\$|~|&|%|!|\?|\||\\|\[|\]", Operator),
            (r"\.\.|\.|,|\[\.|\.\]|\{\.|\.\}|\(\.|\.\)|\{|\}|\(|\)|:|\^|`|;", Punctuation),
            (r'(?:\w+)"', String, "rdqs"),
            (r'"""', String, "tdqs"),
            (r'"', String, "dqs"),
            (r"'", String.Char, "chars"),
            (rf"({_underscorize(OPWORDS)})\b", Operator.Word),
            (r"(p_?r_?o_?c_?\s)(?![(\[\]])", Keyword, "funcname"),
            (rf"({_underscorize(KEYWORDS)})\b", Keyword),
            (rf"({_underscorize(NAMESPACE)})\b", Keyword.Namespace),
            (r"(v_?a_?r)\b", Keyword.Declaration),
            (rf"({_underscorize(TYPES)})\b", Keyword.Type),
            (rf"({_underscorize(PSEUDOKEYWORDS)})\b", Keyword.Pseudo),
            (rf"(?=\w){WORD}", Name),
            (r"[0-9][0-9_]*(?=([eE.]|'?[fF](32|64)))", Number.Float,
             ("floatsuffix", "floatnumber")),
            (r"0[xX][a-fA-F0-9][a-fA-F0-9_]*", Number.Hex, "intsuffix"),
            (r"0[bB][01][01_]*", Number, "intsuffix"),
            (r"0o[0-7][0-7_]*", Number.Oct, "intsuffix"),
            (r"[0-9][0-9_]*", Number.Integer, "intsuffix"),
            (r"\s+", Text),
            (r".+$", Error),
        ],
    }
