"""Dart as Rouge 3.30.0's ``Rouge::Lexers::Dart`` (rouge lib/rouge/lexers/dart.rb) splits it.

A line-initial ``type name(`` marks ``name`` as ``Name.Function`` (the words before it lexed
afresh); names after ``.`` are ``Name.Attribute``; Rouge's keyword rules have no leading
``\\b``, so a keyword is recognised wherever a word starts with it and ends at a boundary.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include, this, using
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = (
    "as assert await break case catch continue default do else finally for if in is new "
    "rethrow return super switch this throw try while with yield"
).split()
DECLARATIONS = (
    "abstract async dynamic const covariant external extends factory final get implements late "
    "native on operator required set static sync typedef var"
).split()
TYPES = (
    "bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern Set "
    "String Symbol Type Uri void"
).split()
IMPORTS = r"import|deferred|export|library|part\s*of|part|source"
ID = r"[a-zA-Z_]\w*"


class RougeDartLexer(RougeRegexLexer):
    """Dart tokenised like Rouge 3.30.0."""

    name = "Dart (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"(?s)^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()",
             bygroups(using(this), Name.Function, Text, Punctuation)),
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r'"', String, "dqs"),
            (r"'", String, "sqs"),
            (r'r"[^"]*"', String.Other),
            (r"r'[^']*'", String.Other),
            (rf"(?i)#(?:{ID})*", String.Symbol),
            (rf"@{ID}", Name.Decorator),
            (rf"(?:{'|'.join(KEYWORDS)})\b", Keyword),
            (rf"(?:{'|'.join(DECLARATIONS)})\b", Keyword.Declaration),
            (rf"(?:{'|'.join(TYPES)})\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface|mixin)\b", Keyword.Declaration, "class"),
            (rf"(?:{IMPORTS})\b", Keyword.Namespace, "import"),
            (rf"(\.)({ID})", bygroups(Operator, Name.Attribute)),
            (rf"{ID}:", Name.Label),
            (rf"\$?{ID}", Name),
            (r"[~^*!%&|+=:/?-]", Operator),
            (r"[\[\](){}<>.,;]", Punctuation),
            (r"\d*\.\d+([eE]-?\d+)?", Number.Float),
            (r"0x[\da-fA-F]+", Number.Hex),
            (r"\d+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [(r"\s+", Text), (ID, Name.Class, "#pop")],
        "dqs": [(r'"', String, "#pop"), (r'[^\\$"]+', String), include("string")],
        "sqs": [(r"'", String, "#pop"), (r"[^\\$']+", String), include("string")],
        "import": [
            (r";", Operator, "#pop"),
            (r"(?:show|hide)\b", Keyword.Declaration),
            include("root"),
        ],
        "string": [include("interpolation"), (r"\\[nrt\"'\\]", String.Escape)],
        "interpolation": [(rf"\${ID}", String.Interpol), (r"\$\{[^}]+\}", String.Interpol)],
    }
