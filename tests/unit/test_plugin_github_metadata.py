"""jekyll-github-metadata: the ``tests/plugins/github_metadata_*`` oracle cases, the offline
values of every corpus site (``site.json`` -> ``github_metadata``) and the 2.16.1 rules the
oracle (2.15.0) cannot show."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.plugins import github_metadata as ghm
from jekpy.plugins._github_edit_link import edit_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
harness = importlib.import_module("default_plugins_harness")

SKIP: dict[str, str] = {}
SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared").resolve()
ENV = {"PAGES_ENV": "dotcom", "SSL": "true", "JEKYLL_BUILD_REVISION": "f" * 40}


def test_github_metadata_cases(tmp_path: Path) -> None:
    identical, total, failures = harness.check_prefix("github_metadata", tmp_path, SKIP)
    assert total >= 2
    assert not failures, failures


def _site(config: dict | None = None, source: Path = Path("/nonexistent")) -> SimpleNamespace:
    return SimpleNamespace(source=source, config=dict(config or {}), environment="production",
                           logger=SimpleNamespace(warn=lambda *a: None))


def _drop(nwo: str, config: dict | None = None, **env: str) -> ghm.MetadataDrop:
    environ = {**ENV, "PAGES_REPO_NWO": nwo, **env}
    site = _site(config)
    return ghm.MetadataDrop(ghm.make_repository(site, environ), ghm.build_revision(site, environ))


def test_corpus_offline_values() -> None:
    sites = sorted(SHARED.glob("corpus/*/site.json"))
    if not sites:
        pytest.skip(f"no corpus under {SHARED}")
    for path in sites:
        info = json.loads(path.read_text(encoding="utf-8"))
        site = _site(info["effective_config"], path.parent / "src")
        repo = ghm.make_repository(site, info["env"])
        drop = ghm.MetadataDrop(repo, ghm.build_revision(site, info["env"]))
        mine = json.loads(json.dumps(drop.to_h()))
        expected = dict(info["github_metadata"])
        # 2.15.0 fails on the offline list of repositories; 2.16.1 gives [].
        assert expected.pop("public_repositories") == "(error: NoMethodError)"
        assert mine.pop("public_repositories") == []
        assert mine == expected, path.parent.name


def test_user_and_project_urls() -> None:
    user = _drop("octo/octo.github.io")
    project = _drop("octo/tools")
    assert (user["url"], user["baseurl"], user["source"]["branch"]) == ("https://octo.github.io", "", "master")
    assert (project["url"], project["baseurl"]) == ("https://octo.github.io/tools", "/tools")
    assert project["tar_url"] == "https://github.com/octo/tools/tarball/gh-pages"


def test_non_dotcom_environment_uses_enterprise_urls() -> None:
    drop = _drop("octo/tools", PAGES_ENV="development")
    assert drop["url"] == "https://github.com/pages/octo/tools"
    assert drop["pages_hostname"] == "localhost:4000"


def test_user_mapping_merges_over_the_drop() -> None:
    drop = _drop("octo/tools")
    merged = ghm.github_namespace({"source": {"branch": "main"}, "extra": 1, "url": None}, drop)
    assert merged["source"] == {"branch": "main", "path": "/"}
    assert merged["extra"] == 1
    assert merged["url"] == "https://octo.github.io/tools"
    assert list(merged) == sorted(merged)
    assert ghm.github_namespace("plain", drop) == "plain"


def test_fallbacks_in_config() -> None:
    site = _site({"baseurl": "/", "title": None})
    repo = ghm.make_repository(site, {**ENV, "PAGES_REPO_NWO": "octo/tools"})
    ghm.add_title_and_description(site, repo)
    ghm.add_url_and_baseurl(site, repo)
    assert site.config == {"baseurl": "/tools", "title": "tools", "description": None,
                           "url": "https://octo.github.io"}


def test_name_without_title_keeps_title_unset() -> None:
    warnings = []
    site = _site({"name": "Site"})
    site.logger = SimpleNamespace(warn=lambda *a: warnings.append(a))
    ghm.add_title_and_description(site, ghm.make_repository(site, {**ENV, "PAGES_REPO_NWO": "a/b"}))
    assert "title" not in site.config and warnings


def test_no_token_means_no_network() -> None:
    repo = ghm.make_repository(_site(), {**ENV, "PAGES_REPO_NWO": "a/b"})
    assert repo.client.online is False
    assert repo.contributors() is False


def test_edit_url() -> None:
    github = {"repository_url": "https://github.com/a/b", "source": {"branch": "main", "path": "/docs"}}
    assert edit_url(github, {"path": "x/y.md"}, print) == "https://github.com/a/b/edit/main/docs/x/y.md"
    warned = []
    assert edit_url({}, {"path": "y.md"}, lambda *a: warned.append(a)) == ""
    assert warned


def test_api_values_with_a_token(monkeypatch) -> None:
    """With a token the API answers win (a local fake API; no real network)."""
    import http.server
    import threading

    answers = {
        "/repos/a/b": {"description": "Desc", "has_issues": True, "language": "Ruby"},
        "/repos/a/b/pages": {"html_url": "https://docs.example.org/", "cname": "docs.example.org",
                             "source": {"branch": "main", "path": "/docs"}},
        "/users/a": {"login": "a", "name": "Ann"},
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            body = answers.get(self.path.split("?")[0])
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(json.dumps(body or {"message": "Not Found"}).encode())

        def log_message(self, *args) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        api = f"http://127.0.0.1:{server.server_port}"
        drop = _drop("a/b", PAGES_API_URL=api, GITHUB_TOKEN="t")
        assert drop["url"] == "https://docs.example.org"
        assert drop["baseurl"] == ""
        assert drop["project_tagline"] == "Desc"
        assert drop["issues_url"] == "https://github.com/a/b/issues"
        assert drop["source"]["branch"] == "main"
        assert drop["owner"]["name"] == "Ann" and drop["owner_display_name"] == "Ann"
        assert drop["contributors"] is False  # 404: the offline default
    finally:
        server.shutdown()
