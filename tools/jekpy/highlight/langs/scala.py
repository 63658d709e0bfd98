"""Scala as Rouge 3.30.0's ``Rouge::Lexers::Scala`` (rouge lib/rouge/lexers/scala.rb) splits it.

Punctuation is ``Operator``, capitalised names ``Name.Class``, ``x.y`` a ``Name.Variable`` and a
``Name.Property``, a name before ``(`` ``Name.Function``; after ``:`` Rouge reads a type
(``Keyword.Type``).  Rouge's ``typechunk`` lacks an ``|`` before its backquote branch - kept.
"""

from __future__ import annotations

import re

from pygments import unistring as uni
from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text

from .base import RougeRegexLexer

LETTER = r"(?:[^\W\d_]|[$_])"
UPPER = rf"[{uni.Lu}$_]"
OP = (
    rf"(?:(?!\s|{LETTER}|[0-9]|[(){{}}\[\]]|[\u2018\u2019\".;,])"
    rf"[\u0020-\u007f{uni.Sm}{uni.So}])"
)
IDREST = rf"(?:{LETTER}(?:{LETTER}|[0-9])*(?:(?<=_){OP}+)?)"
KEYWORDS = (
    "abstract case catch def do else extends final finally for forSome if implicit lazy match "
    "new override private protected requires return sealed super this throw try val var while "
    "with yield"
).split()
NAMEISH = rf"{IDREST}|{OP}+|`[^`]+`"
TYPECHUNK = rf"(?:{IDREST}|{OP}+`[^`]+`)"


class RougeScalaLexer(RougeRegexLexer):
    """Scala tokenised like Rouge 3.30.0."""

    name = "Scala (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"(class|trait|object)(\s+)", bygroups(Keyword, Text), "class"),
            (rf"'{IDREST}(?!')", String.Symbol),
            (r"[^\S\n]+", Text),
            (r"//.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            (rf"@{IDREST}", Name.Decorator),
            (rf"(def)(\s+)({NAMEISH})(\s*)", bygroups(Keyword, Text, Name.Function, Text)),
            (rf"(val)(\s+)({NAMEISH})(\s*)", bygroups(Keyword, Text, Name.Variable, Text)),
            (rf"(this)(\n*)(\.)({IDREST})", bygroups(Keyword, Text, Operator, Name.Property)),
            (rf"({IDREST}|_)(\n*)(\.)({IDREST})",
             bygroups(Name.Variable, Text, Operator, Name.Property)),
            (rf"{UPPER}{IDREST}\b", Name.Class),
            (rf"({IDREST})(\s*)(\()", bygroups(Name.Function, Text, Operator)),
            (rf"(\.)({IDREST})", bygroups(Operator, Name.Property)),
            (rf"({'|'.join(KEYWORDS)})\b|(<[%:-]|=>|>:|[#=@_\u21d2\u2190])(\b|(?=\s)|$)",
             Keyword),
            (rf":(?!{OP})", Keyword, "type"),
            (r"(true|false|null)\b", Keyword.Constant),
            (r"(import|package)(\s+)", bygroups(Keyword, Text), "import"),
            (r"(type)(\s+)", bygroups(Keyword, Text), "type"),
            (r'(?s)""".*?"""(?!")', String),
            (r'"(\\\\|\\"|[^"])*"', String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'", String.Char),
            (IDREST, Name),
            (r"`[^`]+`", Name),
            (r"\[", Operator, "typeparam"),
            (r"[(){};,.#]", Operator),
            (rf"{OP}+", Operator),
            (r"([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?", Number.Float),
            (r"([0-9][0-9]*[fFdD])", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (rf"({NAMEISH})(\s*)(\[)", bygroups(Name.Class, Text, Operator), "typeparam"),
            (r"\s+", Text),
            (r"\{", Operator, "#pop"),
            (r"\(", Operator, "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (NAMEISH, Name.Class, "#pop"),
        ],
        "type": [
            (r"\s+", Text),
            (r"<[%:]|>:|[#_\u21d2]|forSome|type", Keyword),
            (r"([,);}]|=>|=)(\s*)", bygroups(Operator, Text), "#pop"),
            (r"[({]", Operator, "type"),
            (rf"({TYPECHUNK}(?:\.{TYPECHUNK})*)(\s*)(\[)",
             bygroups(Keyword.Type, Text, Operator), ("#pop", "typeparam")),
            (rf"({TYPECHUNK}(?:\.{TYPECHUNK})*)(\s*)$", bygroups(Keyword.Type, Text), "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (rf"\.|{NAMEISH}", Keyword.Type),
        ],
        "typeparam": [
            (r"[\s,]+", Text),
            (r"<[%:]|=>|>:|[#_\u21d2]|forSome|type", Keyword),
            (r"([\])}])", Operator, "#pop"),
            (r"[(\[{]", Operator, "typeparam"),
            (rf"\.|{NAMEISH}", Keyword.Type),
        ],
        "comment": [
            (r"[^/*]+", Comment.Multiline),
            (r"/\*", Comment.Multiline, "comment"),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[*/]", Comment.Multiline),
        ],
        "import": [(rf"({IDREST}|\.)+", Name.Namespace, "#pop")],
    }
