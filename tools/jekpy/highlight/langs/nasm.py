"""NASM assembly as Rouge 3.30.0's ``Rouge::Lexers::Nasm`` (rouge lib/rouge/lexers/nasm.rb)
splits it.

The first word of a line is the instruction (``Name.Function``), registers ``Name.Builtin``,
other operands ``Name.Variable``; the regexes are Rouge's, quirks included (``[^"\\\\n]``
excludes the letter ``n``; ``$0`` can never match).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

LABEL = r"[a-z$._?][\w$.?#@~]*"


class RougeNasmLexer(RougeRegexLexer):
    """NASM tokenised like Rouge 3.30.0."""

    name = "NASM (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"^\s*%", Comment.Preproc, "preproc"),
            include("whitespace"),
            (rf"(?i){LABEL}:", Name.Label),
            (rf"(?i)({LABEL})(\s+)(equ)",
             bygroups(
                 Name.Constant, Keyword.Declaration, Keyword.Declaration),
             "instruction_args"),
            (r"BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC"
             r"|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE", Keyword,
             "instruction_args"),
            (r"(?i)(?:res|d)[bwdqt]|times", Keyword.Declaration, "instruction_args"),
            (rf"(?i){LABEL}", Name.Function, "instruction_args"),
            (r"[\r\n]+", Text),
        ],
        "instruction_args": [
            (r'"(\\\\"|[^"\\n])*"|\'(\\\\\'|[^\'\\n])*\'|`(\\\\`|[^`\\n])*`', String),
            (r"(?i)(?:0x[\da-f]+|$0[\da-f]*|\d+[\da-f]*h)", Number.Hex),
            (r"(?i)[0-7]+q", Number.Oct),
            (r"(?i)[01]+b", Number.Bin),
            (r"(?i)\d+\.e?\d+", Number.Float),
            (r"\d+", Number.Integer),
            include("punctuation"),
            (r"(?i)r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]"
             r"|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]", Name.Builtin),
            (rf"(?i){LABEL}", Name.Variable),
            (r"[\r\n]+", Text, "#pop"),
            include("whitespace"),
        ],
        "preproc": [
            (r"[^;\n]+", Comment.Preproc),
            (r";.*?\n", Comment.Single, "#pop"),
            (r"\n", Comment.Preproc, "#pop"),
        ],
        "whitespace": [(r"\n", Text), (r"[ \t]+", Text), (r";.*", Comment.Single)],
        "punctuation": [
            (r"[,():\[\]]+", Punctuation),
            (r"[&|^<>+*/%~-]+", Operator),
            (r"\$+", Keyword.Constant),
            (r"(?i)seg|wrt|strict", Operator.Word),
            (r"(?i)byte|[dq]?word", Keyword.Type),
        ],
    }
