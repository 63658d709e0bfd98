"""ISBL (Directum's scripting language) as Rouge 3.30.0 splits it (rouge
lib/rouge/lexers/isbl.rb).

Words are looked up lower-cased: keywords, constants and enums (``Name.Builtin``), globals
(``Name.Variable.Global``); a word before ``(`` is a ``Name.Function``; after ``:`` comes a
type (interfaces are ``Keyword.Type``) and after ``.`` a member.  The lists are Rouge's
(``isbl.*``).
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from . import words
from .base import RougeRegexLexer

KEYWORDS = frozenset("""
and и else иначе endexcept endfinally endforeach конецвсе endif конецесли endwhile конецпока
except exitfor finally foreach все if если in в not не or или try while пока
""".split())
NAME = r"[a-zа-яё_0-9]+"


def _dotted(lexer, match, ctx):
    name = match.group(0).lower()
    if name in words("isbl.constants"):
        token = Name.Builtin
    elif "type" in ctx.stack:
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()
    ctx.stack.pop()


def _type(lexer, match, ctx):
    token = Keyword.Type if match.group(0).lower() in words("isbl.interfaces") else Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()
    ctx.stack.pop()


def _word(lexer, match, ctx):
    name = match.group(0).lower()
    if name in KEYWORDS:
        token = Keyword
    elif name in words("isbl.constants"):
        token = Name.Builtin
    elif name in words("isbl.globals"):
        token = Name.Variable.Global
    else:
        token = Name.Variable
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeISBLLexer(RougeRegexLexer):
    """ISBL tokenised like Rouge 3.30.0."""

    name = "ISBL (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.IGNORECASE

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "dotted": [include("whitespace"), (NAME, _dotted)],
        "type": [
            include("whitespace"),
            (NAME, _type),
            (r"[.]", Punctuation, "dotted"),
            default("#pop"),
        ],
        "root": [
            include("whitespace"),
            (r"[:]", Punctuation, "type"),
            (r"[.]", Punctuation, "dotted"),
            (r"[\[\]();]", Punctuation),
            (r"[&*+=<>/-]", Operator),
            (r"(?=\w)[a-zа-яё_][a-zа-яё_0-9]*(?=[(])", Name.Function),
            (r"[a-zа-яё_!][a-zа-яё_0-9]*", _word),
            (r"(?=\w)(\d+(\.\d+)?)\b", Literal.Number),
            (r'(?s)["].*?["]', Literal.String.Double),
            (r"(?s)['].*?[']", Literal.String.Single),
        ],
    }
