"""Markdown converted ahead in worker processes gives the same bytes as converting in order."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy import preconvert
from jekpy.build import build
from jekpy.markdown import markdownify

POST = """---
title: Post {n}
---
# Heading {n}

Some *text* with "quotes", a [link][ref]{{: .x}} and a footnote.[^1]

```python
def f{n}(x):
    return x * {n}
```

| a | b |
|--:|---|
| {n} | two |

[ref]: https://example.com/{n} "Title"
[^1]: The note of post {n}.
"""

LIQUID_POST = """---
title: Liquid {n}
---
Rendered with Liquid: {{{{ page.title }}}} and **bold**.
"""


def make_site(root: Path, count: int = 24) -> Path:
    """A blog whose posts mostly have no Liquid (converted ahead) and some that do."""
    (root / "_posts").mkdir(parents=True)
    (root / "_layouts").mkdir()
    (root / "_config.yml").write_text("title: Ahead\ntheme: null\n", encoding="utf-8")
    (root / "_layouts" / "default.html").write_text(
        "<title>{{ page.title }}</title>\n{{ content }}\n", encoding="utf-8")
    for n in range(count):
        text = (LIQUID_POST if n % 5 == 0 else POST).format(n=n)
        (root / "_posts" / f"2020-01-{n % 28 + 1:02d}-post-{n}.md").write_text(text, encoding="utf-8")
    (root / "about.md").write_text("---\nlayout: default\n---\n# About\n\nPlain *Markdown* page.\n",
                                   encoding="utf-8")
    return root


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_jobs_from_env() -> None:
    assert preconvert.jobs_from_env({"JEKPY_JOBS": "1"}) == 1
    assert preconvert.jobs_from_env({"JEKPY_JOBS": "0"}) == 1
    assert preconvert.jobs_from_env({"JEKPY_JOBS": "3"}) == 3
    assert preconvert.jobs_from_env({"JEKPY_JOBS": "many"}) >= 1


def test_build_with_workers_is_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = make_site(tmp_path / "src")
    monkeypatch.setenv("JEKPY_JOBS", "1")
    build(src, tmp_path / "one")

    used: list[bool] = []
    close = preconvert.Ahead.close

    def spy_close(self: preconvert.Ahead) -> None:
        used.append(self._executor is not None)
        close(self)

    monkeypatch.setattr(preconvert, "MIN_CHARS", 0)
    monkeypatch.setattr(preconvert.Ahead.start, "__defaults__", (0,))
    monkeypatch.setattr(preconvert.Ahead, "close", spy_close)
    monkeypatch.setenv("JEKPY_JOBS", "2")
    build(src, tmp_path / "two")

    assert used == [True], "the worker processes were not used"
    one, two = tree(tmp_path / "one"), tree(tmp_path / "two")
    assert len(one) == 25
    assert one == two


def test_take_converts_again_when_the_text_changed() -> None:
    items = [SimpleNamespace(content=f"*item {n}*\n") for n in range(6)]
    ahead = preconvert.Ahead()
    ahead.start(items, None, jobs=2, min_chars=0)
    try:
        assert ahead._executor is not None
        items[2].content = "**changed**\n"
        results = [ahead.take(item, markdownify) for item in items]
    finally:
        ahead.close()
    assert results[2] == "<p><strong>changed</strong></p>\n"
    assert results[0] == "<p><em>item 0</em></p>\n"
    assert results[5] == "<p><em>item 5</em></p>\n"


def test_small_input_stays_in_process() -> None:
    ahead = preconvert.Ahead()
    ahead.start([SimpleNamespace(content="short\n")], None, jobs=2)
    assert ahead._executor is None
    assert ahead.take(SimpleNamespace(content="x\n"), markdownify) == "<p>x</p>\n"


def test_render_site_asks_renders_liquid_once_per_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """render_site decides Liquid-or-not once per item: the same answer picks the items converted
    ahead and drives render_item (5 of the 24 posts have Liquid)."""
    from jekpy import render

    asked: list[str] = []
    liquid_items: list[str] = []
    renders_liquid = render.Renderer.renders_liquid
    render_item = render.Renderer.render_item

    def spy_renders_liquid(self: render.Renderer, item) -> bool:  # noqa: ANN001
        asked.append(item.relative_path)
        return renders_liquid(self, item)

    def spy_render_item(self: render.Renderer, item, liquid=None) -> None:  # noqa: ANN001
        assert liquid is not None
        if liquid:
            liquid_items.append(item.relative_path)
        render_item(self, item, liquid)

    monkeypatch.setattr(render.Renderer, "renders_liquid", spy_renders_liquid)
    monkeypatch.setattr(render.Renderer, "render_item", spy_render_item)
    monkeypatch.setenv("JEKPY_JOBS", "1")
    build(make_site(tmp_path / "src"), tmp_path / "out")
    assert len(asked) == len(set(asked)) == 25
    assert len(liquid_items) == 5
