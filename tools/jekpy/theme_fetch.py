"""Download GitHub Pages themes into jekpy's per-user theme cache.

jekpy ships no theme files. `fetch_theme` downloads a theme that GitHub Pages bundles (at the
version github-pages v232 pins, lib/github-pages/dependencies.rb) from its public repository
as a zip archive, and `fetch_remote_theme` does the same for a ``remote_theme:`` repository at a
ref, the way jekyll-remote-theme 0.4.3 does (lib/jekyll-remote-theme/downloader.rb:
``https://codeload.<host>/<owner>/<name>/zip/<ref>``, the archive's top folder dropped).
Themes land in ``themes.search_path()[-1]`` (``~/.cache/jekpy/themes/<gem>/``), where
`jekpy.themes.find_theme` finds them. Nothing here runs unless asked: the build only reads the
cache; ``python -m jekpy.theme_fetch NAME...`` fills it.

``JEKPY_THEME_DOWNLOAD_URL`` replaces ``https://codeload.github.com`` (a mirror, or a
``file://`` folder in tests). Offline, a clear `JekpyError` says what to do instead.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from types import MappingProxyType

from jekpy.errors import JekpyError
from jekpy.themes import search_path

DEFAULT_BASE = "https://codeload.github.com"
MAX_BYTES = 1024 * 1024 * 1024
USER_AGENT = "jekpy theme fetch"
# gem -> (owner/repository, tag): the themes github-pages v232 bundles (plugins.rb THEMES and
# THEMES_TO_CONVERT_TO_REMOTE_THEMES; minima's tag for its gem version 2.5.1).
PAGES_THEMES = MappingProxyType({
    "jekyll-theme-primer": ("pages-themes/primer", "v0.6.0"),
    "jekyll-theme-architect": ("pages-themes/architect", "v0.2.0"),
    "jekyll-theme-cayman": ("pages-themes/cayman", "v0.2.0"),
    "jekyll-theme-dinky": ("pages-themes/dinky", "v0.2.0"),
    "jekyll-theme-hacker": ("pages-themes/hacker", "v0.2.0"),
    "jekyll-theme-leap-day": ("pages-themes/leap-day", "v0.2.0"),
    "jekyll-theme-merlot": ("pages-themes/merlot", "v0.2.0"),
    "jekyll-theme-midnight": ("pages-themes/midnight", "v0.2.0"),
    "jekyll-theme-minimal": ("pages-themes/minimal", "v0.2.0"),
    "jekyll-theme-modernist": ("pages-themes/modernist", "v0.2.0"),
    "jekyll-theme-slate": ("pages-themes/slate", "v0.2.0"),
    "jekyll-theme-tactile": ("pages-themes/tactile", "v0.2.0"),
    "jekyll-theme-time-machine": ("pages-themes/time-machine", "v0.2.0"),
    "minima": ("jekyll/minima", "v2.5.1"),
    # github-pages v232 lib/github-pages/plugins.rb THEMES_TO_CONVERT_TO_REMOTE_THEMES: no ref.
    "jekyll-swiss": ("broccolini/swiss", "HEAD"),
})
# What a theme gem ships (the gemspecs' ``files``): the rest of a repository is its demo site.
GEM_PARTS = ("_layouts", "_includes", "_sass", "assets")


def cache_root() -> Path:
    """The per-user theme cache (the last folder `find_theme` searches)."""
    return search_path()[-1]


def zip_url(owner_repo: str, ref: str, base: str | None = None) -> str:
    """The codeload URL of a repository's zip archive at ``ref``."""
    base = (base or os.environ.get("JEKPY_THEME_DOWNLOAD_URL") or DEFAULT_BASE).rstrip("/")
    return f"{base}/{owner_repo}/zip/{ref}"


def download_bytes(url: str, progress: Callable[[str], None], hint: str | None = None) -> bytes:
    """Download ``url`` whole with a progress line; offline, a `JekpyError` carrying ``hint``."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    chunks, size = [], 0
    try:
        with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310 - fixed schemes
            while True:
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_BYTES:
                    raise JekpyError(f"Maximum file size of {MAX_BYTES} bytes exceeded: {url}")
                chunks.append(chunk)
                progress(f"\r  downloading {url}: {size // 1024} KiB")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise JekpyError(
            f"Could not download {url}: {getattr(exc, 'reason', exc)}",
            hint=hint or ("jekpy needs the network once to fetch a theme. Offline, copy the theme's files "
                          f"into a folder of JEKPY_THEME_PATH or into {cache_root()}/<theme>/ yourself."),
        ) from None
    progress("\n")
    return b"".join(chunks)


def _extract(data: bytes, target: Path, parts: tuple[str, ...] | None) -> int:
    """Unzip without the archive's top folder (only ``parts`` and top-level files if given)."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            rel = PurePosixPath(*PurePosixPath(info.filename).parts[1:])
            if info.is_dir() or not rel.parts or ".." in rel.parts:
                continue
            if parts is not None and len(rel.parts) > 1 and rel.parts[0] not in parts:
                continue
            destination = target.joinpath(*rel.parts)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.read(info))
            count += 1
    return count


def install(name: str, url: str, parts: tuple[str, ...] | None,
            progress: Callable[[str], None]) -> Path:
    """Download ``url`` and unpack it as ``<cache>/<name>`` (replacing it atomically)."""
    data = download_bytes(url, progress)
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{PurePosixPath(name).name}-", dir=root))
    try:
        if _extract(data, staging, parts) == 0:
            raise JekpyError(f"The archive at {url} holds no theme files.")
        final = root / name
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            shutil.rmtree(final)
        staging.rename(final)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return final


def _stderr(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def fetch_theme(gem: str, progress: Callable[[str], None] = _stderr, base: str | None = None) -> Path:
    """Download one of Pages' bundled themes into the cache; returns its folder."""
    if gem not in PAGES_THEMES:
        raise JekpyError(f"{gem} is not one of the themes GitHub Pages bundles.",
                         hint="Known: " + ", ".join(sorted(PAGES_THEMES)))
    repo, tag = PAGES_THEMES[gem]
    progress(f"Theme: fetching {gem} {tag.lstrip('v')} from {repo}\n")
    return install(gem, zip_url(repo, tag, base), GEM_PARTS, progress)


def remote_theme_dir(owner: str, name: str, ref: str) -> str:
    """The cache entry of a remote theme: ``remote/<owner>/<name>@<ref>``."""
    return f"remote/{owner}/{name}@{ref}"


def fetch_remote_theme(owner: str, name: str, ref: str, progress: Callable[[str], None] = _stderr,
                       base: str | None = None) -> Path:
    """Download a ``remote_theme:`` repository at ``ref`` (whole repository, as the plugin does)."""
    progress(f"Remote Theme: fetching {owner}/{name}@{ref}\n")
    return install(remote_theme_dir(owner, name, ref), zip_url(f"{owner}/{name}", ref, base), None, progress)


def main(argv: list[str] | None = None) -> int:
    """``python -m jekpy.theme_fetch GEM... | owner/repo[@ref]...``."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        _stderr("usage: python -m jekpy.theme_fetch THEME_GEM|owner/repo[@ref] ...\n")
        return 2
    try:
        for arg in args:
            if "/" in arg:
                repo, _, ref = arg.partition("@")
                owner, name = repo.split("/", 1)
                path = fetch_remote_theme(owner.lower(), name.lower(), ref or "HEAD")
            else:
                path = fetch_theme(arg)
            _stderr(f"  saved in {path}\n")
    except JekpyError as exc:
        _stderr(f"Error: {exc}\n")
        if getattr(exc, "hint", None):
            _stderr(f"  {exc.hint}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
