"""Sass (indented syntax) as Rouge 3.30.0's ``Rouge::Lexers::Sass`` (rouge lib/rouge/lexers/sass.rb,
sass/common.rb, and the ``Indentation`` mixin of rouge lib/rouge/util.rb) splits it.

Each line starts in ``root``, which measures its indentation: a line indented deeper than a
``//`` or ``/*`` comment line continues that comment, any other line is content (selector,
property, mixin, ...) read with the states Rouge shares with SCSS.  A newline ends the section.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, default, include
from pygments.token import Comment, Keyword, Name, String, Text

from .base import RougeRegexLexer
from .indentation import indentation_rule, reset_blocks, starts_block
from .scss import ID, sass_common_tokens


def _comment_block(state: str, token):
    """A comment line that later, deeper-indented lines continue (``starts_block``)."""

    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        ctx.stack.pop()
        starts_block(ctx, state)
        ctx.pos = match.end()

    return callback


def _end_section(lexer, match, ctx):
    yield match.start(), Text, match.group(0)
    ctx.stack[:] = ["root"]
    ctx.pos = match.end()


class RougeSassLexer(RougeRegexLexer):
    """Sass tokenised like Rouge 3.30.0."""

    name = "Sass (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with no comment block open."""
        ctx = super().new_context(text)
        reset_blocks(ctx)
        return ctx

    tokens = {
        **sass_common_tokens(),
        "root": [(r"[ \t]*\n", Text), (r"[ \t]*", indentation_rule)],
        "content": [
            (r"//.*?$", _comment_block("single_comment", Comment.Single)),
            (r"/[*].*?\n", _comment_block("multi_comment", Comment.Multiline)),
            (r"@import\b", Keyword, "import"),
            include("content_common"),
            (rf"={ID}", Name.Function, "value"),
            (rf"[+]{ID}", Name.Decorator, "value"),
            (r":", Name.Attribute, "old_style_attr"),
            (r"(?=[^\[\n]+?:([^a-z]|$))", Text, "attribute"),
            default("selector"),
        ],
        "single_comment": [(r".*?$", Comment.Single, "#pop")],
        "multi_comment": [(r".*?\n", Comment.Multiline, "#pop")],
        "import": [(r"[ \t]+", Text), (r"\S+", String), (r"\n", Text, "#pop")],
        "old_style_attr": [include("attr_common"), default(("#pop", "value"))],
        "end_section": [(r"\n", _end_section)],
    }
