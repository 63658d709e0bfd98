"""jekyll-github-metadata 2.16.1: ``site.github``, the url/baseurl/title/description
fallbacks, and the ``github_edit_link`` tag.

Sources (jekyll/github-metadata v2.16.1): lib/jekyll-github-metadata/site_github_munger.rb
(the ``:after_init`` fallbacks and the ``site.github`` namespace), metadata_drop.rb (the keys),
repository_finder.rb, edit-link-tag.rb; the values themselves are in ``_github_repository``.
Rules:

* ``title`` (unless ``name`` is set without ``title``: then a warning) gets the repository
  name for project sites, the owner's display name or login for user sites; ``description``
  gets the repository's description (nil offline) - in every environment, when unset;
* in production (or with PAGE_BUILD_ID) ``url`` gets the Pages URL without path when unset,
  and ``baseurl`` the Pages URL's path when it is nil or ``/`` (``/repo`` for project sites);
* ``site.github`` is the metadata, with a ``github:`` mapping of ``_config.yml`` merged over
  it (nested mappings merged, nil values ignored); a non-mapping ``github:`` replaces it;
* the repository (owner/name) is PAGES_REPO_NWO, else the ``origin`` remote of the source's
  git checkout, else ``repository:`` of the config, else ``example/example.github.io``;
  ``build_revision`` is JEKYLL_BUILD_REVISION, else the checkout's HEAD, else 40 zeros (the
  reference renderer's wrapper does exactly this; upstream asks git in the working folder);
* ``versions`` is ``{}`` (the github-pages gem is not loaded by the reference renderer).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from jekpy.liquid.ruby import to_s
from jekpy.plugins._github_repository import Client, PagesEnv, Repository

if TYPE_CHECKING:
    from jekpy.site import Site

DEFAULT_NWO = "example/example.github.io"
ZERO_REVISION = "0" * 40
REMOTE_RE = re.compile(r"github\.com[:/]([^/\s]+)/([^/\s]+?)(?:\.git)?/?$")


def _git(source: os.PathLike, *args: str) -> str:
    """``git -C source args`` stdout, stripped; "" when git fails or is missing."""
    try:
        done = subprocess.run(
            ["git", "-C", str(source), *args], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def find_nwo(site: Site, environ: Mapping[str, str]) -> str:
    """owner/name of the repository the site is built from."""
    if environ.get("PAGES_REPO_NWO"):
        return environ["PAGES_REPO_NWO"]
    match = REMOTE_RE.search(_git(site.source, "remote", "get-url", "origin"))
    if match:
        return f"{match.group(1)}/{match.group(2)}"
    repo = site.config.get("repository")
    if isinstance(repo, str) and "/" in repo:
        return repo
    return DEFAULT_NWO


def build_revision(site: Site, environ: Mapping[str, str]) -> str:
    """JEKYLL_BUILD_REVISION, else the checkout's HEAD, else zeros."""
    return environ.get("JEKYLL_BUILD_REVISION") or _git(site.source, "rev-parse", "HEAD") or ZERO_REVISION


class MetadataDrop(Mapping):
    """``site.github``: every key computed on first use, user overrides on top (MetadataDrop)."""

    ruby_has_size = False  # a Jekyll::Drops::Drop: no ``size`` (Liquid's size filter gives 0)

    def __init__(self, repo: Repository, revision: str, overrides: Mapping | None = None):
        self.repo = repo
        self.revision = revision
        self.overrides = dict(overrides or {})
        self._cache: dict[str, Any] = {}
        self._methods = self._make_methods()

    def _make_methods(self) -> dict[str, Any]:
        r = self.repo
        p = r.pages
        return {
            "api_url": lambda: p.api_url,
            "archived": lambda: r.repo_info.get("archived"),
            "baseurl": r.baseurl,
            "build_revision": lambda: self.revision,
            "clone_url": lambda: f"{r.repository_url}.git",
            "contributors": r.contributors,
            "disabled": lambda: r.repo_info.get("disabled"),
            "environment": lambda: p.env,
            "help_url": lambda: p.help_url,
            "hostname": lambda: p.github_hostname,
            "is_project_page": lambda: not r.user_page(),
            "is_user_page": r.user_page,
            "issues_url": r.issues_url,
            "language": lambda: r.repo_info.get("language"),
            "latest_release": r.latest_release,
            "license": lambda: r.repo_info.get("license"),
            "organization_members": r.organization_public_members,
            "owner": r.owner_metadata,
            "owner_display_name": r.owner_display_name,
            "owner_gravatar_url": lambda: f"{r.owner_url}.png",
            "owner_name": lambda: r.owner,
            "owner_url": lambda: r.owner_url,
            "pages_env": lambda: p.env,
            "pages_hostname": lambda: p.pages_hostname,
            "private": lambda: r.repo_info.get("private"),
            "project_tagline": lambda: r.repo_info.get("description"),
            "project_title": lambda: r.name,
            "public_repositories": r.owner_public_repositories,
            "releases": r.releases,
            "releases_url": lambda: f"{r.repository_url}/releases",
            "repository_name": lambda: r.name,
            "repository_nwo": lambda: r.nwo,
            "repository_url": lambda: r.repository_url,
            "show_downloads": lambda: r.repo_info.get("has_downloads"),
            "source": r.source,
            "tar_url": lambda: f"{r.repository_url}/tarball/{to_s(r.git_ref())}",
            "url": r.html_url,
            "versions": dict,
            "wiki_url": r.wiki_url,
            "zip_url": lambda: f"{r.repository_url}/zipball/{to_s(r.git_ref())}",
        }

    def _computed(self, key: str) -> Any:
        if key not in self._cache:
            self._cache[key] = self._methods[key]()
        return self._cache[key]

    def __getitem__(self, key: str) -> Any:
        if key in self.overrides:
            mine = self._computed(key) if key in self._methods else None
            theirs = self.overrides[key]
            if key != "owner" and isinstance(mine, Mapping) and isinstance(theirs, Mapping):
                return merge_skipping_nil(dict(mine), theirs)
            return theirs
        return self._computed(key)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted({*self._methods, *self.overrides}))

    def __len__(self) -> int:
        return len({*self._methods, *self.overrides})

    def to_h(self) -> dict:
        """Every key with its value (``Drop#to_h``)."""
        return {key: self[key] for key in self}

    def __str__(self) -> str:
        """``JSON.pretty_generate(to_h)`` (MetadataDrop#to_s)."""
        return json.dumps(self.to_h(), indent=2, ensure_ascii=False, default=str)


def merge_skipping_nil(base: dict, overlay: Mapping) -> dict:
    """Jekyll's ``deep_merge_hashes``: nested mappings merged, nil values never win."""
    merged = dict(base)
    for key, value in overlay.items():
        if value is None:
            continue
        old = merged.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            merged[key] = merge_skipping_nil(dict(old), value)
        else:
            merged[key] = value
    return merged


def _truthy(value: Any) -> bool:
    """Ruby truthiness: everything but nil and false (so "" and 0 are true)."""
    return value is not None and value is not False


def _overrides(value: Mapping) -> dict:
    """The user's ``github:`` keys that are not nil (Drop#merge! skips nil values)."""
    return {k: v for k, v in value.items() if v is not None}


def github_namespace(original: Any, drop: MetadataDrop) -> Any:
    """site.github: the drop, the drop merged with the user's mapping, or the user's value."""
    if original is None:
        return drop
    if isinstance(original, Mapping):
        drop.overrides = _overrides(original)
        return drop
    return original


def add_title_and_description(site: Site, repo: Repository) -> None:
    """``title`` and ``description`` fallbacks (all environments)."""
    config = site.config
    if _truthy(config.get("name")) and not _truthy(config.get("title")):
        site.logger.warn(
            "GitHub Metadata:",
            "site.name is set in _config.yml, but many plugins and themes expect site.title to be "
            "used instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set "
            "site.title to the repository's name.",
        )
    elif config.get("title") in (None, False):
        config["title"] = repo.name if not repo.user_page() else (repo.owner_display_name() or repo.owner)
    if config.get("description") in (None, False):
        config["description"] = repo.repo_info.get("description")


def add_url_and_baseurl(site: Site, repo: Repository) -> None:
    """``url`` when unset, ``baseurl`` when nil or ``/`` (production builds)."""
    config = site.config
    if config.get("url") in (None, False):
        config["url"] = repo.url_without_path()
    if config.get("baseurl") is None or config.get("baseurl") == "/":
        config["baseurl"] = repo.baseurl()


def make_repository(site: Site, environ: Mapping[str, str]) -> Repository:
    """The repository of this build, with an API client only when a token is set."""
    pages = PagesEnv(environ, environ.get("JEKYLL_ENV") or "dotcom")
    token = environ.get("JEKYLL_GITHUB_TOKEN") or environ.get("GITHUB_TOKEN") or None
    return Repository(find_nwo(site, environ), pages, Client(pages.api_url, token))


def after_init(site: Site) -> None:
    """Munge the configuration (SiteGitHubMunger#munge!) and set ``site.github``."""
    environ = os.environ
    repo = make_repository(site, environ)
    add_title_and_description(site, repo)
    if site.environment == "production" or repo.pages.page_build():
        add_url_and_baseurl(site, repo)
    drop = MetadataDrop(repo, build_revision(site, environ))
    site.config["github"] = github_namespace(site.config.get("github"), drop)


def register_liquid(env: Any, site: Site) -> None:
    """The ``github_edit_link`` tag."""
    from jekpy.plugins._github_edit_link import EditLinkTag

    env.add_tag(EditLinkTag)
