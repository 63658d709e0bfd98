"""jekyll-seo-tag 2.8.0's smaller drops: the author, the image and the JSON-LD object.

Rules from jekyll/jekyll-seo-tag v2.8.0 lib/jekyll-seo-tag/author_drop.rb, image_drop.rb and
json_ld_drop.rb; the page-level values they read come from `jekpy.plugins.seo_tag.SeoData`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from jekpy.liquid.ruby import to_s
from jekpy.plugins._values import dig, first, is_absolute_url, truthy

if TYPE_CHECKING:
    from jekpy.plugins.seo_tag import SeoData

VALID_ENTITY_TYPES = ("BlogPosting", "CreativeWork")
VALID_AUTHOR_TYPES = ("Organization", "Person")


class AuthorData(Mapping):
    """author_drop.rb: ``page.author``, first of ``page.authors``, ``site.author``."""

    def __init__(self, page: Mapping, site: Mapping) -> None:
        sources = [page.get("author")]
        authors = page.get("authors")
        if isinstance(authors, list):
            sources.append(authors[0] if authors else None)
        sources.append(site.get("author"))
        resolved = next((s for s in sources if to_s(s) != ""), None)
        if isinstance(resolved, Mapping):
            self.hash: Mapping = resolved
        elif isinstance(resolved, str):
            extra: Mapping = {}
            data_authors = dig(site, "data", "authors")
            if isinstance(data_authors, Mapping) and isinstance(data_authors.get(resolved), Mapping):
                extra = data_authors[resolved]
            self.hash = {"name": resolved, **extra}
        else:
            self.hash = {}

    @property
    def name(self) -> object:
        """The author's name."""
        return self.hash.get("name")

    @property
    def twitter(self) -> str | None:
        """``twitter`` (or the name) without a leading ``@``."""
        value = first(self.hash.get("twitter"), self.hash.get("name"))
        return re.sub(r"^@", "", value, count=1) if isinstance(value, str) else None

    def __getitem__(self, key: str) -> object:
        """``name``, ``twitter`` or any other author field (``url``, ``type``...)."""
        if key == "twitter":
            return self.twitter
        return self.hash[key]

    def __iter__(self):
        return iter(["twitter", *self.hash])

    def __len__(self) -> int:
        return len(list(iter(self)))


class ImageData(Mapping):
    """image_drop.rb: ``image`` as a string or a hash with ``path``/``facebook``/``twitter``."""

    def __init__(self, seo: SeoData) -> None:
        meta = seo.page.get("image")
        if isinstance(meta, Mapping):
            self.hash: dict = {"path": None, **meta}
        elif isinstance(meta, str):
            self.hash = {"path": meta}
        else:
            self.hash = {"path": None}
        raw = first(self.hash.get("path"), self.hash.get("facebook"), self.hash.get("twitter"))
        self.path: object = None
        if truthy(raw):
            absolute = raw
            if isinstance(raw, str) and is_absolute_url(raw) is False:
                absolute = seo.filter("absolute_url", raw)
            if truthy(absolute):
                self.path = seo.filter("uri_escape", absolute)

    def __getitem__(self, key: str) -> object:
        """``image.path`` (escaped, absolute) or another field of the image hash."""
        return self.path if key == "path" else self.hash[key]

    def __iter__(self):
        return iter(self.hash)

    def __len__(self) -> int:
        return len(self.hash)

    def json(self) -> object:
        """JSON-LD ``image``: the path alone, or the fields + ``url`` + ``@type``."""
        if len(self.hash) == 1:
            return self.path
        result = {k: v for k, v in self.hash.items() if k != "path"}
        result["url"] = self.path
        result["@type"] = "imageObject"
        return result


# -- JSON-LD ---------------------------------------------------------------------------------

def json_ld(seo: SeoData) -> dict:
    """json_ld_drop.rb: the non-nil fields, keys sorted (``to_json``)."""
    author = seo.author
    image = seo.image
    fields: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": seo.type,
        "author": _json_author(author),
        "dateModified": seo.date_modified(),
        "datePublished": seo.date_published(),
        "description": seo.description,
        "headline": seo.page_title,
        "image": image.json() if image is not None else None,
        "mainEntityOfPage": ({"@type": "WebPage", "@id": seo.canonical_url}
                             if seo.type in VALID_ENTITY_TYPES else None),
        "name": seo.name,
        "publisher": _json_publisher(seo),
        "sameAs": seo.links(),
        "url": seo.canonical_url,
    }
    return {key: fields[key] for key in sorted(fields) if fields[key] is not None}


def _json_author(author: AuthorData) -> dict | None:
    if not truthy(author.name):
        return None
    kind = author.get("type")
    if truthy(kind) and kind not in VALID_AUTHOR_TYPES:
        return None
    result: dict[str, object] = {"@type": kind if truthy(kind) else "Person", "name": author.name}
    if truthy(author.get("url")):
        result["url"] = author.get("url")
    return result


def _json_publisher(seo: SeoData) -> dict | None:
    logo = seo.logo()
    if not truthy(logo):
        return None
    result: dict[str, object] = {"@type": "Organization", "logo": {"@type": "ImageObject", "url": logo}}
    if truthy(seo.author.name):
        result["name"] = seo.author.name
    return result
