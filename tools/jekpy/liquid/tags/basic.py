"""Output statements, ``comment``, ``raw`` and ``gist`` with Liquid 4.0.4 / Pages semantics."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, TextIO

from liquid.ast import Node
from liquid.builtin.expressions import LoopExpression, StringLiteral
from liquid.builtin.output import Output, OutputNode
from liquid.builtin.tags.capture_tag import CaptureTag
from liquid.builtin.tags.for_tag import (
    BreakNode,
    BreakTag,
    ContinueNode,
    ContinueTag,
    ForNode,
    ForTag,
)
from liquid.exceptions import LiquidError, LiquidSyntaxError
from liquid.parser import get_parser
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import TOKEN_EOF, TOKEN_EXPRESSION, TOKEN_TAG, Token

from jekpy.liquid.errors import JekyllSyntaxError, JekyllTagError, first_stray_end
from jekpy.liquid.lexer import tag_markup
from jekpy.liquid.ruby import inspect, is_nil, ruby_class, to_integer, to_s

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext


@contextmanager
def located(token: Token) -> Iterator[None]:
    """Give a render error raised without a position (a filter's) the position of ``token``:
    Liquid 4 reports the line of the innermost variable or tag (block_body.rb
    ``render_node_to_output`` passes ``node.line_number`` to ``handle_error``)."""
    try:
        yield
    except LiquidError as err:
        if err.token is None or err.token.start_index < 0:
            err.token = token
        raise


class RubyOutputNode(OutputNode):
    """``{{ x }}`` printed with Ruby's ``to_s`` (arrays joined, hashes inspected, Time#to_s)."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the value as Liquid 4 would (lib/liquid/variable.rb ``render``)."""
        with located(self.token):
            return buffer.write(to_s(self.expression.evaluate(context)))


class RubyOutput(Output):
    """Output statement using `RubyOutputNode`."""

    node_class = RubyOutputNode


class _Nothing(Node):
    """A node that renders nothing (comments)."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:  # noqa: ARG002
        """Render nothing."""
        return 0


def _body_tokens(env: Environment, body: Token):  # noqa: ANN202
    """Tokens of a comment body at their place in the whole template: the text before the
    body is blanked (newlines kept), so positions and line numbers of tokens, warnings and
    errors are the template's."""
    before = re.sub(r"[^\n]", " ", body.source[: body.start_index])
    try:
        for tok in env.tokenizer()(before + body.value):
            yield tok._replace(source=body.source)
    except LiquidSyntaxError as err:
        if err.token is not None:
            err.token = err.token._replace(source=body.source)
        raise


class Liquid4Comment(Tag):
    """``comment`` as in Liquid 4.0.4: the body is parsed (known tags must be well formed,
    lib/liquid/tags/comment.rb only ignores *unknown* tags) but never rendered."""

    name = "comment"
    end = "endcomment"

    def parse(self, stream: TokenStream) -> Node:
        """Parse the comment body for syntax errors, then discard it."""
        token = stream.eat(TOKEN_TAG)
        if stream.current.kind == "comment":
            body = stream.current
            next(stream)
            self._check_body(body)
            stray = first_stray_end("{% comment %}" + body.value)
            if stray is not None:
                name, block, index = stray
                raise JekyllSyntaxError(
                    f"'{name}' is not a valid delimiter for {block} tags. use end{block}",
                    token=body._replace(value=name,
                                        start_index=body.start_index + index - 13),
                    prefixed=True)
        if not stream.current.is_tag("endcomment"):
            raise LiquidSyntaxError("'comment' tag was never closed", token=token)
        return _Nothing(token)

    def _check_body(self, body: Token) -> None:
        """Parse the body with tags unknown at their level left out (``Comment#unknown_tag``)."""
        tokens = []
        open_ends: list[str] = []
        skip_expression = False
        for tok in _body_tokens(self.env, body):
            if skip_expression and tok.kind == TOKEN_EXPRESSION:
                skip_expression = False
                continue
            skip_expression = False
            if tok.kind == TOKEN_TAG and not self._known_here(tok.value, open_ends):
                skip_expression = True
                continue
            tokens.append(tok)
        get_parser(self.env).parse(TokenStream(iter(tokens)))

    def _known_here(self, name: str, open_ends: list[str]) -> bool:
        """Whether Liquid 4 would hand tag ``name`` to a tag rather than to the comment."""
        tag = self.env.tags.get(name)
        if tag is not None and getattr(tag, "block", False) and getattr(tag, "end", ""):
            open_ends.append(tag.end)
            return True
        if open_ends and name == open_ends[-1]:
            open_ends.pop()
            return True
        if open_ends and name in ("else", "elsif", "when"):
            return True
        return tag is not None


class UnclosedRaw(Tag):
    """A ``raw`` tag the lexer could not pair with ``{% endraw %}``: Liquid 4 never closes it."""

    name = "raw"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Always a syntax error (a well-formed raw block is handled by the lexer)."""
        raise LiquidSyntaxError("'raw' tag was never closed", token=stream.current)


class GistNode(Node):
    """Markup of jekyll-gist 1.5 (``noscript: false`` on GitHub Pages)."""

    __slots__ = ("gist_id", "filename")

    def __init__(self, token: Token, gist_id: str, filename: str | None) -> None:
        super().__init__(token)
        self.gist_id = gist_id
        self.filename = filename
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """``<script src="https://gist.github.com/ID.js?file=F"> </script>``."""
        gist_id = _resolve(context, self.gist_id)
        filename = _resolve(context, self.filename) if self.filename else None
        url = f"https://gist.github.com/{gist_id}.js"
        if filename:
            url += f"?file={filename}"
        return buffer.write(f'<script src="{url}"> </script>')


def _resolve(context: RenderContext, word: str) -> str:
    """jekyll-gist resolves a bare word as a variable when it names one (lib/jekyll-gist/gist_tag.rb)."""
    if word.startswith(("'", '"')):
        return word.strip("'\"")
    value = context.resolve(word, default=None) if "." not in word and "/" not in word else None
    return str(value) if value not in (None, "") else word


class GistTag(Tag):
    """``{% gist [user/]id [filename] %}``."""

    name = "gist"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Split the markup into id and optional file name."""
        token = stream.current
        parts = tag_markup(stream).split()
        if not parts:
            raise LiquidSyntaxError(
                "Syntax Error in 'gist' - Valid syntax: {% gist gist_id [filename] %}",
                token=token)
        return GistNode(token, parts[0], parts[1] if len(parts) > 1 else None)


class _NonBlankBreak(BreakNode):
    """``break`` is a plain Tag in Liquid 4.0.4, so a block holding it is not blank and keeps its
    whitespace (lib/liquid/tag.rb ``blank?`` is false); python-liquid marks it blank."""

    __slots__ = ()

    def __init__(self, token: Token):
        super().__init__(token)
        self.blank = False


class _NonBlankContinue(ContinueNode):
    """``continue``, not blank, as `_NonBlankBreak`."""

    __slots__ = ()

    def __init__(self, token: Token):
        super().__init__(token)
        self.blank = False


class Liquid4Break(BreakTag):
    """``{% break %}`` whose node is not blank."""

    def parse(self, stream: TokenStream) -> Node:  # noqa: D102
        stream.expect(TOKEN_TAG, value="break")
        return _NonBlankBreak(stream.current)


class Liquid4Continue(ContinueTag):
    """``{% continue %}`` whose node is not blank."""

    def parse(self, stream: TokenStream) -> Node:  # noqa: D102
        stream.expect(TOKEN_TAG, value="continue")
        return _NonBlankContinue(stream.current)


class Liquid4LoopExpression(LoopExpression):
    """``for`` with Liquid 4.0.4's ``limit``/``offset`` (tags/for.rb ``render_segment``): offsets
    are ``to_i`` (nil is 0); a nil limit means no limit; ``limit: 0`` means nothing."""

    __slots__ = ()

    def evaluate(self, context: RenderContext):  # noqa: D102
        it, length = self._to_iter(self.iterable.evaluate(context), context)
        limit_value = self.limit.evaluate(context) if self.limit is not None else None
        limit = None if is_nil(limit_value) or limit_value is False else _ruby_to_i(limit_value, self.limit)
        key = f"{self.identifier}-{self.iterable}"
        if isinstance(self.offset, StringLiteral) and self.offset.value == "continue":
            start = context.stopindex(key)
        elif self.offset is None:
            start = 0
        else:
            value = self.offset.evaluate(context)
            start = 0 if is_nil(value) or value is False else _ruby_to_i(value, self.offset)
        first = min(max(start, 0), length)
        stop = length if limit is None else min(max(limit + start, 0), length)
        stop = max(stop, first)
        context.stopindex(key=key, index=stop)
        items = islice(it, first, stop)
        if self.reversed:
            return reversed(list(items)), stop - first
        return items, stop - first


def _ruby_to_i(value: object, expression) -> int:
    """Ruby ``to_i``: strings take their leading digits (0 if none); an array or hash has no
    ``to_i`` (NoMethodError, a render error)."""
    if isinstance(value, (list, tuple, dict)) or hasattr(value, "keys"):
        # A Ruby NoMethodError, which Liquid re-raises unwrapped (no "Liquid error" prefix).
        raise JekyllTagError(f"undefined method `to_i' for {inspect(value)}:{ruby_class(value)}",
                             token=getattr(expression, "token", None))
    return to_integer(value)


class Liquid4ForNode(ForNode):
    """A ``for`` loop that, once done, passes on an interrupt a ``tablerow`` cell left pending
    (Liquid 4's interrupt stack: the next enclosing block body stops)."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:  # noqa: D102
        written = super().render_to_output(context, buffer)
        from jekpy.liquid.tags.tablerow import raise_pending

        raise_pending(context)
        return written

    async def render_to_output_async(self, context: RenderContext, buffer: TextIO) -> int:  # noqa: D102
        return self.render_to_output(context, buffer)


class Liquid4For(ForTag):
    """``{% for %}`` evaluating its range as Liquid 4.0.4 does (`Liquid4LoopExpression`)."""

    def parse(self, stream: TokenStream) -> Node:  # noqa: D102
        node = super().parse(stream)
        node.expression.__class__ = Liquid4LoopExpression
        node.__class__ = Liquid4ForNode
        return node


class Liquid4Capture(CaptureTag):
    """``capture`` keeps a whitespace-only body: Liquid 4 assigns the block's rendered text
    (tags/capture.rb), while python-liquid suppresses the output of "blank" blocks."""

    def parse(self, stream: TokenStream) -> Node:  # noqa: D102
        node = super().parse(stream)
        node.block.blank = False
        return node


def register(env: Environment) -> None:
    """Install the output, comment, raw, gist, break, continue and capture tags."""
    env.add_tag(Liquid4Break)
    env.add_tag(Liquid4Continue)
    env.add_tag(Liquid4Capture)
    env.add_tag(Liquid4For)
    env.add_tag(RubyOutput)
    env.add_tag(Liquid4Comment)
    env.add_tag(UnclosedRaw)
    env.add_tag(GistTag)


__all__ = ["register", "TOKEN_EOF"]
