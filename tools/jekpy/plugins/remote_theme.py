"""jekyll-remote-theme 0.4.3: ``remote_theme: owner/name[@ref]`` uses a GitHub repository as theme.

Rules from benbalter/jekyll-remote-theme v0.4.3 lib/jekyll-remote-theme/theme.rb and munger.rb:
the value is lowercased and stripped; ``owner/name`` or ``owner/name@ref`` (owner
``[a-z0-9-]+``, name ``[a-z0-9._-]+``, ref ``[a-z0-9._-]+``, default ``HEAD``), or an
``http(s)://<host>/owner/name[@ref]`` URL whose host is github.com, ``$PAGES_GITHUB_HOSTNAME`` or
``$GITHUB_HOSTNAME``. An invalid value is logged as an error and ignored. A valid one becomes
the site's theme (``theme`` = the repository name); its gemspec's dependencies that are on the
whitelist are loaded as plugins (mock_gemspec.rb, ``require_theme_deps``).

jekpy never downloads during a build unless ``JEKPY_REMOTE_THEME_DOWNLOAD=1``: the theme must
be in the cache (``python -m jekpy.theme_fetch owner/name@ref`` puts it there, see
jekpy.theme_fetch). When it is not, jekpy warns and builds with the configured theme, which is
what the reference renderer (without jekyll-remote-theme) does; ``JEKPY_REMOTE_THEME_STRICT=1``
makes that an error instead.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from jekpy import github_pages, theme_fetch
from jekpy.errors import JekpyError
from jekpy.liquid.ruby import inspect
from jekpy.themes import Theme

if TYPE_CHECKING:
    from pathlib import Path

    from jekpy.site import Site

PRIORITY = "highest"
THEME_RE = re.compile(r"\A(?P<owner>[a-z0-9\-]+)/(?P<name>[a-z0-9._\-]+)(?:@(?P<ref>[a-z0-9._\-]+))?\Z", re.I)
DEPENDENCY_RE = re.compile(r"""^\s*[a-z]+\.add_(?:runtime_)?dependency\(?\s*["']([a-z0-9_\-]+)["']""", re.I | re.M)


@dataclass(frozen=True)
class RemoteTheme:
    """A parsed ``remote_theme`` value."""

    host: str
    owner: str
    name: str
    ref: str

    @property
    def name_with_owner(self) -> str:
        """``owner/name``."""
        return f"{self.owner}/{self.name}"


def valid_hosts() -> set[str]:
    """github.com and the GitHub Enterprise host names from the environment."""
    hosts = {"github.com"}
    hosts.update(os.environ[k] for k in ("PAGES_GITHUB_HOSTNAME", "GITHUB_HOSTNAME") if os.environ.get(k))
    return hosts


def parse_remote_theme(raw: object) -> RemoteTheme | None:
    """The theme named by ``raw``, or None when it is not a valid remote theme."""
    text = str(raw).lower().strip()
    if THEME_RE.match(text):
        host, path = "github.com", text
    else:
        parsed = urlparse(text)
        host, path = parsed.hostname or "", parsed.path.lstrip("/")
    match = THEME_RE.match(path)
    if not match or host not in valid_hosts():
        return None
    return RemoteTheme(host, match["owner"], match["name"], match["ref"] or "HEAD")


def theme_dependencies(root: Path) -> list[str]:
    """Whitelisted dependencies named in the theme's ``*.gemspec`` (mock_gemspec.rb)."""
    names: list[str] = []
    for gemspec in sorted(root.glob("*.gemspec")):
        for name in DEPENDENCY_RE.findall(gemspec.read_text(encoding="utf-8", errors="replace")):
            if name in github_pages.WHITELIST and name not in names:
                names.append(name)
    return names


def locate(theme: RemoteTheme) -> Path | None:
    """The theme's folder in the cache (downloading it when allowed), or None."""
    folder = theme_fetch.cache_root() / theme_fetch.remote_theme_dir(theme.owner, theme.name, theme.ref)
    if folder.is_dir() and any(folder.iterdir()):
        return folder
    if os.environ.get("JEKPY_REMOTE_THEME_DOWNLOAD") == "1":
        return theme_fetch.fetch_remote_theme(theme.owner, theme.name, theme.ref)
    message = f"The remote theme {theme.name_with_owner}@{theme.ref} is not in jekpy's theme cache."
    hint = (f"Run `python -m jekpy.theme_fetch {theme.name_with_owner}@{theme.ref}` once (needs the "
            "network), or set JEKPY_REMOTE_THEME_DOWNLOAD=1 to let the build download it.")
    if os.environ.get("JEKPY_REMOTE_THEME_STRICT") == "1":
        raise JekpyError(message, path="_config.yml", hint=hint)
    return None


def after_init(site: Site) -> None:
    """Make the remote theme the site's theme before anything is read."""
    raw = site.config.get("remote_theme")
    if raw is None:
        return
    theme = parse_remote_theme(raw)
    if theme is None:
        site.logger.error("Remote Theme:", f"{inspect(raw)} is not a valid remote theme")
        return
    site.logger.info("Remote Theme:", f"Using theme {theme.name_with_owner}")
    root = locate(theme)
    if root is None:
        site.logger.warn("Remote Theme:", f"{theme.name_with_owner}@{theme.ref} is not in jekpy's theme "
                         f"cache; building with the theme {site.config.get('theme')!s} instead. Run "
                         f"`python -m jekpy.theme_fetch {theme.name_with_owner}@{theme.ref}` to use it.")
        return
    site.config["theme"] = theme.name
    site.theme = Theme(theme.name, root.resolve())
    plugins = site.config.setdefault("plugins", [])
    for dep in theme_dependencies(root):
        if dep not in plugins:
            plugins.append(dep)
