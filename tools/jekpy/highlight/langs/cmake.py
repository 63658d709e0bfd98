"""CMake as Rouge 3.30.0's ``Rouge::Lexers::CMake`` (rouge lib/rouge/lexers/cmake.rb) splits it.

A command name before ``(`` is ``Name.Builtin`` for CMake's own commands, else
``Name.Function``; ``${var}`` references ``String.Interpol`` around ``Name.Variable``; ``[==[``
bracket strings/comments end at a bracket of the same length.  Rouge lexes any other character
with the token of the current state (``STATES_MAP``), one character at a time - reproduced; and
a closing ``"`` pushes the root state rather than popping, as in Rouge.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Name, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

SPACE = r"[ \t]"
BRACKET_OPEN = r"\[=*\["
STATE_TOKENS = {
    "root": Text,
    "bracket_string": String.Double,
    "quoted_argument": String.Double,
    "bracket_comment": Comment.Multiline,
    "variable_reference": Name.Variable,
}


def _default(state: str) -> list:
    token = STATE_TOKENS[state]
    return [(r"\r\n?|\n", token), (r".", token)]


def _bracket_open(state: str, token, extra: int):
    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        ctx.bracket_len = len(match.group(0)) - extra
        ctx.stack[-1] = state
        ctx.pos = match.end()

    return callback


def _bracket_close(state: str):
    token = STATE_TOKENS[state]

    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        if len(match.group(0)) == getattr(ctx, "bracket_len", None):
            ctx.stack[-1] = "root"
        ctx.pos = match.end()

    return callback


def _command(lexer, match, ctx):
    name = match.group(1)
    token = Name.Builtin if name in words("cmake.builtins") else Name.Function
    yield match.start(1), token, name
    if match.group(2):
        yield match.start(2), Text, match.group(2)
    yield match.start(3), Punctuation, match.group(3)
    ctx.pos = match.end()


class RougeCMakeLexer(RougeRegexLexer):
    """CMake tokenised like Rouge 3.30.0."""

    name = "CMake (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "variable_interpolation": [(r"\$\{", String.Interpol, "variable_reference")],
        "root": [
            include("variable_interpolation"),
            (SPACE, Text),
            (r"[()]", Punctuation),
            (rf"#{BRACKET_OPEN}", _bracket_open("bracket_comment", Comment.Multiline, 1)),
            (BRACKET_OPEN, _bracket_open("bracket_string", String.Double, 0)),
            (r'\\"', Text),
            (r'"', String.Double, "quoted_argument"),
            (rf"([A-Za-z_][A-Za-z0-9_]*)({SPACE}*)(\()", _command),
            (r"#.*", Comment.Single),
            *_default("root"),
        ],
        "bracket_string": [
            (r"\]=*\]", _bracket_close("bracket_string")),
            include("variable_interpolation"),
            *_default("bracket_string"),
        ],
        "bracket_comment": [
            (r"\]=*\]", _bracket_close("bracket_comment")),
            *_default("bracket_comment"),
        ],
        "variable_reference": [
            include("variable_interpolation"),
            (r"\}", String.Interpol, "#pop"),
            *_default("variable_reference"),
        ],
        "quoted_argument": [
            include("variable_interpolation"),
            (r'"', String.Double, "root"),
            (r"\\[()#\" \\$@^trn;]", String.Escape),
            *_default("quoted_argument"),
        ],
    }
