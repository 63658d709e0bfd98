"""One build: the site's state and the pipeline ``read, generate, render, write``.

Like Jekyll's ``Site#process`` (jekyll/jekyll v3.10.0 lib/jekyll/site.rb); each step lives in
its own module.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from jekpy import converters, dates, plugins, reader, render, writer
from jekpy.entry_filter import EntryFilter
from jekpy.errors import JekpyError
from jekpy.front_matter_defaults import FrontMatterDefaults
from jekpy.log import Logger
from jekpy.models import Collection, Document, Page, StaticFile
from jekpy.themes import Theme, find_theme


class Site:
    """Everything one build knows: configuration, what was read, what was made.

    Args:
        config: the effective configuration (config.load()).
        source: the site folder.
        dest: the destination folder.
        environment: JEKYLL_ENV (``jekyll.environment``).
        logger: where log lines go.
    """

    def __init__(self, config: dict, source: Path, dest: Path, environment: str, logger: Logger):
        self.config = config
        self.source = source.resolve()
        self.dest = dest.resolve() if dest.is_absolute() else (Path.cwd() / dest).resolve()
        self.environment = environment
        self.logger = logger
        self.safe = bool(config.get("safe"))
        self.zone = dates.local_zone(config.get("timezone"))
        self.time = self._build_time()
        self.permalink_style = str(config.get("permalink") or "date")
        self.markdown_exts = converters.markdown_extensions(config)
        self.defaults = FrontMatterDefaults(config.get("defaults"), self.source, config.get("collections_dir") or "")
        self.theme = self._theme()
        self.collections = self._collections()
        self.layouts: dict = {}
        self.pages: list[Page] = []
        self.static_files: list[StaticFile] = []
        self.data: dict = {}
        self.drop_cache: dict[int, Any] = {}
        #: Liquid render statistics per template when ``profile`` is on (path -> count, bytes, seconds).
        self.stats: dict[str, list] | None = {} if config.get("profile") else None
        self.current_document: Page | Document | None = None
        #: The enabled plugin modules, filled on first use by jekpy.plugins.
        self.plugin_modules: list | None = None
        self.render_excerpt = lambda excerpt: excerpt.content  # replaced while rendering

    def process(self) -> None:
        """Read, generate, render, write."""
        if self.config.get("relative_permalinks"):
            # site.rb relative_permalinks_are_deprecated (abort_with, same in 3.10)
            raise JekpyError(
                "Since v3.0, permalinks for pages in subfolders must be relative to the site source "
                "directory, not the parent directory. Check https://jekyllrb.com/docs/upgrading/ for more info.",
                path="_config.yml",
                hint="Remove `relative_permalinks` and write each permalink from the site root.",
            )
        plugins.after_init(self)
        reader.read(self)
        plugins.generate(self)
        render.render_site(self)
        writer.write_site(self)

    # -- configuration-derived values ------------------------------------------------
    def _build_time(self) -> dt.datetime:
        if self.config.get("time"):
            try:
                return dates.parse_date(self.config["time"], self.zone)
            except ValueError:
                raise JekpyError(
                    f"Invalid date '{self.config['time']}': Invalid time in _config.yml.",
                    path="_config.yml",
                    hint="Write `time:` as YYYY-MM-DD HH:MM:SS +/-TTTT.",
                ) from None
        return dt.datetime.now(self.zone)

    def _theme(self) -> Theme | None:
        name = self.config.get("theme")
        if not name:
            return None
        if self.config.get("remote_theme") and "jekyll-remote-theme" in self.config.get("plugins", []):
            try:
                return find_theme(name)
            except JekpyError:
                return None  # jekyll-remote-theme replaces the theme at after_init
        if not isinstance(name, str):
            self.logger.warn(
                "Theme:",
                f"value of 'theme' in config should be String to use gem-based themes, but got {type(name).__name__}",
            )
            return None
        return find_theme(name)

    def _collections(self) -> dict[str, Collection]:
        config = self.config.get("collections")
        if config is None:
            names: list = []
        elif isinstance(config, dict):
            names = list(config)
        elif isinstance(config, list):
            names = config
        else:
            raise JekpyError("Your `collections` key must be a hash or an array.", path="_config.yml")
        container = self.config.get("collections_dir") or ""
        result = {}
        for raw in names:
            label = "".join(ch for ch in str(raw) if ch.isalnum() or ch in "_-.")
            meta = config.get(raw) if isinstance(config, dict) else {}
            rel = f"_{label}"
            result[label] = Collection(label, dict(meta or {}), rel, self.in_source(os.path.join(container, rel)))
        return result

    # -- paths -----------------------------------------------------------------------------
    def in_source(self, relative: str) -> Path:
        """A path below the source, never above it (Jekyll.sanitized_path)."""
        clean = os.path.normpath("/" + str(relative).lstrip("/~")).lstrip("/")
        return self.source / clean if clean not in ("", ".") else self.source

    def relative_to_collections(self, path: Path) -> str:
        """A document's ``relative_path``: below ``collections_dir`` (or the source)."""
        container = self.config.get("collections_dir") or ""
        base = self.in_source(container) if container else self.source
        try:
            return str(path.relative_to(base)).replace(os.sep, "/")
        except ValueError:
            return str(path.relative_to(self.source)).replace(os.sep, "/")

    def entry_filter(self, base: str = "") -> EntryFilter:
        """An entry filter for a folder relative to the source."""
        return EntryFilter(self.source, self.config.get("include", []), self.config.get("exclude", []), self.safe, base)

    @property
    def include_dirs(self) -> list[Path]:
        """``_includes`` of the site, then of the theme."""
        dirs = [self.in_source(str(self.config.get("includes_dir") or "_includes"))]
        if self.theme and self.theme.includes_path:
            dirs.append(self.theme.includes_path)
        return dirs

    # -- views used by Liquid and plugins -----------------------------------------------
    def documents(self) -> list:
        """Every collection's documents and static files (``site.documents``, Site#documents)."""
        items: list = []
        for collection in self.collections.values():
            items.extend(collection.docs)
            items.extend(collection.files)
        return items

    def documents_for_link_tag(self) -> list:
        """Pages, documents and static files, for ``{% link %}`` and ``{% post_url %}``."""
        items: list = list(self.pages)
        for collection in self.collections.values():
            items.extend(collection.docs)
            items.extend(collection.files)
        items.extend(self.static_files)
        return items
