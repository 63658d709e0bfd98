"""Reading the whole site: layouts, pages, static files, posts, drafts, collections, data.

Mirrors jekyll/jekyll v3.10.0 lib/jekyll/reader.rb and readers/*.rb: the source is walked
folder by folder through the entry filter; files whose first line is ``---`` become pages,
others static files; ``_posts``/``_drafts`` folders (at any depth) feed the posts collection;
each other collection reads ``_<label>``; the theme's layouts and assets fill in what the site
lacks.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from jekpy import converters, documents, urls
from jekpy.data import read_data
from jekpy.entry_filter import EntryFilter
from jekpy.errors import FrontMatterError, JekpyError
from jekpy.front_matter import decode, has_yaml_header, split
from jekpy.models import Collection, Layout, Page, StaticFile

if TYPE_CHECKING:
    from jekpy.site import Site

DATE_FILENAME_RE = re.compile(r"^(?:.+/)*(\d{2,4}-\d{1,2}-\d{1,2})-(.*)(\.[^.]+)$")
DATELESS_FILENAME_RE = re.compile(r"^(?:.+/)*(.*)(\.[^.]+)$")


def read(site: Site) -> None:
    """Fill ``site`` with everything in its source (Reader#read)."""
    site.layouts = read_layouts(site)
    read_directories(site, "")
    for collection in site.collections.values():
        if collection.label != "posts":
            read_collection(site, collection)
    for collection in site.collections.values():
        documents.sort_documents(collection.docs)
    limit_posts(site)
    site.pages.sort(key=lambda p: p.name)
    site.static_files.sort(key=lambda f: f.relative_path)
    site.data = read_data(site.in_source(site.config["data_dir"]), site.entry_filter(), site.source)
    read_theme_assets(site)
    documents.link_neighbours(site)


def read_file(site: Site, path: Path, display: str, lenient: bool = True):
    """Decode a file and split its front matter, with located errors.

    Bad front matter YAML is only a warning in Jekyll unless ``strict_front_matter`` is set
    (convertible.rb ``read_yaml``): the file is read with empty data and its body.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise JekpyError(
            f"could not read file {display}: {exc.strerror}",
            path=display,
            hint="Check the file's permissions.",
        ) from None
    text = decode(raw, display)
    try:
        return split(text, display)
    except FrontMatterError as exc:
        if site.config.get("strict_front_matter") or not lenient or not hasattr(exc, "parsed"):
            raise
        site.logger.warn("", exc.message)
        return exc.parsed


def limit_posts(site: Site) -> None:
    """Keep only the newest ``limit_posts`` posts (Site#limit_posts!)."""
    try:
        limit = int(site.config.get("limit_posts") or 0)
    except (TypeError, ValueError):
        limit = 0
    if limit < 0:
        raise JekpyError("limit_posts must be a non-negative number", path="_config.yml")
    posts = site.collections["posts"]
    if limit > 0:
        posts.docs = posts.docs[-limit:]


def read_layouts(site: Site) -> dict[str, Layout]:
    """``_layouts`` of the site, then the theme's for names the site lacks (LayoutReader)."""
    layouts: dict[str, Layout] = {}
    folders = [(site.in_source(site.config["layouts_dir"]), site.source)]
    if site.theme and site.theme.layouts_path:
        folders.append((site.theme.layouts_path, site.theme.root))
    for folder, root in folders:
        if not folder.is_dir():
            continue
        filt = EntryFilter(folder, site.config.get("include", []), [], site.safe)
        for rel in _files_below(folder, filt):
            if "." not in os.path.basename(rel):
                continue
            name = ".".join(rel.split(".")[:-1])
            if name in layouts:
                continue
            path = folder / rel
            relative_path = "/" + str(path.relative_to(root)).replace(os.sep, "/")
            parsed = read_file(site, path, relative_path.lstrip("/"))
            layouts[name] = Layout(name, path, relative_path, parsed.data, parsed.content, parsed.body_line)
    return layouts


def _files_below(folder: Path, filt: EntryFilter) -> list[str]:
    """Files below ``folder`` (Ruby's ``Dir["**/*"]``: no dot-folders or dotfiles), relative,
    kept by the entry filter, sorted."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            rel = os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/")
            if filt.keep(rel):
                found.append(rel)
    return found


def read_directories(site: Site, folder: str) -> None:
    """Read one folder of the source and recurse (Reader#read_directories)."""
    base = site.in_source(folder)
    if not base.is_dir():
        return
    filt = site.entry_filter(folder)
    # Dir.entries order (the file system's, unsorted), as Jekyll reads it: pages are later sorted
    # by name only, so pages sharing a name keep this order (reader.rb read_directories).
    entries = filt.filter(os.listdir(base))
    dirs = [e for e in entries if (base / e).is_dir()]
    files = [e for e in entries if e not in dirs]
    read_posts(site, folder)
    for name in dirs:
        child = base / name
        if child.resolve() == site.dest.resolve():
            continue
        read_directories(site, f"{folder}/{name}")
    for name in files:
        path = base / name
        if has_yaml_header(path):
            page = read_page(site, folder, name, path)
            if documents.publishable_page(site, page):
                site.pages.append(page)
        else:
            site.static_files.append(make_static_file(site, folder, name, path))


def read_page(site: Site, folder: str, name: str, path: Path, from_theme: bool = False) -> Page:
    """A page from a file with front matter, its defaults merged, its URL set."""
    display = f"{folder}/{name}".lstrip("/")
    parsed = read_file(site, path, display)
    page = Page(dir=folder, name=name, path=path, data={}, content=parsed.content, body_line=parsed.body_line)
    page.from_theme = from_theme
    page.defaults = site.defaults.all(page.relative_path, "pages")
    # A page's data is its front matter; defaults answer only for keys it lacks (page.rb sets a
    # default_proc), so `layout: null` means no layout even when a default names one.
    page.data = dict(parsed.data)
    for key, value in page.defaults.items():
        page.data.setdefault(key, value)
    documents.validate_permalink(page.data, display)
    page.output_ext = converters.output_ext(site, page.ext, page.data.get("permalink"))
    page.url = urls.page_url(page, site.permalink_style)
    return page


def make_static_file(site: Site, folder: str, name: str, path: Path, collection: Collection | None = None) -> StaticFile:
    """A static file with its mtime, defaults and URL."""
    mtime = path.stat().st_mtime
    sf = StaticFile(dir=folder, name=name, path=path, mtime=mtime)
    sf.modified_time = datetime.datetime.fromtimestamp(mtime, site.zone)
    if collection is not None:
        sf.collection = collection.label
    sf.data = site.defaults.all(sf.relative_path, sf.collection)
    if collection is not None:
        template = urls.collection_url_template(collection.metadata, site.permalink_style)
        sf.url = urls.static_file_url(sf, template, collection.relative_directory)
    else:
        sf.url = urls.static_file_url(sf, None, "")
    defaults_for_url = site.defaults.all(sf.url, sf.collection)
    sf.write = defaults_for_url.get("published", True) is not False
    return sf


def read_posts(site: Site, folder: str) -> None:
    """``_posts`` (and ``_drafts`` with --drafts) of one folder into the posts collection."""
    collections_dir = site.config.get("collections_dir") or ""
    if collections_dir and not folder.startswith(f"/{collections_dir}"):
        return
    posts = site.collections["posts"]
    posts.docs.extend(read_publishable(site, folder, "_posts", DATE_FILENAME_RE))
    if site.config.get("show_drafts"):
        posts.docs.extend(read_publishable(site, folder, "_drafts", DATELESS_FILENAME_RE))


def read_publishable(site: Site, folder: str, magic: str, matcher: re.Pattern) -> list:
    """Posts or drafts of one folder that will be published."""
    base = site.in_source(f"{folder}/{magic}")
    if not base.is_dir():
        return []
    filt = site.entry_filter(f"{folder}/{magic}")
    found = []
    for rel in _files_below(base, filt):
        if not matcher.match(rel):
            continue
        path = base / rel
        doc = documents.read_document(site, path, site.collections["posts"], draft=(magic == "_drafts"))
        if doc is not None and documents.publishable(site, doc):
            found.append(doc)
    return found


def read_collection(site: Site, collection: Collection) -> None:
    """A custom collection's folder: documents and static files (Collection#read)."""
    base = collection.directory
    if not base.is_dir():
        return
    filt = site.entry_filter(collection.relative_directory)
    for root, dirs, files in os.walk(base):
        dirs.sort()
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(root, name), base).replace(os.sep, "/")
            if not filt.keep(rel):
                continue
            path = base / rel
            if has_yaml_header(path):
                doc = documents.read_document(site, path, collection)
                if doc is not None and (site.config.get("unpublished") or doc.data.get("published") is not False):
                    collection.docs.append(doc)
            else:
                folder = os.path.dirname(f"{collection.relative_directory}/{rel}")
                collection.files.append(make_static_file(site, folder, name, path, collection))


def read_theme_assets(site: Site) -> None:
    """The theme's ``assets`` folder: pages and static files the site does not have itself."""
    theme = site.theme
    if not theme or not theme.assets_path:
        return
    have_pages = {p.relative_path for p in site.pages}
    have_static = {f.relative_path for f in site.static_files}
    for root, dirs, files in os.walk(theme.assets_path):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if path.is_symlink():
                site.logger.warn("Theme reader:", f"Ignored symlinked asset: {path}")
                continue
            folder = "/" + os.path.relpath(root, theme.root).replace(os.sep, "/")
            if has_yaml_header(path):
                page = read_page(site, folder.lstrip("/"), name, path, from_theme=True)
                if page.relative_path not in have_pages:
                    site.pages.append(page)
            else:
                sf = make_static_file(site, folder, name, path)
                if sf.relative_path not in have_static:
                    site.static_files.append(sf)
