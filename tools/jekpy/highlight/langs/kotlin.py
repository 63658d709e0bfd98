"""Kotlin as Rouge 3.30.0's ``Rouge::Lexers::Kotlin`` (rouge lib/rouge/lexers/kotlin.rb) splits it.

Operators and brackets are ``Punctuation``, capitalised names ``Name.Class``, a name before
``(``/``{`` ``Name.Function``, names after ``val``/``var`` ``Name.Property``; ``class``,
``fun``, ``package`` open small states for the name that follows.
"""

from __future__ import annotations

import re

from pygments import unistring as uni
from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = (
    "abstract annotation as break by catch class companion const constructor continue "
    "crossinline do dynamic else enum external false final finally for fun get if import in "
    "infix inline inner interface internal is lateinit noinline null object open operator out "
    "override package private protected public reified return sealed set super suspend tailrec "
    "this throw true try typealias typeof val var vararg when where while yield"
).split()
NAME_CHARS = (
    f"[-_{uni.Lu}{uni.Ll}{uni.Lt}{uni.Lm}{uni.Nl}{uni.Nd}{uni.Pc}{uni.Cf}{uni.Mn}{uni.Mc}]*"
)
CLASS_NAME = f"`?[{uni.Lu}]{NAME_CHARS}`?"
NAME = f"`?[_{uni.Lu}{uni.Ll}{uni.Lt}{uni.Lm}{uni.Nl}]{NAME_CHARS}`?"
DEC = r"(?:[0-9][0-9_]*[0-9]|[0-9])"
EXPONENT = rf"[eE][+-]?{DEC}"
DOUBLE = rf"(?:(?:{DEC})?\.{DEC}(?:{EXPONENT})?|{DEC}{EXPONENT})"


class RougeKotlinLexer(RougeRegexLexer):
    """Kotlin tokenised like Rouge 3.30.0."""

    name = "Kotlin (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"(?=\w)(companion)(\s+)(object)\b", bygroups(Keyword, Text, Keyword)),
            (r"(?=\w)(class|data\s+class|interface|object)(\s+)",
             bygroups(Keyword.Declaration, Text), "class"),
            (r"(?=\w)(fun)(\s+)", bygroups(Keyword, Text), "function"),
            (r"(?=\w)(package|import)(\s+)", bygroups(Keyword, Text), "package"),
            (r"(?=\w)(val|var)(\s+)(\()", bygroups(Keyword.Declaration, Text, Punctuation),
             "destructure"),
            (r"(?=\w)(val|var)(\s+)", bygroups(Keyword.Declaration, Text), "property"),
            (rf"(return|continue|break|this|super)(@{NAME})?\b",
             bygroups(Keyword, Name.Decorator)),
            (r"(?=\w)fun\b", Keyword),
            (rf"(?=\w)(?:{'|'.join(KEYWORDS)})\b", Keyword),
            (r"^\s*\[.*?\]", Name.Attribute),
            (r"[^\S\n]+", Text),
            (r"\\\n", Text),
            (r"//.*?$", Comment.Single),
            (r"/[*].*[*]/", Comment.Multiline),
            (r"/[*].*", Comment.Multiline, "comment"),
            (r"\n", Text),
            (r"(::)(class)", bygroups(Operator, Keyword)),
            (r"::|!!|\?[:.]", Operator),
            (r"(\.\.)", Operator),
            (rf"(?:{DOUBLE}[fF]?)|(?:{DEC}[fF])", Number.Float),
            (r"0[bB](?:[01][01_]*[01]|[01])[uU]?L?", Number.Bin),
            (r"0[xX](?:[0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?", Number.Hex),
            (r"(?:[1-9][0-9_]*[0-9]|[0-9])[uU]?L?", Number.Integer),
            (r"[~!%^&*()+=|\[\]:;,.<>/?-]", Punctuation),
            (r"[{}]", Punctuation),
            (r'(?s)@"(""|[^"])*"', String),
            (r'(?s)""".*?"""', String),
            (r'"(\\\\|\\"|[^"\n])*["\n]', String),
            (r"'\\.'|'[^\\]'", String.Char),
            (rf"(@{CLASS_NAME})", Name.Decorator),
            (rf"({CLASS_NAME})(<)", bygroups(Name.Class, Punctuation), "generic_parameters"),
            (CLASS_NAME, Name.Class),
            (rf"({NAME})(?=\s*[({{])", Name.Function),
            (rf"({NAME})@", Name.Decorator),
            (NAME, Name),
        ],
        "package": [(r"\S+", Name.Namespace, "#pop")],
        "class": [(CLASS_NAME, Name.Class, "#pop")],
        "function": [
            (r"(<)", Punctuation, "generic_parameters"),
            (r"(\s+)", Text),
            (rf"({CLASS_NAME})(\.)", bygroups(Name.Class, Punctuation)),
            (NAME, Name.Function, "#pop"),
        ],
        "generic_parameters": [
            (CLASS_NAME, Name.Class),
            (r"(<)", Punctuation, "generic_parameters"),
            (r"(reified|out|in)", Keyword),
            (r"([,:.?])", Punctuation),
            (r"(\s+)", Text),
            (r"(>)", Punctuation, "#pop"),
        ],
        "property": [
            (r"(<)", Punctuation, "generic_parameters"),
            (r"(\s+)", Text),
            (NAME, Name.Property, "#pop"),
        ],
        "destructure": [
            (r"(,)", Punctuation),
            (r"(\))", Punctuation, "#pop"),
            (r"(\s+)", Text),
            (NAME, Name.Property),
        ],
        "comment": [
            (r"/[*]", Comment.Multiline, "comment"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
    }
