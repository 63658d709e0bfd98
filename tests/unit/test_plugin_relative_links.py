"""jekyll-relative-links 0.6.1: the ``tests/plugins/relative_links_*`` oracle cases and the
link regex and path rules (the oracle runs 0.7.0: only behaviour both share is in the cases)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from jekpy.plugins import relative_links as rl

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
harness = importlib.import_module("default_plugins_harness")

SKIP: dict[str, str] = {}


def test_relative_links_cases(tmp_path: Path) -> None:
    identical, total, failures = harness.check_prefix("relative_links", tmp_path, SKIP)
    assert total >= 2
    assert not failures, failures


@pytest.mark.parametrize(
    ("path", "base", "resolved"),
    [
        ("about.md", "", "about.md"),
        ("../about.md", "docs", "about.md"),
        ("./intro.md", "docs", "docs/intro.md"),
        ("/x.md", "docs", "docs/x.md"),  # 0.6.1: one leading slash dropped, still relative
        ("../x.md", "", None),  # above the source
        ("//x.md", "", None),
    ],
)
def test_path_from_root(path: str, base: str, resolved: str | None) -> None:
    assert rl.path_from_root(path, base) == resolved


def test_link_regex_parts() -> None:
    inline = rl.LINK_REGEX.search('[Deeper](docs/deep.md#section "Title")')
    assert inline.group(2, 3, 4) == ("Deeper", "docs/deep.md", '#section "Title"')
    titled = rl.LINK_REGEX.search('[t](a.md "Title")')
    assert titled.group(3) == 'a.md "Title"'  # 0.6.1: no title group, so no target matches
    ref = rl.LINK_REGEX.search("text\n[ref]: docs/intro.md\n")
    assert ref.group(5, 6, 7) == ("ref", "docs/intro.md", None)


def test_replaceable() -> None:
    assert not rl.replaceable("#frag")
    assert not rl.replaceable("https://example.com/x.md")
    assert rl.replaceable("x.md")
