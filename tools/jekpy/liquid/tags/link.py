"""Jekyll 3.10's ``link`` and ``post_url`` tags.

Both return the bare ``url`` (no ``baseurl``: Jekyll 4 added ``relative_url``) and take their
argument literally (Jekyll 4 renders ``{{ }}`` inside ``link``), per jekyll/jekyll v3.10.0
lib/jekyll/tags/link.rb and post_url.rb. ``post_url`` matches ``[dir/]YYYY-MM-DD-slug`` against
``_posts/[dir/]...`` or ``[dir/]_posts/...``, then falls back to the deprecated date+slug match.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import Token

from jekpy.liquid.errors import JekyllSyntaxError, JekyllTagError
from jekpy.liquid.lexer import tag_markup

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext

POST_MATCHER = re.compile(r"^(.+/)*(\d+-\d+-\d+)-(.*)$")


def _markup(stream: TokenStream) -> tuple[Token, str]:
    token = stream.current
    return token, tag_markup(stream).strip()


class LinkNode(Node):
    """``{% link path %}``: the URL of the page, document or static file at ``path``."""

    __slots__ = ("relative_path",)

    def __init__(self, token: Token, relative_path: str) -> None:
        super().__init__(token)
        self.relative_path = relative_path
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the matching item's URL or raise Jekyll's ArgumentError."""
        site = context.env.jekyll.site
        wanted = (self.relative_path, "/" + self.relative_path)
        for item in _site_files(site):
            if getattr(item, "relative_path", None) in wanted:
                return buffer.write(str(item.url))
        raise JekyllTagError(
            f"Could not find document '{self.relative_path}' in tag 'link'.\n\n"
            "Make sure the document exists and the path is correct.\n", token=self.token)


def _site_files(site: Any):
    finder = getattr(site, "documents_for_link_tag", None)
    return finder() if finder is not None else []


class PostComparer:
    """Parsed ``post_url`` argument (post_url.rb ``PostComparer``)."""

    def __init__(self, name: str) -> None:
        self.name = name
        match = POST_MATCHER.match(re.sub(r"^/", "", name))
        if not match:
            raise ValueError(f"'{name}' does not contain valid date and/or title.")
        self.path = match.group(1) or ""
        self.date = match.group(2)
        self.slug = match.group(3)
        slug = re.escape(self.slug)
        path = re.escape(self.path)
        self.name_regex = re.compile(
            rf"^_posts/{path}{self.date}-{slug}\.[^.]+|^{path}_posts/?{self.date}-{slug}\.[^.]+")

    def matches(self, post: Any) -> bool:
        """Path-date-slug equality against a post's relative path."""
        return bool(self.name_regex.search(str(getattr(post, "relative_path", ""))))

    def deprecated_match(self, post: Any) -> bool:
        """Old-style match on date and slug (basename's folder + slug)."""
        basename = str(getattr(post, "basename_without_ext", ""))
        parts = re.match(r"^(\d+)-(\d+)-(\d+)-(.*)$", basename.split("/")[-1])
        wanted = re.match(r"^(\d+)-(\d+)-(\d+)$", self.date)
        if not parts or not wanted:
            return False
        same_day = [int(x) for x in parts.groups()[:3]] == [int(x) for x in wanted.groups()]
        return same_day and parts.group(4) == self.slug


class PostUrlNode(Node):
    """``{% post_url 2020-01-02-title %}``."""

    __slots__ = ("comparer", "orig")

    def __init__(self, token: Token, orig: str, comparer: PostComparer) -> None:
        super().__init__(token)
        self.orig = orig
        self.comparer = comparer
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the post's URL, trying the exact then the deprecated match."""
        jekyll = context.env.jekyll
        posts = [d for d in _site_files(jekyll.site)
                 if getattr(d, "collection_label", None) == "posts"]
        for post in posts:
            if self.comparer.matches(post):
                return buffer.write(str(post.url))
        for post in posts:
            if self.comparer.deprecated_match(post):
                logger = getattr(jekyll.site, "logger", None)
                if logger is not None:
                    logger.warn("Deprecation:", f"A call to '{{% post_url {self.orig} %}}' did "
                                "not match a post using the new matching method of checking "
                                "name (path-date-slug) equality. Please make sure that you "
                                "change this tag to match the post's name exactly.")
                return buffer.write(str(post.url))
        raise JekyllTagError(
            f'Could not find post "{self.orig}" in tag \'post_url\'.\n\n'
            "Make sure the post exists and the name is correct.\n", token=self.token)


class LinkTag(Tag):
    """``link`` tag."""

    name = "link"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Keep the path literally (3.10 does not render Liquid in it)."""
        token, markup = _markup(stream)
        return LinkNode(token, markup)


class PostUrlTag(Tag):
    """``post_url`` tag; an unparsable name is a parse-time PostURLError as in 3.10."""

    name = "post_url"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Parse the post name."""
        token, markup = _markup(stream)
        try:
            comparer = PostComparer(markup)
        except ValueError:
            raise JekyllSyntaxError(
                f'Could not parse name of post "{markup}" in tag \'post_url\'.\n\n'
                "Make sure the post exists and the name is correct.\n",
                token=token, prefixed=False) from None
        return PostUrlNode(token, markup, comparer)


def register(env: Environment) -> None:
    """Install link and post_url."""
    env.add_tag(LinkTag)
    env.add_tag(PostUrlTag)
