"""Makefiles as Rouge 3.30.0's ``Rouge::Lexers::Make`` (rouge lib/rouge/lexers/make.rb) splits them.

Variable assignments and recipe lines hand their text to the shell lexer (one instance, its
state carried along, reset after each rule body); ``$(function ...)`` calls of Make's own
functions are ``Name.Function``/``Name.Builtin``; targets are ``Name.Label``.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, String, Text

from . import word_list
from .base import RougeRegexLexer
from .shell import continue_shell

STOP = r"\$\(|\$\{|\(|\)|\}|\\|$"


def _assignment(lexer, match, ctx):
    yield match.start(1), Name.Variable, match.group(1)
    if match.group(2):
        yield match.start(2), Text, match.group(2)
    yield match.start(3), Operator, match.group(3)
    ctx.stack.append("shell_line")
    ctx.pos = match.end()


def _end_of_body(lexer, match, ctx):
    """Anything else after a rule's recipe: the shell lexer starts afresh, the body ends."""
    ctx.shell_stack = ["root"]
    ctx.stack.pop()
    ctx.pos = match.end()
    yield from ()


def _shell_open(lexer, match, ctx):
    yield from continue_shell(lexer, match, ctx)
    ctx.stack.append(ctx.stack[-1])


def _make_tokens() -> dict[str, list]:
    functions = "|".join(re.escape(f) for f in word_list("make.functions"))
    return {
        "root": [
            (r"\s+", Text),
            (r"#.*?\n", Comment),
            (r"([-s]?include)((?:[\t ]+[^\t\n #]+)+)", bygroups(Keyword, Literal.String.Other)),
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)", bygroups(Keyword, Text, Name.Variable)),
            (r"(?:else|endif)[\t ]*(?=[#\n])", Keyword),
            (r"(export)([\t ]+)(?=[\w${}()\t -]+\n)", bygroups(Keyword, Text), "export"),
            (r"export[\t ]+", Keyword),
            (r"(?s)([\w${}().-]+)([\t ]*)([!?:+]?=)", _assignment),
            (r'"(\\\\|\\.|[^"\\])*"', String.Double),
            (r"'(\\\\|\\.|[^'\\])*'", String.Single),
            (r"([^\n:]+)(:+)([ \t]*)", bygroups(Name.Label, Operator, Text), "block_header"),
        ],
        "export": [
            (r"[\w${}()-]", Name.Variable),
            (r"\n", Text, "#pop"),
            (r"[\t ]+", Text),
        ],
        "block_header": [
            (r"[^,\\\n#]+", Name.Function),
            (r",", Punctuation),
            (r"#.*?", Comment),
            (r"\\\n", Text),
            (r"\\.", Text),
            (r"\n", Text, ("#pop", "block_body")),
        ],
        "block_body": [
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)",
             bygroups(Keyword, Text, Name.Variable, Comment, Text)),
            (r"(else|endif)([\t ]*)(#.*)?(\n)", bygroups(Keyword, Text, Comment, Text)),
            (r"(\t[\t ]*)([@-]?)", bygroups(Text, Punctuation), "shell_line"),
            (r"", _end_of_body),
        ],
        "shell": [
            (r"(?i)\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]", Name.Variable),
            (rf"(?s)(\$[({{])([\t ]*)({functions})([\t ]+)",
             bygroups(Name.Function, Text, Name.Builtin, Text), "shell_expr"),
            (r"(?s)\\.", continue_shell),
            (rf"(?s).+?(?={STOP})", continue_shell),
            (STOP, continue_shell),
        ],
        "shell_expr": [
            (r"[({]", _shell_open),
            (r"[)}]", Name.Function, "#pop"),
            include("shell"),
        ],
        "shell_line": [(r"\n", Text, "#pop"), include("shell")],
    }


class RougeMakeLexer(RougeRegexLexer):
    """Makefiles tokenised like Rouge 3.30.0."""

    name = "Make (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = _make_tokens()

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the shell lexer starts at its root."""
        ctx = super().new_context(text)
        ctx.shell_stack = ["root"]
        return ctx
