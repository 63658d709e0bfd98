"""This repository's own site, built by jekpy, equals the reference renderer's build byte for byte."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import load_module
from jekpy.cli import main

HERE = Path(__file__).resolve().parent / "repo_site"
regen = load_module("repo_site_regen", HERE / "regen.py")


def build_with_jekpy(tmp_path: Path, monkeypatch) -> Path:
    src = regen.copy_site(tmp_path / "src")
    pin = tmp_path / "pin.yml"
    pin.write_text(yaml.safe_dump(regen.PIN))
    for key, value in {**regen.ENV, "JEKYLL_ENV": "production"}.items():
        monkeypatch.setenv(key, value)
    dest = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", "-q", "-s", str(src), "-d", str(dest), "--config", f"{src / '_config.yml'},{pin}"])
    assert result.exit_code == 0, result.output
    return dest


def differences(expected: Path, actual: Path) -> list[str]:
    exp = {p.relative_to(expected).as_posix() for p in expected.rglob("*") if p.is_file()}
    act = {p.relative_to(actual).as_posix() for p in actual.rglob("*") if p.is_file()}
    out = [f"missing {p}" for p in sorted(exp - act)] + [f"extra {p}" for p in sorted(act - exp)]
    out += [f"differs {p}" for p in sorted(exp & act) if not filecmp.cmp(expected / p, actual / p, shallow=False)]
    return out


def test_repository_site_is_byte_identical(tmp_path, monkeypatch, count):
    if not shutil.which("git"):
        pytest.skip("git is needed to list the site's files")
    dest = build_with_jekpy(tmp_path, monkeypatch)
    problems = differences(HERE / "expected", dest)
    count("repository site", not problems)
    assert not problems


def test_index_md_is_the_owners_page_unchanged():
    shared = (Path(__file__).resolve().parents[1] / ".." / "shared" / "site" / "index.md").resolve()
    if not shared.is_file():
        pytest.skip("../shared/site/index.md is not beside this checkout")
    assert (Path(__file__).resolve().parents[1] / "index.md").read_bytes() == shared.read_bytes()


@pytest.mark.oracle
def test_expected_matches_reference(tmp_path):
    if not regen.ORACLE.is_file() or not shutil.which("ruby"):
        pytest.skip("reference renderer (Ruby Jekyll) not installed: ../shared/oracle/install-jekyll")
    out = tmp_path / "ref"
    regen.build_reference(out)
    assert differences(HERE / "expected", out) == []
