"""jekyll-titles-from-headings 0.5.3: a Markdown page's first heading becomes its title.

Source: benbalter/jekyll-titles-from-headings v0.5.3 lib/jekyll-titles-from-headings/generator.rb.
Rules:

* priority ``lowest``; off with ``titles_from_headings: {enabled: false}``;
* looks at ``site.pages`` (plus the documents that are written, with ``collections: true``)
  whose extension is Markdown; a page keeps a ``title`` it has (front matter or defaults);
  a document's title always counts as inferred and is replaced when a heading is found;
* the heading is TITLE_REGEX matched at the very start of the raw body (whitespace may come
  first): an atx ``#``..``###`` line or a setext line underlined with ``=``/``-``; its text
  goes through markdownify, strip_html, normalize_whitespace, and loses ``[^footnote]``
  markers; without a match the title is left as it was;
* ``strip_title`` (front matter, else the plugin option) removes the heading from the body
  (and rebuilds a post's excerpt).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jekpy.models import Document, Excerpt, Page
from jekpy.plugins._common import (
    RUBY_SPACE,
    is_markdown,
    markdownify,
    normalize_whitespace,
    option,
    strip_html,
)

if TYPE_CHECKING:
    from jekpy.site import Site

PRIORITY = "lowest"
CONFIG_KEY = "titles_from_headings"

_S = r"[ \t\n\v\f\r]"  # Ruby's \s
# generator.rb TITLE_REGEX: \A, optional whitespace, then an atx heading (# to ###) or a
# setext heading, up to an end of line (Ruby's $ is always multi-line).
TITLE_REGEX = re.compile(
    rf"\A{_S}*(?:\#{{1,3}}{_S}+(.*)(?:{_S}+\#{{1,3}})?|(.*)\r?\n[-=]+{_S}*)$",
    re.MULTILINE,
)
EXTRA_MARKUP_REGEX = re.compile(r"\[\^[^\]]*\]")


def _documents(site: Site) -> list:
    items: list = list(site.pages)
    if option(site, CONFIG_KEY, "collections") is True:
        for collection in site.collections.values():
            items.extend(d for d in collection.docs if d.write)
    return items


def _extname(item: Page | Document) -> str:
    return item.ext if isinstance(item, Page) else item.extname


def has_title(item: Page | Document) -> bool:
    """A page with a non-nil title keeps it; documents' titles count as inferred."""
    return not isinstance(item, Document) and item.data.get("title") is not None


def strip_markup(site: Site, text: str) -> str:
    """markdownify | strip_html | normalize_whitespace, then footnote markers removed."""
    plain = normalize_whitespace(strip_html(markdownify(site, text)))
    return EXTRA_MARKUP_REGEX.sub("", plain)


def title_for(site: Site, item: Page | Document) -> object:
    """The heading's text, or the title the item already has."""
    match = TITLE_REGEX.search(item.content or "")
    if match:
        return strip_markup(site, match.group(1) if match.group(1) is not None else match.group(2))
    return item.data.get("title")


def wants_strip(site: Site, item: Page | Document) -> bool:
    """``strip_title`` from front matter, else from the plugin's options."""
    if "strip_title" in item.data:
        return item.data["strip_title"] is True
    return option(site, CONFIG_KEY, "strip_title") is True


def strip_title(site: Site, item: Page | Document) -> None:
    """Remove the heading from the body; a post gets a new excerpt from the new body."""
    if not item.content:
        return
    item.content = TITLE_REGEX.sub("", item.content).strip(RUBY_SPACE + "\0")
    if isinstance(item, Document) and item.collection == "posts":
        from jekpy import documents

        separator = documents.excerpt_separator(site, item)
        if separator:
            item.excerpt = Excerpt(item, documents.extract_excerpt(item.content, separator))


def generate(site: Site) -> None:
    """Set ``title`` from the first heading (Generator#generate)."""
    if option(site, CONFIG_KEY, "enabled") is False:
        return
    for item in _documents(site):
        if not is_markdown(site, _extname(item)) or has_title(item):
            continue
        item.data["title"] = title_for(site, item)
        if wants_strip(site, item):
            strip_title(site, item)
