"""Graphviz DOT as Rouge 3.30.0's ``Rouge::Lexers::Dot`` (rouge lib/rouge/lexers/dot.rb) splits it.

Node ids are ``Name.Variable``, ``key=`` names ``Name``, ``->``/``--`` and the brackets of
attribute lists ``Operator``; ``<...>`` HTML labels go to the HTML lexer (fresh per label,
its state carried inside one label).
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer, lex_continuing
from .html import RougeHTMLLexer


def _html_start(lexer, match, ctx):
    yield match.start(), Punctuation, match.group(0)
    ctx.html_state = None
    ctx.stack.append("html")
    ctx.pos = match.end()


def _html(lexer, match, ctx):
    tokens, ctx.html_state = lex_continuing(RougeHTMLLexer(), match.group(0), ctx.html_state)
    for pos, ttype, value in tokens:
        yield match.start() + pos, ttype, value
    ctx.pos = match.end()


class RougeDotLexer(RougeRegexLexer):
    """Graphviz DOT tokenised like Rouge 3.30.0."""

    name = "DOT (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with no HTML label open."""
        ctx = super().new_context(text)
        ctx.html_state = None
        return ctx

    tokens = {
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "html": [
            (r"[^<>]+", _html),
            (r"(?s)<.+?>", _html),
            (r">", Punctuation, "#pop"),
        ],
        "ID": [
            (r"([a-zA-Z][a-zA-Z_0-9]*)(\s*)(=)", bygroups(Name, Text, Punctuation)),
            (r"[a-zA-Z][a-zA-Z_0-9]*", Name.Variable),
            (r"([0-9]+)?\.[0-9]+", Number.Float),
            (r"[0-9]+", Number.Integer),
            (r'"(\\"|[^"])*"', String.Double),
            (r"<", _html_start),
        ],
        "a_list": [
            include("comments_and_whitespace"),
            include("ID"),
            (r"[=;,]", Punctuation),
            (r"\]", Operator, "#pop"),
        ],
        "root": [
            include("comments_and_whitespace"),
            (r"(?i)(?=\w)(strict|graph|digraph|subgraph|node|edge)\b", Keyword),
            (r"[{};:=]", Punctuation),
            (r"-[->]", Operator),
            (r"\[", Operator, "a_list"),
            include("ID"),
        ],
    }
