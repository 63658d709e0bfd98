"""jekyll-seo-tag 2.8.0: the ``{% seo %}`` tag (title, meta, Open Graph, Twitter, JSON-LD).

Rules from jekyll/jekyll-seo-tag v2.8.0: lib/jekyll-seo-tag.rb (the tag, ``title=false``),
lib/jekyll-seo-tag/drop.rb (titles, description, canonical URL, type, locale ...),
author_drop.rb, image_drop.rb, json_ld_drop.rb. The output format is the one of the gem's
lib/template.html after the gem's minification (``MINIFY_REGEX`` strips the whitespace that
follows ``{``/``}`` and ``>\\n``/``,\\n``): one element per line, every line ending in ``\\n``,
the JSON-LD object on the line after ``<script type="application/ld+json">``.
The values are computed here (`SeoData`, a Liquid view; the author, image and JSON-LD drops are in
`_seo_drops`) and written by jekpy's own template
``templates/seo.html`` (same output format), minified with the gem's rule and parsed once per
build.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import Token

from jekpy.liquid.lexer import tag_markup
from jekpy.liquid.ruby import to_s
from jekpy.plugins._seo_drops import AuthorData, ImageData, json_ld
from jekpy.plugins._values import (
    LiquidView,
    call_filter,
    dig,
    first,
    is_absolute_url,
    sub_hash,
    truthy,
)

if TYPE_CHECKING:
    from liquid.context import RenderContext

    from jekpy.site import Site

VERSION = "2.8.0"
TITLE_SEPARATOR = " | "
HOMEPAGE_OR_ABOUT = re.compile(r"^/(about/)?(index.html?)?$", re.M)
FORMAT_FIELD = re.compile(r"%<(\w+)>[sd]|%\{(\w+)\}")


class SeoData(LiquidView):
    """What one ``{% seo %}`` knows about the page being rendered (drop.rb)."""

    KEYS = ("version", "show_title", "title", "page_title", "author", "page_locale", "description",
            "canonical_url", "site_title", "image", "json_ld")
    version = VERSION

    def __init__(self, context: RenderContext, markup: str) -> None:
        self.context = context
        self.markup = markup
        self.page = context.globals.get("page") or {}
        self.site = context.globals.get("site") or {}
        self.paginator = context.resolve("paginator", default=None)
        self._cache: dict[str, Any] = {}

    def _memo(self, key: str, make) -> Any:  # noqa: ANN001
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def filter(self, name: str, value: object, *args: object) -> Any:
        """Apply one of the build's Liquid filters."""
        return call_filter(self.context, name, value, *args)

    def format_string(self, value: object) -> str | None:
        """markdownify, strip_html, normalize_whitespace, escape_once; nil when empty."""
        text = value
        for name in ("markdownify", "strip_html", "normalize_whitespace", "escape_once"):
            text = self.filter(name, text)
        text = to_s(text)
        return text or None

    # titles
    @property
    def site_title(self) -> str | None:
        """``site.title`` or ``site.name``, formatted."""
        return self._memo("site_title", lambda: self.format_string(
            first(self.site.get("title"), self.site.get("name"))))

    @property
    def site_description(self) -> str | None:
        """``site.description``, formatted."""
        return self._memo("site_description", lambda: self.format_string(self.site.get("description")))

    @property
    def site_tagline(self) -> str | None:
        """``site.tagline``, formatted."""
        return self._memo("site_tagline", lambda: self.format_string(self.site.get("tagline")))

    @property
    def page_title(self) -> str | None:
        """The page's title alone (falls back to the site title)."""
        return self._memo("page_title", lambda: self.format_string(self.page.get("title")) or self.site_title)

    def _base_title(self) -> str | None:
        site_title, page_title = self.site_title, self.page_title
        if site_title and page_title != site_title:
            return page_title + TITLE_SEPARATOR + site_title
        if self.site_description and site_title:
            return site_title + TITLE_SEPARATOR + (self.site_tagline or self.site_description)
        return page_title or site_title

    @property
    def title(self) -> str | None:
        """The ``<title>``: page | site, or site | tagline, with the paginator prefix."""
        base = self._memo("title", self._base_title)
        number = self.page_number()
        if number is not None and base is not None:
            return number + base
        return base

    @property
    def show_title(self) -> bool:
        """``title?``: a title exists and the tag was not given ``title=false``."""
        return bool(self.title) and not re.search(r"title=false", self.markup, re.I)

    def page_number(self) -> str | None:
        """``Page 2 of 5 for `` on paginated pages after the first."""
        paginator = self.paginator
        current = dig(paginator, "page")
        if not truthy(paginator) or not truthy(current):
            return None
        total = dig(paginator, "total_pages")
        message = to_s(first(self.site.get("seo_paginator_message"), "Page %<current>s of %<total>s for "))
        if not isinstance(current, int) or current <= 1:
            return None
        values = {"current": to_s(current), "total": to_s(total)}
        return FORMAT_FIELD.sub(lambda m: values.get(m.group(1) or m.group(2), ""), message)

    # descriptions and names
    @property
    def description(self) -> str | None:
        """``page.description`` or ``page.excerpt`` (formatted), else the site description."""
        return self._memo("description", lambda: self.format_string(
            first(self.page.get("description"), self.page.get("excerpt"))) or self.site_description)

    @property
    def homepage_or_about(self) -> bool:
        """The URL is ``/``, ``/index.html`` or ``/about/``."""
        return bool(HOMEPAGE_OR_ABOUT.search(to_s(self.page.get("url"))))

    @property
    def page_seo(self) -> Mapping:
        """The page's ``seo:`` hash."""
        return sub_hash(self.page, "seo")

    @property
    def site_social(self) -> Mapping:
        """The site's ``social:`` hash."""
        return sub_hash(self.site, "social")

    @property
    def name(self) -> str | None:
        """JSON-LD ``name``: ``seo.name``, or on the home/about page the social name or site title."""
        if truthy(self.page_seo.get("name")):
            return self.format_string(self.page_seo.get("name"))
        if not self.homepage_or_about:
            return None
        if truthy(self.site_social.get("name")):
            return self.format_string(self.site_social.get("name"))
        return self.site_title or None

    @property
    def author(self) -> AuthorData:
        """The page author (author_drop.rb)."""
        return self._memo("author", lambda: AuthorData(self.page, self.site))

    @property
    def image(self) -> ImageData | None:
        """The page image, or None when it has no path (image_drop.rb)."""
        image = self._memo("image", lambda: ImageData(self))
        return image if image.path is not None else None

    # dates, type, links, logo, locale, canonical URL
    def date_modified(self) -> str | None:
        """``seo.date_modified``, ``last_modified_at`` or ``date``, as xmlschema."""
        date = first(self.page_seo.get("date_modified"), self.page.get("last_modified_at"), self.page.get("date"))
        return self.filter("date_to_xmlschema", date) if truthy(date) else None

    def date_published(self) -> str | None:
        """``page.date`` as xmlschema."""
        date = self.page.get("date")
        return self.filter("date_to_xmlschema", date) if truthy(date) else None

    @property
    def type(self) -> object:
        """``seo.type``, WebSite (home/about), BlogPosting (dated) or WebPage."""
        if truthy(self.page_seo.get("type")):
            return self.page_seo.get("type")
        if self.homepage_or_about:
            return "WebSite"
        return "BlogPosting" if truthy(self.page.get("date")) else "WebPage"

    def links(self) -> object:
        """``seo.links``, or the site's ``social.links`` on the home/about page."""
        if truthy(self.page_seo.get("links")):
            return self.page_seo.get("links")
        if self.homepage_or_about and truthy(self.site_social.get("links")):
            return self.site_social.get("links")
        return None

    def logo(self) -> object:
        """``site.logo`` made absolute and URI-escaped."""
        logo = self.site.get("logo")
        if not truthy(logo):
            return None
        if not is_absolute_url(logo):
            logo = self.filter("absolute_url", logo)
        return self.filter("uri_escape", logo)

    @property
    def page_locale(self) -> str:
        """``locale`` (page, site) or ``lang`` (page, site) or en_US, with ``_`` for ``-``."""
        lang = first(self.page.get("lang"), self.site.get("lang"), "en_US")
        locale = first(self.page.get("locale"), self.site.get("locale"), lang)
        return to_s(locale).replace("-", "_")

    @property
    def json_ld(self) -> dict:
        """The JSON-LD object."""
        return json_ld(self)

    @property
    def canonical_url(self) -> str:
        """``page.canonical_url`` or the page URL made absolute, without ``index.html``."""
        def make() -> str:
            given = self.page.get("canonical_url")
            if to_s(given) == "":
                url = to_s(self.filter("absolute_url", self.page.get("url")))
                return re.sub(r"/index\.html$", "/", url, flags=re.M)
            return given
        return self._memo("canonical_url", make)


# -- the tag ---------------------------------------------------------------------------------

class SeoNode(Node):
    """One ``{% seo ... %}``."""

    __slots__ = ("markup", "template")

    def __init__(self, token: Token, markup: str, template: Any) -> None:
        super().__init__(token)
        self.markup = markup
        self.template = template
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the SEO block for the page being rendered."""
        return buffer.write(render_seo(self.template, context, self.markup))


class SeoTag(Tag):
    """``seo``: any markup is kept (only ``title=false`` means something)."""

    name = "seo"
    block = False
    template: Any = None

    def parse(self, stream: TokenStream) -> Node:
        """Keep the raw markup."""
        token = stream.current
        return SeoNode(token, tag_markup(stream), self.template)


# The gem's MINIFY_REGEX: whitespace after "{", "}", or ">"/"," ending a line, unless "-" follows.
MINIFY = re.compile(r"(?:(?<=[{}])|(?<=[>,]\n))\s+(?!-)")


def render_seo(template: Any, context: RenderContext, markup: str) -> str:
    """The whole block: ``templates/seo.html`` rendered with this page's `SeoData`."""
    seo = SeoData(context, markup)
    return template.render(seo=seo, site=seo.site, page=seo.page, paginator=seo.paginator,
                           jekyll=context.globals.get("jekyll"))


def register_liquid(env: Any, site: Site) -> None:
    """Install ``{% seo %}``, with the output template parsed once for this build."""
    from jekpy.plugins.feed import template_text

    env.env.add_tag(SeoTag)
    text = template_text("seo.html", MINIFY)
    env.env.tags[SeoTag.name].template = _template_env(env).from_string(text, name="jekyll-seo-tag template")


def _template_env(env: Any) -> Any:
    """The Liquid environment for the output template: the build's, but never strict about
    variables (the gem renders its template with ``render!(payload, registers + filters)``, without
    the site's ``strict_variables``), so a strict site still gets its SEO block."""
    if not getattr(env, "strict_variables", False):
        return env.env
    from liquid.undefined import Undefined

    return type(env.env)(env, undefined=Undefined)
