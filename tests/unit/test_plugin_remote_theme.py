"""jekyll-remote-theme and jekpy.theme_fetch, without the network.

Downloads go to a ``file://`` folder laid out like codeload (``<owner>/<repo>/zip/<ref>`` is a
zip whose top folder is dropped), through ``JEKPY_THEME_DOWNLOAD_URL``; the cache is a
temporary ``XDG_CACHE_HOME``. ``tests/plugins/remote_*/out`` is the reference build of ``in/``
merged with ``repo/`` (the reference renderer has no jekyll-remote-theme).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_plugin_seo_tag import PLUGIN_CASES, build_plugin_case, plugin_cases, tree_differences

from jekpy import theme_fetch
from jekpy.errors import JekpyError
from jekpy.plugins import remote_theme


def make_archive(base: Path, owner_repo: str, ref: str, files: dict[str, bytes]) -> None:
    """Write a codeload-like zip with a ``<repo>-<ref>/`` top folder."""
    target = base / owner_repo / "zip" / ref
    target.parent.mkdir(parents=True, exist_ok=True)
    top = owner_repo.split("/")[1] + "-" + ref
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(top + "/", "")
        for rel, data in files.items():
            archive.writestr(f"{top}/{rel}", data)


def repo_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def offline_cache(tmp_path: Path, monkeypatch) -> Path:
    """A private cache and a file:// download base; nothing reaches the network."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("JEKPY_THEME_PATH", raising=False)
    # Pages' default theme (primer) is configured first and replaced by the remote theme; an
    # empty stand-in lets the build find it without the real files.
    (tmp_path / "cache" / "jekpy" / "themes" / "jekyll-theme-primer").mkdir(parents=True)
    base = tmp_path / "codeload"
    base.mkdir()
    monkeypatch.setenv("JEKPY_THEME_DOWNLOAD_URL", base.as_uri())
    monkeypatch.delenv("JEKPY_REMOTE_THEME_DOWNLOAD", raising=False)
    return base


@pytest.mark.parametrize("name", [c for c in plugin_cases("remote") if (PLUGIN_CASES / c / "repo").is_dir()])
def test_remote_theme_case(name: str, tmp_path: Path, monkeypatch, offline_cache: Path, count) -> None:
    case = PLUGIN_CASES / name
    make_archive(offline_cache, "example-owner/fancy-theme", "v1.2", repo_files(case / "repo"))
    monkeypatch.setenv("JEKPY_REMOTE_THEME_DOWNLOAD", "1")
    code, output, dest = build_plugin_case(name, tmp_path / "build", monkeypatch)
    problems = [f"exit {code}: {output[-600:]}"] if code else tree_differences(case / "out", dest)
    count("plugin remote theme sites", not problems)
    assert not problems, "\n".join(problems)
    assert "Remote Theme:" in output


def test_missing_remote_theme_is_a_clear_error_in_strict_mode(tmp_path: Path, monkeypatch, offline_cache: Path) -> None:
    monkeypatch.setenv("JEKPY_REMOTE_THEME_STRICT", "1")
    code, output, _ = build_plugin_case("remote_basic", tmp_path, monkeypatch)
    assert code != 0
    assert "is not in jekpy's theme cache" in output and "jekpy.theme_fetch" in output


def test_uncached_remote_theme_builds_like_the_reference(tmp_path: Path, monkeypatch, count) -> None:
    """Without the theme, the default theme is used, as by the reference (which lacks the plugin)."""
    themes = PLUGIN_CASES.parents[1] / ".." / "shared" / "oracle" / "themes"
    if not themes.is_dir():
        pytest.skip("needs the Pages theme files from ../shared/oracle/themes")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty-cache"))
    monkeypatch.setenv("JEKPY_THEME_PATH", str(themes.resolve()))
    monkeypatch.delenv("JEKPY_REMOTE_THEME_DOWNLOAD", raising=False)
    monkeypatch.delenv("JEKPY_REMOTE_THEME_STRICT", raising=False)
    code, output, dest = build_plugin_case("remote_uncached", tmp_path / "build", monkeypatch)
    problems = [f"exit {code}: {output[-600:]}"] if code else tree_differences(PLUGIN_CASES / "remote_uncached" / "out", dest)
    count("plugin remote theme sites", not problems)
    assert not problems, "\n".join(problems)
    assert "is not in jekpy's theme cache" in output


@pytest.mark.parametrize(("raw", "expected"), [
    ("Owner/Theme", ("github.com", "owner", "theme", "HEAD")),
    ("owner/theme@v1.0", ("github.com", "owner", "theme", "v1.0")),
    ("https://github.com/owner/the.me@main", ("github.com", "owner", "the.me", "main")),
    ("https://evil.example.com/owner/theme", None),
    ("not a theme", None),
])
def test_parse_remote_theme(raw: str, expected: tuple | None) -> None:
    parsed = remote_theme.parse_remote_theme(raw)
    assert (None if parsed is None else (parsed.host, parsed.owner, parsed.name, parsed.ref)) == expected


def test_fetch_pages_theme_keeps_gem_files_only(offline_cache: Path) -> None:
    make_archive(offline_cache, "pages-themes/cayman", "v0.2.0", {
        "_layouts/default.html": b"layout", "assets/css/style.scss": b"---\n---\n",
        "index.md": b"demo page", "docs/x.md": b"demo", "LICENSE": b"CC0"})
    lines: list[str] = []
    root = theme_fetch.fetch_theme("jekyll-theme-cayman", progress=lines.append)
    assert root == theme_fetch.cache_root() / "jekyll-theme-cayman"
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert files == ["LICENSE", "_layouts/default.html", "assets/css/style.scss", "index.md"]
    assert lines[0].startswith("Theme: fetching jekyll-theme-cayman 0.2.0")
    assert any("KiB" in line for line in lines)


def test_offline_download_fails_clearly(offline_cache: Path) -> None:
    with pytest.raises(JekpyError) as err:
        theme_fetch.fetch_theme("jekyll-theme-minimal", progress=lambda _: None)
    assert "Could not download" in str(err.value)
    assert "JEKPY_THEME_PATH" in (err.value.hint or "")


def test_unknown_pages_theme() -> None:
    with pytest.raises(JekpyError):
        theme_fetch.fetch_theme("jekyll-theme-nope", progress=lambda _: None)


def test_fetch_over_http_from_a_local_server(offline_cache: Path, monkeypatch) -> None:
    """The same download through a local HTTP server (codeload's URL layout)."""
    import functools
    import http.server
    import threading

    make_archive(offline_cache, "pages-themes/slate", "v0.2.0", {"_layouts/default.html": b"slate"})
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(offline_cache))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("JEKPY_THEME_DOWNLOAD_URL", f"http://127.0.0.1:{server.server_address[1]}")
        root = theme_fetch.fetch_theme("jekyll-theme-slate", progress=lambda _: None)
        assert (root / "_layouts" / "default.html").read_bytes() == b"slate"
        with pytest.raises(JekpyError):
            theme_fetch.fetch_remote_theme("nobody", "missing", "HEAD", progress=lambda _: None)
    finally:
        server.shutdown()
        server.server_close()
