"""Golden sites: every ``tests/sites/<case>`` built with jekpy must equal the reference's ``out/``.

The inputs are hand-written; ``out/`` was produced by the reference renderer
(``tests/sites/regen.py``), never by hand. Failing-input cases check jekpy's exit code and that
its message names what Jekyll's does. The ``oracle`` test rebuilds the expectations live with
Ruby when it is installed, so the committed data cannot drift from the reference.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import load_module
from jekpy.cli import main

regen = load_module("sites_regen", Path(__file__).resolve().parent / "sites" / "regen.py")

SITES = Path(__file__).resolve().parent / "sites"
# Cases reduced from real public Pages sites (docs/findings-real-sites.md), same format.
FOUND = Path(__file__).resolve().parent / "sites_found"
CASES = sorted(p.name for p in SITES.iterdir() if (p / "case.json").is_file())
FOUND_CASES = sorted(p.name for p in FOUND.iterdir() if (p / "case.json").is_file()) if FOUND.is_dir() else []
ALL_CASES = [*CASES, *(f"found/{name}" for name in FOUND_CASES)]


def case_path(name: str) -> Path:
    """The folder of a case id (`found/<name>` for tests/sites_found)."""
    return FOUND / name.split("/", 1)[1] if name.startswith("found/") else SITES / name

# Cases that do not pass yet, with the reason; they run as xfail (not strict) and are counted.
KNOWN_FAILING: dict[str, str] = {
    "found/post_slug_trailing_dots": (
        "the reference is Jekyll 4.3, whose populate_title strips trailing dots from a slug; 3.10 "
        "(document.rb populate_title) keeps them, so Pages writes post-with-spoiler.html - jekpy follows 3.10"
    ),
    "permalink_weekdate": (
        "the reference is Jekyll 4.3, where `permalink: weekdate` is a style; Jekyll 3.10 "
        "(configuration.rb style_to_permalink) has no such style and uses the word as a literal "
        "template, so Pages writes every post to /weekdate.html - jekpy follows 3.10 "
        "(tests/unit/test_urls.py checks it)"
    ),
}
# Real-site finders add the cases they found but cannot fix in a ``KNOWN_FAILING*.json`` file
# beside them ({"found/<case>": "reason"}), so a new case never turns the suite red unnoticed.
for _listing in sorted(FOUND.glob("KNOWN_FAILING*.json")) if FOUND.is_dir() else []:
    KNOWN_FAILING.update(json.loads(_listing.read_text(encoding="utf-8")))

# Parts of Jekyll's error output jekpy deliberately does not repeat, per case, with the reason.
UNREPEATED_MESSAGES: dict[str, dict[str, str]] = {
    "fail_invalid_utf8": {
        "The source text contains invalid characters for the used encoding UTF-8": (
            "kramdown's follow-up error; jekpy stops at the read error that names the file and line"
        ),
    },
}


def pages_310(case_dir: Path) -> dict:
    """``pages-3.10.json``: where GitHub Pages (Jekyll 3.10) differs from the reference (4.3).

    Keys: ``source`` (the 3.10 file that decides it), ``edits`` (``file``/``from``/``to``
    replacements in the expected output), or ``exit`` + ``stderr_contains`` when 3.10 fails
    the build. Each was derived from the cited 3.10 source, as the Liquid cases' 3.10 values are.
    """
    path = case_dir / "pages-3.10.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def expected_tree(case_dir: Path, tmp_path: Path, override: dict) -> Path:
    """The reference's ``out/`` with the 3.10 edits applied."""
    if not override.get("edits"):
        return case_dir / "out"
    tree = tmp_path / "expected"
    shutil.copytree(case_dir / "out", tree)
    for edit in override["edits"]:
        target = tree / edit["file"]
        text = target.read_text(encoding="utf-8")
        assert edit["from"] in text, f"3.10 edit does not apply to {edit['file']}: {edit['from']!r}"
        target.write_text(text.replace(edit["from"], edit["to"]), encoding="utf-8")
    return tree


def build_case(case_dir: Path, tmp_path: Path, monkeypatch) -> tuple[int, str, Path]:
    """Build one case with jekpy exactly as regen.py builds it with the reference."""
    case = regen.load_case(case_dir)
    src = tmp_path / "src"
    shutil.copytree(case_dir / "in", src, symlinks=True)
    regen._pin_mtimes(src)
    extra = tmp_path / "extra.yml"
    extra.write_text(yaml.safe_dump(case["extra_config"]), encoding="utf-8")
    configs = [str(p) for p in (src / "_config.yml", src / "_config.yaml") if p.exists()][:1]
    configs.append(str(extra))
    dest = tmp_path / "site"
    env = dict(case["env"])
    env.setdefault("JEKYLL_ENV", "production")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("JEKPY_THEME_PATH", str(regen.SHARED_DIR / "oracle" / "themes"))
    result = CliRunner().invoke(main, ["build", "-s", str(src), "-d", str(dest), "--config", ",".join(configs)])
    output = result.output  # click's runner interleaves stdout and stderr here
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, output, dest


def message_keys(expected: list[str]) -> list[str]:
    """The parts of Jekyll's messages jekpy must repeat: the text before "in <file>", without Ruby
    class names (``Psych::SyntaxError``, ``Jekyll::Converters::Markdown``), which mean nothing
    to a jekpy user."""
    keys = []
    for text in expected:
        if "::" in text:
            continue
        keys.append(text.split(" in ")[0][:60])
    return keys


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Paths that differ, are missing or are extra (byte comparison)."""
    problems = []
    exp = {p.relative_to(expected).as_posix() for p in expected.rglob("*") if p.is_file()}
    act = {p.relative_to(actual).as_posix() for p in actual.rglob("*") if p.is_file()} if actual.exists() else set()
    problems += [f"missing {p}" for p in sorted(exp - act)]
    problems += [f"extra {p}" for p in sorted(act - exp)]
    for rel in sorted(exp & act):
        if not filecmp.cmp(expected / rel, actual / rel, shallow=False):
            problems.append(f"differs {rel}")
    return problems


@pytest.mark.parametrize("name", ALL_CASES)
def test_golden_site(name: str, tmp_path: Path, monkeypatch, count) -> None:
    case_dir = case_path(name)
    case = regen.load_case(case_dir)
    override = pages_310(case_dir)
    if "exit" in override:
        case = {**case, "exit": override["exit"], "stderr_contains": override.get("stderr_contains", [])}
    if case.get("needs_theme") and not (regen.SHARED_DIR / "oracle" / "themes").is_dir():
        pytest.skip("needs the Pages theme files from ../shared/oracle/themes, absent here")
    if name in KNOWN_FAILING:
        pytest.xfail(KNOWN_FAILING[name])
    code, output, dest = build_case(case_dir, tmp_path, monkeypatch)
    if case["exit"] != 0:
        skipped = UNREPEATED_MESSAGES.get(name, {})
        keys = message_keys([m for m in case.get("stderr_contains", []) if m not in skipped])
        ok = code != 0 and all(key in output for key in keys)
        count("golden sites", ok)
        assert code != 0, f"expected a failing build, got exit 0\n{output}"
        for key in keys:
            assert key in output, f"message {key!r} not found in:\n{output}"
        return
    expected = expected_tree(case_dir, tmp_path, override)
    problems = tree_differences(expected, dest) if code == 0 else [f"exit {code}: {output}"]
    skipped = UNREPEATED_MESSAGES.get(name, {})
    for key in message_keys([m for m in case.get("stderr_contains", []) if m not in skipped]):
        if key not in output:
            problems.append(f"warning not printed: {key!r}")
    count("golden sites", not problems)
    assert not problems, "\n".join(problems[:20])


@pytest.mark.oracle
@pytest.mark.parametrize("name", ALL_CASES)
def test_expectations_match_reference(name: str, tmp_path: Path) -> None:
    """Rebuild the expectation with the reference renderer and compare with the committed data."""
    if not regen.oracle_available():
        pytest.skip("reference renderer (Ruby Jekyll) not installed: ../shared/oracle/install-jekyll")
    case_dir = case_path(name)
    case = regen.load_case(case_dir)
    dest = tmp_path / "ref"
    run = regen.regen_case(case_dir, dest)
    assert run.exit == case["exit"], run.stderr
    if case["exit"] == 0:
        assert tree_differences(case_dir / "out", dest) == []


def test_counts_cover_every_case() -> None:
    """Every case folder has its input and, when it should build, its expected output."""
    for name in CASES:
        case = json.loads((SITES / name / "case.json").read_text())
        assert (SITES / name / "in").is_dir(), name
        if case.get("exit", 0) == 0:
            assert (SITES / name / "out").is_dir(), name
    assert len(CASES) >= 25
    assert os.path.isdir(SITES)
