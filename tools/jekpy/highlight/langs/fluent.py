"""Fluent (Project Fluent localisation files) as Rouge 3.30.0 splits it (rouge
lib/rouge/lexers/fluent.rb): message ids ``Name.Constant``, terms ``Name.Entity``,
attributes ``Name.Attribute``, ``{ $var }`` placeables with selectors and variants.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Literal, Name, Punctuation, String, Text

from .base import RougeRegexLexer

ID = r"[a-zA-Z][a-zA-Z0-9_-]*"


class RougeFluentLexer(RougeRegexLexer):
    """Fluent tokenised like Rouge 3.30.0."""

    name = "Fluent (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"( *)(=)( *)", bygroups(Text.Whitespace, Punctuation, Text.Whitespace),
             "template"),
            (r"(?:\s*\n)+", Text.Whitespace),
            (r"#{1,3}(?: .*)?$", Comment.Single),
            (ID, Name.Constant),
            (rf"-{ID}", Name.Entity),
            (rf"\s*\.{ID}", Name.Attribute),
            (r"\s+(?=[^\s.])", Text.Whitespace, "template"),
        ],
        "template": [
            (r"\n", Text.Whitespace, "#pop"),
            (r"[^{\n}*]+", Text),
            (r"\{", Punctuation, "placeable"),
            (r"(?=\})", Punctuation, "#pop"),
        ],
        "placeable": [
            (r"\s+", Text.Whitespace),
            (r"\{", Punctuation, "placeable"),
            (r"\}", Punctuation, "#pop"),
            (rf"\${ID}", Name.Variable),
            (rf"-{ID}", Name.Entity),
            (rf"\.{ID}", Name.Attribute),
            (r"[A-Z]+", Name.Builtin),
            (ID, Name.Constant),
            (r"[(),:]", Punctuation),
            (r"->", Punctuation),
            (r"\*", Punctuation.Indicator),
            (r"-?\d+\.\d+?", Literal.Number.Float),
            (r"-?\d+", Literal.Number.Integer),
            (r'"', String.Double, "string"),
            (r"(\[)(-?\d+\.\d+)(\])", bygroups(Punctuation, Literal.Number.Float, Punctuation),
             "template"),
            (r"(\[)(-?\d+)(\])", bygroups(Punctuation, Literal.Number.Integer, Punctuation),
             "template"),
            (r"(\[)([a-zA-Z][a-zA-Z0-9_-]+)(\])",
             bygroups(Punctuation, String.Symbol, Punctuation), "template"),
        ],
        "string": [
            (r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{6}", String.Escape),
            (r"\\.", String.Escape),
            (r'[^"\\]', String.Double),
            (r'"', String.Double, "#pop"),
        ],
    }
