"""jekyll-github-metadata's ``{% github_edit_link %}`` tag.

Source: jekyll/github-metadata v2.16.1 lib/jekyll-github-metadata/edit-link-tag.rb. The URL
is ``repository_url`` + ``edit/`` + ``source.branch`` + ``source.path`` + ``page.path``, each
part without its leading slash and (but the last) with a trailing slash, ``/`` alone dropped,
joined as URI references and normalized. A quoted argument gives ``<a href="URL">text</a>``.
A missing part: a warning and an empty string.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urljoin

from liquid.ast import Node
from liquid.tag import Tag
from liquid.token import Token

from jekpy.liquid.filters.uri import normalize
from jekpy.liquid.lexer import tag_markup

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream

MISSING_DATA_MSG = "Cannot generate edit URLs due to missing site.github data"
LINK_TEXT_REGEX = re.compile(r"(?:\"(.*)\"|'(.*)')")


def _get(container: Any, key: str, default: Any = None) -> Any:
    """``hash[key] || default`` for anything that answers ``[]``."""
    if isinstance(container, Mapping):
        value = container.get(key)
        return default if value is None or value is False else value
    return default


def edit_parts(site_github: Any, page: Any) -> list[Any]:
    """repository_url, "edit/", branch, source path, page path."""
    source = _get(site_github, "source", {})
    return [_get(site_github, "repository_url"), "edit/", _get(source, "branch"), _get(source, "path"), _get(page, "path")]


def normalized(parts: list[Any]) -> list[str]:
    """Leading slash off, trailing slash on (but the last), ``/`` alone dropped."""
    out = []
    for index, part in enumerate(parts):
        text = str(part)
        text = text[1:] if text.startswith("/") else text
        if index != len(parts) - 1 and not text.endswith("/"):
            text += "/"
        out.append("" if text == "/" else text)
    return out


def edit_url(site_github: Any, page: Any, warn: Any) -> str:
    """The edit URL, or "" (with a warning) when a part is missing."""
    parts = edit_parts(site_github, page)
    if any(p is None for p in parts):
        warn("JekyllEditLink: ", MISSING_DATA_MSG)
        return ""
    url = ""
    for part in normalized(parts):
        url = urljoin(url, part) if url else part
    return normalize(url)


class EditLinkNode(Node):
    """Renders the edit URL (or a link to it)."""

    __slots__ = ("text",)

    def __init__(self, token: Token, text: str | None) -> None:
        super().__init__(token)
        self.text = text
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the URL or the ``<a>`` element."""
        site = context.resolve("site", default=None)
        page = context.resolve("page", default=None)
        jekyll_site = getattr(getattr(context.env, "jekyll", None), "site", None)
        logger = getattr(jekyll_site, "logger", None)
        warn = logger.warn if logger is not None else (lambda *_: None)
        url = edit_url(_get(site, "github", {}), page, warn)
        if self.text is not None:
            return buffer.write(f'<a href="{url}">{self.text}</a>')
        return buffer.write(url)


class EditLinkTag(Tag):
    """``{% github_edit_link ["text"] %}``."""

    name = "github_edit_link"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Take the optional quoted link text."""
        token = stream.current
        match = LINK_TEXT_REGEX.search(tag_markup(stream))
        text = None
        if match:
            text = match.group(1) if match.group(1) is not None else match.group(2)
        return EditLinkNode(token, text)
