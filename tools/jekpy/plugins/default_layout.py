"""jekyll-default-layout 0.1.5: Markdown pages and posts without a layout get one.

Source: benbalter/jekyll-default-layout v0.1.5 lib/jekyll-default-layout/generator.rb. Rules:

* priority ``lowest``; always on (no option);
* looks at ``site.pages`` and the posts (drafts included) whose extension is Markdown and
  whose Liquid view has no ``layout`` key at all (front matter or defaults; ``layout: null``
  counts as set);
* the layout is the first that exists of: ``home`` (only for the URL ``/``), ``page`` (pages
  only), ``post`` (posts only), ``default``; when none exists ``layout`` is set to nil.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jekpy.models import Document, Page
from jekpy.plugins._common import is_markdown

if TYPE_CHECKING:
    from jekpy.site import Site

PRIORITY = "lowest"


def layout_specified(item: Page | Document) -> bool:
    """``to_liquid.key?("layout")``: front matter or defaults name the key."""
    if isinstance(item, Page):
        return "layout" in item.data or "layout" in item.defaults
    return "layout" in item.data


def layout_for(site: Site, item: Page | Document) -> str | None:
    """home for ``/``, else page for pages, post for posts, else default (if they exist)."""
    if item.url == "/" and "home" in site.layouts:
        return "home"
    if isinstance(item, Page) and "page" in site.layouts:
        return "page"
    if isinstance(item, Document) and item.collection == "posts" and "post" in site.layouts:
        return "post"
    if "default" in site.layouts:
        return "default"
    return None


def generate(site: Site) -> None:
    """Set ``layout`` on Markdown pages and posts that name none (Generator#generate)."""
    items: list = [*site.pages, *site.collections["posts"].docs]
    for item in items:
        ext = item.ext if isinstance(item, Page) else item.extname
        if is_markdown(site, ext) and not layout_specified(item):
            item.data["layout"] = layout_for(site, item)
