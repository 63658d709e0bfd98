"""Java as Rouge 3.30.0's ``Rouge::Lexers::Java`` (rouge lib/rouge/lexers/java.rb) splits it.

Rouge's choices: punctuation is ``Operator`` (``;``, braces, parentheses), a name after ``.`` is
``Name.Attribute``, a method name before ``(`` is ``Name.Function`` (the words before it lexed
again on their own), ALL_CAPS names ``Name.Constant``, Capitalised ones ``Name.Class``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, this, using
from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text
from pygments.unistring import Lu

from .base import RougeRegexLexer

KEYWORDS = (
    "assert break case catch continue default do else finally for if goto instanceof new return "
    "switch this throw try while"
).split()
DECLARATIONS = (
    "abstract const enum extends final implements native private protected public static "
    "strictfp super synchronized throws transient volatile"
).split()
TYPES = "boolean byte char double float int long short var void".split()
ID = r"[^\W\d]\w*"
DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"


class RougeJavaLexer(RougeRegexLexer):
    """Java tokenised like Rouge 3.30.0."""

    name = "Java (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"[^\S\n]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (rf"(?:{'|'.join(KEYWORDS)})\b", Keyword),
            (r"(?s)(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()",
             bygroups(using(this), Name.Function, Text, Operator)),
            (rf"@{ID}", Name.Decorator),
            (rf"(?:{'|'.join(DECLARATIONS)})\b", Keyword.Declaration),
            (rf"(?:{'|'.join(TYPES)})\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface)\b", Keyword.Declaration, "class"),
            (r"(?:import|package)\b", Keyword.Namespace, "import"),
            (r'(?s)"(\\\\|\\"|[^"])*"', String),
            (r"(?s)'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", String.Char),
            (rf"(\.)({ID})", bygroups(Operator, Name.Attribute)),
            (rf"{ID}:", Name.Label),
            (rf"[{Lu}][{Lu}\d_]*\b", Name.Constant),  # Rouge: [[:upper:]], Unicode
            (rf"[{Lu}][^\W_]*\b", Name.Class),
            (rf"\$?{ID}", Name),
            (r"[~^*!%&\[\](){}<>|+=:;,./?-]", Operator),
            (rf"{DIGIT}+\.{DIGIT}+([eE]{DIGIT}+)?[fd]?", Number.Float),
            (r"0[bB](?:[01]_+[01]|[01])+", Number.Bin),
            (r"0[xX](?:[0-9a-fA-F]_+[0-9a-fA-F]|[0-9a-fA-F])+", Number.Hex),
            (r"0(?:[0-7]_+[0-7]|[0-7])+", Number.Oct),
            (rf"{DIGIT}+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [(r"\s+", Text), (ID, Name.Class, "#pop")],
        "import": [(r"\s+", Text), (r"[a-zA-Z0-9_.]+\*?", Name.Namespace, "#pop")],
    }
