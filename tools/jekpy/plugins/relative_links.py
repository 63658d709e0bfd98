"""jekyll-relative-links 0.6.1 (the version github-pages v232 pins): Markdown links to source
files become links to their URLs.

Source: benbalter/jekyll-relative-links v0.6.1 lib/jekyll-relative-links/generator.rb. Rules:

* priority ``lowest``; off with ``relative_links: {enabled: false}``; looks at ``site.pages``
  (plus the documents that are written, with ``relative_links: {collections: true}``) whose
  extension is Markdown and whose relative path does not match ``relative_links: {exclude:}``;
* the raw body (before Liquid; code spans and blocks included) is rewritten with LINK_REGEX:
  inline ``[text](path#fragment)`` or a reference definition line ``[text]: path#fragment``;
  fragment-only and absolute (scheme) links are left alone;
* ``path`` loses one leading ``/`` and is resolved against the folder of the document's
  relative path (so in 0.6.1 ``/x.md`` is relative to the document's folder too); it must
  equal the relative path of a page, static file or written document (taken once, when the
  first link is looked up); no percent-decoding, and a ``"title"`` after a path without
  fragment is part of the path (no match) - both changed in 0.7.0, which the oracle runs;
* the link becomes ``[text](relative_url(url)fragment)``; a reference definition becomes
  ``\\n[text]: relative_url(url)fragment``.
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING

from jekpy.entry_filter import EntryFilter
from jekpy.liquid.filters.uri import is_absolute, normalize
from jekpy.models import Page
from jekpy.plugins._common import is_markdown, option

if TYPE_CHECKING:
    from jekpy.site import Site

PRIORITY = "lowest"
CONFIG_KEY = "relative_links"

_S = r"[ \t\n\v\f\r]"  # Ruby's \s
_TEXT = r"(.*?)"
_FRAGMENT = r"(#.+?)?"
INLINE_LINK = rf"\[{_TEXT}\]\(([^\)]+?){_FRAGMENT}\)"
REFERENCE_LINK = rf"^{_S}*?\[{_TEXT}\]: (.+?){_FRAGMENT}{_S}*?$"
# Groups: 1 whole, 2-4 inline (text, path, fragment), 5-7 reference (text, path, fragment).
LINK_REGEX = re.compile(rf"({INLINE_LINK}|{REFERENCE_LINK})", re.MULTILINE)


class _Rewriter:
    """One run of the generator: the site, its baseurl and the lazily taken target list."""

    def __init__(self, site: Site):
        self.site = site
        self._targets: dict[str, object] | None = None

    def targets(self) -> dict[str, object]:
        """Relative path -> the first page, static file or written document with it.

        Taken once, at the first lookup, as upstream memoizes ``potential_targets``.
        """
        if self._targets is None:
            site = self.site
            docs = [d for c in site.collections.values() for d in c.docs if d.write]
            self._targets = {}
            for target in [*site.pages, *site.static_files, *docs]:
                self._targets.setdefault(target.relative_path.removeprefix("/"), target)
        return self._targets

    def relative_url(self, url: str) -> str:
        """Jekyll's ``relative_url`` filter: baseurl (without trailing slash) + url, normalized."""
        if is_absolute(url):
            return url
        base = self.site.config.get("baseurl")
        base = "" if base is None else str(base)
        base = base[:-1] if base.endswith("/") else base
        parts = [p if p.startswith("/") or not p else "/" + p for p in (base, url)]
        return normalize("".join(parts))

    def url_for_path(self, path: str) -> str | None:
        """The URL of the first target whose relative path is ``path``."""
        target = self.targets().get(path)
        if target is None or target.url is None:
            return None
        return self.relative_url(target.url)

    def rewrite(self, content: str, url_base: str) -> str:
        """Every replaceable link in ``content`` pointed at its target's URL."""

        def replace(match: re.Match) -> str:
            inline = match.group(2) is not None
            text, path, fragment = match.group(2, 3, 4) if inline else match.group(5, 6, 7)
            if not replaceable(path):
                return match.group(0)
            resolved = path_from_root(path, url_base)
            url = self.url_for_path(resolved) if resolved is not None else None
            if url is None:
                return match.group(0)
            url += fragment or ""
            return f"[{text}]({url})" if inline else f"\n[{text}]: {url}"

        return LINK_REGEX.sub(replace, content)


def replaceable(path: str) -> bool:
    """Not a fragment-only link and not an absolute URL."""
    return not path.startswith("#") and not is_absolute(path)


def path_from_root(path: str, url_base: str) -> str | None:
    """``File.expand_path(path without one leading /, url_base)`` relative to the source.

    None when the result leaves the source (upstream compares it with the working
    directory, which a site path never equals).
    """
    path = path[1:] if path.startswith("/") else path
    if path.startswith(("~", "/")):
        return None
    parts: list[str] = []
    for segment in [*url_base.split("/"), *path.split("/")]:
        if segment in ("", "."):
            continue
        if segment == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(segment)
    return "/".join(parts) or None


def excluded(site: Site, relative_path: str) -> bool:
    """``relative_links: {exclude: [...]}`` matched like Jekyll's ``exclude``."""
    patterns = option(site, CONFIG_KEY, "exclude")
    if not patterns:
        return False
    if not isinstance(patterns, list):
        patterns = [patterns]
    return EntryFilter(site.source, [], patterns, site.safe).excluded(relative_path)


def generate(site: Site) -> None:
    """Rewrite relative Markdown links (Generator#generate)."""
    if option(site, CONFIG_KEY, "enabled") is False:
        return
    items: list = list(site.pages)
    if option(site, CONFIG_KEY, "collections") is True:
        items += [d for c in site.collections.values() for d in c.docs if d.write]
    rewriter = _Rewriter(site)
    for item in items:
        ext = item.ext if isinstance(item, Page) else item.extname
        if not is_markdown(site, ext) or excluded(site, item.relative_path):
            continue
        if item.content is None:
            continue
        url_base = posixpath.dirname(item.relative_path)
        item.content = rewriter.rewrite(item.content, url_base)
