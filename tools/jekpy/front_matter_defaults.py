"""``defaults:`` in ``_config.yml``: values applied by path and type scope.

Source: jekyll/jekyll v3.10.0 lib/jekyll/frontmatter_defaults.rb. A set applies when its
``scope.path`` is an ancestor of the file's path (globs allowed) and its ``scope.type``
matches; more specific paths win, and a type beats no type at equal path length.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path, PurePosixPath

from jekpy.utils import deep_merge

DEPRECATED_TYPES = {"page": "pages", "post": "posts", "draft": "drafts"}


class FrontMatterDefaults:
    """The ``defaults`` sets of one configuration, ready to match."""

    def __init__(self, sets: object, source: Path, collections_dir: str = ""):
        self.source = source
        self.collections_dir = collections_dir or ""
        self.sets = [self._normalise(s) for s in sets if self._valid(s)] if isinstance(sets, list) else []

    @staticmethod
    def _valid(entry: object) -> bool:
        return isinstance(entry, dict) and isinstance(entry.get("values"), dict)

    @staticmethod
    def _normalise(entry: dict) -> dict:
        scope = entry.get("scope")
        if isinstance(scope, dict) and "type" in scope:
            scope = dict(scope)
            scope["type"] = DEPRECATED_TYPES.get(scope["type"], scope["type"])
            entry = dict(entry, scope=scope)
        return entry

    def all(self, path: str, type_: str | None) -> dict:
        """Every default value for a file, merged by precedence."""
        merged: dict = {}
        old_scope = None
        for entry in self._matching(path, type_):
            scope = entry.get("scope") or {}
            if self._has_precedence(old_scope, scope):
                merged = deep_merge(merged, entry["values"])
                old_scope = scope
            else:
                merged = deep_merge(entry["values"], merged)
        return merged

    def _matching(self, path: str, type_: str | None) -> list[dict]:
        return [
            entry
            for entry in self.sets
            if not isinstance(entry.get("scope"), dict) or self._applies(entry["scope"], path, type_)
        ]

    def _applies(self, scope: dict, path: str, type_: str | None) -> bool:
        return self._applies_path(scope, path) and ("type" not in scope or scope["type"] == (type_ or ""))

    def _applies_path(self, scope: dict, path: str) -> bool:
        scope_path = scope.get("path")
        if not scope_path:
            return True
        target = PurePosixPath(_sanitize(path))
        if "*" in str(scope_path):
            for found in glob.glob(os.path.join(str(self.source), str(scope_path))):
                rel = os.path.relpath(found, self.source)
                if _is_subpath(target, self._strip_collections_dir(rel)):
                    return True
            return False
        return _is_subpath(target, self._strip_collections_dir(str(scope_path)))

    def _strip_collections_dir(self, path: str) -> str:
        prefix = f"{self.collections_dir}/"
        if not self.collections_dir or not path.startswith(prefix):
            return path
        return path.replace(prefix, "", 1)

    @staticmethod
    def _has_precedence(old: dict | None, new: dict) -> bool:
        if old is None:
            return True
        new_path = _sanitize(new.get("path"))
        old_path = _sanitize(old.get("path"))
        if len(new_path) != len(old_path):
            return len(new_path) >= len(old_path)
        if "type" in new:
            return True
        return "type" not in old


def _sanitize(path: object) -> str:
    if not path:
        return ""
    text = str(path)
    return text[1:] if text.startswith("/") else text


def _is_subpath(path: PurePosixPath, parent: str) -> bool:
    parent = str(PurePosixPath(parent)) if parent else parent
    candidates = [str(path), *(str(p) for p in path.parents)]
    return parent in candidates
