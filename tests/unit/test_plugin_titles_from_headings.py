"""jekyll-titles-from-headings 0.5.3: the ``tests/plugins/titles_from_headings_*`` oracle cases
and TITLE_REGEX on the headings those cases show."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from jekpy.plugins import titles_from_headings as tfh

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
harness = importlib.import_module("default_plugins_harness")

SKIP: dict[str, str] = {}


def test_titles_from_headings_cases(tmp_path: Path) -> None:
    identical, total, failures = harness.check_prefix("titles_from_headings", tmp_path, SKIP)
    assert total >= 1
    assert not failures, failures


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("# Title\n\nBody", "Title"),
        ("\n\n### Three\n", "Three"),
        ("#\nNext line title\n", "Next line title"),
        ("## Closing hashes ##\n", "Closing hashes ##"),
        ("##Not atx\n---\n", "##Not atx"),
        ("Setext\r\n======\r\n", "Setext\r"),  # greedy (.*) keeps the CR, as in Ruby
        ("#### Four\n", None),
        ("Para\n\n# Late\n", None),
    ],
)
def test_title_regex(body: str, heading: str | None) -> None:
    match = tfh.TITLE_REGEX.search(body)
    found = None if match is None else (match.group(1) if match.group(1) is not None else match.group(2))
    assert found == heading


def test_footnote_markers_are_removed() -> None:
    assert tfh.EXTRA_MARKUP_REGEX.sub("", "A note[^1] here") == "A note here"
