"""Handlebars/Mustache as Rouge 3.30.0's ``Rouge::Lexers::Handlebars`` splits it
(rouge lib/rouge/lexers/handlebars.rb).

``{{``/``}}`` and block sigils are ``Keyword``, names ``Name.Variable`` (block names
``Name.Namespace``, ``@data`` ``Name.Attribute``); the text around goes to the HTML lexer, its
state carried along - and, as in Rouge, an HTML attribute left open before a ``{{`` is closed.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, default
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer
from .html import RougeHTMLLexer

ID = r"[\w$-]+"


def _html(pop_attr: bool):
    def callback(lexer, match, ctx):
        sub = LexerContext(match.group(0), 0, stack=ctx.html_stack)
        sub.__dict__.update(ctx.html_extra)
        for pos, ttype, value in RougeHTMLLexer().get_tokens_unprocessed(context=sub):
            yield match.start() + pos, ttype, value
        ctx.html_stack = sub.stack
        ctx.html_extra = {k: v for k, v in sub.__dict__.items()
                          if k not in ("text", "pos", "end", "stack")}
        if pop_attr and ctx.html_stack[-1] == "attr" and len(ctx.html_stack) > 1:
            ctx.html_stack.pop()
        ctx.pos = match.end()

    return callback


class RougeHandlebarsLexer(RougeRegexLexer):
    """Handlebars templates tokenised like Rouge 3.30.0."""

    name = "Handlebars (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the HTML lexer starts at its root."""
        ctx = super().new_context(text)
        ctx.html_stack, ctx.html_extra = ["root"], {}
        return ctx

    tokens = {
        "root": [
            (r"\\\{+", _html(False)),
            (r"\{\{!--", Comment, "comment"),
            (r"\{\{!.*?\}\}", Comment),
            (r"\{\{\{?", Keyword, ("stache", "open_sym")),
            (r"(?s)(.+?)(?=\\|\{\{)", _html(True)),
            (r"(?s).+", _html(False)),
        ],
        "comment": [
            (r"\{\{", Comment, "#push"),
            (r"\}\}", Comment, "#pop"),
            (r"[^{}]+", Comment),
            (r"[{}]", Comment),
        ],
        "stache": [
            (r"\}\}\}?", Keyword, "#pop"),
            (r"\|", Punctuation),
            (r"~", Keyword),
            (r"\s+", Text),
            (r"[=]", Operator),
            (r"[\[\]]", Punctuation),
            (r"[()]", Punctuation),
            (r"[.](?=[}\s])", Name.Variable),
            (r"[.][.]", Name.Variable),
            (r"[/.]", Punctuation),
            (r'"(\\.|.)*?"', String.Double),
            (r"'(\\.|.)*?'", String.Single),
            (r"\d+(?=}\s)", Number),
            (r"(true|false)(?=[}\s])", Keyword.Constant),
            (r"else(?=[}\s])", Keyword),
            (r"this(?=[}\s])", Name.Builtin.Pseudo),
            (rf"@{ID}", Name.Attribute),
            (ID, Name.Variable),
        ],
        "open_sym": [
            (r"[#/]", Keyword, ("#pop", "block_name")),
            (r"[>^&~]", Keyword),
            default("#pop"),
        ],
        "block_name": [
            (r"if(?=[}\s])", Keyword),
            (ID, Name.Namespace, "#pop"),
            default("#pop"),
        ],
    }
