"""jekyll-octicons 14.2.2: ``tests/plugins/octicons_*`` golden sites and the tag's markup rules.

``out/`` was written by the reference renderer with the real jekyll-octicons and octicons 14.2.2
gems loaded from source (tests/plugins/gem_shim.rb). jekpy builds them with a three-icon table in
the format of octicons' build/data.json (``tests/plugins/data/octicons-14.2.2/data.json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_plugin_seo_tag import PLUGIN_CASES, assert_case, build_plugin_case, plugin_cases

from jekpy.plugins import octicons

DATA = PLUGIN_CASES / "data"
ICONS = json.loads((DATA / "octicons-14.2.2" / "data.json").read_text(encoding="utf-8"))
SKIP: dict[str, str] = {}
# actions/jekyll-build-pages test_projects/octicons/_expected/index.html, recorded on GitHub Pages.
PAGES_ALERT = (
    '<svg height="32" class="octicon octicon-alert right left" aria-label="hi" viewBox="0 0 24 24" '
    'version="1.1" width="32" role="img"><path d="M13 17.5a1 1 0 11-2 0 1 1 0 012 0zm-.25-8.25a.75.75 0 '
    '00-1.5 0v4.5a.75.75 0 001.5 0v-4.5z"></path><path fill-rule="evenodd" d="M9.836 3.244c.963-1.665 '
    "3.365-1.665 4.328 0l8.967 15.504c.963 1.667-.24 3.752-2.165 3.752H3.034c-1.926 0-3.128-2.085-2.165"
    "-3.752L9.836 3.244zm3.03.751a1 1 0 00-1.732 0L2.168 19.499A1 1 0 003.034 21h17.932a1 1 0 00.866"
    '-1.5L12.866 3.994z"></path></svg>')


@pytest.fixture
def icon_data(monkeypatch):
    monkeypatch.setenv("JEKPY_DATA_PATH", str(DATA))
    monkeypatch.setenv("JEKPY_NO_DOWNLOAD", "1")


@pytest.mark.parametrize("name", plugin_cases("octicons"))
def test_octicons_case(name: str, tmp_path: Path, monkeypatch, count, icon_data) -> None:
    if name in SKIP:
        pytest.skip(SKIP[name])
    assert_case(name, tmp_path, monkeypatch, count, "plugin octicons sites")


def test_markup_recorded_on_github_pages() -> None:
    symbol, options = octicons.parse_markup('alert height:32 class:"right left" aria-label:hi')
    assert (symbol, options) == ("alert", {"height": "32", "class": "right left", "aria-label": "hi"})
    assert octicons.svg(symbol, options, ICONS) == PAGES_ALERT


@pytest.mark.parametrize(("markup", "symbol", "options"), [
    ('"alert"', None, {}),
    ("alert class:'x y'", "alert", {"class": "'x y'"}),
    ('alert aria-label : "a b" height:"20"', "alert", {"aria-label": "a b", "height": "20"}),
    ("alert height:1 height:2", "alert", {"height": "2"}),
])
def test_parse_markup(markup: str, symbol: str | None, options: dict) -> None:
    assert octicons.parse_markup(markup) == (symbol, options)


@pytest.mark.parametrize(("heights", "asked", "expected"), [
    (["16", "24"], 16, 16), (["16", "24"], "23", 16), (["16", "24"], "24", 24), (["16", "24"], "8", 16),
    (["24"], "16", 24), (["16", "24"], "abc", 16), (["16", "24"], "32px", 24),
])
def test_natural_height(heights: list[str], asked: object, expected: int) -> None:
    assert octicons.natural_height(heights, asked) == expected


def test_ruby_to_i() -> None:
    assert [octicons.ruby_to_i(v) for v in ("12", " 7x", "-3", "1_000", "x", 5)] == [12, 7, -3, 1000, 0, 5]


def test_tag_without_symbol_renders_nothing(tmp_path: Path, monkeypatch, icon_data) -> None:
    # Liquid 4.0.4 (Pages) turns the tag's nil into "" (block_body.rb render_node_to_output:
    # node_output.to_s); the reference's Liquid 5 raises "no implicit conversion of nil into String".
    src = tmp_path / "src"
    src.mkdir()
    (src / "_config.yml").write_text("theme: null\nplugins: [jekyll-octicons]\n", encoding="utf-8")
    (src / "index.html").write_text('---\n---\n[{% octicon "alert" %}]\n', encoding="utf-8")
    code, _ = _build(src, tmp_path / "site")
    assert code == 0
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "[]\n"


def _build(src: Path, dest: Path) -> tuple[int, str]:
    from click.testing import CliRunner

    from jekpy.cli import main

    result = CliRunner().invoke(main, ["build", "-s", str(src), "-d", str(dest)])
    return result.exit_code, result.output


def test_missing_data_is_an_error_naming_file_and_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JEKPY_DATA_PATH", str(tmp_path / "none"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("JEKPY_NO_DOWNLOAD", "1")
    code, output, dest = build_plugin_case("octicons_basic", tmp_path, monkeypatch)
    assert code != 0
    assert "Primer Octicons 14.2.2's icon table (build/data.json) is not available" in output
    assert "in index.html:5" in output
    assert not dest.exists()
