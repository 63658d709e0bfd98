"""SuperCollider as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/supercollider.rb).

``name:`` labels, capitalised class names, ``_Primitive`` functions, ``~globals``,
``\\symbols`` and ``'symbols'`` (``String.Other``), ``$c`` characters; lower-case words are
looked up in Rouge's keyword, constant and reserved lists.  Comments nest.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("var arg classvar const super this".split())
RESERVED = frozenset("case do for forBy loop if while new newCopyArgs".split())
CONSTANTS = frozenset("""
true false nil inf thisThread thisMethod thisFunction thisProcess thisFunctionDef
currentEnvironment topEnvironment
""".split())


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in CONSTANTS:
        token = Keyword.Constant
    elif word in RESERVED:
        token = Keyword.Reserved
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeSuperColliderLexer(RougeRegexLexer):
    """SuperCollider tokenised like Rouge 3.30.0."""

    name = "SuperCollider (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespace": [(r"\s+", Text)],
        "comments": [
            (r"//.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "nested_comment"),
        ],
        "nested_comment": [
            (r"/[*]", Comment.Multiline, "nested_comment"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r".", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            include("comments"),
            (r"[\-+]?0[xX][0-9a-fA-F]+", Number.Hex),
            (r"[\-+]?\d+r[0-9a-zA-Z]*(\.[0-9A-Z]*)?", Number.Float),
            (r"[\-+]?((\d+(\.\d+)?([eE][\-+]?\d+)?(pi)?)|pi)", Number.Float),
            (r"[\-+]?\d+", Number.Integer),
            (r"\$(\\.|.)", String.Char),
            (r'"([^\\"]|\\.)*"', String),
            (r"'([^\\']|\\.)*'", String.Other),
            (r"\\[a-zA-Z0-9_]+", String.Other),
            (r"[A-Za-z_][a-zA-Z0-9_]*:", Name.Label),
            (r"[A-Z][a-zA-Z0-9_]*", Name.Class),
            (r"_[a-zA-Z0-9_]+", Name.Function),
            (r"[a-z][a-zA-Z0-9_]*", _word),
            (r"~[a-zA-Z0-9_]+", Name.Variable.Global),
            (r"[{}()\[\];,.]", Punctuation),
            (r"[+\-*/&|%<>=]+", Operator),
            (r"[\^:#]", Operator),
            (r"(?=\w)_\b", Name.Builtin),
        ],
    }
