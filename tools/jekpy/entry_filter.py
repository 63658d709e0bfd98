"""Which files the reader takes: include/exclude, dot- and underscore-files, backups, symlinks.

Source: jekyll/jekyll v3.10.0 lib/jekyll/entry_filter.rb. Patterns are matched against the
absolute path with Ruby's ``File.fnmatch?`` (``*`` also matches ``/``) or as a string prefix.
"""

from __future__ import annotations

import os
from fnmatch import fnmatchcase
from pathlib import Path

SPECIAL_LEADING_CHARACTERS = (".", "_", "#", "~")


class EntryFilter:
    """Filters directory entries for one base folder of a site.

    Args:
        source: the site source (absolute).
        include: ``include`` patterns (beat every other rule).
        exclude: ``exclude`` patterns, relative to the source.
        safe: refuse symlinks that point outside the source (safe mode, always on for Pages).
        base_directory: the folder the entries are in, relative to the source ("" for the root).
    """

    def __init__(self, source: Path, include: list, exclude: list, safe: bool, base_directory: str = ""):
        self.source = source
        self.source_str = str(source)
        self.include = [str(p) for p in include or []]
        self.exclude = [str(p) for p in exclude or []]
        self.safe = safe
        self.base_directory = base_directory.strip("/")

    def filter(self, entries: list[str]) -> list[str]:
        """The entries Jekyll keeps, in the order given."""
        return [entry for entry in entries if self.keep(entry)]

    def keep(self, entry: str) -> bool:
        """Whether one entry (a name, or a path below the base folder) is read."""
        if entry in (".", "..") or entry.endswith("/."):
            return False
        if self.symlink(entry):
            return False
        if self.included(entry):
            return True
        return not (self.special(entry) or self.backup(entry) or self.excluded(entry))

    def included(self, entry: str) -> bool:
        """Listed in ``include`` (by path or by name)."""
        return self._glob_include(self.include, entry) or self._glob_include(
            self.include, os.path.basename(entry)
        )

    @staticmethod
    def special(entry: str) -> bool:
        """Starts with ``.``, ``_``, ``#`` or ``~`` (the entry or its last part)."""
        base = os.path.basename(entry)
        return entry[:1] in SPECIAL_LEADING_CHARACTERS or base[:1] in SPECIAL_LEADING_CHARACTERS

    @staticmethod
    def backup(entry: str) -> bool:
        """An editor backup file (``name~``)."""
        return entry.endswith("~")

    def excluded(self, entry: str) -> bool:
        """Matches ``exclude``, with the entry taken relative to the source."""
        relative = f"{self.base_directory}/{entry}" if self.base_directory else entry
        return self._glob_include(self.exclude, relative)

    def symlink(self, entry: str) -> bool:
        """In safe mode, a symlink whose target lies outside the source."""
        if not self.safe:
            return False
        full = self._absolute(entry)
        if not os.path.islink(full):
            return False
        target = os.path.realpath(full)
        root = os.path.realpath(self.source_str)
        return not (target == root or target.startswith(root + os.sep))

    def _absolute(self, entry: str) -> str:
        if os.path.isabs(entry):
            return entry
        if self.base_directory:
            return os.path.join(self.source_str, self.base_directory, entry)
        return os.path.join(self.source_str, entry)

    def _glob_include(self, patterns: list[str], entry: str) -> bool:
        entry_path = os.path.join(self.source_str, entry.lstrip("/"))
        for pattern in patterns:
            item = os.path.join(self.source_str, pattern.lstrip("/"))
            if fnmatchcase(entry_path, item) or entry_path.startswith(item):
                return True
            if item.endswith("/") and entry_path + "/" == item:
                return True
        return False
