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
from .scss import ID, sass_common_tokens


def _indentation(lexer, match, ctx):
    """Rouge's ``indentation``: continue a comment block or start a content line."""
    indent = match.group(0)
    if indent:
        yield match.start(), Text, indent
    ctx.last_indentation = indent
    block_state, block_indent = ctx.block_state, ctx.block_indentation
    if block_state and indent.startswith(block_indent) and indent != block_indent:
        ctx.stack.append(block_state)
    else:
        ctx.block_state = ctx.block_indentation = None
        ctx.stack.append("content")
    ctx.pos = match.end()


def _comment_block(state: str, token):
    """A comment line that later, deeper-indented lines continue (``starts_block``)."""

    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        ctx.stack.pop()
        ctx.block_state = state
        ctx.block_indentation = ctx.last_indentation or ""
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
        ctx.block_state = ctx.block_indentation = ctx.last_indentation = None
        return ctx

    tokens = {
        **sass_common_tokens(),
        "root": [(r"[ \t]*\n", Text), (r"[ \t]*", _indentation)],
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
