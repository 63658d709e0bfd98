"""Jekyll's ``{% highlight lang [linenos] [mark_lines="1 2"] %}`` block.

Markup and option rules: jekyll/jekyll v3.10.0 lib/jekyll/tags/highlight.rb (``SYNTAX``,
``OPTIONS_REGEX``, leading/trailing newlines stripped, ``language-`` class with ``+`` -> ``-``).
The highlighting itself is `jekpy.highlight.highlight_tag` (Rouge-compatible).
"""

from __future__ import annotations

import html
import re
from io import StringIO
from typing import TYPE_CHECKING, TextIO

from liquid.ast import BlockNode, Node
from liquid.parser import get_parser
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG, Token

from jekpy.liquid.errors import JekyllSyntaxError

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext

SYNTAX = re.compile(r'^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$')
OPTIONS_REGEX = re.compile(r'(?:\w="[^"]*"|\w=\w|\w)+')


def parse_options(text: str) -> dict[str, object]:
    """``parse_options``: ``key``, ``key=value`` and ``key="1 2"`` (a list)."""
    options: dict[str, object] = {}
    for opt in OPTIONS_REGEX.findall(text or ""):
        key, _, value = opt.partition("=")
        if not _:
            options[key] = True
        elif '"' in value:
            options[key] = value.replace('"', "").split()
        else:
            options[key] = value
    if options.get("linenos") is True:
        options["linenos"] = "inline"
    return options


class HighlightNode(Node):
    """A highlight block: renders its body, then highlights it."""

    __slots__ = ("lang", "options", "body")

    def __init__(self, token: Token, lang: str, options: dict[str, object], body: BlockNode):
        super().__init__(token)
        self.lang = lang
        self.options = options
        self.body = body
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Highlight the rendered body inside Jekyll's ``<figure>`` markup."""
        inner = StringIO()
        self.body.render(context, inner)
        code = re.sub(r"\A[\n\r]+|[\n\r]+\Z", "", inner.getvalue())
        prefix = context.resolve("highlighter_prefix", default=None) or ""
        suffix = context.resolve("highlighter_suffix", default=None) or ""
        return buffer.write(f"{prefix}{self.highlight(code)}{suffix}")

    def highlight(self, code: str) -> str:
        """Full figure markup via jekpy.highlight (plain escaped code if it is missing)."""
        mark = self.options.get("mark_lines")
        extra = {k: v for k, v in self.options.items() if k not in ("linenos", "mark_lines")}
        try:
            from jekpy.highlight import highlight_tag
        except ImportError:
            attrs = f'class="language-{self.lang.replace("+", "-")}" data-lang="{self.lang}"'
            return (f'<figure class="highlight"><pre><code {attrs}>'
                    f"{html.escape(code, quote=False)}</code></pre></figure>")
        return highlight_tag(code, self.lang, linenos=bool(self.options.get("linenos")),
                             mark_lines=mark, **extra)


class HighlightTag(Tag):
    """``highlight`` block tag."""

    name = "highlight"
    end = "endhighlight"

    def parse(self, stream: TokenStream) -> Node:
        """Validate the markup, then parse the body up to ``endhighlight``."""
        token = stream.eat(TOKEN_TAG)
        markup = ""
        if stream.current.kind == TOKEN_EXPRESSION:
            markup = stream.current.value
            next(stream)
        match = SYNTAX.match(markup.strip())
        if not match:
            raise JekyllSyntaxError(
                "Syntax Error in tag 'highlight' while parsing the following markup:\n\n"
                f"  {markup}\n\nValid syntax: highlight <lang> [linenos]\n", token=token)
        lang = match.group(1).lower()
        options = parse_options(match.group(2))
        body = get_parser(self.env).parse_block(stream, ("endhighlight",))
        stream.expect(TOKEN_TAG, value="endhighlight")
        return HighlightNode(token, lang, options, body)


def register(env: Environment) -> None:
    """Install the highlight tag."""
    env.add_tag(HighlightTag)
