"""Lustre and Lutin as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/lustre.rb, lutin.rb).

Words are keywords, operator words (``Operator.Word``) or primitive types
(``Keyword.Type``) by Rouge's lists, else names; ``true``/``false`` are constants even
inside a longer word (Rouge's rule has no word boundary).  Lutin is Lustre with other lists.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

ID = r"[a-zA-Z_][a-zA-Z0-9_']*"
LUSTRE_WORDS = (
    """extern unsafe assert const current enum function let node operator returns step struct tel
    type var model package needs provides uses is body end include merge""",
    "div and xor mod or not nor if then else fby pre when with",
    "int real bool",
)
LUTIN_WORDS = (
    """let in node extern system returns weak strong assert raise try catch trap do exist erun run
    type ref exception include false true""",
    "div and xor mod or not nor if then else pre",
    "int real bool trace loop fby",
)


def _word_callback(keywords: str, operators: str, primitives: str):
    lists = ((frozenset(keywords.split()), Keyword), (frozenset(operators.split()), Operator.Word),
             (frozenset(primitives.split()), Keyword.Type))

    def callback(lexer, match, ctx):
        word = match.group(0)
        yield match.start(), next((tok for words, tok in lists if word in words), Name), word
        ctx.pos = match.end()

    return callback


def lustre_tokens(lists=LUSTRE_WORDS) -> dict[str, list]:
    """Rouge's Lustre state table with the given keyword/operator/primitive lists."""
    return {
        "root": [
            (r"\s+", Text),
            (r"false|true", Keyword.Constant),
            (r"\-\-.*", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r"(?s)\(\*.*?\*\)", Comment.Multiline),
            (ID, _word_callback(*lists)),
            (r"[(){}\[\];]+", Punctuation),
            (r"[,!$%&*+./:<=>?@^|~#-]+", Operator),
            (r"-?\d[\d_]*(.[\d_]*)?([eE][+-]?\d[\d_]*)", Number.Float),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'", String.Char),
            (r"'[.]'", String.Char),
            (r'"', String.Double, "string"),
            (rf"[~?]{ID}", Name.Variable),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            (r"\\[\\\"'ntbr]", String.Escape),
            (r"\\\d{3}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
            (r"\\\n", String.Double),
            (r'"', String.Double, "#pop"),
        ],
    }


class RougeLustreLexer(RougeRegexLexer):
    """Lustre tokenised like Rouge 3.30.0."""

    name = "Lustre (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = lustre_tokens()


class RougeLutinLexer(RougeLustreLexer):
    """Lutin tokenised like Rouge 3.30.0."""

    name = "Lutin (Rouge)"
    tokens = lustre_tokens(LUTIN_WORDS)
