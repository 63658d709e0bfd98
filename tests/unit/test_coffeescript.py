"""jekyll-coffeescript (a Pages default plugin): jekpy cannot compile CoffeeScript.

Python has no maintained CoffeeScript compiler (PyPI's ``coffeescript`` and its kin drive the JS
compiler through Node), so a ``.coffee`` file with front matter - which Pages would publish as
compiled ``.js`` - stops the build with an error naming the file; ``_site`` is left as it was.
Without front matter the file is a static file, copied as it is, as in Jekyll.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jekpy.cli import main


@pytest.fixture(autouse=True)
def _default_mode(monkeypatch) -> None:
    monkeypatch.delenv("JEKPY_COFFEESCRIPT", raising=False)


def _site(tmp_path: Path, front_matter: bool) -> tuple[Path, Path]:
    src, dest = tmp_path / "src", tmp_path / "site"
    (src / "assets").mkdir(parents=True)
    (src / "_config.yml").write_text("theme: null\n", encoding="utf-8")
    (src / "index.html").write_text("hi\n", encoding="utf-8")
    body = "square = (x) -> x * x\n"
    (src / "assets" / "app.coffee").write_text(("---\n---\n" if front_matter else "") + body, encoding="utf-8")
    dest.mkdir()
    (dest / "marker.txt").write_text("old\n", encoding="utf-8")
    return src, dest


def _build(src: Path, dest: Path):
    return CliRunner().invoke(main, ["build", "-s", str(src), "-d", str(dest)])


def test_coffee_with_front_matter_is_an_error_and_site_is_untouched(tmp_path: Path) -> None:
    src, dest = _site(tmp_path, front_matter=True)
    result = _build(src, dest)
    assert result.exit_code == 1
    assert "CoffeeScript: jekpy cannot compile assets/app.coffee: it has front matter" in result.output
    assert "commit assets/app.js" in result.output
    assert "remove its front matter" in result.output
    assert sorted(p.name for p in dest.iterdir()) == ["marker.txt"]
    assert (dest / "marker.txt").read_text(encoding="utf-8") == "old\n"


def test_coffee_without_front_matter_is_a_static_file(tmp_path: Path) -> None:
    src, dest = _site(tmp_path, front_matter=False)
    result = _build(src, dest)
    assert result.exit_code == 0, result.output
    assert (dest / "assets" / "app.coffee").read_text(encoding="utf-8") == "square = (x) -> x * x\n"
    assert not (dest / "assets" / "app.js").exists()


def test_copy_mode_builds_as_a_renderer_without_the_plugin(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JEKPY_COFFEESCRIPT", "copy")
    src, dest = _site(tmp_path, front_matter=True)
    result = _build(src, dest)
    assert result.exit_code == 0, result.output
    assert "assets/app.coffee is copied unconverted" in result.output
    assert (dest / "assets" / "app.coffee").read_text(encoding="utf-8") == "square = (x) -> x * x\n"
