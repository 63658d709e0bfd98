"""Every stylesheet of the real sites in shared/corpus, compiled by jekpy.sass, against the CSS
the reference build wrote (``expected/``), byte for byte.

The stylesheet is found from each expected ``.css``: the site's own ``.scss``/``.sass`` page
with front matter, else the theme's ``assets/css`` file.  Load paths are the site's
``sass.load_paths`` and ``sass_dir`` (default ``_sass``) then the theme's ``_sass``; the style
is ``effective_config.sass.style`` resolved like jekyll-sass-converter 1.5.2.  Bodies that
contain Liquid are taken already rendered from tests/unit/data/sass/corpus/ (rendered by the
reference Jekyll, see the README there).  Skips with a printed reason if shared/ is absent.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jekpy.sass import SassError, compile_sass, resolve_style

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
CORPUS = SHARED / "corpus"
RENDERED = REPO / "tests" / "unit" / "data" / "sass" / "corpus"
STYLED = REPO / "tests" / "unit" / "data" / "sass" / "corpus_styles"
FRONT_MATTER = re.compile(r"\A---\s*\n.*?^---\s*$\n?", re.S | re.M)

_VENDOR = "the shared snapshot lacks the site's vendor/ folder this stylesheet imports"
SKIP = {
    "NPLawrence__nplawrence.github.io/assets/css/main.css": _VENDOR,
    "just-the-docs__just-the-docs/assets/css/just-the-docs-dark.css": _VENDOR,
    "just-the-docs__just-the-docs/assets/css/just-the-docs-light.css": _VENDOR,
    "just-the-docs__just-the-docs/assets/css/just-the-docs-default.css": _VENDOR,
}
STYLED_SKIP: dict[str, str] = {}
RESULTS: list[bool] = []
STYLED_RESULTS: list[bool] = []


def _site_json(site: Path) -> dict:
    return json.loads((site / "site.json").read_text(encoding="utf-8"))


def _theme_dir(meta: dict) -> Path | None:
    theme = meta.get("theme")
    if not theme:
        return None
    return SHARED / theme["files"].removeprefix("shared/")


def _source_for(site: Path, rel_css: Path, theme: Path | None) -> Path | None:
    """The Sass page that produced ``rel_css`` (site first, then the theme's assets)."""
    for ext in (".scss", ".sass"):
        own = site / "src" / rel_css.with_suffix(ext)
        if own.is_file() and own.read_text(encoding="utf-8").startswith("---"):
            return own
        if theme:
            themed = theme / rel_css.with_suffix(ext)
            if themed.is_file():
                return themed
    return None


def _cases():
    if not CORPUS.is_dir():
        return []
    out = []
    for site in sorted(p for p in CORPUS.iterdir() if (p / "site.json").is_file()):
        theme = _theme_dir(_site_json(site))
        for css in sorted((site / "expected").rglob("*.css")):
            rel = css.relative_to(site / "expected")
            if _source_for(site, rel, theme):
                out.append(f"{site.name}/{rel.as_posix()}")
    return out


def _load_paths(site: Path, meta: dict, theme: Path | None) -> list[str]:
    conf = meta["effective_config"].get("sass") or {}
    src = site / "src"
    paths = [src / p for p in conf.get("load_paths") or []]
    paths.append(src / (conf.get("sass_dir") or "_sass"))
    if theme:
        paths.append(theme / "_sass")
    return [str(p) for p in paths if p.is_dir()]


def _body(site: Path, rel: str, source: Path) -> str | None:
    """The stylesheet text Jekyll hands the converter (Liquid already rendered), or None."""
    rendered = RENDERED / site.name / Path(rel).with_suffix(source.suffix)
    if rendered.is_file():
        return rendered.read_text(encoding="utf-8")
    body = FRONT_MATTER.sub("", source.read_text(encoding="utf-8"), count=1)
    return None if "{{" in body or "{%" in body else body


def _compile(body: str, source: Path, style: str, paths: list[str]) -> str:
    try:
        return compile_sass(body, syntax=source.suffix[1:], style=style, load_paths=paths)
    except SassError as exc:
        return f"ERROR: {exc.message}\n"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} absent")
@pytest.mark.parametrize("case", _cases())
def test_corpus_stylesheet(case):
    """One corpus stylesheet, byte for byte."""
    site_name, rel = case.split("/", 1)
    site = CORPUS / site_name
    meta = _site_json(site)
    theme = _theme_dir(meta)
    source = _source_for(site, Path(rel), theme)
    body = _body(site, rel, source)
    if body is None:
        pytest.skip("contains Liquid and no rendered copy is committed")
    style = resolve_style((meta["effective_config"].get("sass") or {}).get("style"))
    got = _compile(body, source, style, _load_paths(site, meta, theme))
    expected = (site / "expected" / rel).read_text(encoding="utf-8")
    RESULTS.append(got == expected)
    if case in SKIP:
        if got == expected:
            pytest.fail(f"{case} matches now; drop it from SKIP")
        pytest.skip(SKIP[case])
    assert got == expected


def _styled_cases():
    return sorted(p.relative_to(STYLED).as_posix() for p in STYLED.rglob("*.css"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} absent")
@pytest.mark.parametrize("case", _styled_cases())
def test_corpus_stylesheet_other_styles(case):
    """Site stylesheets in nested/expanded/compact against Ruby Sass (generate.rb)."""
    site_name, rel = case.split("/", 1)
    rel_css, style = rel.rsplit(".", 2)[0] + ".css", rel.rsplit(".", 2)[1]
    site = CORPUS / site_name
    meta = _site_json(site)
    theme = _theme_dir(meta)
    source = _source_for(site, Path(rel_css), theme)
    got = _compile(_body(site, rel_css, source), source, style, _load_paths(site, meta, theme))
    expected = (STYLED / case).read_text(encoding="utf-8")
    STYLED_RESULTS.append(got == expected)
    if case in STYLED_SKIP:
        if got == expected:
            pytest.fail(f"{case} matches now; drop it from STYLED_SKIP")
        pytest.skip(STYLED_SKIP[case])
    assert got == expected


def test_zz_corpus_summary():
    """Print the count (runs after the cases of this module)."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} absent: corpus stylesheets not measured")
    print(f"\nsass corpus: {sum(RESULTS)}/{len(RESULTS)} stylesheets identical")
    print(f"sass corpus (other styles): {sum(STYLED_RESULTS)}/{len(STYLED_RESULTS)} identical")
    assert RESULTS
