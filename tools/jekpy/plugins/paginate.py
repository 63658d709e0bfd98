"""jekyll-paginate 1.1.0: ``paginate``, ``paginate_path`` and ``paginator``.

Source: jekyll/jekyll-paginate v1.1.0 lib/jekyll-paginate/pagination.rb and pager.rb. Rules:

* priority ``lowest``; runs when ``paginate`` is set (not nil) and the site has pages;
* the template is the page named exactly ``index.html`` whose folder is the folder of
  ``paginate_path`` or one of its ancestors (longest ``path`` wins); none: a warning;
* the posts are ``site.posts`` (newest first) without those whose ``hidden`` is truthy;
  ``ceil(posts / paginate)`` pagers (none at all without posts);
* pager 1 belongs to the template page; pager N > 1 to a copy of it read again from its
  file, whose folder is ``paginate_path`` with ``:num`` -> N (leading slash ensured), so its
  URL is that folder and its relative path ``<folder>/index.html``;
* ``previous_page_path``/``next_page_path``: page 1 is the template's URL, others the
  ``paginate_path`` with ``:num`` replaced - no baseurl.
"""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING, Any

from jekpy.errors import JekpyError
from jekpy.liquid.drops import document_drop

if TYPE_CHECKING:
    from jekpy.models import Document, Page
    from jekpy.site import Site

PRIORITY = "lowest"


def ruby_to_i(value: Any) -> int:
    """Ruby's ``to_i`` for the values ``paginate`` can hold (leading digits of a string)."""
    if isinstance(value, bool) or value is None:
        raise TypeError(f"undefined method `to_i' for {value!r}")
    if isinstance(value, (int, float)):
        return int(value)
    text = str(value).strip()
    sign = -1 if text.startswith("-") else 1
    digits = ""
    for char in text.lstrip("+-"):
        if not char.isdigit():
            break
        digits += char
    return sign * int(digits) if digits else 0


def ensure_leading_slash(path: str) -> str:
    """``/`` + path unless it starts with one."""
    return path if path.startswith("/") else "/" + path


def candidate(site: Site, page: Page) -> bool:
    """``index.html`` in the folder of ``paginate_path`` or above it (Pager.pagination_candidate?)."""
    if page.name != "index.html":
        return False
    source = str(site.source)
    path = str(page.data.get("path", page.relative_path))
    page_dir = os.path.dirname(os.path.normpath(os.path.join(source, ensure_leading_slash(path)[1:])))
    paginate_path = ensure_leading_slash(str(site.config.get("paginate_path")))[1:]
    folder = os.path.dirname(os.path.normpath(os.path.join(source, paginate_path)))
    while folder != os.path.dirname(folder):
        if page_dir == folder:
            return True
        folder = os.path.dirname(folder)
    return False


def template_page(site: Site) -> Page | None:
    """The candidate with the longest ``path`` (Pagination#template_page)."""
    found = [p for p in site.pages if candidate(site, p)]
    found.sort(key=lambda p: len(str(p.data.get("path", p.relative_path))), reverse=True)
    return found[0] if found else None


def paginate_path(site: Site, num_page: int | None) -> str | None:
    """The URL path of pager ``num_page`` (Pager.paginate_path)."""
    if num_page is None:
        return None
    if num_page <= 1:
        first = template_page(site)
        return first.url if first is not None else None
    return ensure_leading_slash(str(site.config.get("paginate_path")).replace(":num", str(num_page), 1))


class Pager:
    """One page of posts (Jekyll::Paginate::Pager)."""

    def __init__(self, site: Site, page: int, all_posts: list[Document], num_pages: int):
        self.site = site
        self.page = page
        self.per_page = ruby_to_i(site.config.get("paginate"))
        self.total_pages = num_pages
        if page > num_pages:
            raise RuntimeError(f"page number can't be greater than total pages: {page} > {num_pages}")
        start = (page - 1) * self.per_page
        last = min(start + self.per_page - 1, len(all_posts))
        self.posts = all_posts[start : last + 1]
        self.total_posts = len(all_posts)
        self.previous_page = page - 1 if page != 1 else None
        self.previous_page_path = paginate_path(site, self.previous_page)
        self.next_page = page + 1 if page != num_pages else None
        self.next_page_path = paginate_path(site, self.next_page)

    def to_liquid(self) -> dict:
        """The ``paginator`` hash."""
        return {
            "page": self.page,
            "per_page": self.per_page,
            "posts": [document_drop(self.site, d) for d in self.posts],
            "total_posts": self.total_posts,
            "total_pages": self.total_pages,
            "previous_page": self.previous_page,
            "previous_page_path": self.previous_page_path,
            "next_page": self.next_page,
            "next_page_path": self.next_page_path,
        }


def _truthy(value: Any) -> bool:
    return value is not None and value is not False


def paginate(site: Site, template: Page) -> None:
    """Give the template pager 1 and add a page for every further pager."""
    from jekpy import reader

    posts = [d for d in reversed(site.collections["posts"].docs) if not _truthy(d.data.get("hidden"))]
    per_page = ruby_to_i(site.config.get("paginate"))
    if per_page == 0:
        raise JekpyError(
            "Infinity (FloatDomainError while paginating)",
            path="_config.yml",
            hint="Set `paginate:` to the number of posts per page (1 or more).",
        )
    num_pages = max(math.ceil(len(posts) / per_page), 0)
    for num_page in range(1, num_pages + 1):
        pager = Pager(site, num_page, posts, num_pages)
        if num_page == 1:
            template.pager = pager
            continue
        folder = paginate_path(site, num_page) or ""
        # File.join collapses the slash between folder and name; keep it off the folder.
        page = reader.read_page(site, folder.rstrip("/"), template.name, template.path, template.from_theme)
        page.pager = pager
        site.pages.append(page)


def generate(site: Site) -> None:
    """Paginate ``site.posts`` over the template page (Pagination#generate)."""
    if site.config.get("paginate") is None or not site.pages:
        return
    template = template_page(site)
    if template is None:
        site.logger.warn(
            "Pagination:",
            "Pagination is enabled, but I couldn't find an index.html page to use as the "
            "pagination template. Skipping pagination.",
        )
        return
    paginate(site, template)
