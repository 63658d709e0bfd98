"""jekyll-readme-index 0.3.0: the ``tests/plugins/readme_index_*`` oracle cases and its regexes."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

from jekpy.plugins import readme_index

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
harness = importlib.import_module("default_plugins_harness")

SKIP: dict[str, str] = {}


def test_readme_index_cases(tmp_path: Path) -> None:
    identical, total, failures = harness.check_prefix("readme_index", tmp_path, SKIP)
    assert total >= 2
    assert not failures, failures


def _site(*urls: str) -> SimpleNamespace:
    return SimpleNamespace(
        config={"markdown_ext": "markdown,mkdown,mkdn,mkd,md"},
        pages=[SimpleNamespace(url=u) for u in urls],
        static_files=[],
    )


def test_readme_name_any_case_extension_exact_case() -> None:
    regex = readme_index.readme_regex(_site())
    assert regex.search("/docs/ReadMe.md")
    assert regex.search("/README.markdown")
    assert not regex.search("/b/readme.MD")  # oracle case readme_index_extensions
    assert not regex.search("/README.txt")


def test_folder_index_is_the_folder_url_or_its_index_file() -> None:
    assert readme_index.dir_has_index(_site("/DOCS/"), "/docs")
    assert readme_index.dir_has_index(_site("/docs/index.htm"), "/docs")
    assert not readme_index.dir_has_index(_site("/assets/index.html"), "/docs")
    assert not readme_index.dir_has_index(_site("/docs/INDEX.html"), "/docs")


def test_ruby_dirname() -> None:
    assert readme_index.ruby_dirname("/README.md") == "/"
    assert readme_index.ruby_dirname("/docs/README.md") == "/docs"
    assert readme_index.ruby_dirname("/docs/") == "/"
