"""Racket as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/racket.rb).

An identifier is anything up to a blank, bracket, quote, comma or dot.  The word after an
opening bracket is the command: a ``Keyword`` or ``Name.Builtin`` from Rouge's lists
(``racket.*`` in ``rouge_words.json``), else ``Name.Function``; other identifiers are
``Name.Variable``.  ``#;`` comments out the next datum.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

ID = r"[^ \t\n\r\f\v()\[\]{}'`,.]+"


def _command(lexer, match, ctx):
    word = match.group(0)
    if word in words("racket.keywords"):
        token = Keyword
    elif word in words("racket.builtins"):
        token = Name.Builtin
    else:
        token = Name.Function
    yield match.start(), token, word
    ctx.pos = match.end()
    ctx.stack.pop()


class RougeRacketLexer(RougeRegexLexer):
    """Racket tokenised like Rouge 3.30.0."""

    name = "Racket (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r";.*$", Comment.Single),
            (r"#!.*", Comment.Single),
            (r"#\|", Comment.Multiline, "block_comment"),
            (r"#;", Comment.Multiline, "sexp_comment"),
            (r"\s+", Text),
            (r"[+-]inf[.][f0]", Number.Float),
            (r"[+-]nan[.]0", Number.Float),
            (r"[-]min[.]0", Number.Float),
            (r"[+]max[.]0", Number.Float),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (rf"#:(?:{ID})+", Name.Tag),
            (r"#b[01]+", Number.Bin),
            (r"#o[0-7]+", Number.Oct),
            (r"#d[0-9]+", Number.Integer),
            (r"(?i)#x[0-9a-f]+", Number.Hex),
            (r"#[ei][\d.]+", Number.Other),
            (r'"(\\\\|\\"|[^"])*"', String),
            (rf"['`]{ID}", String.Symbol),
            (r"(?i)#\\([()/'\"._!$%& ?=+-]{1}|[a-z0-9]+)", String.Char),
            (r"(?i)#t(rue)?|#f(alse)?", Name.Constant),
            (r"(?:'|#|`|,@|,|\.)", Operator),
            (r"(['#])(\s*)(\()", bygroups(String.Symbol, Text, Punctuation)),
            (r"\(|\[|\{", Punctuation, "command"),
            (r"\)|\]|\}", Punctuation),
            (ID, Name.Variable),
        ],
        "block_comment": [
            (r"[^|#]+", Comment.Multiline),
            (r"\|#", Comment.Multiline, "#pop"),
            (r"#\|", Comment.Multiline, "block_comment"),
            (r"[|#]", Comment.Multiline),
        ],
        "sexp_comment": [
            (r"[({\[]", Comment.Multiline, "sexp_comment_inner"),
            (r'"(?:\\"|[^"])*?"', Comment.Multiline, "#pop"),
            (r"[^ \t\n\r\f\v]+", Comment.Multiline, "#pop"),
            default("#pop"),
        ],
        "sexp_comment_inner": [
            (r"[^(){}\[\]]+", Comment.Multiline),
            (r"[)}\]]", Comment.Multiline, "#pop"),
            (r"[({\[]", Comment.Multiline, "sexp_comment_inner"),
        ],
        "command": [(ID, _command), default("#pop")],
    }
