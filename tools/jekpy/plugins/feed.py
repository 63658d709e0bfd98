"""jekyll-feed 0.17.0: Atom feeds (``feed.xml``) and the ``{% feed_meta %}`` tag.

Rules from jekyll/jekyll-feed v0.17.0 lib/jekyll-feed/generator.rb and meta-tag.rb: one feed
for posts (``feed.path``, default ``/feed.xml``), one per ``feed.categories`` entry
(``/feed/<category>.xml``), one per ``feed.collections`` entry (``/feed/<label>.xml`` and
``/feed/<label>/<category>.xml``), one per post tag with ``feed.tags`` (``/feed/by_tag/<tag>.xml``,
``only``/``except``/``path`` options, only ``[A-Za-z0-9_]`` tags); a feed whose file exists in the
source is not generated. Each feed is a page rendered with Liquid like any other; its template
is ``templates/feed.xml`` (jekpy's own, same output as the gem's lib/jekyll-feed/feed.xml),
minified at load by deleting the whitespace after ``>`` and ``}`` as the gem does.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import Token

from jekpy import converters, urls
from jekpy.liquid.lexer import tag_markup
from jekpy.liquid.ruby import to_s
from jekpy.models import Page
from jekpy.plugins._values import first, truthy

if TYPE_CHECKING:
    from liquid.context import RenderContext

    from jekpy.site import Site

PRIORITY = "lowest"
MINIFY = re.compile(r"(?<=>|})\s+")
LEADING_COMMENT = re.compile(r"\A\{% comment %\}.*?\{% endcomment %\}\n?", re.S)
TAG_NAME_OK = re.compile(r"^[a-zA-Z0-9_]+$")


def template_text(name: str, minify: re.Pattern | None = None) -> str:
    """A template shipped in ``jekpy/plugins/templates``, without its leading comment (so that
    Liquid error line numbers are those of the gem's template), minified with ``minify``."""
    text = resources.files("jekpy.plugins").joinpath("templates", name).read_text(encoding="utf-8")
    text = LEADING_COMMENT.sub("", text, count=1)
    return minify.sub("", text) if minify is not None else text


def make_generated_page(site: Site, path: str, content: str, data: dict) -> Page:
    """A page without a source file (``PageWithoutAFile.new(site, base, "", path)``): its
    ``name`` is ``path`` as given (jekyll-feed's keeps the leading slash: ``page.name`` is
    ``/feed.xml``), its URL ``/:path/:basename:output_ext`` of it."""
    page = Page(dir="", name=path, path=None, data=data, content=content)
    page.output_ext = converters.output_ext(site, page.ext, data.get("permalink"))
    page.url = urls.page_url(page, site.permalink_style)
    page.defaults = site.defaults.all(page.relative_path, "pages")
    return page


def _config(site: Site) -> dict:
    value = site.config.get("feed")
    return value if isinstance(value, dict) else {}


def feed_collections(config: dict) -> dict[str, dict]:
    """``feed.collections`` as label -> {path, categories}, with ``posts`` always present."""
    raw = config.get("collections")
    if isinstance(raw, list):
        found: dict[str, dict] = {str(label): {} for label in raw}
    elif isinstance(raw, dict):
        found = {str(k): dict(v) if isinstance(v, dict) else {} for k, v in raw.items()}
    else:
        found = {}
    posts = found.setdefault("posts", {})
    posts["path"] = posts.get("path") or config.get("path")
    posts["categories"] = posts.get("categories") or config.get("categories")
    for meta in found.values():
        unique: list = []
        for category in meta.get("categories") or []:
            if category not in unique:
                unique.append(category)
        meta["categories"] = unique
    return found


def feed_path(collections: dict, collection: str = "posts", category: object = None) -> str:
    """``/feed.xml`` (or ``path``), ``/feed/<cat>.xml``, ``/feed/<label>.xml`` ..."""
    prefix = "/feed" if collection == "posts" else f"/feed/{collection}"
    if category is not None:
        return f"{prefix}/{to_s(category)}.xml"
    return to_s(collections.get(collection, {}).get("path") or f"{prefix}.xml")


def generate(site: Site) -> None:
    """Add the feed pages."""
    config = _config(site)
    if config.get("disable_in_development") and site.environment == "development":
        site.logger.info("Jekyll Feed:", "Skipping feed generation in development")
        return
    template = template_text("feed.xml", MINIFY)
    collections = feed_collections(config)
    for label, meta in collections.items():
        site.logger.info("Jekyll Feed:", f"Generating feed for {label}")
        for category in [*meta["categories"], None]:
            path = feed_path(collections, label, category)
            if not _exists(site, path):
                site.pages.append(_feed_page(site, path, template, label, category, None))
    if config.get("tags") and _post_tags(site):
        _tag_feeds(site, config, template)


def _exists(site: Site, path: str) -> bool:
    return site.in_source(path.lstrip("/")).exists()


def _feed_page(site: Site, path: str, template: str, collection: str, category: object,
               tag: object) -> Page:
    data = {"layout": None, "sitemap": False, "xsl": _exists(site, "feed.xslt.xml"),
            "collection": collection, "category": category, "tags": tag}
    return make_generated_page(site, path, template, data)


def _post_tags(site: Site) -> list:
    tags: list = []
    for doc in site.collections["posts"].docs:
        for tag in doc.data.get("tags") or []:
            if tag not in tags:
                tags.append(tag)
    return tags


def _tag_feeds(site: Site, config: dict, template: str) -> None:
    options = config["tags"] if isinstance(config["tags"], dict) else {}
    excluded = options.get("except") or []
    pool = [t for t in (options.get("only") or _post_tags(site)) if t not in excluded]
    prefix = to_s(options.get("path") or "/feed/by_tag/")
    for tag in pool:
        if not TAG_NAME_OK.match(to_s(tag)):
            continue
        site.logger.info("Jekyll Feed:", f"Generating feed for posts tagged {tag}")
        path = f"{prefix}{tag}.xml"
        if not _exists(site, path):
            site.pages.append(_feed_page(site, path, template, "posts", None, tag))


# -- {% feed_meta %} -------------------------------------------------------------------------

def xml_attr(value: object) -> str:
    """Ruby ``encode(xml: :attr)``: quoted, with ``& < > "`` escaped."""
    text = to_s(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return '"' + text.replace('"', "&quot;") + '"'


class FeedMetaNode(Node):
    """``<link type="application/atom+xml" rel="alternate" href=... title=... />``."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the link to the posts feed."""
        config = context.env.jekyll.config
        feed = config.get("feed")
        path = (feed.get("path") if isinstance(feed, dict) else None) or "feed.xml"
        title = first(config.get("title"), config.get("name"))
        href = context.filter("absolute_url", None)(path)
        attrs = [("type", "application/atom+xml"), ("rel", "alternate"), ("href", href)]
        if truthy(title):
            attrs.append(("title", title))
        return buffer.write("<link " + " ".join(f"{k}={xml_attr(v)}" for k, v in attrs) + " />")


class FeedMetaTag(Tag):
    """``feed_meta`` (arguments are ignored)."""

    name = "feed_meta"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Skip any markup."""
        token: Token = stream.current
        tag_markup(stream)  # any markup is ignored
        node = FeedMetaNode(token)
        node.blank = False
        return node


def register_liquid(env: Any, site: Site) -> None:
    """Install ``{% feed_meta %}``."""
    env.env.add_tag(FeedMetaTag)
