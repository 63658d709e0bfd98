"""MoonScript as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/moonscript.rb).

Capitalised words are ``Name.Class``, ``key:`` and ``:key`` ``String.Symbol``, ``@x``
``Name.Variable.Instance``; a (possibly dotted) name is ``Name.Builtin`` when Rouge's Lua
builtin list has it (``lua.builtins``), else ``module.name`` is split into two names.
Strings interpolate ``#{...}``.  Rouge's decimal-point float rule ends in a stray ``'``, so
``1.5`` is three tokens (``1``, ``.``, ``5``).
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

IDENT = r"(?:[a-zA-Z0-9_][a-zA-Z0-9_]*)"
KEYWORDS = """
break class continue do else elseif end extends for if import in repeat return switch super then
unless until using when with while
""".split()


def _name(lexer, match, ctx):
    name = match.group(0)
    if name in words("lua.builtins"):
        yield match.start(), Name.Builtin, name
    elif "." in name:
        first, second = name.split(".", 1)
        yield match.start(), Name, first
        yield match.start() + len(first), Punctuation, "."
        yield match.start() + len(first) + 1, Name, second
    else:
        yield match.start(), Name, name
    ctx.pos = match.end()


class RougeMoonScriptLexer(RougeRegexLexer):
    """MoonScript tokenised like Rouge 3.30.0."""

    name = "MoonScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [(r"#!(.*?)$", Comment.Preproc), (r"", Text, "main")],
        "base": [
            (r"(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'", Number.Float),  # sic: a quote ends it
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)0x[0-9a-f]*", Number.Hex),
            (r"\d+", Number.Integer),
            (rf"@{IDENT}*", Name.Variable.Instance),
            (r"[A-Z][a-zA-Z0-9_]*", Name.Class),
            (r'"?[^"]+":', String.Symbol),
            (rf"{IDENT}:", String.Symbol),
            (rf":{IDENT}", String.Symbol),
            (r"\s+", Text.Whitespace),
            (r"(==|~=|!=|<=|>=|\.\.\.|\.\.|->|=>|[=+\-*/%^<>#!\\])", Operator),
            (r"[\[\]{}().,:;]", Punctuation),
            (r"(and|or|not)\b", Operator.Word),
            (rf"({'|'.join(KEYWORDS)})\b", Keyword),
            (r"(local|export)\b", Keyword.Declaration),
            (r"(true|false|nil)\b", Keyword.Constant),
            (r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?", _name),
        ],
        "main": [
            (r"--.*$", Comment.Single),
            (r"(?s)\[(=*)\[.*?\]\1\]", String.Heredoc),
            include("base"),
            (r"'", String.Single, "sqs"),
            (r'"', String.Double, "dqs"),
        ],
        "sqs": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "interpolation": [(r"\}", String.Interpol, "#pop"), include("base")],
        "dqs": [
            (r"#\{", String.Interpol, "interpolation"),
            (r'"', String.Double, "#pop"),
            (r"#[^{]", String.Double),
            (r'[^"#]+', String.Double),
        ],
    }
