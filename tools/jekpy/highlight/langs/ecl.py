"""ECL (HPCC Systems) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/ecl.rb).

Words are looked up lower-cased in Rouge's lists (``ecl.*``): ``#templates``, sized types
(``string20``, ``integer4``, ``real8``, ``udecimal10_2``), types, keywords, functions,
``true``/``false``; ``std.Module.name`` paths are ``Name.Class`` for the standard library's
modules; ``BEGINC++ ... ENDC++`` and ``EMBED ... ENDEMBED`` bodies are strings.  Rouge's
operator class ``[...\\+|-|=]`` makes ``|-|`` a range, so ``-`` is not an operator there.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import (
    Comment,
    Error,
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

W = "[a-zA-Z0-9_]"


def _in(key: str, word: str) -> bool:
    return word in words(f"ecl.{key}")


def _path(lexer, match, ctx):
    known = (match.group(1) == "std" and _in("class_first", match.group(2))
             and _in("class_second", match.group(3)))
    yield match.start(), Name.Class if known else Name.Variable, match.group(0)
    ctx.pos = match.end()


def _identifier_token(hash_: str, name_only: str, digits: str):
    name = name_only + digits
    number = int(digits) if digits else None
    if hash_ == "#":
        return Keyword.Type if _in("template", name) else Error
    if _in("typed", name_only) and number is not None:
        return Keyword.Type
    if _in("type", name):
        return Keyword.Type
    if _in("keywords", name):
        return Keyword
    if _in("functions", name):
        return Name.Function
    if name_only in ("integer", "unsigned") and number is not None and 1 <= number <= 8:
        return Keyword.Type
    if name_only == "real" and number in (4, 8):
        return Keyword.Type
    if name in ("true", "false"):
        return Keyword.Constant
    return Name.Other


def _identifier(lexer, match, ctx):
    token = _identifier_token(match.group(1), match.group(2).lower(), match.group(3))
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeECLLexer(RougeRegexLexer):
    """ECL tokenised like Rouge 3.30.0."""

    name = "ECL (Rouge)"
    aliases = []
    flags = re.MULTILINE  # \w spelled out as ASCII; \b stays Unicode, as in Ruby

    tokens = {
        "single_quote": [
            (r"[xDQUV]?'([^'\\]*(?:\\.[^'\\]*)*)'", String.Single),
            (r"\\(x\\h{2}|[0-2][0-7]{,2}|3[0-6][0-7]?|37[0-7]?|[4-7][0-7]?|.|$)", Text),
        ],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "whitespace": [(r"\n+", Text), (r"//.*", Comment.Single), include("inline_whitespace")],
        "root": [
            include("whitespace"),
            include("single_quote"),
            (r"(?=\w)(?i:(and|not|or|in))\b", Operator.Word),
            (r"[:=|>|<|<>|/|\\|\+|-|=]", Operator),
            (r"[\[\]{}();,&,.,%]", Punctuation),
            (r"(?s)(?=\w)(?i:(beginc\+\+.*?endc\+\+))", String.Single),
            (r"(?s)(?=\w)(?i:(embed.*?endembed))", String.Single),
            (rf"(?=\w)({W}+)\.({W}+)\.({W}+)", _path),
            (r"(?=\w)(?i:(u)?decimal)(\d+(_\d+)?)\b", Keyword.Type),
            (r"(?i)\d+\.\d+(e[+\-]?\d+)?", Number.Float),
            (r"(?i)x[0-9a-f]+", Number.Hex),
            (r"(?i)0x[0-9a-f]+", Number.Hex),
            (r"(?i)0[0-9a-f]+x", Number.Hex),
            (r"0[bB][01]+", Number.Bin),
            (r"[01]+[bB]", Number.Bin),
            (r"\d+", Number.Integer),
            (rf"(?i)(#?)([a-z_]{W}*?)([0-9]*)\b", _identifier),
        ],
    }
