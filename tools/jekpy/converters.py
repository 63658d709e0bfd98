"""Which converter a file goes through and the extension its output gets.

Jekyll 3.10 picks the converters matching a file's extension (Markdown by ``markdown_ext``,
Sass for .scss/.sass, CoffeeScript for .coffee, Identity for everything) and takes the output
extension of the first non-identity one, unless the permalink names an extension
(jekyll/jekyll v3.10.0 lib/jekyll/renderer.rb ``output_ext``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jekpy.site import Site


def markdown_extensions(config: dict) -> frozenset[str]:
    """The lower-case extensions (with dots) handled as Markdown."""
    return frozenset("." + e.strip().lower() for e in str(config.get("markdown_ext", "")).split(",") if e.strip())


def kind(site: Site, ext: str) -> str:
    """``markdown``, ``sass``, ``scss``, ``coffee`` or ``identity`` for a source extension."""
    low = ext.lower()
    if low in site.markdown_exts:
        return "markdown"
    if low in (".scss", ".sass"):
        return low[1:]
    if low == ".coffee":
        return "coffee"
    return "identity"


# CoffeeScript is not compiled (see render.py), so .coffee keeps its extension.
CONVERTER_EXT = {"markdown": ".html", "sass": ".css", "scss": ".css"}


def output_ext(site: Site, ext: str, permalink: object = None) -> str:
    """The output extension: the permalink's own, else the converter's, else the source's."""
    if permalink and not str(permalink).endswith("/"):
        permalink_ext = os.path.splitext(str(permalink))[1]
        if permalink_ext:
            return permalink_ext
    return CONVERTER_EXT.get(kind(site, ext), ext)
