"""Finding a theme's files: ``theme:`` names a gem whose folder holds _layouts, _includes, _sass, assets.

jekpy cannot ship GitHub's theme files; it looks for ``<gem name>/`` in the folders named by
``JEKPY_THEME_PATH`` (os.pathsep-separated), then in the per-user cache
(``$XDG_CACHE_HOME/jekpy/themes``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from jekpy.errors import JekpyError


@dataclass(frozen=True)
class Theme:
    """A theme's root folder and the parts Jekyll uses (jekyll/jekyll v3.10.0 lib/jekyll/theme.rb)."""

    name: str
    root: Path

    def _part(self, name: str) -> Path | None:
        path = self.root / name
        return path if path.is_dir() else None

    @property
    def layouts_path(self) -> Path | None:
        return self._part("_layouts")

    @property
    def includes_path(self) -> Path | None:
        return self._part("_includes")

    @property
    def sass_path(self) -> Path | None:
        return self._part("_sass")

    @property
    def assets_path(self) -> Path | None:
        return self._part("assets")


def search_path() -> list[Path]:
    """Folders searched for themes, in order."""
    folders = [Path(p) for p in os.environ.get("JEKPY_THEME_PATH", "").split(os.pathsep) if p]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jekpy" / "themes"
    folders.append(cache)
    return folders


def find_theme(name: str) -> Theme:
    """The theme called ``name``.

    Raises:
        JekpyError: no folder of the search path has it.
    """
    for folder in search_path():
        root = folder / name
        if root.is_dir():
            return Theme(name, root.resolve())
    why = download(name)
    if isinstance(why, Path):
        return Theme(name, why.resolve())
    raise JekpyError(
        f"The {name} theme could not be found.",
        path="_config.yml",
        hint=(
            "jekpy looks for themes in the folders of JEKPY_THEME_PATH and in "
            f"{search_path()[-1]}{why}; put a copy of the theme's files in a folder named {name} there "
            f"(`python -m jekpy.theme_fetch {name}` downloads a GitHub Pages theme when online), "
            "or set `theme: null` to build without a theme."
        ),
    )


def download(name: str) -> Path | str:
    """Fetch one of GitHub Pages' themes into the cache on first use (not when JEKPY_NO_DOWNLOAD
    is set); the folder, or why not as text for the error message."""
    from jekpy import github_pages

    if name not in github_pages.THEMES:
        return " (GitHub Pages does not offer this theme)"
    if os.environ.get("JEKPY_NO_DOWNLOAD"):
        return " (downloads are off: JEKPY_NO_DOWNLOAD is set)"
    from jekpy.theme_fetch import fetch_theme

    try:
        return fetch_theme(name)
    except Exception as exc:  # noqa: BLE001 - any download failure becomes the message
        return f" (downloading it from GitHub failed: {exc})"
