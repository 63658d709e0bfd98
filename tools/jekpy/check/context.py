"""What every check needs: the source, the configuration files as read, the Site, the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekpy.check.report import Report
from jekpy.check.yaml_positions import YamlDoc

if TYPE_CHECKING:
    from jekpy.site import Site


@dataclass
class ConfigFile:
    """One configuration file: its display name and parsed YAML (None when it did not parse)."""

    display: str
    path: Path
    doc: YamlDoc | None


@dataclass
class CheckContext:
    """Shared state of one check run.

    Attributes:
        source: the site folder.
        config_files: the ``--config`` files, or None for ``_config.yml``.
        overrides: configuration values from flags.
        report: where problems go.
        configs: the configuration files as parsed (set by the config checks).
        user_config: the merged configuration the site's files set (no defaults).
        origins: top-level key -> (file, line, col) of the file that set it last.
        site: the Site, when the configuration could be resolved.
        front_matter: relative path -> (data, YamlDoc) of every front matter that parsed.
        template_errors: (file, line) of Liquid errors already reported.
    """

    source: Path
    config_files: list[Path] | None
    overrides: dict
    report: Report
    environment: str = "production"
    configs: list[ConfigFile] = field(default_factory=list)
    user_config: dict = field(default_factory=dict)
    origins: dict[str, tuple[str, int | None, int | None]] = field(default_factory=dict)
    site: Site | None = None
    front_matter: dict[str, Any] = field(default_factory=dict)
    template_errors: set[tuple[str, int | None]] = field(default_factory=set)
    theme_unavailable: str | None = None
    #: (file, line) -> (col, message) of include tags naming a file that does not exist.
    pending_includes: dict[tuple[str, int], tuple[int, str]] = field(default_factory=dict)
    #: (file, line) of those the in-memory build actually rendered.
    reached_includes: set[tuple[str, int]] = field(default_factory=set)
    #: files Pages reads but does not build (unpublished, future posts) -> why.
    not_built: dict[str, str] = field(default_factory=dict)
    #: convert every Markdown text in the output check (slower; exact anchors everywhere).
    thorough: bool = False
    #: Markdown texts the output check left unconverted (markdown_links.Deferred).
    deferred: Any = None

    def origin(self, key: str) -> tuple[str, int | None, int | None]:
        """Where a top-level configuration key was set (file, line, col)."""
        if key in self.origins:
            return self.origins[key]
        first = self.configs[-1].display if self.configs else "_config.yml"
        return (first, None, None)

    def position(self, path: tuple) -> tuple[str, int | None, int | None]:
        """Where a (possibly nested) configuration key was set, searching files last first."""
        for cfg in reversed(self.configs):
            if cfg.doc is not None and tuple(path[:1]) in cfg.doc.positions:
                line, col = cfg.doc.where(path)
                return (cfg.display, line, col)
        return self.origin(str(path[0]))

    @property
    def jekpy_config(self) -> dict:
        """The ``jekpy:`` block of the configuration (ignored by Jekyll and Pages)."""
        value = self.user_config.get("jekpy")
        return value if isinstance(value, dict) else {}

    @property
    def ignore_missing(self) -> list[str]:
        """``jekpy: {check: {ignore_missing: [...]}}``: targets known to be absent."""
        value = self.check_config.get("ignore_missing")
        return [str(p) for p in value if p is not None] if isinstance(value, list) else []

    @property
    def check_config(self) -> dict:
        """``jekpy: {check: ...}``."""
        value = self.jekpy_config.get("check")
        return value if isinstance(value, dict) else {}
