"""Haxe as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/haxe.rb).

Built like Rouge's JavaScript lexer: after operators and keywords an expression starts
(``expr_start``: ``{`` opens an object literal, ``~`` a regex - whose body Rouge in fact never
reaches, ``~/`` is followed by a pop), after a newline a statement (``name:`` is a label).
Names are looked up in Rouge's lists; unknown names are ``Name.Other``.  ``using`` makes
Rouge push a state it does not define and fail; jekpy writes it as a ``Keyword`` and goes on.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer
from .javascript import SLASH_COMMENTS_AND_WHITESPACE, regex_literal_states

ID = r"[$a-zA-Z_][a-zA-Z0-9_]*"
KEYWORDS = frozenset("""
break case cast catch class continue default do else enum false for function if import interface
macro new null override package private public return switch this throw true try untyped while
""".split())
DECLARATIONS = frozenset(
    "abstract dynamic extern extends from implements inline static to typedef var".split()
)
RESERVED = frozenset("super trace inline build autoBuild enum".split())
CONSTANTS = frozenset(("true", "false", "null"))
BUILTINS = frozenset("""
Void Dynamic Math Class Any Float Int UInt String StringTools Sys EReg isNaN parseFloat parseInt
this Array Map Date DateTools Bool Lambda Reflect Std File FileSystem
""".split())


def _word(lexer, match, ctx):
    word = match.group(0)
    push = None
    if word in KEYWORDS:
        token, push = Keyword, "expr_start"
    elif word == "using":
        token = Keyword
    elif word in DECLARATIONS:
        token, push = Keyword.Declaration, "expr_start"
    elif word in RESERVED:
        token = Keyword.Reserved
    elif word in CONSTANTS:
        token = Keyword.Constant
    elif word in BUILTINS:
        token = Name.Builtin
    else:
        token = Name.Other
    yield match.start(), token, word
    ctx.pos = match.end()
    if push:
        ctx.stack.append(push)


def _metadata_name(lexer, match, ctx):
    yield match.start(1), Name.Decorator, match.group(1)
    if match.group(2):
        yield match.start(2), Punctuation, match.group(2)
    else:
        ctx.stack.pop()
    ctx.pos = match.end()


class RougeHaxeLexer(RougeRegexLexer):
    """Haxe tokenised like Rouge 3.30.0."""

    name = "Haxe (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "comments_and_whitespace": SLASH_COMMENTS_AND_WHITESPACE,
        "expr_start": [
            include("comments_and_whitespace"),
            (r"#(?:if|elseif|else|end).*", Comment.Preproc),
            (r"~", String.Regex, ("#pop", "regex")),
            (r"[{]", Punctuation, "object"),
            default("#pop"),
        ],
        **regex_literal_states("gim"),
        "root": [
            (r"\n", Text, "statement"),
            (r"\{", Punctuation, "expr_start"),
            include("comments_and_whitespace"),
            (r"@", Name.Decorator, "metadata"),
            (r"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>|==|!=", Operator, "expr_start"),
            (r"[-:<>+*%&|\^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\]}.]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (ID, _word),
            (r"\-?\d+\.\d+(?:[eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"\-?[0-9]+", Number.Integer),
            (r'"', String.Double, "str_double"),
            (r"'", String.Single, "str_single"),
        ],
        "statement": [
            (rf"({ID})(\s*)(:)", bygroups(Name.Label, Text, Punctuation)),
            include("expr_start"),
        ],
        "object": [
            include("comments_and_whitespace"),
            (r"[}]", Punctuation, ("#pop", "statement")),
            (rf"({ID})(\s*)(:)", bygroups(Name.Attribute, Text, Punctuation), "expr_start"),
            (r":", Punctuation),
            include("root"),
        ],
        "metadata": [
            (rf"({ID})(\()?", _metadata_name),
            (rf":{ID}(?:\.{ID})*", Name.Decorator, "#pop"),
            (r"\)", Name.Decorator, "#pop"),
            include("root"),
        ],
        "ternary": [(r":", Punctuation, ("#pop", "expr_start")), include("root")],
        "str_double": [
            include("str_escape"),
            (r'"', String.Double, "#pop"),
            (r'[^\\"]+', String.Double),
        ],
        "str_single": [
            include("str_escape"),
            (r"'", String.Single, "#pop"),
            (r"\$\$", String.Single),
            (rf"\${ID}", String.Interpol),
            (r"\$\{", String.Interpol, "str_interpol"),
            (r"[^\\$']+", String.Single),
        ],
        "str_escape": [
            (r"\\[\\tnr'\"]", String.Escape),
            (r"\\[0-7]{3}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
            (r"\\u[0-9a-fA-F]{4}", String.Escape),
            (r"\\u\{[0-9a-fA-F]{1,6}\}", String.Escape),
        ],
        "str_interpol": [(r"\}", String.Interpol, "#pop"), include("root")],
    }
