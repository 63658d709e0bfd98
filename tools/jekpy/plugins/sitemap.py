"""jekyll-sitemap 1.4.0: ``sitemap.xml`` and ``robots.txt``.

Rules from jekyll/jekyll-sitemap v1.4.0 lib/jekyll/jekyll-sitemap.rb: a generator of priority
``lowest`` adds ``sitemap.xml`` unless a page or static file already has the URL
``/sitemap.xml``, and ``robots.txt`` likewise. The sitemap lists the documents of every
collection with ``output`` (``sitemap: false`` excluded; ``<lastmod>`` from
``last_modified_at`` or ``date``), ``site.html_pages`` (without ``sitemap: false`` and
``/404.html``) and the static files ending in .htm/.html/.xhtml/.pdf (``<lastmod>`` from their
mtime; collection files included, listed by their source path). The page is rendered with Liquid; its template is ``templates/sitemap.xml`` (jekpy's own;
the output format is that of the gem's lib/sitemap.xml), minified at load by deleting the
whitespace after ``}`` and after ``>`` + newline, as the gem does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jekpy.liquid.drops import StaticFileDrop
from jekpy.plugins.feed import make_generated_page, template_text

if TYPE_CHECKING:
    from jekpy.site import Site

PRIORITY = "lowest"
MINIFY = re.compile(r"(?:(?<=>\n)|(?<=}))\s+")
INCLUDED_EXTENSIONS = (".htm", ".html", ".xhtml", ".pdf")
# The gem's lib/robots.txt is this one line.
ROBOTS = 'Sitemap: {{ "sitemap.xml" | absolute_url }}\n'


def all_static_files(site: Site) -> list:
    """``site.static_files`` as Jekyll has it: the site's own, then every collection's files
    (also those of collections without ``output``), in collection order."""
    files = list(site.static_files)
    for collection in site.collections.values():
        files.extend(collection.files)
    return files


def _taken_urls(site: Site) -> set[str]:
    urls = {page.url for page in site.pages}
    urls.update(sf.url or sf.relative_path for sf in all_static_files(site))
    return urls


def generate(site: Site) -> None:
    """Add ``sitemap.xml`` and ``robots.txt`` unless the site has its own."""
    taken = _taken_urls(site)
    if "/sitemap.xml" not in taken:
        files = [StaticFileDrop(sf) for sf in all_static_files(site) if sf.extname in INCLUDED_EXTENSIONS]
        data = {"layout": None, "static_files": files, "xsl": "/sitemap.xsl" in taken}
        site.pages.append(make_generated_page(site, "sitemap.xml", template_text("sitemap.xml", MINIFY), data))
    if "/robots.txt" not in taken:
        site.pages.append(make_generated_page(site, "robots.txt", ROBOTS, {"layout": None}))
