"""The library entry point: build a site from a folder, as ``jekpy build`` does."""

from __future__ import annotations

import os
import time
from pathlib import Path

from jekpy import config as config_mod
from jekpy.log import Logger
from jekpy.site import Site


def make_site(
    source: Path,
    destination: Path | None = None,
    config_files: list[Path] | None = None,
    overrides: dict | None = None,
    environment: str | None = None,
    logger: Logger | None = None,
    pages: bool = True,
) -> Site:
    """Resolve the configuration and make the Site object for one build (nothing read yet)."""
    source = Path(source).resolve()
    environment = environment or os.environ.get("JEKYLL_ENV") or "production"
    cfg = config_mod.load(source, config_files, overrides, environment, pages=pages)
    source = Path(cfg["source"])
    # Jekyll's default destination is ./_site in the working folder (configuration.rb DEFAULTS),
    # whatever the source; a `destination:` in the config is relative to the working folder too.
    dest = Path(destination) if destination else Path(str(cfg.get("destination") or "_site")).expanduser()
    if not dest.is_absolute():
        dest = Path.cwd() / dest
    cfg["destination"] = str(dest.resolve())
    return Site(cfg, source, dest, environment, logger or Logger(quiet=True))


def build(source: Path | str = ".", destination: Path | str | None = None, **kwargs) -> Site:
    """Build ``source`` into ``destination`` (default ``<source>/_site``) and return the Site."""
    site = make_site(Path(source), Path(destination) if destination else None, **kwargs)
    started = time.perf_counter()
    site.process()
    site.build_seconds = time.perf_counter() - started
    return site
