"""Liquid views of the site: ``site``, ``page``, documents, static files, collections, ``jekyll``.

Each drop is a read-only ``Mapping`` whose values are looked up when asked for, because Jekyll's
drops delegate to live objects: a document's ``content`` is its converted HTML once it has been
rendered. Sources: jekyll/jekyll v3.10.0 lib/jekyll/drops/*.rb, page.rb ``to_liquid``,
site.rb ``post_attr_hash``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from jekpy import JEKYLL_VERSION
from jekpy.models import Collection, Document, Excerpt, Page, StaticFile
from jekpy.utils import deep_merge

if TYPE_CHECKING:
    from jekpy.site import Site


class Drop(Mapping):
    """A mapping of named computed values over fallback data (Jekyll's ``Drop``)."""

    # Jekyll::Drops::Drop is Enumerable but has no ``size``: Liquid's size filter gives 0.
    ruby_has_size = False

    def ruby_identity(self) -> int:
        """What Ruby's ``eql?``/``hash`` compare for this drop: Jekyll's drops define neither,
        so two drops are equal only when they are the same object, and Jekyll caches one drop
        per document, static file, collection and site (``to_liquid``)."""
        return id(self._wrapped())

    def _wrapped(self) -> object:
        return self

    def _methods(self) -> dict[str, Callable[[], Any]]:
        return {}

    def _fallback(self) -> Mapping:
        return {}

    def _table(self) -> dict[str, Callable[[], Any]]:
        """The computed values, built once per drop (every Liquid lookup goes through here)."""
        try:
            return self._method_table
        except AttributeError:
            self._method_table = self._methods()
            return self._method_table

    def __getitem__(self, key: str) -> Any:
        methods = self._table()
        if key in methods:
            return methods[key]()
        fallback = self._fallback()
        if key in fallback:
            return fallback[key]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return key in self._table() or key in self._fallback()

    def keys(self):  # noqa: D102 - Mapping API
        names = list(self._table())
        names += [k for k in self._fallback() if k not in names]
        return names

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def to_h(self) -> dict:
        """A plain dict of every key (``Drop#to_h``)."""
        return {key: self[key] for key in self.keys()}


class DocumentDrop(Drop):
    """A collection document (``DocumentDrop``)."""

    __slots__ = ("doc", "site")

    def _wrapped(self) -> object:
        return self.doc

    def __init__(self, doc: Document, site: Site):
        self.doc = doc
        self.site = site

    def _methods(self) -> dict[str, Callable[[], Any]]:
        doc = self.doc
        return {
            "collection": lambda: doc.collection,
            "excerpt": lambda: excerpt_output(self.site, doc),
            "previous": lambda: document_drop(self.site, doc.previous) if doc.previous else None,
            "next": lambda: document_drop(self.site, doc.next) if doc.next else None,
            "path": lambda: doc.relative_path,
            "relative_path": lambda: doc.relative_path,
            "id": lambda: doc.id,
            "url": lambda: doc.url,
            "output": lambda: doc.output,
            "content": lambda: doc.content,
        }

    def _fallback(self) -> Mapping:
        return self.doc.data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocumentDrop) and other.doc is self.doc

    def __hash__(self) -> int:
        return id(self.doc)

    def __str__(self) -> str:
        return self.doc.output or self.doc.content or "NO CONTENT"


class ExcerptDrop(DocumentDrop):
    """An excerpt: the document's data without layout and excerpt."""

    __slots__ = ("excerpt",)

    def __init__(self, excerpt: Excerpt, site: Site):
        super().__init__(excerpt.doc, site)
        self.excerpt = excerpt

    def _methods(self) -> dict[str, Callable[[], Any]]:
        methods = super()._methods()
        methods.update(
            {
                "excerpt": lambda: None,
                "layout": lambda: self.doc.data.get("layout"),
                "content": lambda: self.excerpt.content,
                "output": lambda: self.excerpt.output,
                "path": lambda: self.doc.relative_path + "/#excerpt",
                "relative_path": lambda: self.doc.relative_path + "/#excerpt",
                "id": lambda: self.doc.id + "#excerpt",
            }
        )
        return methods

    def _fallback(self) -> Mapping:
        return {k: v for k, v in self.doc.data.items() if k not in ("layout", "excerpt")}

    def __str__(self) -> str:
        return self.excerpt.output if self.excerpt.output is not None else self.excerpt.content


def excerpt_output(site: Site, doc: Document) -> str | None:
    """``page.excerpt``: the excerpt rendered (Liquid + converter, no layout) on first use."""
    excerpt = doc.excerpt
    if excerpt is None:
        value = doc.data.get("excerpt")
        return None if value is None else str(value)
    if excerpt.output is None:
        excerpt.output = site.render_excerpt(excerpt)
    return excerpt.output


def page_hash(page: Page) -> dict:
    """A page's Liquid hash: defaults < front matter < content, dir, name, path, url."""
    further = {
        "content": page.content,
        "dir": page.url_dir,
        "name": page.name,
        "path": page.data.get("path", page.relative_path),
        "url": page.url,
    }
    return deep_merge(page.defaults, deep_merge(page.data, further))


class StaticFileDrop(Drop):
    """A static file (``StaticFileDrop``)."""

    __slots__ = ("sf",)

    def _wrapped(self) -> object:
        return self.sf

    def __init__(self, sf: StaticFile):
        self.sf = sf

    def _methods(self) -> dict[str, Callable[[], Any]]:
        sf = self.sf
        return {
            "name": lambda: sf.name,
            "extname": lambda: sf.extname,
            "modified_time": lambda: sf.modified_time,
            "basename": lambda: sf.basename,
            "path": lambda: sf.relative_path,
            "collection": lambda: sf.collection,
        }

    def _fallback(self) -> Mapping:
        return self.sf.data


class CollectionDrop(Drop):
    """A collection (``CollectionDrop``)."""

    __slots__ = ("collection", "site")

    def _wrapped(self) -> object:
        return self.collection

    def __init__(self, collection: Collection, site: Site):
        self.collection = collection
        self.site = site

    def _methods(self) -> dict[str, Callable[[], Any]]:
        c = self.collection
        return {
            "output": lambda: c.output,
            "label": lambda: c.label,
            "docs": lambda: [document_drop(self.site, d) for d in c.docs],
            "files": lambda: [StaticFileDrop(f) for f in c.files],
            "directory": lambda: str(c.directory),
            "relative_directory": lambda: c.relative_directory,
        }

    def _fallback(self) -> Mapping:
        return self.collection.metadata

    def __str__(self) -> str:
        # CollectionDrop#to_s is docs.to_s: Ruby's inspect of the document list (collection_drop.rb)
        return "[" + ", ".join(
            f"#<Jekyll::Document {d.relative_path} collection={d.collection}>" for d in self.collection.docs
        ) + "]"


class SiteDrop(Drop):
    """``site``: config keys, data, pages, posts, collections ... (``SiteDrop``)."""

    __slots__ = ("site", "_cache")

    def _wrapped(self) -> object:
        return self.site

    def __init__(self, site: Site):
        self.site = site
        self._cache: dict[str, Any] = {}

    def _cached(self, key: str, make: Callable[[], Any]) -> Callable[[], Any]:
        def get() -> Any:
            if key not in self._cache:
                self._cache[key] = make()
            return self._cache[key]

        return get

    def _methods(self) -> dict[str, Callable[[], Any]]:
        site = self.site
        methods: dict[str, Callable[[], Any]] = {
            "data": lambda: site.config["data"] if site.config.get("data") else site.data,
            "time": lambda: site.time,
            "pages": lambda: [page_drop(site, p) for p in site.pages],
            "static_files": lambda: [StaticFileDrop(f) for f in site.static_files],
            "tags": lambda: post_attr_hash(site, "tags"),
            "categories": lambda: post_attr_hash(site, "categories"),
            "posts": self._cached(
                "posts", lambda: [document_drop(site, d) for d in reversed(site.collections["posts"].docs)]
            ),
            "html_pages": lambda: [page_drop(site, p) for p in site.pages if p.html or p.url.endswith("/")],
            "collections": self._cached(
                "collections",
                lambda: [CollectionDrop(c, site) for c in sorted(site.collections.values(), key=lambda c: c.label)],
            ),
            "documents": lambda: [
                document_drop(site, d) if isinstance(d, Document) else StaticFileDrop(d) for d in site.documents()
            ],
            "related_posts": lambda: related_posts(site),
            "config": lambda: None,
        }
        for label, collection in site.collections.items():
            if label != "posts":
                methods[label] = lambda c=collection: [document_drop(site, d) for d in c.docs]
        return methods

    def _fallback(self) -> Mapping:
        return self.site.config


def related_posts(site: Site) -> list | None:
    """Jekyll 3.10 without LSI: the ten most recent posts other than the current one."""
    current = site.current_document
    if not isinstance(current, Document):
        return None
    posts = [d for d in reversed(site.collections["posts"].docs) if d is not current]
    return [document_drop(site, d) for d in posts[:10]]


def post_attr_hash(site: Site, attr: str) -> dict[str, list]:
    """``site.tags`` / ``site.categories``: name to posts, newest first."""
    result: dict[str, list] = {}
    for doc in site.collections["posts"].docs:
        for name in doc.data.get(attr) or []:
            result.setdefault(name, []).append(doc)
    return {name: [document_drop(site, d) for d in reversed(docs)] for name, docs in result.items()}


class JekyllDrop(Drop):
    """``jekyll``: version (3.10.0, what Pages runs) and environment."""

    __slots__ = ("environment",)

    def __init__(self, environment: str):
        self.environment = environment

    def _methods(self) -> dict[str, Callable[[], Any]]:
        return {"version": lambda: JEKYLL_VERSION, "environment": lambda: self.environment}


def document_drop(site: Site, doc: Document) -> DocumentDrop:
    """The drop of a document (one per document per build)."""
    return site.drop_cache.setdefault(id(doc), DocumentDrop(doc, site))


def page_drop(site: Site, page: Page) -> dict:
    """A page's Liquid hash, taken when it is asked for (like Page#to_liquid)."""
    return page_hash(page)
