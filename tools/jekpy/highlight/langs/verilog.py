"""Verilog as Rouge 3.30.0's ``Rouge::Lexers::Verilog`` (rouge lib/rouge/lexers/verilog.rb)
splits it.

Words are keywords, types or system tasks (``$display``...) from Rouge's lists; based numbers
(``4'b1010``) are ``Number.Bin``/``Hex``/``Integer``; `` `macros`` are ``Comment.Preproc``.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

ID = r"[a-zA-Z_][a-zA-Z0-9_]*"


def _word(lexer, match, ctx):
    name = match.group(0)
    if name in words("verilog.keywords"):
        token = Keyword
    elif name in words("verilog.keywords_type"):
        token = Keyword.Type
    elif name in words("verilog.keywords_system_task"):
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, name
    ctx.pos = match.end()


class RougeVerilogLexer(RougeRegexLexer):
    """Verilog tokenised like Rouge 3.30.0."""

    name = "Verilog (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "expr_bol": [
            include("inline_whitespace"),
            (r"`define", Comment.Preproc, "macro"),
            default("#pop"),
        ],
        "bol": [(rf"{ID}:(?!:)", Name.Label), include("expr_bol")],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//(\\.|.)*?$", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "expr_whitespace": [(r"\n+", Text, "expr_bol"), include("whitespace")],
        "string": [
            (r'"', String, "#pop"),
            (r"\\([\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "statement": [
            include("whitespace"),
            (r'L?"', String, "string"),
            (r"(?i)([0-9_]+\.[0-9_]*|[0-9_]*\.[0-9_]+)(e[+-]?[0-9_]+)?", Number.Float),
            (r"(?i)[0-9_]+e[+-]?[0-9_]+", Number.Float),
            (r"[0-9]*'h[0-9a-fA-F_?]+", Number.Hex),
            (r"[0-9]*'b?[01xz_?]+", Number.Bin),
            (r"[0-9]*'d[0-9_?]+", Number.Integer),
            (r"(?i)[0-9_]+[lu]*", Number.Integer),
            (r"[-~!%^&*+=|?:<>/@{}]", Operator),
            (r"[()\[\],.$#;]", Punctuation),
            (r"`(\w+)", Comment.Preproc),
            (ID, _word),
        ],
        "root": [include("expr_whitespace"), default("statement")],
        "macro": [
            (r"\n", Comment.Preproc, "#pop"),
            include("inline_whitespace"),
            (r";", Punctuation),
            (r"=", Operator),
            (r"(\w+)", Text),
        ],
    }
