"""Compile Sass/SCSS the way GitHub Pages does (jekyll-sass-converter 1.5.2, Ruby Sass 3.7.4).

libsass evaluates the stylesheet; the CSS it writes is parsed back into a small tree and
written again with Ruby Sass's layout rules for the requested style (see ``docs/sass.md``).
"""
from __future__ import annotations

from .compile import compile_sass, resolve_style
from .errors import SassError, conversion_error

__all__ = ["SassError", "compile_sass", "conversion_error", "resolve_style"]
