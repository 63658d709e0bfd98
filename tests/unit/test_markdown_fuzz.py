"""Property tests for jekpy.markdown: no exception and bounded time on arbitrary input.

``JEKPY_HYPOTHESIS_EXAMPLES`` sets the number of examples (default 200; CI may raise it).
The strategy mixes Markdown/HTML punctuation with text, so that openers without closers, nested
brackets and raw HTML are common.
"""

from __future__ import annotations

import os
import re
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


def conversion_calls(text: str) -> int:
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


@pytest.mark.parametrize("unit", ["[", "*a ", "![", "[a](", "<!-- ", "~~a ", "_a_b", "`a ``b ",
                                  "**a ", "[a](<", '[a](b "', "a_b_c "])
def test_pathological_input_is_linear(unit: str) -> None:
    """Four times the input costs at most about four times the work (quadratic would be 16)."""
    small, large = conversion_calls(unit * 500), conversion_calls(unit * 2000)
    assert large < 6 * small


def test_deep_nesting_falls_back_without_raising() -> None:
    html = markdownify("<span>" * 3000)
    assert html.startswith("<p>")


#: Runs that kramdown would re-scan to the end once per opener, each with the construct that
#: ends it; the emphasis/link shortcuts (rules/emphasis.py, rules/link.py, docs/markdown.md
#: "Linear time") must handle them without the work budget, which would change the output.
_SHORTCUT_RUNS = {
    "unclosed emphasis": "*a " * 5000,
    "strong fallback": "**a " * 5000,
    "intra-word underscores": "_a_b" * 5000,
    "snake case words": "a_b_c " * 5000,
    "inline links without )": "[a](" * 5000,
    "inline links, one ) at the end": "[a](" * 5000 + ")",
    "nested ( in URLs": "[a](b (" * 5000 + ")",
    "<url> without )": "[a](<" * 5000 + "> )",
    "titles without their quote": '[a](b "' * 5000 + "')",
    "emphasis before a used footnote": "*a " * 5000 + "[^1]\n\n[^1]: x\n",
    "reference-like brackets": "[a] [" * 5000 + "\n\n[z]: /u\n",
    "nested [ before one ]": "[" * 5000 + "]\n\n[z]: /u\n",
    "unbalanced link texts": "x[a [b " * 3000 + "]\n\n[z]: /u\n",
}


@pytest.mark.parametrize("name", sorted(_SHORTCUT_RUNS))
def test_shortcuts_stay_under_the_work_budget(name: str) -> None:
    """The exact shortcuts, not the budget (which keeps later openers literal), bound these."""
    from jekpy.markdown import _configured, _key

    parser = _configured(_key(None))[1]
    parser.parse(_SHORTCUT_RUNS[name])
    assert parser.span_work <= parser.span_budget // 2, (parser.span_work, parser.span_budget)


#: Small instances of the shortcut cases with Ruby kramdown 2.4.0's output (Pages' options,
#: generated with the reference renderer): the shortcuts must not change what kramdown writes
#: (``{::options}`` after a failed opener changes the text parsed again: kept the plain way).
_KRAMDOWN_OUTPUTS = [
    ('*a *a *a b',
     '<p>*a *a *a b</p>\n'),
    ('**a **a **a b*',
     '<p><em>*a **a **a b</em></p>\n'),
    ('**a **a **a',
     '<p>**a **a **a</p>\n'),
    ('x **a ***b c',
     '<p>x <em>*a **</em>b c</p>\n'),
    ('a\\**b*',
     '<p>a*<em>b</em></p>\n'),
    ('_a_b_a_b',
     '<p>_a_b_a_b</p>\n'),
    ('a_b_c_ d _e_',
     '<p>a_b_c_ d <em>e</em></p>\n'),
    ('snake_case_name and __x__',
     '<p>snake_case_name and <strong>x</strong></p>\n'),
    ('ಕಾ_a_ b',
     '<p>ಕಾ_a_ b</p>\n'),
    ('a _b_ಾ c',
     '<p>a _b_ಾ c</p>\n'),
    ('a _b_² c',
     '<p>a <em>b</em>² c</p>\n'),
    ('[a](<x> ) [b](<y>)',
     '<p>[a](<x> ) [b](<y>)</y></x></p>\n'),
    ('[a](b (c [d](e)',
     '<p>[a](b (c <a href="e">d</a></p>\n'),
    ('[a](b "t [c](d "u")',
     '<p><a href="b" title="t [c](d &quot;u">a</a></p>\n'),
    ('[a](b "t\') [c](d)',
     '<p>[a](b “t’) <a href="d">c</a></p>\n'),
    ('[a](( "t" )',
     '<p><a href="(" title="t">a</a></p>\n'),
    ('*a [^1] b\n\n[^1]: x\n',
     '<p>*a <sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup> b</p>\n\n<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:1" role="doc-endnote">\n      <p>x\xa0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n'),
    ('[a]( [^1] [b](c)\n\n[^1]: x\n',
     '<p>[a]( <sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup> <a href="c">b</a></p>\n\n<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:1" role="doc-endnote">\n      <p>x\xa0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n'),
    ('*a \'q\' {::options smart_quotes="apos,apos,quot,quot" /} b',
     "<p>*a 'q'  b</p>\n"),
    ('[a] [b] [a][b]\n\n[b]: /u\n',
     '<p><a href="/u">a</a> <a href="/u">a</a></p>\n\n'),
    ('[a] [[a] [[a] [x\n\n[z]: /u\n',
     '<p>[a] [[a] [[a] [x</p>\n\n'),
    ('[[[a] [z]\n\n[z]: /u\n',
     '<p>[[<a href="/u">a</a></p>\n\n'),
    ('x[a [b [z] ]\n\n[z]: /u\n',
     '<p>x[a [b <a href="/u">z</a> ]</p>\n\n'),
    ('[a][[a][[z]\n\n[z]: /u\n',
     '<p>[a][[a][<a href="/u">z</a></p>\n\n'),
    ('[a [b](c) [d\n\n[d]: /u\n',
     '<p>[a <a href="c">b</a> [d</p>\n\n'),
    ('[![i](s) [a] [b\n\n[a]: /u\n',
     '<p>[<img src="s" alt="i" /> <a href="/u">a</a> [b</p>\n\n'),
    ('[a [^1] [z]\n\n[z]: /u\n[^1]: n\n',
     '<p>[a <sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup> <a href="/u">z</a></p>\n\n<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:1" role="doc-endnote">\n      <p>n\xa0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n'),
    ('[a [b {: .c} [z]\n\n[z]: /u\n',
     '<p>[a [b {: .c} <a href="/u">z</a></p>\n\n'),
]


@pytest.mark.parametrize(("text", "expected"), _KRAMDOWN_OUTPUTS)
def test_shortcut_cases_match_kramdown(text: str, expected: str) -> None:
    assert convert(text) == expected


def _url_loop(text: str, pos: int) -> tuple[int, bool]:
    """kramdown's URL loop (link.rb) written out plainly: the reference for ``_Parens``."""
    from jekpy.markdown.rules.link import _PAREN_STOP

    depth, end = 0, pos
    while True:
        m = _PAREN_STOP.full.search(text, end)
        if m is None:
            return end, False
        end = m.end()
        if m.group(2):
            depth -= 1
            if depth == 0:
                return end, True
        elif m.group(1):
            depth += 1
        else:
            return end, False


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(alphabet="(()) \"'ab\n", max_size=80))
def test_parenthesis_matching_answers_like_the_url_loop(text: str) -> None:
    """Long URL scans are answered from the whole text's parenthesis matching."""
    from jekpy.markdown.rules.link import _Parens

    parens = _Parens(text)
    for pos, char in enumerate(text):
        if char == "(":
            assert parens.scan(pos) == _url_loop(text, pos), (text, pos)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(alphabet="*_ a\\", max_size=60), st.lists(st.integers(0, 60), max_size=20))
def test_remembered_searches_answer_like_a_new_search(text: str, starts: list[int]) -> None:
    """``next_match`` keeps one search per key; any order of starts gets the plain answer."""
    from jekpy.markdown.rules.emphasis import _CLOSER, next_match
    from jekpy.markdown.scanner import Scanner

    src = Scanner(text)
    for start in starts:
        start = min(start, len(text))
        for delim, pattern in _CLOSER.items():
            m = pattern.search(text, start)
            expected = m.start() if m is not None else len(text)
            assert next_match(src, "k" + delim, pattern, start) == expected


_SHORTCUT_TOKENS = st.sampled_from([
    "*", "**", "***", "_", "__", "\\*", "\\_", "[", "]", "![", "(", ")", "(<", ">", '"', "'", " ",
    "\n", "a", "b1", "ಾ", "a_b", "`", "[^1]", "{: .c}", "{::comment}x{:/}",
    '{::options smart_quotes="apos,apos,quot,quot" /}', "[a]", "](", "] [", "<b>", "</b>",
])
_SHORTCUT_DEFS = st.sampled_from(["", "\n\n[a]: /u\n", "\n\n[^1]: n\n", "\n\n[b]: /v\n[^1]: n\n"])


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(_SHORTCUT_TOKENS, max_size=40).map("".join), _SHORTCUT_DEFS)
def test_emphasis_and_link_shortcuts_change_nothing(body: str, defs: str) -> None:
    """With every emphasis/link shortcut switched off (the plain kramdown algorithm; these
    texts are far below the work budget) the output is the same."""
    from jekpy.markdown.rules import emphasis, link

    text = body + defs
    fast = convert(text)
    patches = [(emphasis.EmphasisRules, "_may_close", lambda self, delim, start: True),
               (link.LinkRules, "_may_succeed", lambda self, cur: True),
               (link.LinkRules, "_known_to_fail", lambda self, pos: False)]
    saved = [(cls, name, getattr(cls, name)) for cls, name, _ in patches]
    run = emphasis._INTRAWORD_RUN
    try:
        for cls, name, plain in patches:
            setattr(cls, name, plain)
        emphasis._INTRAWORD_RUN = re.compile("")
        assert convert(text) == fast
    finally:
        for cls, name, original in saved:
            setattr(cls, name, original)
        emphasis._INTRAWORD_RUN = run
