"""Data files that plugins need and jekpy does not ship: found in a folder, else downloaded once.

jemoji needs gemoji's emoji table and jekyll-octicons needs Primer Octicons' icon table, each at
the version GitHub Pages resolves (see docs/plugins-optin.md). Like themes (`jekpy.themes`), a
data file is looked up as ``<folder>/<name>/<file>`` in the folders of ``JEKPY_DATA_PATH``
(os.pathsep-separated), then in the per-user cache ``$XDG_CACHE_HOME/jekpy/data``. When it is in
none of them, it is downloaded into the cache on first use (not when ``JEKPY_NO_DOWNLOAD`` is
set), with the themes' progress line (`jekpy.theme_fetch.download_bytes`).

Archives come from GitHub's codeload (``JEKPY_THEME_DOWNLOAD_URL`` replaces it, as for themes)
or from the npm registry (``JEKPY_NPM_DOWNLOAD_URL`` replaces ``https://registry.npmjs.org``);
tests point both at ``file://`` folders. ``python -m jekpy.plugins.plugin_data gemoji octicons``
fills the cache by hand.
"""

from __future__ import annotations

import io
import os
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import MappingProxyType

from jekpy.errors import JekpyError

NPM_BASE = "https://registry.npmjs.org"


@dataclass(frozen=True)
class DataFile:
    """One upstream file at a pinned version.

    Attributes:
        name: the folder it lives in (``gemoji-4.1.0``).
        file: its file name there (``emoji.json``).
        title: what it is, for messages.
        source: ``github:<owner>/<repo>@<ref>`` (codeload zip) or ``npm:<package>@<version>``.
        member: its path inside the archive, without the archive's top folder.
    """

    name: str
    file: str
    title: str
    source: str
    member: str

    def url(self) -> str:
        """Where the archive holding the file is downloaded from."""
        kind, _, rest = self.source.partition(":")
        spec, _, version = rest.rpartition("@")
        if kind == "github":
            from jekpy.theme_fetch import zip_url

            return zip_url(spec, version)
        base = (os.environ.get("JEKPY_NPM_DOWNLOAD_URL") or NPM_BASE).rstrip("/")
        return f"{base}/{spec}/-/{spec.rpartition('/')[2]}-{version}.tgz"


GEMOJI = DataFile("gemoji-4.1.0", "emoji.json", "gemoji 4.1.0's emoji table (db/emoji.json)",
                  "github:github/gemoji@v4.1.0", "db/emoji.json")
OCTICONS = DataFile("octicons-14.2.2", "data.json", "Primer Octicons 14.2.2's icon table (build/data.json)",
                    "npm:@primer/octicons@14.2.2", "build/data.json")
KNOWN = MappingProxyType({"gemoji": GEMOJI, "octicons": OCTICONS})


def search_path() -> list[Path]:
    """Folders searched for data files, in order (the cache last)."""
    folders = [Path(p) for p in os.environ.get("JEKPY_DATA_PATH", "").split(os.pathsep) if p]
    folders.append(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jekpy" / "data")
    return folders


def find(data: DataFile) -> Path | None:
    """The file if a folder of the search path has it."""
    for folder in search_path():
        path = folder / data.name / data.file
        if path.is_file():
            return path
    return None


def _stderr(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def hint(data: DataFile) -> str:
    """What to do when the file cannot be had."""
    return (f"Put {data.title} at <folder>/{data.name}/{data.file} with the folder in JEKPY_DATA_PATH, "
            f"or run `python -m jekpy.plugins.plugin_data` when online to cache it in "
            f"{search_path()[-1]}.")


def _member(archive: bytes, data: DataFile) -> bytes | None:
    """The member's bytes, whatever the archive's top folder is called (``package/`` in npm)."""
    if data.source.startswith("github:"):
        with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
            for info in zipped.infolist():
                if PurePosixPath(*PurePosixPath(info.filename).parts[1:]).as_posix() == data.member:
                    return zipped.read(info)
        return None
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tarred:
        for info in tarred.getmembers():
            if info.isfile() and PurePosixPath(*PurePosixPath(info.name).parts[1:]).as_posix() == data.member:
                extracted = tarred.extractfile(info)
                return extracted.read() if extracted is not None else None
    return None


def download(data: DataFile, progress: Callable[[str], None] = _stderr) -> Path:
    """Download the archive, keep the one file in the cache; returns its path."""
    from jekpy.theme_fetch import download_bytes

    url = data.url()
    progress(f"Plugin data: fetching {data.title}\n")
    content = _member(download_bytes(url, progress, hint=hint(data)), data)
    if content is None:
        raise JekpyError(f"The archive at {url} holds no {data.member}.", hint=hint(data))
    folder = search_path()[-1] / data.name
    folder.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(prefix=f".{data.file}-", dir=folder)
    with os.fdopen(handle, "wb") as out:
        out.write(content)
    final = folder / data.file
    os.replace(staging, final)
    return final


def locate(data: DataFile, progress: Callable[[str], None] = _stderr) -> Path | str:
    """The file, downloaded on first use; else why not, as text for a message."""
    found = find(data)
    if found is not None:
        return found
    if os.environ.get("JEKPY_NO_DOWNLOAD"):
        return "downloads are off: JEKPY_NO_DOWNLOAD is set"
    try:
        return download(data, progress)
    except JekpyError as exc:
        return f"downloading it failed: {exc}"


def main(argv: list[str] | None = None) -> int:
    """``python -m jekpy.plugins.plugin_data [gemoji] [octicons]`` (both when none is named)."""
    names = (sys.argv[1:] if argv is None else argv) or list(KNOWN)
    for name in names:
        if name not in KNOWN:
            _stderr(f"usage: python -m jekpy.plugins.plugin_data [{'|'.join(KNOWN)}] ...\n")
            return 2
        try:
            _stderr(f"  saved in {download(KNOWN[name])}\n")
        except JekpyError as exc:
            _stderr(f"Error: {exc}\n  {exc.hint or ''}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
