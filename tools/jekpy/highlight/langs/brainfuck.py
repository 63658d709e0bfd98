"""Brainfuck as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/brainfuck.rb).

A ``[`` loop at the very start is a comment block (``Comment.Multiline``, nested); elsewhere
``[``/``]`` are punctuation and an unmatched ``]`` an error; ``<>`` runs are
``Name.Builtin``, ``+-.,`` runs ``Name.Function``, anything else a comment.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
from pygments.token import Comment, Error, Name, Punctuation, Text

from .base import RougeRegexLexer


class RougeBrainfuckLexer(RougeRegexLexer):
    """Brainfuck tokenised like Rouge 3.30.0."""

    name = "Brainfuck (Rouge)"
    aliases = []
    flags = re.MULTILINE
    start_stack = ("root", "bol")

    tokens = {
        "bol": [
            (r"\s+", Text),
            (r"\[", Comment.Multiline, "comment_multi"),
            default("#pop"),
        ],
        "root": [
            (r"\]", Error),
            (r"\[", Punctuation, "loop"),
            include("comment_single"),
            include("commands"),
        ],
        "comment_multi": [
            (r"\[", Comment.Multiline, "comment_multi"),
            (r"\]", Comment.Multiline, "#pop"),
            (r"(?s)[^\[\]]+?", Comment.Multiline),
        ],
        "comment_single": [(r"[^><+\-.,\[\]]+", Comment.Single)],
        "loop": [
            (r"\[", Punctuation, "loop"),
            (r"\]", Punctuation, "#pop"),
            include("comment_single"),
            include("commands"),
        ],
        "commands": [(r"[><]+", Name.Builtin), (r"[+\-.,]+", Name.Function)],
    }
