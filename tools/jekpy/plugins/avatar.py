"""jekyll-avatar 0.8.0: ``{% avatar user %}`` renders a GitHub avatar ``<img>``.

Rules from jekyll/jekyll-avatar v0.8.0 lib/jekyll-avatar.rb: the markup is itself rendered as
Liquid; ``size=N`` (default 40) and ``user=variable`` are read from the unrendered markup,
``lazy=true`` from the rendered one; the user name is the variable's value (or the variable's
name when it is nil), else the first word without a leading ``@``. The host is
``https://avatars<N>.githubusercontent.com`` where N = CRC-32 of ``<user>?v=3&s=<size>`` mod 4,
or ``$PAGES_AVATARS_URL``. Attributes come in the gem's order and are not HTML-escaped.
"""

from __future__ import annotations

import os
import re
import zlib
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urljoin

from liquid.ast import Node
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import Token

from jekpy.liquid.lexer import tag_markup
from jekpy.liquid.ruby import to_s

if TYPE_CHECKING:
    from liquid.context import RenderContext

    from jekpy.site import Site

SERVERS = 4
DEFAULT_SIZE = "40"
API_VERSION = "3"
SCALES = (1, 2, 3, 4)


def avatar_path(user: str, size: str, scale: int = 1) -> str:
    """``<user>?v=3&s=<size * scale>``."""
    return f"{user}?v={API_VERSION}&s={size if scale == 1 else int(size) * scale}"


def avatar_url(user: str, size: str, scale: int, custom_host: str) -> str:
    """The image URL at one scale; the default host is chosen from the scale-1 path."""
    if custom_host:
        base = custom_host if custom_host.endswith("/") else custom_host + "/"
        return urljoin(base, avatar_path(user, size, scale))
    server = zlib.crc32(avatar_path(user, size).encode("utf-8")) % SERVERS
    return f"https://avatars{server}.githubusercontent.com/{avatar_path(user, size, scale)}"


def avatar_img(user: str, size: str, lazy: bool, custom_host: str = "") -> str:
    """The ``<img>`` element (``BASE_TEMPLATE`` or ``LAZY_TEMPLATE`` of the gem)."""
    url = avatar_url(user, size, 1, custom_host)
    srcset = ", ".join(f"{avatar_url(user, size, s, custom_host)} {s}x" for s in SCALES)
    classes = "avatar avatar-small" if int(size) < 48 else "avatar"
    attrs = [("class", classes), ("alt", user), ("width", size), ("height", size),
             ("data-proofer-ignore", "true")]
    if lazy:
        attrs += [("src", ""), ("data-src", url), ("data-srcset", srcset)]
    else:
        attrs += [("src", url), ("srcset", srcset)]
    return "<img " + " ".join(f'{k}="{v}"' for k, v in attrs) + " />"


class AvatarNode(Node):
    """One ``{% avatar ... %}``."""

    __slots__ = ("text", "size", "user_variable")

    def __init__(self, token: Token, text: str) -> None:
        super().__init__(token)
        self.text = text
        size = re.search(r"\bsize=(\d+)\b", text, re.I)
        self.size = size.group(1) if size else DEFAULT_SIZE
        user = re.search(r"\buser=([\w.]+)\b", text)
        self.user_variable = user.group(1) if user else None
        self.blank = False

    def _rendered_text(self, context: RenderContext) -> str:
        if "{{" not in self.text and "{%" not in self.text:
            return self.text
        template = context.env.from_string(self.text)
        return template.render(**{**context.globals, **context.locals})

    def _username(self, context: RenderContext, text: str) -> str:
        if self.user_variable:
            value: Any = context.get(self.user_variable.split("."), token=None, default=None)
            return to_s(value) if value is not None and value is not False else self.user_variable
        word = text.split(" ")[0] if " " in text else text
        return word.replace("@", "", 1) if word.startswith("@") else word

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the ``<img>``."""
        text = self._rendered_text(context)
        host = os.environ.get("PAGES_AVATARS_URL", "")
        img = avatar_img(self._username(context, text), self.size, "lazy=true" in text, host)
        return buffer.write(img)


class AvatarTag(Tag):
    """``avatar``."""

    name = "avatar"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Keep the stripped markup."""
        token = stream.current
        return AvatarNode(token, tag_markup(stream).strip())


def register_liquid(env: Any, site: Site) -> None:
    """Install ``{% avatar %}``."""
    env.env.add_tag(AvatarTag)
