"""JSX and TSX as Rouge 3.30.0's ``Rouge::Lexers::JSX`` / ``TSX`` (rouge lib/rouge/lexers/jsx.rb,
tsx.rb) split them: JavaScript (TypeScript) where an expression may start with an element.

Element punctuation (``<``, ``>``, ``/>``) is ``Punctuation``, element names ``Name.Tag``
(capitalised ones ``Name.Class``), attributes ``Name.Attribute``, ``{...}`` ``String.Interpol``;
text between tags goes to the HTML lexer, whose state runs on from piece to piece.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import Name, Punctuation, String

from .base import RougeRegexLexer
from .html import RougeHTMLLexer
from .javascript import js_tokens, ts_tokens


def _html_piece(lexer, match, ctx):
    """Text inside an element: the HTML lexer, continuing where it stopped."""
    sub = LexerContext(match.group(0), 0, stack=ctx.html_stack)
    for pos, ttype, value in RougeHTMLLexer().get_tokens_unprocessed(context=sub):
        yield match.start() + pos, ttype, value
    ctx.html_stack = sub.stack
    ctx.pos = match.end()


def _jsx_states(table: dict[str, list]) -> dict[str, list]:
    """Add Rouge's JSX states to a JavaScript/TypeScript state table."""
    table = dict(table)
    table["expr_start"] = [include("tag"), *table["expr_start"]]
    table.update({
        "tag": [(r"<", Punctuation, ("tag_opening", "element", "element_name"))],
        "tag_opening": [
            (r"</", Punctuation, ("#pop", "element", "element_name")),
            include("tag"),
            (r"\{", String.Interpol, ("interpol", "expr_start")),
            (r"[^<{]+", _html_piece),
        ],
        "element": [
            include("comments_and_whitespace"),
            (r"/>", Punctuation, "#pop:2"),
            (r">", Punctuation, "#pop"),
            (r"\{", String.Interpol, ("interpol", "expr_start")),
            (r"[a-zA-Z0-9_][a-zA-Z0-9_-]*", Name.Attribute),  # Ruby's \w is ASCII
            (r"=", Punctuation),
            (r"([\"']).*?(\1)", String),
        ],
        "element_name": [
            (r"[A-Z][a-zA-Z0-9_]*", Name.Class),
            (r"[a-zA-Z0-9_]+", Name.Tag),
            (r"\.", Punctuation),
            default("#pop"),
        ],
        "interpol": [
            (r"\}", String.Interpol, "#pop"),
            (r"\{", Punctuation, ("interpol_inner", "statement")),
            include("root"),
        ],
        "interpol_inner": [(r"\}", Punctuation, ("#pop", "statement")), include("root")],
    })
    return table


class RougeJSXLexer(RougeRegexLexer):
    """JSX tokenised like Rouge 3.30.0."""

    name = "JSX (Rouge)"
    aliases = []
    flags = re.MULTILINE
    start_stack = ("root", "expr_start")
    tokens = _jsx_states(js_tokens())

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the embedded HTML lexer starts at its root."""
        ctx = super().new_context(text)
        ctx.html_stack = ["root"]
        return ctx


def _tsx_states() -> dict[str, list]:
    table = _jsx_states(ts_tokens())
    table["element_name"] = [
        (r"(\w+)(,)", bygroups(Name.Other, Punctuation), "#pop:3"),
        *table["element_name"],
    ]
    return table


class RougeTSXLexer(RougeJSXLexer):
    """TSX tokenised like Rouge 3.30.0."""

    name = "TSX (Rouge)"
    tokens = _tsx_states()
