"""Pieces shared by the Haml and Slim ports (rouge lib/rouge/lexers/haml.rb, slim.rb): both
keep one Ruby and one HTML lexer for the whole text and a set of filter lexers, and both move
between states the same way.

``TemplateDelegates`` makes the rule callbacks that hand text to those kept lexers; their
states live on the lexer context under ``<prefix>_ruby``, ``<prefix>_html`` and
``<prefix>_filter_<name>`` (the ``ruby`` filter shares the Ruby lexer's state).
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext
from pygments.token import Name, Text

from .base import RougeRegexLexer, delegate_kept
from .indentation import indentation_rule, reset_blocks, starts_block


class TemplateDelegates:
    """Rule callbacks delegating to the kept Ruby, HTML and filter lexers of a template."""

    def __init__(self, prefix: str, ruby: RougeRegexLexer, html: RougeRegexLexer,
                 filters: dict[str, RougeRegexLexer]):
        self.prefix, self.ruby_lexer, self.html_lexer = prefix, ruby, html
        self.filters = filters

    def reset(self, ctx) -> None:
        """Fresh Ruby and HTML lexers, no filter (Rouge's ``start`` block)."""
        setattr(ctx, f"{self.prefix}_ruby", None)
        setattr(ctx, f"{self.prefix}_html", None)
        setattr(ctx, f"{self.prefix}_filter", None)

    def reset_ruby(self, ctx) -> None:
        """Rouge's ``ruby.reset!``."""
        setattr(ctx, f"{self.prefix}_ruby", None)

    def _key(self, name: str) -> str:
        return f"{self.prefix}_ruby" if name == "ruby" else f"{self.prefix}_filter_{name}"

    def delegate(self, inner: str = "ruby", group: int = 0, lead=None, state=None,
                 pop: bool = False):
        """A callback: an optional ``lead`` token for group 1, then ``group`` through the kept
        ``inner`` ("ruby" or "html") lexer; then push ``state`` or pop."""
        lexer = self.ruby_lexer if inner == "ruby" else self.html_lexer
        key = f"{self.prefix}_{inner}"

        def callback(_, match, ctx):
            if lead is not None:
                yield match.start(1), lead, match.group(1)
            yield from delegate_kept(lexer, key, match.group(group), match.start(group), ctx)
            ctx.pos = match.end()
            if state:
                ctx.stack.append(state)
            if pop:
                ctx.stack.pop()

        return callback

    def filter_head(self, _, match, ctx):
        """``name:`` / ``:name``: deeper lines go to that filter's lexer (reset), or are a
        ``Name.Decorator`` when there is no such filter."""
        yield match.start(), Name.Decorator, match.group(0)
        ctx.pos = match.end()
        ctx.stack.pop()
        starts_block(ctx, "filter_block")
        name = match.group(1).strip()
        setattr(ctx, f"{self.prefix}_filter", name if name in self.filters else None)
        if name in self.filters:
            setattr(ctx, self._key(name), None)

    def filter_text(self, _, match, ctx):
        """Text of a filter block."""
        name = getattr(ctx, f"{self.prefix}_filter")
        if name is None:
            yield match.start(), Name.Decorator, match.group(0)
        else:
            yield from delegate_kept(self.filters[name], self._key(name), match.group(0),
                                     match.start(), ctx)
        ctx.pos = match.end()

    def ruby_brace(self, push_state: str | None):
        """``{`` (pushing ``push_state``) or ``}`` (popping) inside embedded Ruby."""
        inner = self.delegate("ruby")

        def callback(lexer, match, ctx):
            yield from inner(lexer, match, ctx)
            if push_state:
                ctx.stack.append(push_state)
            else:
                ctx.stack.pop()

        return callback


def goto(token, state: str):
    """A callback: the match as ``token``, then the top state replaced by ``state``."""

    def callback(_, match, ctx):
        yield match.start(), token, match.group(0)
        ctx.pos = match.end()
        ctx.stack[-1] = state

    return callback


def reset_line(_, match, ctx):
    """A newline that ends a block: plain text, and back to ``root`` alone."""
    yield match.start(), Text, match.group(0)
    ctx.pos = match.end()
    ctx.stack[:] = ["root"]


# Each line starts by measuring its indentation (Rouge's Indentation mixin, blank lines aside).
INDENTED_ROOT = [(r"\s*\n", Text), (r"\s*", indentation_rule)]


class IndentedTemplateLexer(RougeRegexLexer):
    """Base of the Haml and Slim lexers: line-oriented, with the kept lexers of ``kept``."""

    flags = re.MULTILINE
    kept: TemplateDelegates

    def new_context(self, text: str) -> LexerContext:
        """A fresh context: no block open, Ruby and HTML lexers fresh, no filter."""
        ctx = super().new_context(text)
        reset_blocks(ctx)
        self.kept.reset(ctx)
        return ctx
