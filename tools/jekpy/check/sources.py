"""The files of a site, as Jekyll's reader would see them, named and classified for checking.

Mirrors the walk in jekpy/reader.py (itself jekyll/jekyll v3.10.0 lib/jekyll/reader.rb) but
never stops at the first bad file: it only lists, the checks read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jekpy.front_matter import has_yaml_header

if TYPE_CHECKING:
    from jekpy.site import Site

DATA_EXTENSIONS = (".yml", ".yaml", ".json", ".csv", ".tsv")
# Files without front matter that may have been meant to have some (kind "text").
TEXT_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".html", ".htm")


@dataclass(frozen=True)
class SourceFile:
    """One file of the site.

    Attributes:
        rel: path relative to the site source (posix), or ``<theme>/...`` for a theme file.
        path: the absolute path.
        kind: ``page``, ``post``, ``draft``, ``document``, ``layout``, ``include``, ``data``, or
            ``text`` (a Markdown/HTML file without front matter: a static file).
        collection: the collection label for posts, drafts and documents.
        theme: whether the file comes from the theme gem (not the site's repository).
    """

    rel: str
    path: Path
    kind: str
    collection: str = ""
    theme: bool = False

    @property
    def front_matter_type(self) -> str:
        """The ``type`` Jekyll's ``defaults:`` scopes use for this file."""
        if self.kind == "page":
            return "pages"
        if self.kind in ("post", "draft"):
            return "posts" if self.kind == "post" else "drafts"
        return self.collection or self.kind


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in sorted(files) if not name.startswith("."))
    return found


def _rel(site: Site, path: Path) -> str:
    try:
        return path.relative_to(site.source).as_posix()
    except ValueError:
        root = site.theme.root if site.theme else path.parent
        return f"{root.name}/{path.relative_to(root).as_posix()}"


def layouts(site: Site) -> list[SourceFile]:
    """Layout files of the site, then the theme's."""
    result = []
    folders = [(site.in_source(str(site.config.get("layouts_dir") or "_layouts")), False)]
    if site.theme and site.theme.layouts_path:
        folders.append((site.theme.layouts_path, True))
    for folder, theme in folders:
        if folder.is_dir():
            result.extend(SourceFile(_rel(site, p), p, "layout", theme=theme) for p in _walk(folder))
    return result


def layout_names(site: Site) -> set[str]:
    """Names a ``layout:`` key may use (file name without its last extension)."""
    names = set()
    for item in layouts(site):
        folder = site.theme.layouts_path if item.theme and site.theme else site.in_source(
            str(site.config.get("layouts_dir") or "_layouts"))
        rel = item.path.relative_to(folder).as_posix()
        if "." in os.path.basename(rel):
            names.add(rel.rsplit(".", 1)[0])
    return names


def includes(site: Site) -> list[SourceFile]:
    """Include files of the site, then the theme's."""
    result = []
    for index, folder in enumerate(site.include_dirs):
        if folder.is_dir():
            result.extend(SourceFile(_rel(site, p), p, "include", theme=index > 0) for p in _walk(folder))
    return result


def data_files(site: Site) -> list[SourceFile]:
    """``_data`` files Jekyll reads (YAML, JSON, CSV, TSV)."""
    folder = site.in_source(str(site.config.get("data_dir") or "_data"))
    if not folder.is_dir():
        return []
    return [SourceFile(_rel(site, p), p, "data") for p in _walk(folder) if p.suffix.lower() in DATA_EXTENSIONS]


def documents(site: Site) -> list[SourceFile]:
    """Pages, posts, drafts and collection documents (files with front matter, or any post)."""
    result: list[SourceFile] = []
    _read_folder(site, "", result)
    for label, collection in site.collections.items():
        if label == "posts" or not collection.directory.is_dir():
            continue
        filt = site.entry_filter(collection.relative_directory)
        for path in _walk(collection.directory):
            rel = path.relative_to(collection.directory).as_posix()
            if filt.keep(rel) and has_yaml_header(path):
                result.append(SourceFile(_rel(site, path), path, "document", label))
    return result


def _read_folder(site: Site, folder: str, result: list[SourceFile]) -> None:
    base = site.in_source(folder)
    filt = site.entry_filter(folder)
    try:
        entries = filt.filter(sorted(os.listdir(base)))
    except OSError:
        return
    for magic, kind in (("_posts", "post"), ("_drafts", "draft")):
        special = base / magic
        if special.is_dir():
            sub = site.entry_filter(f"{folder}/{magic}")
            for path in _walk(special):
                if sub.keep(path.relative_to(special).as_posix()):
                    result.append(SourceFile(_rel(site, path), path, kind, "posts"))
    for name in entries:
        path = base / name
        if path.is_dir():
            if path.resolve() != site.dest:
                _read_folder(site, f"{folder}/{name}", result)
        elif has_yaml_header(path):
            result.append(SourceFile(_rel(site, path), path, "page"))
        elif path.suffix.lower() in TEXT_EXTENSIONS:
            result.append(SourceFile(_rel(site, path), path, "text"))
