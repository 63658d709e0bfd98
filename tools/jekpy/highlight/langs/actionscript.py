"""ActionScript as Rouge 3.30.0's ``Rouge::Lexers::Actionscript`` (rouge lib/rouge/lexers/
actionscript.rb) splits it - an older cousin of Rouge's JavaScript lexer (``expr_start``
decides regex vs division, object keys are ``Name.Attribute``, labels ``Name.Label``).
Rouge's ``\\A`` reads as "here" and its ``(?<=\\n)`` rule never fires (StringScanner).
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

KEYWORDS = frozenset(
    "for in while do break return continue switch case default if else throw try catch finally "
    "new delete typeof is this with".split()
)
DECLARATIONS = frozenset(["var", "with", "function"])
RESERVED = frozenset(
    "dynamic final internal native public protected private class const override static "
    "package interface extends implements namespace set get import include super flash_proxy "
    "object_proxy trace".split()
)
CONSTANTS = frozenset("true false null NaN Infinity undefined".split())
BUILTINS = frozenset(
    "void Function Math Class Object RegExp decodeURI decodeURIComponent encodeURI "
    "encodeURIComponent eval isFinite isNaN parseFloat parseInt this".split()
)
ID = r"[$a-zA-Z_][a-zA-Z0-9_]*"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS or word in DECLARATIONS:
        yield match.start(), Keyword if word in KEYWORDS else Keyword.Declaration, word
        ctx.stack.append("expr_start")
    else:
        if word in RESERVED:
            token = Keyword.Reserved
        elif word in CONSTANTS:
            token = Keyword.Constant
        elif word in BUILTINS:
            token = Name.Builtin
        else:
            token = Name.Other
        yield match.start(), token, word
    ctx.pos = match.end()


class RougeActionScriptLexer(RougeRegexLexer):
    """ActionScript tokenised like Rouge 3.30.0."""

    name = "ActionScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "comments_and_whitespace": SLASH_COMMENTS_AND_WHITESPACE,
        "expr_start": [
            include("comments_and_whitespace"),
            (r"/", String.Regex, ("#pop", "regex")),
            (r"[{]", Punctuation, "object"),
            default("#pop"),
        ],
        **regex_literal_states("gim"),
        "root": [
            (r"(?s)\s*#!.*?\n", Comment.Preproc, "statement"),
            (r"\n", Text, "statement"),
            include("comments_and_whitespace"),
            (r"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|===|!==", Operator, "expr_start"),
            (r"[:-<>+*%&|^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[{}]", Punctuation, "statement"),
            (ID, _word),
            (r"-?[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"-?[0-9]+", Number.Integer),
            (r'"(\\\\|\\"|[^"])*"', String.Double),
            (r"'(\\\\|\\'|[^'])*'", String.Single),
        ],
        "statement": [
            (rf"({ID})(\s*)(:)", bygroups(Name.Label, Text, Punctuation)),
            (r"[{}]", Punctuation),
            include("expr_start"),
        ],
        "object": [
            include("comments_and_whitespace"),
            (r"[}]", Punctuation, ("#pop", "statement")),
            (rf"({ID})(\s*)(:)", bygroups(Name.Attribute, Text, Punctuation), "expr_start"),
            (r":", Punctuation),
            include("root"),
        ],
        "ternary": [(r":", Punctuation, ("#pop", "expr_start")), include("root")],
    }
