"""jekyll-paginate 1.1.0: the ``tests/plugins/paginate_*`` oracle cases and the pager rules."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

from jekpy.plugins import paginate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
harness = importlib.import_module("default_plugins_harness")

SKIP: dict[str, str] = {}


def test_paginate_cases(tmp_path: Path) -> None:
    identical, total, failures = harness.check_prefix("paginate", tmp_path, SKIP)
    assert total >= 2
    assert not failures, failures


def _site(paginate_path: str = "/page:num", per_page: int = 2, pages: list | None = None):
    return SimpleNamespace(
        config={"paginate": per_page, "paginate_path": paginate_path},
        source=Path("/src"),
        pages=pages or [],
    )


def _page(relative_path: str, url: str) -> SimpleNamespace:
    name = relative_path.rsplit("/", 1)[-1]
    return SimpleNamespace(name=name, relative_path=relative_path, data={}, url=url)


def test_only_index_html_in_the_paginate_path_hierarchy_is_a_template() -> None:
    root, blog, other, md = (
        _page("index.html", "/"),
        _page("blog/index.html", "/blog/"),
        _page("other/index.html", "/other/"),
        _page("blog/index.md", "/blog/"),
    )
    site = _site("/blog/page:num/", pages=[root, other, md, blog])
    assert [paginate.candidate(site, p) for p in site.pages] == [True, False, False, True]
    assert paginate.template_page(site) is blog


def test_pager_slices_and_paths() -> None:
    site = _site(pages=[_page("index.html", "/")])
    posts = list("abcde")
    first = paginate.Pager(site, 1, posts, 3)
    last = paginate.Pager(site, 3, posts, 3)
    assert first.posts == ["a", "b"] and first.previous_page_path is None
    assert first.next_page_path == "/page2"
    assert last.posts == ["e"] and last.next_page is None
    assert paginate.Pager(site, 2, posts, 3).previous_page_path == "/"


def test_ruby_to_i() -> None:
    assert paginate.ruby_to_i("3 per page") == 3
    assert paginate.ruby_to_i("x") == 0
    assert paginate.ruby_to_i(4.9) == 4
