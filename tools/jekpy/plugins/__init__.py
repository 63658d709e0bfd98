"""GitHub Pages' plugins: generators that run between reading and rendering, and Liquid tags.

Each plugin is a module of this package named after the gem (``jekyll-seo-tag`` ->
``seo_tag.py``) exposing any of:

* ``PRIORITY``: Jekyll generator priority (``highest`` 100, ``high`` 10, ``normal`` 0,
  ``low`` -10, ``lowest`` -100); generators run highest first, as in Jekyll.
* ``after_init(site)``: change the configuration before reading (jekyll-github-metadata's
  ``site.github`` and url/baseurl fallbacks run at Jekyll's ``:site, :after_init`` hook).
* ``generate(site)``: change the site after reading (add pages, set data).
* ``register_liquid(env, site)``: add Liquid tags or filters to the build's environment.
* ``post_render(site, item)``: change an item's ``output`` after rendering.

Only plugins that are enabled (``github_pages.enabled_plugins``) run.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from jekpy import github_pages

if TYPE_CHECKING:
    from jekpy.site import Site

PRIORITIES = {"highest": 100, "high": 10, "normal": 0, "low": -10, "lowest": -100}

# gem name -> module in this package; a gem missing here is whitelisted but not implemented.
MODULES = {
    "jekyll-github-metadata": "github_metadata",
    "jekyll-optional-front-matter": "optional_front_matter",
    "jekyll-readme-index": "readme_index",
    "jekyll-titles-from-headings": "titles_from_headings",
    "jekyll-default-layout": "default_layout",
    "jekyll-relative-links": "relative_links",
    "jekyll-paginate": "paginate",
    "jekyll-gist": "gist",
    "jekyll-seo-tag": "seo_tag",
    "jekyll-feed": "feed",
    "jekyll-sitemap": "sitemap",
    "jekyll-redirect-from": "redirect_from",
    "jekyll-mentions": "mentions",
    "jemoji": "jemoji",
    "jekyll-avatar": "avatar",
    "jekyll-include-cache": "include_cache",
    "jekyll-remote-theme": "remote_theme",
    "jekyll-coffeescript": "coffeescript",
    "jekyll-octicons": "octicons",
}


def enabled_modules(site: Site) -> list[ModuleType]:
    """The plugin modules this build runs, in configuration order (looked up once per site)."""
    cached = getattr(site, "plugin_modules", None)
    if cached is not None:
        return cached
    found = []
    for name in github_pages.enabled_plugins(site.config):
        module_name = MODULES.get(name)
        if module_name is None:
            continue
        try:
            found.append(importlib.import_module(f"jekpy.plugins.{module_name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"jekpy.plugins.{module_name}":
                raise
    site.plugin_modules = found
    return found


def _priority(module: ModuleType) -> int:
    value: Any = getattr(module, "PRIORITY", "normal")
    return PRIORITIES.get(value, value) if isinstance(value, str) else int(value)


def after_init(site: Site) -> None:
    """Run every enabled plugin's ``after_init`` hook, in configuration order."""
    for module in enabled_modules(site):
        if hasattr(module, "after_init"):
            module.after_init(site)


def generate(site: Site) -> None:
    """Run every enabled generator, highest priority first (stable for equal priorities)."""
    for name in github_pages.ignored_plugins(site.config):
        site.logger.warn("Plugin:", f"{name} is not on GitHub Pages' whitelist; skipped in safe mode.")
    modules = [m for m in enabled_modules(site) if hasattr(m, "generate")]
    for module in sorted(modules, key=_priority, reverse=True):
        module.generate(site)


def register_liquid(env: Any, site: Site) -> None:
    """Let enabled plugins add their Liquid tags and filters."""
    for module in enabled_modules(site):
        if hasattr(module, "register_liquid"):
            module.register_liquid(env, site)


def post_render(site: Site, item: Any) -> None:
    """Let enabled plugins rewrite an item's output after rendering."""
    for module in enabled_modules(site):
        if hasattr(module, "post_render"):
            module.post_render(site, item)
