"""Property tests for jekpy.markdown: no exception and bounded time on arbitrary input.

``JEKPY_HYPOTHESIS_EXAMPLES`` sets the number of examples (default 200; CI may raise it).
The strategy mixes Markdown/HTML punctuation with text, so that openers without closers, nested
brackets and raw HTML are common.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

try:
    from jekpy.markdown import convert, markdownify
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from jekpy.markdown import convert, markdownify

EXAMPLES = int(os.environ.get("JEKPY_HYPOTHESIS_EXAMPLES", "200"))

_TOKENS = st.sampled_from([
    "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "<", ">", "&", '"', "'", "\\", "\n",
    "\n\n", " ", "  ", "\t", "#", "-", "+", "1.", "|", ":", "{:", "}", "~~", "$$", "^", "!",
    "<div>", "</div>", "<span>", "</span>", "<!--", "-->", "```", "~~~", "    ", "> ", "* ",
    "[^1]", "[^1]: x", "[a]: /u", "{:toc}", "{: .c}", "*[A]: b", "<p>", "</p>", "<br/>",
    "&amp;", "&#x41;", "&bogus;", "{::comment}", "{:/}", "|---|", "\n: ", "\n===", "word", "é",
])
_DOCUMENTS = st.one_of(
    st.lists(_TOKENS, max_size=60).map("".join),
    st.text(max_size=300),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(_DOCUMENTS)
def test_convert_never_raises(text: str) -> None:
    """The converter itself (not only the safety net) handles every input."""
    assert isinstance(convert(text), str)


@settings(max_examples=max(EXAMPLES // 4, 10), deadline=None)
@given(_DOCUMENTS, st.sampled_from([None, {"hard_wrap": True}, {"parse_block_html": True},
                                   {"auto_ids": False, "entity_output": "numeric"},
                                   {"input": "kramdown"}, {"html_to_native": True}]))
def test_options_never_raise(text: str, options: dict | None) -> None:
    assert isinstance(markdownify(text, options), str)


@pytest.mark.parametrize("unit", ["[", "*a ", "![", "[a](", "<!-- ", "~~a ", "_a_b", "`a ``b "])
def test_pathological_input_is_linear(unit: str) -> None:
    """Doubling a pathological input at most roughly doubles the time."""

    def cost(n: int) -> float:
        start = time.perf_counter()
        markdownify(unit * n)
        return time.perf_counter() - start

    small, large = cost(1500), cost(6000)
    assert large < max(8 * small, 0.5)


def test_deep_nesting_falls_back_without_raising() -> None:
    html = markdownify("<span>" * 3000)
    assert html.startswith("<p>")
