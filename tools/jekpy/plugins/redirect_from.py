"""jekyll-redirect-from 0.16.0: ``redirect_from``, ``redirect_to`` and ``redirects.json``.

Rules from jekyll/jekyll-redirect-from v0.16.0 lib/jekyll-redirect-from/generator.rb,
redirect_page.rb, redirectable.rb and layout.rb:

* a ``redirect`` layout is added unless the site (or theme) has one; its output format is
  the gem's lib/jekyll-redirect-from/redirect.html (jekpy's copy: ``templates/redirect.html``);
* for every written document, then every page: each ``redirect_from`` entry (a string or a
  list; nil entries dropped) becomes a page named ``redirect.html`` with permalink = the entry
  (leading slash added), data ``sitemap: false``, ``layout: redirect``, and
  ``redirect: {from, to}`` where ``to`` is the item's URL made absolute;
* ``redirect_to`` (a string or the first non-nil entry of a list) turns the item itself into a
  redirect: its data gains the same keys (``permalink`` = its own URL) and its content is empty;
  a target that does not start with ``http://``/``https://`` is made absolute;
* every redirect is recorded in ``redirects.json`` (``{from: to}``, JSON) unless
  ``redirect_from.json`` is false or the source has a ``redirects.json``.
"""

from __future__ import annotations

import json
import re
from types import SimpleNamespace
from typing import TYPE_CHECKING

from jekpy import converters, documents, urls
from jekpy.liquid.filters.url import absolute_url
from jekpy.models import Layout, Page
from jekpy.plugins._values import truthy
from jekpy.plugins.feed import make_generated_page, template_text

if TYPE_CHECKING:
    from jekpy.site import Site

HTTP = re.compile(r"^https?://")


def _absolute(site: Site, path: object) -> str:
    """Jekyll's ``absolute_url`` with the site's url and baseurl, outside a render."""
    context = SimpleNamespace(env=SimpleNamespace(jekyll=SimpleNamespace(config=site.config)))
    return str(absolute_url(path, context=context))


def _liquid_data(item: object) -> dict:
    """What ``to_liquid`` shows of an item's front matter (defaults under data for pages)."""
    data = getattr(item, "data", {}) or {}
    if isinstance(item, Page):
        return {**item.defaults, **data}
    return data


def redirect_from(item: object) -> list:
    """The ``redirect_from`` entries of a page or document."""
    value = _liquid_data(item).get("redirect_from")
    values = value if isinstance(value, list) else [value]
    return [v for v in values if v is not None]


def redirect_to(item: object) -> object:
    """The ``redirect_to`` target of a page or document, or None."""
    value = _liquid_data(item).get("redirect_to")
    if isinstance(value, list):
        return next((v for v in value if v is not None), None)
    return value


def redirect_data(site: Site, source: str, target: object) -> dict:
    """The data a redirect gets: ``permalink``, ``redirect.from``/``to``, no sitemap."""
    source = str(source)
    source = source if source.startswith("/") else "/" + source
    target_text = str(target)
    to = target_text if HTTP.match(target_text) else _absolute(site, target)
    return {"sitemap": False, "layout": "redirect", "permalink": source,
            "redirect": {"from": source, "to": to}}


def _redirect_page(site: Site, data: dict) -> Page:
    """``RedirectPage``: a page named ``redirect.html`` in the source root, URL = permalink."""
    page = Page(dir="", name="redirect.html", path=None, data=data, content="")
    page.output_ext = converters.output_ext(site, page.ext, data["permalink"])
    page.url = urls.page_url(page, site.permalink_style)
    page.defaults = site.defaults.all(page.relative_path, "pages")
    return page


def _ensure_layout(site: Site) -> None:
    if "redirect" not in site.layouts:
        content = template_text("redirect.html")
        site.layouts["redirect"] = Layout(name="redirect", path=None, relative_path="_layouts/redirect.html",
                                          data={}, content=content, body_line=1)


def _items(site: Site) -> list:
    # The generator walks site.docs_to_write (which dates undated documents, as on Pages), then pages.
    return documents.docs_to_write(site) + list(site.pages)


def generate(site: Site) -> None:
    """Add the redirect pages, turn ``redirect_to`` items into redirects, write redirects.json."""
    _ensure_layout(site)
    redirects: dict[str, object] = {}
    for item in _items(site):
        for source in redirect_from(item):
            data = redirect_data(site, source, item.url)
            site.pages.append(_redirect_page(site, data))
            redirects[data["redirect"]["from"]] = data["redirect"]["to"]
        target = redirect_to(item)
        if truthy(target):
            data = redirect_data(site, item.url, target)
            item.data.update(data)
            item.content = ""
            redirects[data["redirect"]["from"]] = data["redirect"]["to"]
    if _json_wanted(site) and not site.in_source("redirects.json").exists():
        text = json.dumps(redirects, ensure_ascii=False, separators=(",", ":"))
        site.pages.append(make_generated_page(site, "redirects.json", text, {"layout": None}))


def _json_wanted(site: Site) -> bool:
    options = site.config.get("redirect_from")
    return not (isinstance(options, dict) and options.get("json") is False)
