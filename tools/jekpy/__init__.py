"""jekpy: GitHub Pages' Jekyll build, reimplemented in Python."""

from __future__ import annotations

__version__ = "0.1.0"

# The Jekyll version GitHub Pages runs; reported as `jekyll.version` and in generator tags.
JEKYLL_VERSION = "3.10.0"
