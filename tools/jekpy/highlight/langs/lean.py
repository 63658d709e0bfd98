"""Lean (3) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/lean.rb).

Words (ASCII, optionally ``#``-prefixed) are ``Keyword`` (``lean.keywords``, with ``#check``), ``Keyword.Type`` (``Sort``,
``Prop``, ``Type``) or ``Name``; Rouge's operator list is joined into one alternation as Rouge
joins it (``lean.operators``: its ``/\\`` and ``\\/`` entries fuse into ``/|/``); blanks,
brackets and a few Greek letters are plain text; any other character is an ``Error`` token.
``--`` followed by a blank starts a ``Comment.Doc`` line.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, String, Text

from . import word_list, words
from .base import RougeRegexLexer

TYPES = frozenset(("Sort", "Prop", "Type"))


def _word(lexer, match, ctx):
    word = match.group(0)
    token = Keyword if word in words("lean.keywords") else Keyword.Type if word in TYPES else Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeLeanLexer(RougeRegexLexer):
    """Lean tokenised like Rouge 3.30.0."""

    name = "Lean (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"[ \t\n\r\f\v]*--+[ \t\n\r\f\v]+.*?$", Comment.Doc),
            (r'"', String, "string"),
            (r"\d+", Number.Integer),
            (r"#?[a-zA-Z0-9_]+", _word),
            (r"[λ]", Keyword),
            (r":=?", Text),
            (r"\.[0-9]*", Operator),
            ("|".join(word_list("lean.operators")), Operator),
            (r"[ \t\n\r\f\v(),\[\]αβ‹›]+", Text),
            (r".", Error),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\", String.Escape, "escape"),
            (r'[^\\"]+', String),
        ],
        "escape": [
            (r"[nrt\"'\\]", String.Escape, "#pop"),
            (r"(?i)x[\da-f]+", String.Escape, "#pop"),
        ],
    }
