"""Real-world Markdown regression cases, with outputs rendered by Ruby kramdown.

``data/markdown_realworld.json`` maps case names to ``{"input", "expected", "source", ...}``:

* ``feature`` cases are short fragments (a paragraph, a table, a list, a fenced block ...) cut
  from the Markdown files of public GitHub Pages sites and themes, a few per construct, so the
  speed work keeps real-world shapes byte-identical;
* ``cause`` cases are minimal inputs reduced from a document on which jekpy and kramdown
  differed, with the kramdown rule responsible; ``kramdown`` (optional) is the site's
  ``kramdown:`` block the case needs (expected output from Jekyll's KramdownParser with the
  reference renderer's effective configuration).

``expected`` is kramdown 2.4.0 + kramdown-parser-gfm 1.1.0 under Pages' options. Regenerate
(needs Ruby, git and the mirrored repositories): ``python benchmarks/markdown_realworld.py
--regression-data tests/unit/data/markdown_realworld.json``; the whole-corpus differential is
``python benchmarks/markdown_realworld.py`` (see docs/markdown.md, "Real-world documents").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

try:
    from jekpy.config import load as load_config
    from jekpy.markdown import convert
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from jekpy.config import load as load_config
    from jekpy.markdown import convert

DATA = Path(__file__).resolve().parent / "data" / "markdown_realworld.json"
CASES: dict[str, dict] = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
SUITE = "markdown real-world fragments and reductions (kramdown 2.4.0)"

# Cases jekpy still gets wrong: name -> cause (the kramdown rule, and the module to change).
KNOWN_FAILING: dict[str, str] = {}


def options_for(case: dict, tmp_path: Path) -> dict | None:
    """The kramdown options jekpy derives from the case's ``kramdown:`` block (None: Pages')."""
    if "kramdown" not in case:
        return None
    (tmp_path / "_config.yml").write_text(json.dumps({"kramdown": case["kramdown"]}),
                                          encoding="utf-8")
    return load_config(tmp_path)["kramdown"]


def render(case: dict, tmp_path: Path) -> str:
    """jekpy's HTML for one case."""
    return convert(case["input"], options_for(case, tmp_path))


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_kramdown(name, count, tmp_path):
    case = CASES[name]
    got = render(case, tmp_path)
    count(SUITE, got == case["expected"])
    if name in KNOWN_FAILING and got != case["expected"]:
        pytest.skip(KNOWN_FAILING[name])
    assert got == case["expected"]


def test_known_failing_is_current(tmp_path):
    """A case listed as failing that now passes should leave KNOWN_FAILING."""
    fixed = [name for name in KNOWN_FAILING
             if name in CASES and render(CASES[name], tmp_path) == CASES[name]["expected"]]
    assert fixed == []
    assert set(KNOWN_FAILING) <= set(CASES)


def test_data_shape():
    """Every case has kramdown's output and says where it comes from and why it is here."""
    if not CASES:
        pytest.skip(f"missing {DATA}")
    assert len(CASES) > 150
    for name, case in CASES.items():
        assert isinstance(case["expected"], str), name
        assert case["source"], name
        assert ("feature" in case) != ("cause" in case), name


def _tool():
    """benchmarks/markdown_realworld_variants.py (the differential tool's pure helpers)."""
    benchmarks = str(Path(__file__).resolve().parents[2] / "benchmarks")
    if benchmarks not in sys.path:
        sys.path.insert(0, benchmarks)
    import markdown_realworld_variants

    return markdown_realworld_variants


def test_tool_tells_highlighter_differences_from_markup():
    """Only Rouge token spans differing is the highlighter's part; anything else is markup."""
    _tool()
    import markdown_realworld

    code = '<pre class="highlight"><code>{}</code></pre>'
    spans = code.format('<span class="k">def</span> x')
    assert markdown_realworld.kind(spans, code.format("def x")) == "highlight"
    assert markdown_realworld.kind(spans, code.format("def y")) == "markup"
    assert markdown_realworld.kind("<p>a</p>", "<p>b</p>") == "markup"


def test_tool_liquid_stand_in_and_excerpt():
    """The Liquid stand-in keeps raw text, drops other tags; an excerpt keeps link definitions."""
    tool = _tool()
    text = "a {{ x }} {% include y.html %}{% raw %}{{ keep }}{% endraw %}\n"
    assert tool.liquid_stub(text) == "a  {{ keep }}\n"
    figure = tool.liquid_stub("{% highlight text %}\nhi\n{% endhighlight %}")
    assert figure.startswith('<figure class="highlight"><pre><code class="language-text"')
    assert tool.excerpt("one\n\ntwo\n[a]: /b\n") == "one\n\n[a]: /b"
    assert tool.chunks("a\n\n```\nx\n\ny\n```\n\nb\n") == ["a\n", "```\nx\n\ny\n```\n", "b\n"]
