"""jekyll-github-metadata's view of the repository and of the Pages instance.

Sources (jekyll/github-metadata v2.16.1): lib/jekyll-github-metadata/pages.rb (``Pages``: the
instance, from environment variables), repository.rb, repository_compat.rb (the offline
fallbacks), owner.rb, client.rb. Every API answer is optional: without a token
(JEKYLL_GITHUB_TOKEN, GITHUB_TOKEN) or without network each call gives ``False``, as
``Client#save_from_errors`` does offline, and the values fall back to what can be computed
from the repository name alone.

Offline the upstream gem says ``http://`` for ``*.github.io`` (RepositoryCompat#url_scheme);
the API (and Pages) say ``https``, and so does the reference renderer: dotcom sites get https.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

# pages.rb DEFAULTS. PAGES_HELP_URL: 2.16.1 says https://docs.github.com; the reference
# renderer runs 2.15.0, whose https://help.github.com is what its sites show.
DEFAULTS = {
    "PAGES_ENV": "development",
    "PAGES_API_URL": "https://api.github.com",
    "PAGES_HELP_URL": "https://help.github.com",
    "PAGES_GITHUB_HOSTNAME": "github.com",
    "PAGES_PAGES_HOSTNAME": "github.io",
    "SSL": "false",
    "SUBDOMAIN_ISOLATION": "false",
}

# owner.rb: the owner keys site.github.owner always has (nil without the API).
OWNER_KEYS = (
    "avatar_url bio blog collaborators company created_at description email followers following "
    "has_organization_projects has_repository_projects hireable html_url id is_verified location "
    "login name node_id public_gists public_repos type updated_at"
).split()


def _trim_last_slash(url: str) -> str:
    return url[:-1] if url.endswith("/") else url


class PagesEnv:
    """``Jekyll::GitHubMetadata::Pages``: the GitHub instance the site is built for.

    Args:
        environ: the environment variables.
        jekyll_env: JEKYLL_ENV as the build sees it (the fallback for PAGES_ENV).
    """

    def __init__(self, environ: Mapping[str, str], jekyll_env: str | None):
        self.environ = environ
        self.jekyll_env = jekyll_env

    def env_var(self, key: str, intermediate: str | None = None) -> str:
        """A non-empty variable, else the intermediate default, else DEFAULTS."""
        value = self.environ.get(key)
        if value:
            return value
        return intermediate if intermediate is not None else DEFAULTS.get(key, "")

    @property
    def env(self) -> str:
        """PAGES_ENV, else JEKYLL_ENV (``environment`` and ``pages_env``)."""
        return self.env_var("PAGES_ENV", self.jekyll_env)

    def ssl(self) -> bool:
        """SSL=true (or the test environment)."""
        return self.env_var("SSL") == "true" or self.env == "test"

    @property
    def scheme(self) -> str:
        """https with SSL, else http."""
        return "https" if self.ssl() else "http"

    def dotcom(self) -> bool:
        """Built for github.com."""
        return self.env == "dotcom"

    def enterprise(self) -> bool:
        """Built for GitHub Enterprise."""
        return self.env == "enterprise"

    def development(self) -> bool:
        """A local development build."""
        return self.env == "development"

    def custom_domains_enabled(self) -> bool:
        """github.com (and tests) serve user domains and CNAMEs."""
        return self.dotcom() or self.env == "test"

    def subdomain_isolation(self) -> bool:
        """SUBDOMAIN_ISOLATION=true (Enterprise pages host)."""
        return self.env_var("SUBDOMAIN_ISOLATION") == "true"

    def page_build(self) -> bool:
        """PAGE_BUILD_ID is set (a build on Pages itself)."""
        return bool(self.env_var("PAGE_BUILD_ID"))

    @property
    def github_hostname(self) -> str:
        """``hostname``: PAGES_GITHUB_HOSTNAME, GITHUB_HOSTNAME, github.com."""
        return _trim_last_slash(self.env_var("PAGES_GITHUB_HOSTNAME", self.environ.get("GITHUB_HOSTNAME")))

    @property
    def github_url(self) -> str:
        """https://github.com, or the instance's URL."""
        if self.dotcom() or self.github_hostname == "github.com":
            return "https://github.com"
        return f"{self.scheme}://{self.github_hostname}"

    @property
    def api_url(self) -> str:
        """PAGES_API_URL, API_URL, https://api.github.com."""
        return _trim_last_slash(self.env_var("PAGES_API_URL", self.environ.get("API_URL")))

    @property
    def help_url(self) -> str:
        """PAGES_HELP_URL, HELP_URL, the default help site."""
        return _trim_last_slash(self.env_var("PAGES_HELP_URL", self.environ.get("HELP_URL")))

    @property
    def pages_hostname(self) -> str:
        """PAGES_PAGES_HOSTNAME, PAGES_HOSTNAME, github.io (localhost:4000 in development)."""
        intermediate = self.environ.get("PAGES_HOSTNAME")
        if intermediate is None and self.development():
            intermediate = "localhost:4000"
        return _trim_last_slash(self.env_var("PAGES_PAGES_HOSTNAME", intermediate))


class Client:
    """The few GitHub API calls the gem makes; ``False`` for every failure (offline default).

    Only used with a token; one failed connection switches the client off for the build, and
    every request has a short timeout, so a build never hangs on the network.
    """

    TIMEOUT = 5

    def __init__(self, api_url: str, token: str | None):
        self.api_url = api_url
        self.token = token
        self.online = bool(token)
        self.cache: dict[str, Any] = {}

    def get(self, path: str, accept: str = "application/vnd.github+json", paginate: bool = False) -> Any:
        """GET ``api_url + path`` as JSON (all pages when ``paginate``); False on any error."""
        if not self.online:
            return False
        key = path + "|" + accept
        if key not in self.cache:
            self.cache[key] = self._fetch(path, accept, paginate)
        return self.cache[key]

    def _fetch(self, path: str, accept: str, paginate: bool) -> Any:
        url: str | None = self.api_url + path
        results: list = []
        while url:
            request = urllib.request.Request(url, headers={"Accept": accept, "Authorization": f"token {self.token}"})
            try:
                with urllib.request.urlopen(request, timeout=self.TIMEOUT) as response:  # noqa: S310
                    data = json.loads(response.read().decode("utf-8"))
                    link = response.headers.get("Link", "")
            except urllib.error.HTTPError:
                return False
            except (OSError, ValueError):
                self.online = False
                return False
            if not paginate or not isinstance(data, list):
                return data
            results.extend(data)
            url = _next_link(link)
        return results


def _next_link(header: str) -> str | None:
    for part in header.split(","):
        if 'rel="next"' in part:
            return part.split(";")[0].strip().strip("<>")
    return None


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


class Repository:
    """``Jekyll::GitHubMetadata::Repository`` with RepositoryCompat's fallbacks."""

    def __init__(self, nwo: str, pages: PagesEnv, client: Client):
        self.nwo = nwo
        self.owner = nwo.split("/")[0] if nwo else ""
        self.name = nwo.split("/")[-1] if nwo else ""
        self.pages = pages
        self.client = client

    # -- API-backed values ------------------------------------------------------------
    @property
    def repo_info(self) -> dict:
        """GET /repos/:nwo (``{}`` offline)."""
        return _dict(self.client.get(f"/repos/{self.nwo}", "application/vnd.github.drax-preview+json"))

    @property
    def repo_pages_info(self) -> dict:
        """GET /repos/:nwo/pages (``{}`` offline)."""
        return _dict(self.client.get(f"/repos/{self.nwo}/pages"))

    def owner_info(self) -> dict:
        """The organization or user (``{}`` offline)."""
        info = self.client.get(f"/orgs/{self.owner}") or self.client.get(f"/users/{self.owner}")
        return _dict(info)

    def owner_metadata(self) -> dict:
        """``site.github.owner``: the whitelisted owner keys."""
        info = self.owner_info()
        return {key: info.get(key) for key in OWNER_KEYS}

    def owner_display_name(self) -> Any:
        """The owner's name (nil offline)."""
        return self.owner_info().get("name")

    def organization_repository(self) -> bool:
        """Whether the owner is an organization."""
        return bool(self.client.get(f"/orgs/{self.owner}"))

    def owner_public_repositories(self) -> list:
        """The owner's public repositories (``[]`` offline, as in 2.16.1)."""
        repos = self.client.get(f"/users/{self.owner}/repos?type=public&per_page=100",
                                "application/vnd.github.mercy-preview+json", paginate=True)
        return repos if isinstance(repos, list) else []

    def organization_public_members(self) -> Any:
        """Public members of an organization owner (nil otherwise)."""
        if not self.organization_repository():
            return None
        return self.client.get(f"/orgs/{self.owner}/public_members?per_page=100", paginate=True)

    def contributors(self) -> Any:
        """Contributors (false offline)."""
        return self.client.get(f"/repos/{self.nwo}/contributors?per_page=100", paginate=True)

    def releases(self) -> Any:
        """Releases (false offline)."""
        return self.client.get(f"/repos/{self.nwo}/releases?per_page=100", paginate=True)

    def latest_release(self) -> Any:
        """The latest release (false offline)."""
        return self.client.get(f"/repos/{self.nwo}/releases/latest")

    def repository_exists(self, nwo: str) -> bool:
        """Whether the API knows ``nwo`` (false offline)."""
        return bool(self.client.get(f"/repos/{nwo}"))

    # -- computed values ----------------------------------------------------------------
    @property
    def owner_url(self) -> str:
        """``<github_url>/<owner>``."""
        return f"{self.pages.github_url}/{self.owner}"

    @property
    def repository_url(self) -> str:
        """``<owner_url>/<name>``."""
        return f"{self.owner_url}/{self.name}"

    def git_ref(self) -> Any:
        """The Pages branch (zip/tar URLs)."""
        return self.source().get("branch")

    def source(self) -> dict:
        """The Pages source; offline: master for user sites, gh-pages for project sites."""
        found = self.repo_pages_info.get("source")
        if found:
            return found
        return {"branch": "master" if self.user_page() else "gh-pages", "path": "/"}

    def issues_url(self) -> str | None:
        """The issues URL when the repository has issues."""
        return f"{self.repository_url}/issues" if self.repo_info.get("has_issues") else None

    def wiki_url(self) -> str | None:
        """The wiki URL when the repository has a wiki."""
        return f"{self.repository_url}/wiki" if self.repo_info.get("has_wiki") else None

    def user_page_domains(self) -> list[str]:
        """Names a user/organization site repository can have."""
        domains = [self.default_user_domain()]
        if not self.pages.enterprise():
            domains.append(f"{self.owner}.github.com".lower())
        return domains

    def default_user_domain(self) -> str:
        """``<owner>.github.io`` (or the instance's host)."""
        if not self.pages.enterprise() and self.owner == "github":
            return f"{self.owner}.{self.pages.github_hostname}".lower()
        if self.pages.enterprise():
            return self.pages.pages_hostname.lower()
        return f"{self.owner}.{self.pages.pages_hostname}".lower()

    def user_page(self) -> bool:
        """``primary?``: the repository is the owner's user/organization site."""
        if self.pages.enterprise():
            return self.name.lower() == f"{self.owner.lower()}.{self.pages.github_hostname}"
        return self.name.lower() in self.user_page_domains()

    def cname(self) -> Any:
        """The custom domain (API only)."""
        return self.repo_pages_info.get("cname") if self.pages.custom_domains_enabled() else None

    def url_scheme(self) -> str:
        """https on github.com (what the API reports), the instance's scheme on Enterprise."""
        return self.pages.scheme if self.pages.enterprise() else "https"

    def domain(self) -> str:
        """The host the site is served from."""
        if not self.pages.custom_domains_enabled():
            return self.pages.github_hostname
        if self.cname():
            return str(self.cname())
        if self.user_page():
            return self.default_user_domain()
        domain = self.default_user_domain()
        for candidate in self.user_page_domains():
            if self.repository_exists(f"{self.owner}/{candidate}"):
                domain = Repository(f"{self.owner}/{candidate}", self.pages, self.client).domain()
        return domain

    def pages_url(self) -> str:
        """The site's URL without the API (RepositoryCompat#pages_url)."""
        if not self.pages.custom_domains_enabled():
            path = self.owner if self.user_page() else self.nwo
            if self.pages.subdomain_isolation():
                return urljoin(f"{self.pages.scheme}://{self.pages.pages_hostname}/", path)
            return urljoin(f"{self.pages.github_url}/pages/", path)
        base = f"{self.url_scheme()}://{self.domain()}"
        if self.cname() or self.user_page():
            return base
        return urljoin(base, self.name)

    def html_url(self) -> str:
        """``site.github.url``: the API's html_url or pages_url, no trailing slash."""
        url = self.repo_pages_info.get("html_url") or self.pages_url()
        return url[:-1] if url.endswith("/") else url

    def baseurl(self) -> str:
        """The path of html_url (``/repo`` for project sites)."""
        return urlsplit(self.html_url()).path

    def url_without_path(self) -> str:
        """html_url without its path (the ``url`` fallback)."""
        parts = urlsplit(self.html_url())
        return parts._replace(path="").geturl()
