"""Nial as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/nial.rb): words are looked up
lower-cased in Rouge's lists (``nial.*``) - keywords, operations (``Keyword.Pseudo``),
transformers (``Name.Builtin``), constants - else ``Name.Variable``; words made only of
``l`` and ``o`` are boolean literals (``Number.Bin``); ``"phrases``, ``?faults``, ``%
comments;`` and ``#`` comment blocks.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer

LISTS = (("keywords", Keyword), ("funcs", Keyword.Pseudo), ("transformers", Name.Builtin),
         ("consts", Keyword.Constant))


def _member(key: str, token):
    def callback(lexer, match, ctx):
        yield match.start(), token if match.group(0) in words(f"nial.{key}") else Text, \
            match.group(0)
        ctx.pos = match.end()

    return callback


def _word(lexer, match, ctx):
    lower = match.group(0).lower()
    token = next((tok for key, tok in LISTS if lower in words(f"nial.{key}")), Name.Variable)
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeNialLexer(RougeRegexLexer):
    """Nial tokenised like Rouge 3.30.0."""

    name = "Nial (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"'", String.Single, "str"),
            (r"(?=\w)[lo]+\b", Number.Bin),
            (r"-?\d+((\.\d*)?[eE][+-]?\d|\.)\d*", Number.Float),
            (r"\-?\d+", Number.Integer),
            (r"`.", String.Char),
            (r'"[^\s()\[\]{}#,;]*', String.Symbol),
            (r"\?[^\s()\[\]{}#,;]*", Generic.Error),
            (r"%[^;]+;", Comment.Multiline),
            (r"^#(.+\n)+\n", Comment.Multiline),
            (r":=|[{}\[\](),:;]", _member("punctuations", Punctuation)),
            (r">>|>=|<=|~=|[.!#+*\-=></|@]", _member("operators", Operator)),
            (r"(?=\w)[_A-Za-z][a-zA-Z0-9_]*\b", _word),
            (r"\s+", Text),
        ],
        "str": [(r"''", String.Escape), (r"[^']+", String.Single), (r"'|$", String.Single, "#pop")],
    }
