"""What a site is made of: layouts, pages, documents, static files, collections.

Plain data objects, filled by the reader and the generators; the renderer later sets
``content`` (converted) and ``output`` (final) on pages and documents, as Jekyll does
(jekyll/jekyll v3.10.0 lib/jekyll/page.rb, document.rb, static_file.rb, layout.rb). No I/O here.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HTML_EXTENSIONS = (".html", ".xhtml", ".htm")


@dataclass(eq=False)
class Layout:
    """A file of ``_layouts`` (site or theme); ``name`` is its path without the last extension."""

    name: str
    path: Path
    relative_path: str
    data: dict
    content: str
    body_line: int


@dataclass(eq=False)
class Page:
    """A page: a file outside collections with front matter (or made by a plugin).

    ``dir`` is Jekyll's: ``""`` for the source root, ``"/sub/dir"`` below it.
    """

    dir: str
    name: str
    path: Path | None
    data: dict
    content: str
    body_line: int = 1
    url: str = ""
    output_ext: str = ".html"
    output: str | None = None
    from_theme: bool = False
    pager: Any = None
    rendered: bool = False
    #: Defaults from ``defaults:`` that apply to this page (merged under data for Liquid).
    defaults: dict = field(default_factory=dict)

    @property
    def ext(self) -> str:
        """The source extension, with its dot."""
        return _extname(self.name)

    @property
    def basename(self) -> str:
        """The name without its extension."""
        return self.name[: len(self.name) - len(self.ext)] if self.ext else self.name

    @property
    def relative_path(self) -> str:
        """Path from the source root, without a leading slash."""
        parts = [p.strip("/") for p in (self.dir, self.name) if p and p.strip("/")]
        return "/".join(parts)  # File.join collapses the slashes between parts

    @property
    def html(self) -> bool:
        """Whether the output is an HTML file (``html_pages``, permalink suffixes)."""
        return self.output_ext in HTML_EXTENSIONS

    @property
    def index(self) -> bool:
        """Whether this is an ``index`` page."""
        return self.basename == "index"

    @property
    def url_dir(self) -> str:
        """``page.dir``: the URL's folder, ending in a slash."""
        if self.url.endswith("/"):
            return self.url
        head = self.url.rsplit("/", 1)[0]
        return head + "/" if not head.endswith("/") else head


@dataclass(eq=False)
class Excerpt:
    """A document's excerpt: the text before ``excerpt_separator``, rendered without layout."""

    doc: Document
    content: str
    output: str | None = None


@dataclass(eq=False)
class Document:
    """A file of a collection (``_posts``, ``_drafts``, ``_<label>``)."""

    collection: str
    path: Path
    relative_path: str
    data: dict
    content: str
    body_line: int = 1
    url: str = ""
    output_ext: str = ".html"
    output: str | None = None
    draft: bool = False
    excerpt: Excerpt | None = None
    write: bool = True
    rendered: bool = False
    #: Previous and next document of the same collection, set after sorting.
    previous: Document | None = None
    next: Document | None = None

    @property
    def collection_label(self) -> str:
        """The collection's label (``posts`` for posts and drafts)."""
        return self.collection

    @property
    def extname(self) -> str:
        """The source extension, with its dot."""
        return _extname(self.path.name)

    @property
    def basename(self) -> str:
        """The file name."""
        return self.path.name

    @property
    def basename_without_ext(self) -> str:
        """The file name without its extension."""
        name = self.path.name
        ext = self.extname
        return name[: len(name) - len(ext)] if ext else name

    @property
    def date(self) -> dt.datetime | None:
        """``data["date"]`` (the reader always sets it for posts)."""
        value = self.data.get("date")
        return value if isinstance(value, dt.datetime) else None

    @property
    def id(self) -> str:
        """Jekyll's document id: the URL's folder plus the slug (document.rb ``id``)."""
        url = self.url.rstrip("/") if len(self.url) > 1 else self.url
        folder = posixpath.dirname(url) or "."
        return posixpath.join(folder, str(self.data.get("slug") or self.basename_without_ext))


@dataclass(eq=False)
class StaticFile:
    """A file copied as is. ``dir`` is site-relative with a leading slash (or ``""``)."""

    dir: str
    name: str
    path: Path
    mtime: float
    modified_time: dt.datetime | None = None
    collection: str | None = None
    url: str = ""
    data: dict = field(default_factory=dict)
    write: bool = True

    @property
    def relative_path(self) -> str:
        """Jekyll's ``relative_path`` (it starts with ``/`` for files read from folders)."""
        return f"{self.dir}/{self.name}"

    @property
    def extname(self) -> str:
        """The extension, with its dot."""
        return _extname(self.name)

    @property
    def basename(self) -> str:
        """The name without its extension."""
        ext = self.extname
        return self.name[: len(self.name) - len(ext)] if ext else self.name

    @property
    def destination_rel(self) -> str:
        """Where it is written, relative to the destination."""
        if self.collection:
            folder = self.url.rsplit("/", 1)[0]
            return f"{folder}/{self.name}".lstrip("/")
        return f"{self.dir}/{self.name}".lstrip("/")


@dataclass(eq=False)
class Collection:
    """A collection: its label, its settings from ``collections:``, its documents and files."""

    label: str
    metadata: dict
    relative_directory: str
    directory: Path
    docs: list[Document] = field(default_factory=list)
    files: list[StaticFile] = field(default_factory=list)

    @property
    def output(self) -> bool:
        """Whether its documents are written (``output: true``)."""
        return bool(self.metadata.get("output", False))


def _extname(name: str) -> str:
    """Ruby's ``File.extname``: the last ``.ext``, none for dotfiles like ``.htaccess``."""
    base = name.rsplit("/", 1)[-1]
    stripped = base.lstrip(".")
    if "." not in stripped:
        return ""
    ext = "." + stripped.rsplit(".", 1)[1]
    return "" if ext == "." else ext
