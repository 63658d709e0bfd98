"""Resolve ``@import``s ourselves so every imported SCSS file passes through
:func:`.source.rewrite_source` too.

Resolution follows Ruby Sass 3.7's filesystem importer: the importing file's folder first (not
for the top-level stylesheet, which Jekyll compiles from a string), then each load path in
order; for ``name`` the candidates are ``name.scss``, ``_name.scss``, ``name.sass``,
``_name.sass``.  libsass reads any source an importer returns as SCSS, so a rewritten
indented-syntax file is handed over as a temporary ``.sass`` file instead (its own imports
still resolve against the original folder).  Plain-CSS imports (``.css``, ``url()``, ``http:``)
are left to libsass; any other name not found is an error, as in Ruby Sass (libsass would
also look in the working directory and import ``name.css`` files).
"""
from __future__ import annotations

import itertools
import os
import re

from .colors import alpha_hex_table
from .extend_order import split_extends, split_extends_indented
from .extend_unify import extend_targets
from .indented import rewrite_indented
from .media_lists import static_values
from .source import rewrite_source

_EXTENSIONS = (".scss", ".sass")


def _candidates(name: str):
    """File names Ruby Sass tries for an import of ``name``."""
    head, base = os.path.split(name)
    if base.endswith(_EXTENSIONS):
        yield name
        yield os.path.join(head, "_" + base)
        return
    for ext in _EXTENSIONS:
        yield name + ext
        yield os.path.join(head, "_" + base + ext)


_MEDIA_IMPORT = re.compile(r"@import\s+([\"'])([^\"']+)\1\s+[^\s;,][^;]*;")


def media_imports(text: str) -> set[str]:
    """Names imported with a media query (``@import "x" screen;``): plain CSS imports."""
    return {m.group(2) for m in _MEDIA_IMPORT.finditer(text)}


def _plain_css(name: str) -> bool:
    """Imports Sass leaves as CSS ``@import``s."""
    return name.endswith(".css") or "://" in name or name.startswith("url(")


def find_import(name: str, previous: str, load_paths: list[str]) -> str | None:
    """The file an ``@import name`` inside ``previous`` refers to, or None."""
    if _plain_css(name):
        return None
    dirs = []
    if previous and previous != "stdin" and os.path.isabs(previous):
        dirs.append(os.path.dirname(previous))
    dirs.extend(load_paths)
    for folder in dirs:
        found = _find_in(folder, name)
        if found:
            return found
    return None


def _find_in(folder: str, name: str) -> str | None:
    """``name`` in one folder; a folder ``name`` (no extension) means its ``index`` file
    (``Filesystem#find_real_file`` in ``lib/sass/importers/filesystem.rb``)."""
    for candidate in _candidates(name):
        path = os.path.join(folder, candidate)
        if os.path.isfile(path):
            return os.path.abspath(path)
    if not name.endswith(_EXTENSIONS) and os.path.isdir(os.path.join(folder, name)):
        return _find_in(os.path.join(folder, name), "index")
    return None


class Importer:
    """A libsass importer callback ``(path, prev) -> [(file, source)] | None`` that
    rewrites every Sass file it loads and notes whether any of them uses ``@extend``.
    ``scratch`` is a temporary folder for rewritten ``.sass`` files."""

    def __init__(self, load_paths: list[str], compressed: bool, markers: bool,
                 tag_counter=None, scratch: str | None = None):
        self.load_paths = load_paths
        self.options = (compressed, markers)
        self.tag_counter = tag_counter
        self.scratch = scratch
        self.origin: dict[str, str] = {}
        self._numbers = itertools.count()
        self.saw_extend = False
        self.helper = False
        self.values = True
        self.missing: str | None = None
        self.css_names: set[str] = set()
        self.alpha_hex: dict = {}
        self.static_values: set[str] = set()
        self.extend_targets: set[str] = set()

    def original(self, path: str) -> str:
        """The real file behind a temporary copy (or ``path`` itself)."""
        return self.origin.get(path, path)

    def __call__(self, name: str, previous: str):
        if _plain_css(name) or name in self.css_names:
            return None
        path = find_import(name, self.original(previous), self.load_paths)
        if path is None:
            self.missing = name
            raise LookupError(name)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        self.css_names |= media_imports(text)
        self.saw_extend = self.saw_extend or "@extend" in text
        extend_targets(text, self.extend_targets)
        if path.endswith(".sass"):
            alpha_hex_table(text, self.alpha_hex)
            return self._indented(path, text)
        alpha_hex_table(static_values(text, self.static_values), self.alpha_hex)
        if self.tag_counter is not None:
            text = split_extends(text, self.tag_counter)
        return [(path, rewrite_source(text, *self.options, helper=self.helper,
                                      values=self.values))]

    def _indented(self, path: str, text: str):
        if self.scratch is None or not self.values:
            return None
        folder = os.path.join(self.scratch, str(next(self._numbers)))
        os.makedirs(folder)
        copy = os.path.join(folder, os.path.basename(path))
        if self.tag_counter is not None:
            text = split_extends_indented(text, self.tag_counter)
        with open(copy, "w", encoding="utf-8") as handle:
            handle.write(rewrite_indented(text, *self.options))
        self.origin[copy] = path
        return [(copy,)]
