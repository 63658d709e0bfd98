"""Plugin data files (`jekpy.plugins.plugin_data`): data folders, the cache, first-use downloads.

Downloads go to ``file://`` folders laid out like GitHub's codeload (``JEKPY_THEME_DOWNLOAD_URL``)
and the npm registry (``JEKPY_NPM_DOWNLOAD_URL``); nothing here touches the network.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from jekpy.plugins import plugin_data


@pytest.fixture
def mirrors(tmp_path: Path, monkeypatch) -> Path:
    """A codeload zip of gemoji and an npm tarball of octicons, and an empty cache."""
    base = tmp_path / "mirror"
    zipped = base / "github" / "gemoji" / "zip" / "v4.1.0"
    zipped.parent.mkdir(parents=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("gemoji-4.1.0/db/emoji.json", '[{"emoji": "x", "aliases": ["x"]}]')
        archive.writestr("gemoji-4.1.0/README.md", "readme")
    zipped.write_bytes(buffer.getvalue())
    tgz = base / "@primer" / "octicons" / "-" / "octicons-14.2.2.tgz"
    tgz.parent.mkdir(parents=True)
    with tarfile.open(tgz, "w:gz") as archive:
        content = b'{"x": {}}'
        info = tarfile.TarInfo("package/build/data.json")
        info.size = len(content)
        archive.addfile(info, io.BytesIO(content))
    monkeypatch.setenv("JEKPY_THEME_DOWNLOAD_URL", base.as_uri())
    monkeypatch.setenv("JEKPY_NPM_DOWNLOAD_URL", base.as_uri())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("JEKPY_DATA_PATH", str(tmp_path / "folder"))
    monkeypatch.delenv("JEKPY_NO_DOWNLOAD", raising=False)
    return tmp_path


def test_urls(monkeypatch) -> None:
    monkeypatch.delenv("JEKPY_THEME_DOWNLOAD_URL", raising=False)
    monkeypatch.delenv("JEKPY_NPM_DOWNLOAD_URL", raising=False)
    assert plugin_data.GEMOJI.url() == "https://codeload.github.com/github/gemoji/zip/v4.1.0"
    assert plugin_data.OCTICONS.url() == "https://registry.npmjs.org/@primer/octicons/-/octicons-14.2.2.tgz"


def test_first_use_downloads_into_the_cache_with_a_progress_line(mirrors: Path) -> None:
    lines: list[str] = []
    found = plugin_data.locate(plugin_data.GEMOJI, lines.append)
    assert found == mirrors / "cache" / "jekpy" / "data" / "gemoji-4.1.0" / "emoji.json"
    assert found.read_text(encoding="utf-8") == '[{"emoji": "x", "aliases": ["x"]}]'
    assert lines[0] == "Plugin data: fetching gemoji 4.1.0's emoji table (db/emoji.json)\n"
    assert any("downloading" in line for line in lines)
    octicons = plugin_data.locate(plugin_data.OCTICONS, lines.append)
    assert octicons.read_bytes() == b'{"x": {}}'
    # second use: found in the cache, no download
    lines.clear()
    assert plugin_data.locate(plugin_data.GEMOJI, lines.append) == found
    assert lines == []


def test_a_data_folder_wins_over_the_cache(mirrors: Path) -> None:
    own = mirrors / "folder" / "gemoji-4.1.0" / "emoji.json"
    own.parent.mkdir(parents=True)
    own.write_text("[]", encoding="utf-8")
    assert plugin_data.locate(plugin_data.GEMOJI) == own


def test_no_download_and_offline_say_why(mirrors: Path, monkeypatch) -> None:
    monkeypatch.setenv("JEKPY_NO_DOWNLOAD", "1")
    assert "JEKPY_NO_DOWNLOAD" in plugin_data.locate(plugin_data.GEMOJI)
    monkeypatch.delenv("JEKPY_NO_DOWNLOAD")
    monkeypatch.setenv("JEKPY_THEME_DOWNLOAD_URL", (mirrors / "nowhere").as_uri())
    why = plugin_data.locate(plugin_data.GEMOJI, lambda _text: None)
    assert isinstance(why, str) and why.startswith("downloading it failed: Could not download")
    assert not (mirrors / "cache" / "jekpy" / "data" / "gemoji-4.1.0" / "emoji.json").exists()


def test_command_line(mirrors: Path, capsys) -> None:
    assert plugin_data.main(["octicons"]) == 0
    assert "saved in" in capsys.readouterr().err
    assert plugin_data.main(["nope"]) == 2
