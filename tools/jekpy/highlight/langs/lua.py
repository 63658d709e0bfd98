"""Lua as Rouge 3.30.0's ``Rouge::Lexers::Lua`` (rouge lib/rouge/lexers/lua.rb) splits it.

Standard-library functions (Rouge's list, ``string.format`` style names included) are
``Name.Builtin``, other dotted names split into name, ``.``, name; ``function`` is followed by
a ``Name.Function``; ``gsub(...)`` patterns are lexed as regexes.  Rouge's float rule ends in
a stray ``'``, so ``3.14`` is an integer, ``.`` and an integer - reproduced.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer


def _name(lexer, match, ctx):
    word = match.group(0)
    if word == "gsub":
        yield match.start(), Name.Builtin, word
        ctx.stack.append("gsub")
    elif word in words("lua.builtins"):
        yield match.start(), Name.Builtin, word
    elif "." in word:
        first, _, second = word.partition(".")
        yield match.start(), Name, first
        yield match.start() + len(first), Punctuation, "."
        yield match.start() + len(first) + 1, Name, second
    else:
        yield match.start(), Name, word
    ctx.pos = match.end()


class RougeLuaLexer(RougeRegexLexer):
    """Lua tokenised like Rouge 3.30.0."""

    name = "Lua (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [(r"#!(.*?)$", Comment.Preproc), default("base")],
        "base": [
            (r"(?s)--\[(=*)\[.*?\]\1\]", Comment.Multiline),
            (r"--.*$", Comment.Single),
            (r"(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'", Number.Float),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)0x[0-9a-f]*", Number.Hex),
            (r"\d+", Number.Integer),
            (r"\n", Text),
            (r"[^\S\n]", Text),
            (r"(?s)\[(=*)\[.*?\]\1\]", String),
            (r"(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])", Operator),
            (r"[\[\]{}().,:;]", Punctuation),
            (r"(and|or|not)\b", Operator.Word),
            (r"(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b", Keyword),
            (r"(local)\b", Keyword.Declaration),
            (r"(true|false|nil)\b", Keyword.Constant),
            (r"(function)\b", Keyword, "function_name"),
            (r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?", _name),
            (r"'", String.Single, "escape_sqs"),
            (r'"', String.Double, "escape_dqs"),
        ],
        "function_name": [
            (r"\s+", Text),
            (r"(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)",
             bygroups(Name.Class, Punctuation, Name.Function), "#pop"),
            (r"\(", Punctuation, "#pop"),
        ],
        "gsub": [
            (r"\)", Punctuation, "#pop"),
            (r"[(,]", Punctuation),
            (r"\s+", Text),
            (r'"', String.Regex, "regex"),
        ],
        "regex": [
            (r'"', String.Regex, ("#pop", "regex_end")),
            (r"\[\^?", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [(r"[$]+", String.Regex, "#pop"), default("#pop")],
        "regex_group": [
            (r"/", String.Escape),
            (r"\]", String.Escape, "#pop"),
            (r"(\\)(.)", bygroups(String.Escape, String.Regex)),
            (r".", String.Regex),
        ],
        "escape_sqs": [include("string_escape"), include("sqs")],
        "escape_dqs": [include("string_escape"), include("dqs")],
        "string_escape": [(r"\\([abfnrtv\\\"']|\d{1,3})", String.Escape)],
        "sqs": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "dqs": [(r'"', String.Double, "#pop"), (r'[^"]+', String.Double)],
    }
