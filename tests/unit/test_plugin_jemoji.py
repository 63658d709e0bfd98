"""jemoji 0.13.0: ``tests/plugins/jemoji_*`` golden sites and the markup rules.

The golden sites' ``out/`` were written by the reference renderer with the real jemoji 0.13.0 and
gemoji 4.1.0 loaded from source (tests/plugins/gem_shim.rb; html-pipeline 2.14.3 and Nokogiri
are the reference's own). jekpy builds them with the small gemoji-format table in
``tests/plugins/data/gemoji-4.1.0/emoji.json`` (JEKPY_DATA_PATH), which holds every alias the
sites use; names not in it are not gemoji 4.1.0 aliases either.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_plugin_seo_tag import PLUGIN_CASES, assert_case, build_plugin_case, plugin_cases

from jekpy.plugins import jemoji, plugin_data

DATA = PLUGIN_CASES / "data"
FIXTURE = DATA / "gemoji-4.1.0" / "emoji.json"
ROOT = "https://github.githubassets.com/images/icons/"
# Known-failing golden sites, with the reason (none today).
SKIP: dict[str, str] = {}


@pytest.fixture
def emoji_data(monkeypatch):
    """The fixture table on the data path, no download."""
    monkeypatch.setenv("JEKPY_DATA_PATH", str(DATA))
    monkeypatch.setenv("JEKPY_NO_DOWNLOAD", "1")


@pytest.mark.parametrize("name", plugin_cases("jemoji"))
def test_jemoji_case(name: str, tmp_path: Path, monkeypatch, count, emoji_data) -> None:
    if name in SKIP:
        pytest.skip(SKIP[name])
    assert_case(name, tmp_path, monkeypatch, count, "plugin jemoji sites")


def table() -> object:
    return jemoji.load_table(FIXTURE.read_text(encoding="utf-8"))


# -- gemoji's image file names (lib/emoji/character.rb at v4.1.0) ---------------------------

@pytest.mark.parametrize(("entry", "expected"), [
    ({"emoji": "\U0001f604", "aliases": ["smile"]}, "unicode/1f604.png"),
    # TEXT_GLYPHS are registered with VS16 first; -fe0f is dropped again.
    ({"emoji": "\u00a9", "aliases": ["copyright"]}, "unicode/00a9.png"),
    ({"emoji": "#\ufe0f\u20e3", "aliases": ["hash"]}, "unicode/0023-20e3.png"),
    ({"emoji": "\U0001f441\ufe0f\u200d\U0001f5e8\ufe0f", "aliases": ["eye"]}, "unicode/1f441-1f5e8.png"),
    # an emoji without a character (gemoji 3's custom ones): <name>.png, from source reading
    ({"aliases": ["octocat"]}, "octocat.png"),
])
def test_image_filename(entry: dict, expected: str) -> None:
    assert jemoji.image_filename(entry) == expected


def test_later_alias_wins_like_gemojis_index() -> None:
    text = json.dumps([{"emoji": "a", "aliases": ["x"]}, {"emoji": "b", "aliases": ["x"]}])
    assert jemoji.load_table(text)["x"] == "unicode/0062.png"


# -- the filter -------------------------------------------------------------------------------

def test_img_markup_and_attribute_order() -> None:
    assert jemoji.emoji_tag("+1", "unicode/1f44d.png", ROOT) == (
        '<img class="emoji" title=":+1:" alt=":+1:" '
        'src="https://github.githubassets.com/images/icons/emoji/unicode/1f44d.png" height="20" width="20">')


def test_github_pages_readme_output() -> None:
    # actions/jekyll-build-pages test_projects/readme/_expected/index.html (recorded on Pages):
    # kramdown's &rsquo; comes back as a character from Nokogiri's re-serialisation.
    html = "<p>Here&rsquo;s a jemoji :+1:</p>\n"
    assert jemoji.filter_html(html, table(), ROOT) == (
        '<p>Here\u2019s a jemoji <img class="emoji" title=":+1:" alt=":+1:" '
        'src="https://github.githubassets.com/images/icons/emoji/unicode/1f44d.png" height="20" width="20"></p>\n')


@pytest.mark.parametrize(("text", "names"), [
    (":smile::smile:", ["smile", "smile"]),
    ("::smile::", ["smile"]),
    (":nope:smile:", ["smile"]),
    (":smile :tada:", ["tada"]),
    (": smile :", []),
    (":SMILE:", []),
])
def test_shortcode_scan(text: str, names: list[str]) -> None:
    assert [name for _, _, name in jemoji.shortcodes(text, table())] == names


@pytest.mark.parametrize(("root", "expected"), [
    ("https://cdn.example.com/assets", "https://cdn.example.com/assets/emoji/x.png"),
    ("https://cdn.example.com/", "https://cdn.example.com/emoji/x.png"),
    ("", "/emoji/x.png"),
])
def test_file_join(root: str, expected: str) -> None:
    assert jemoji.file_join(root, "emoji/x.png") == expected


def test_asset_root(monkeypatch) -> None:
    monkeypatch.delenv("ASSET_HOST_URL", raising=False)
    assert jemoji.emoji_src({}) == ROOT
    assert jemoji.emoji_src({"emoji": {"src": "https://e.test"}}) == "https://e.test"
    monkeypatch.setenv("ASSET_HOST_URL", "https://assets.test/")
    assert jemoji.emoji_src({"emoji": {}}) == "https://assets.test/images/icons/"


def test_ignored_ancestors_and_unchanged_output() -> None:
    html = "<p><code>:smile:</code><tt>:smile:</tt><pre>:smile:</pre></p>"
    assert "<img" not in jemoji.filter_html(html, table(), ROOT)
    # no alias anywhere: the output is returned as it is, entities and all
    assert jemoji.emojify("<body><p>&rsquo;<br/></p></body>", table(), {}) == "<body><p>&rsquo;<br/></p></body>"


# -- without the table --------------------------------------------------------------------------

def test_without_data_the_build_warns_and_keeps_text(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JEKPY_DATA_PATH", str(tmp_path / "none"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("JEKPY_NO_DOWNLOAD", "1")
    code, output, dest = build_plugin_case("jemoji_text", tmp_path, monkeypatch)
    assert code == 0
    assert "is not available (downloads are off" in output
    assert "JEKPY_DATA_PATH" in output
    assert ":smile:" in (dest / "index.html").read_text(encoding="utf-8")


def test_data_file_is_found_on_the_data_path(monkeypatch) -> None:
    monkeypatch.setenv("JEKPY_DATA_PATH", str(DATA))
    assert plugin_data.find(plugin_data.GEMOJI) == FIXTURE


# -- Nokogiri's re-serialisation of real pages ----------------------------------------------------

CORPUS = (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus").resolve()
CORPUS_HASHES = Path(__file__).resolve().parent / "data" / "jemoji_corpus.json"
# Known differences with the real jemoji, with the reason (none today).
CORPUS_SKIP: dict[str, str] = {}


def test_corpus_pages_reserialised_like_nokogiri(count) -> None:
    """Every corpus page with ``:smile:`` in its title, through jekpy's jemoji, hashes as through
    the real one (tests/plugins/jemoji_corpus_regen.py wrote the hashes with Ruby)."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is not beside this checkout")
    import hashlib
    import sys

    sys.path.insert(0, str(PLUGIN_CASES))
    from jemoji_corpus_regen import with_shortcode

    expected = json.loads(CORPUS_HASHES.read_text(encoding="utf-8"))
    smile = table()
    differ = []
    for rel, digest in sorted(expected.items()):
        if rel in CORPUS_SKIP:
            continue
        page = (CORPUS / rel).read_text(encoding="utf-8")
        output = jemoji.emojify(with_shortcode(page), smile, {})
        same = hashlib.sha256(output.encode("utf-8")).hexdigest() == digest
        count("jemoji corpus pages", same)
        if not same:
            differ.append(rel)
    print(f"jemoji corpus pages: {len(expected) - len(differ) - len(CORPUS_SKIP)}/{len(expected)} identical")
    assert not differ, differ[:10]
