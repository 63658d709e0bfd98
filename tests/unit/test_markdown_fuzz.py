"""Property tests for jekpy.markdown: no exception and bounded time on arbitrary input.

``JEKPY_HYPOTHESIS_EXAMPLES`` sets the number of examples (default 200; CI may raise it).
The strategy mixes Markdown/HTML punctuation with text, so that openers without closers, nested
brackets and raw HTML are common.
"""

from __future__ import annotations

import os
import sys
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


def _calls(text: str) -> int:
    """How many Python and C functions converting ``text`` calls: a count, not a timing, so it
    is the same on a busy machine (speed itself is measured by benchmarks/markdown_bench.py)."""
    count = 0

    def tally(_frame, event, _arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(tally)
    try:
        markdownify(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("unit", ["[", "*a ", "![", "[a](", "<!-- ", "~~a ", "_a_b", "`a ``b "])
def test_pathological_input_is_linear(unit: str) -> None:
    """Four times the input costs at most about four times the work (quadratic would be 16)."""
    small, large = _calls(unit * 500), _calls(unit * 2000)
    assert large < 6 * small


def test_deep_nesting_falls_back_without_raising() -> None:
    html = markdownify("<span>" * 3000)
    assert html.startswith("<p>")
