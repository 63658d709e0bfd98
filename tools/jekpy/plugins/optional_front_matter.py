"""jekyll-optional-front-matter 0.3.2: Markdown files without front matter become pages.

Source: benbalter/jekyll-optional-front-matter v0.3.2 lib/jekyll-optional-front-matter.rb and
lib/jekyll-optional-front-matter/generator.rb. Rules:

* priority ``normal``; off with ``optional_front_matter: {enabled: false}`` or with
  ``require_front_matter: true``;
* every static file whose extension is in ``markdown_ext`` becomes a page, appended to
  ``site.pages`` in static-file order, unless its name without extension, upper-cased, is on
  the blacklist (README, LICENSE, ...), which ``include`` overrides when it is a list;
* the static copy stays (the ``.md`` is still written as is) unless
  ``optional_front_matter: {remove_originals: true}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jekpy.plugins._common import is_markdown, option, page_from_static_file, truthy

if TYPE_CHECKING:
    from jekpy.models import Page
    from jekpy.site import Site

PRIORITY = "normal"
CONFIG_KEY = "optional_front_matter"

# lib/jekyll-optional-front-matter.rb FILENAME_BLACKLIST (compared upper-cased).
FILENAME_BLACKLIST = frozenset(
    {
        "README",
        "LICENSE",
        "LICENCE",
        "COPYING",
        "CODE_OF_CONDUCT",
        "CONTRIBUTING",
        "ISSUE_TEMPLATE",
        "PULL_REQUEST_TEMPLATE",
    }
)


def disabled(site: Site) -> bool:
    """``enabled: false`` or ``require_front_matter`` switches the plugin off."""
    return option(site, CONFIG_KEY, "enabled") is False or truthy(site.config.get("require_front_matter"))


def cleanup(site: Site) -> bool:
    """Whether the static copies of the new pages are dropped."""
    return option(site, CONFIG_KEY, "remove_originals") is True or truthy(site.config.get("require_front_matter"))


def blacklisted(site: Site, page: Page) -> bool:
    """README, LICENSE ... stay static files unless ``include`` (a list) names them."""
    include = site.config.get("include")
    if isinstance(include, list) and site.entry_filter().included(page.relative_path):
        return False
    return page.basename.upper() in FILENAME_BLACKLIST


def generate(site: Site) -> None:
    """Add a page for every Markdown static file (Generator#generate)."""
    if disabled(site):
        return
    markdown_files = [f for f in site.static_files if is_markdown(site, f.extname)]
    kept = []
    for static_file in markdown_files:
        page = page_from_static_file(site, static_file)
        if not blacklisted(site, page):
            site.pages.append(page)
            kept.append(static_file)
    if cleanup(site):
        drop = {id(f) for f in kept}
        site.static_files = [f for f in site.static_files if id(f) not in drop]
