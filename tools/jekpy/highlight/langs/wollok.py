"""Wollok as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/wollok.rb).

Names declared after ``class``/``object``/``mixin`` are remembered: later uses (and any
capitalised name) are ``Name.Class``, other names ``Keyword.Variable``.  Rouge keeps that
list in a variable of the lexer class, so in one Ruby process it grows across documents;
jekpy keeps it per highlighted text (the difference shows only when a lower-case object of
one code block is used in a later one).  Keyword rules have no leading word boundary.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from .base import RougeRegexLexer

ENTITY = r"[a-zA-Z][a-zA-Z0-9]*"
VARIABLE = rf"_?{ENTITY}"
KEYWORDS = "new super return if else var const override constructor".split()


def _entity(pop: bool):
    def callback(lexer, match, ctx):
        yield match.start(), Name.Class, match.group(0)
        ctx.wollok_entities = getattr(ctx, "wollok_entities", frozenset()) | {match.group(0)}
        ctx.pos = match.end()
        if pop:
            ctx.stack.pop()

    return callback


def _variable(lexer, match, ctx):
    name = match.group(0)
    known = name in getattr(ctx, "wollok_entities", ()) or "A" <= name[0] <= "Z"
    yield match.start(), Name.Class if known else Keyword.Variable, name
    ctx.pos = match.end()


class RougeWollokLexer(RougeRegexLexer):
    """Wollok tokenised like Rouge 3.30.0."""

    name = "Wollok (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespaces_and_comments": [
            (r"\s+", Text.Whitespace),
            (r"//.*$", Comment.Single),
            (r"/\*(.|\s)*?\*/", Comment.Multiline),
        ],
        "root": [
            include("whitespaces_and_comments"),
            (r"(import)(.+$)", bygroups(Keyword.Reserved, Text)),
            (r"(class|object|mixin)", Keyword.Reserved, "foo"),
            (r"test|program", Keyword.Reserved),
            (rf"(package)(\s+)({ENTITY})", bygroups(Keyword.Reserved, Text.Whitespace,
                                                    Name.Class)),
            (r"\{|\}", Text),
            include("keywords"),
            include("symbols"),
            include("objects"),
        ],
        "foo": [
            include("whitespaces_and_comments"),
            (r"inherits|mixed|with|and", Keyword.Reserved),
            (rf"{ENTITY}(?=\s*{{)", _entity(pop=True)),
            (ENTITY, _entity(pop=False)),
        ],
        "keywords": [
            (r"self\b", Name.Builtin.Pseudo),
            ("|".join(rf"{k}\b" for k in KEYWORDS), Keyword.Reserved),
            (rf"(method)(\s+)({VARIABLE})", bygroups(Keyword.Reserved, Text.Whitespace, Text)),
        ],
        "objects": [
            (VARIABLE, _variable),
            (rf"\.{ENTITY}", Text),
            include("literals"),
        ],
        "literals": [
            include("whitespaces_and_comments"),
            (r"[0-9]+\.?[0-9]*", Literal.Number),
            (r'"[^"]*"', Literal.String),
            (r"\[|#\{", Punctuation, "lists"),
        ],
        "lists": [(r",", Punctuation), (r"\]|\}", Punctuation, "#pop"), include("objects")],
        "symbols": [
            (r"\+\+|--|\+=|-=|\*\*|!", Operator),
            (r"\+|-|\*|/|%", Operator),
            (r"<=|=>|===|==|<|>", Operator),
            (r"and\b|or\b|not\b", Operator),
            (r"\(|\)|=", Text),
            (r",", Punctuation),
        ],
    }
