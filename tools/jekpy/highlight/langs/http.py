"""HTTP messages as Rouge 3.30.0's ``Rouge::Lexers::HTTP`` (rouge lib/rouge/lexers/http.rb)
splits them: request or status line, headers, then the body in the language its
``Content-Type`` names (Rouge's ``guess_by_mimetype``; plain text without one).
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups
from pygments.token import Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer
from .embed import tag_for_mimetype, tokens_for

METHODS = "GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH"


def _header(lexer, match, ctx):
    if match.group(1).strip().lower() == "content-type":
        ctx.content_type = match.group(5).split(";")[0].lower()
    types = (Name.Attribute, Text, Punctuation, Text, String, Text)
    for group, ttype in enumerate(types, start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    ctx.pos = match.end()


def _body(lexer, match, ctx):
    yield from tokens_for(tag_for_mimetype(ctx.content_type), match.group(0), match.start())
    ctx.pos = match.end()


class RougeHTTPLexer(RougeRegexLexer):
    """HTTP requests and responses tokenised like Rouge 3.30.0."""

    name = "HTTP (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the body is plain text until a Content-Type says otherwise."""
        ctx = super().new_context(text)
        ctx.content_type = "text/plain"
        return ctx

    tokens = {
        "root": [
            (rf"({METHODS})([ ]+)([^ ]+)([ ]+)(HTTPS?)(/)(\d(?:\.\d)?)(\r?\n|$)",
             bygroups(Name.Function, Text, Name.Namespace, Text, Keyword, Operator, Number,
                      Text), "headers"),
            (r"(HTTPS?)(/)(\d(?:\.\d))([ ]+)(\d{3})([ ]+)?([^\r\n]*)?(\r?\n|$)",
             bygroups(Keyword, Operator, Number, Text, Number, Text, Name.Exception, Text),
             "headers"),
        ],
        "headers": [
            (r"([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$)", _header),
            (r"([^\r\n]+)(\r?\n|$)", bygroups(String, Text)),
            (r"\r?\n", Text, "content"),
        ],
        "content": [(r"(?s).+", _body)],
    }
