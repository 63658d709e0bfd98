"""Stan as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/stan.rb).

Program blocks (``data``, ``model``, ...) are ``Name.Namespace``; a name followed by a
signature or arguments is a builtin function or distribution (``Name.Builtin``), constant,
or ``Name.Function``, its return type lexed on its own first (Rouge's ``recurse``); other
words are keywords, types, reserved words or variables by Rouge's lists (``stan.*``).  For
a constant Rouge writes the whole match (return type included) after the recursed return
type - as here.  A ``"`` makes Rouge push a state it does not define and fail; jekpy writes
it as a ``String`` token and goes on.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import (
    Comment,
    Error,
    Generic,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import word_list, words
from .base import RougeRegexLexer

WS = r"(?:\s|//.*?\n|/[*].*?[*]/)+"
ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
RT = r"(?:(?:[a-z_]\s*(?:\[[0-9, ]\])?)\s+)*"
REAL = r"((\d+[.]\d*|[.]?\d+)e[+-]?\d+|\d*[.]\d+|\d+)"
FLOAT = (rf"(?s)({REAL}({WS})[+-]({WS}){REAL}i)|{REAL}i"
         r"|((\d+[.]\d*|[.]?\d+)e[+-]?\d+|\d*[.]\d+)")


def _function(lexer, match, ctx):
    if match.group(1):
        inner = type(lexer)(stripnl=False, ensurenl=False)
        for pos, ttype, value in inner.get_tokens_unprocessed(match.group(1)):
            yield match.start(1) + pos, ttype, value
    name = match.group(2)
    if name in words("stan.builtin_functions") or name in words("stan.distributions"):
        yield match.start(2), Name.Builtin, name
    elif name in words("stan.constants"):
        yield match.start(), Keyword.Constant, match.group(0)
    else:
        yield match.start(2), Name.Function, name
    ctx.pos = match.end()


def _word(lexer, match, ctx):
    name = match.group(0)
    if name in words("stan.keywords"):
        token = Keyword
    elif name in words("stan.types"):
        token = Keyword.Type
    elif name in words("stan.reserved"):
        token = Keyword.Reserved
    else:
        token = Name.Variable
    yield match.start(), token, name
    ctx.pos = match.end()


def _tokens() -> dict[str, list]:
    return {
        "root": [
            include("whitespace"),
            (r"#include", Comment.Preproc, "include"),
            (r"#.*$", Generic.Deleted),
            (r"functions|(?:transformed\s+)?data|(?:transformed\s+)?parameters|model"
             r"|generated\s+quantities", Name.Namespace),
            (r"\{", Punctuation, "bracket_scope"),
            include("scope"),
        ],
        "include": [(r"(\s+)(\S+)(\s*)", _include)],
        "whitespace": [
            (r"\n+", Text),
            (r"//(\\.|.)*?$", Comment.Single),
            include("inline_whitespace"),
        ],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "statements": [
            include("whitespace"),
            (r"#include", Comment.Preproc, "include"),
            (r"#.*$", Generic.Deleted),
            (r'"', String),  # Rouge pushes a "string" state it never defines (and fails)
            (FLOAT, Number.Float),
            (r"\d+", Number.Integer),
            (r"\*/", Error),
            (word_list("stan.OP")[0], Operator),
            (r"[\[\],.;]", Punctuation),
            (r"[|](?![|])", Punctuation),
            (r"T\b", Keyword.Reserved),
            (r"(lower|upper)\b", Name.Attribute),
            (ID, _word),
        ],
        "scope": [
            include("whitespace"),
            (rf"(?s)({RT})({ID})(?=\([^;]*?\))", _function),
            (r"\{", Punctuation, "bracket_scope"),
            (r"\(", Punctuation, "parens_scope"),
            include("statements"),
        ],
        "bracket_scope": [include("scope"), (r"\}", Punctuation, "#pop")],
        "parens_scope": [include("scope"), (r"\)", Punctuation, "#pop")],
    }


def _include(lexer, match, ctx):
    yield match.start(1), Text, match.group(1)
    yield match.start(2), Comment.PreprocFile, match.group(2)
    yield match.start(3), Text, match.group(3)
    ctx.pos = match.end()
    ctx.stack.pop()


class RougeStanLexer(RougeRegexLexer):
    """Stan tokenised like Rouge 3.30.0."""

    name = "Stan (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = _tokens()
