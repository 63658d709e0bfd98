"""Deeply nested Markdown against Ruby kramdown 2.4.0 (issue 3, "Nesting").

Each case is a construct repeated ``depth`` times. The expected HTML was produced by Ruby
kramdown + kramdown-parser-gfm under Pages' options and is committed as data
(``data/markdown_deep.json``: whole outputs up to 16 000 characters, otherwise length, SHA-256
and both ends). Depths are kramdown's deepest successes per construct (bisected: one step
deeper, kramdown raises SystemStackError) and one depth past Python's default recursion limit.
Cases marked ``big_stack`` are deeper than kramdown's default stack allows: their expected HTML
comes from kramdown run with a 64 MiB VM stack, which is what jekpy renders there (Pages' own
build would fail). Deeper than jekpy's caps (``jekpy.markdown.deep``) ``markdownify`` returns
the escaped-text fallback.

Regenerate (needs ``ruby`` with kramdown and kramdown-parser-gfm; a few minutes):
``python tests/unit/test_markdown_deep.py --regen``.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

try:
    import jekpy.markdown as md
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import jekpy.markdown as md
from jekpy.markdown import deep

DATA = Path(__file__).with_name("data") / "markdown_deep.json"
FULL = 16_000  # outputs up to this many characters are stored whole

#: Construct name -> depth -> Markdown text.
CONSTRUCTS = {
    "blockquote": lambda n: "> " * n + "a\n",
    "blockquote_lines": lambda n: "".join(">" * (i + 1) + " a\n" for i in range(n)),
    "blockquote_code": lambda n: "> " * n + "```ruby\nx = 1\n```\n",
    "ul": lambda n: "* " * n + "a\n",
    "ol": lambda n: "1. " * n + "a\n",
    "dash": lambda n: "- " * n + "a\n",
    "ul_lines": lambda n: "".join("  " * i + "* a\n" for i in range(n)),
    "bq_ul_ol": lambda n: "> * 1. " * n + "a\n",
    "bq_div_md": lambda n: '> <div markdown="1">\n' * n + "a\n",
    "bq_span": lambda n: "> " * (n // 2) + "<span>" * (n // 2) + "a\n",
    "li_span": lambda n: "* " * (n // 4) + "<span>" * n + "a\n",
    "span": lambda n: "<span>" * n + "a" + "</span>" * n + "\n",
    "span_open": lambda n: "<span>" * n + "a\n",
    "span_md": lambda n: '<span markdown="1">' * n + "*a*" + "</span>" * n + "\n",
    "em_html": lambda n: "<em>" * n + "a" + "</em>" * n + "\n",
    "a_html": lambda n: '<a href="x">' * n + "a" + "</a>" * n + "\n",
    "abbr_span": lambda n: "<abbr>" * n + "HTML" + "</abbr>" * n + "\n\n*[HTML]: x\n",
    "header_span": lambda n: "# " + "<span>" * n + "a" + "</span>" * n + "\n",
    "table_span": lambda n: "| " + "<span>" * n + "a" + "</span>" * n + " |\n",
    "footnote_span": lambda n: "a[^1]\n\n[^1]: " + "<span>" * n + "b\n",
    "link_text_span": lambda n: "[" + "<span>" * n + "a](u)\n",
    "div": lambda n: "<div>" * n + "a" + "</div>" * n + "\n",
    "div_lines": lambda n: "<div>\n" * n + "a\n" + "</div>\n" * n,
    "div_open": lambda n: "<div>\n" * n + "a\n",
    "div_md": lambda n: '<div markdown="1">\n' * n + "*a*\n" + "</div>\n" * n,
    "div_md_inline": lambda n: '<div markdown="1">' * n + "*a*" + "</div>" * n + "\n",
    "div_md_span": lambda n: '<div markdown="span">' * n + "*a*" + "</div>" * n + "\n",
    "details_md": lambda n: '<details markdown="1">\n' * n + "*a*\n" + "</details>\n" * n,
    "ul_li_html": lambda n: "<ul><li>\n" * n + "a\n" + "</li></ul>\n" * n,
    "image_alt": lambda n: "![" * n + "a" + "](u)" * n + "\n",
    "link": lambda n: "[" * n + "a" + "](u)" * n + "\n",
    "em_link": lambda n: "[*" * n + "a" + "*](u)" * n + "\n",
    "brackets": lambda n: "[" * n + "a\n",
    "stars": lambda n: "*" * n + "a\n",
    "em": lambda n: "*a " * n + "b" + " c*" * n + "\n",
    "em_alternating": lambda n: ("".join("*_"[i % 2] + "x" for i in range(n)) + "b"
                                 + "".join("*_"[i % 2] for i in reversed(range(n))) + "\n"),
    "strong": lambda n: "**a " * n + "b" + " c**" * n + "\n",
    "strike": lambda n: "~~a " * n + "b" + " c~~" * n + "\n",
    "backticks": lambda n: "`" * n + "a\n",
    "less_than": lambda n: "<" * n + "a\n",
    "double_quotes": lambda n: '"' * n + "a" + '"' * n + "\n",
    "quotes_mixed": lambda n: "".join("\"'"[i % 2] + "x " for i in range(n)) + "b\n",
    "dd_markers": lambda n: "t\n" + ": " * n + "a\n",
    "footnote_chain": lambda n: "".join(f"[^{i}]: a [^{i + 1}]\n" for i in range(n)) + "x [^0]\n",
}

#: (construct, depth, big_stack) converted by Ruby for the data file.
CASES = [
    # past Python's default limit, and kramdown's deepest success (bisected)
    ("blockquote", 400, False), ("blockquote", 1656, False),
    ("blockquote_lines", 400, False), ("blockquote_code", 1000, False),
    ("ul", 300, False), ("ul", 825, False), ("ol", 825, False), ("dash", 400, False),
    ("ul_lines", 400, False), ("bq_ul_ol", 150, False), ("bq_ul_ol", 332, False),
    ("bq_div_md", 1015, False), ("bq_span", 2312, False), ("li_span", 1531, False),
    ("span", 400, False), ("span", 1968, False), ("span_open", 1968, False),
    ("span_md", 400, False), ("span_md", 1968, False), ("em_html", 1968, False),
    ("a_html", 1968, False), ("abbr_span", 1968, False), ("header_span", 1968, False),
    ("table_span", 1968, False), ("footnote_span", 1968, False), ("link_text_span", 1968, False),
    ("div", 400, False), ("div", 1968, False), ("div_lines", 1968, False),
    ("div_open", 1968, False), ("div_md", 400, False), ("div_md", 1015, False),
    ("div_md_inline", 1015, False), ("div_md_span", 3000, False), ("details_md", 1015, False),
    ("ul_li_html", 300, False), ("ul_li_html", 989, False),
    ("image_alt", 400, False), ("image_alt", 1781, False),
    # no recursion in jekpy; deep in kramdown
    ("link", 30000, False), ("em_link", 3000, False), ("brackets", 1000, False),
    ("stars", 30000, False), ("em", 30000, False), ("em_alternating", 10000, False),
    ("strong", 30000, False), ("strike", 3000, False), ("backticks", 10000, False),
    ("less_than", 30000, False), ("double_quotes", 30000, False),
    ("quotes_mixed", 30000, False), ("dd_markers", 3000, False), ("footnote_chain", 1000, False),
    # deeper than kramdown's default stack, within jekpy's caps: kramdown with a larger stack
    ("span", 2200, True), ("ul", 1000, True),
    ("div_md", 1100, True), ("image_alt", 2000, True),
]

#: Deeper than jekpy's caps (kramdown raises SystemStackError on all of them).
BEYOND = [("blockquote", 2700), ("span", 3000), ("ul", 1300), ("ol", 1201), ("div_md", 1300),
          ("bq_ul_ol", 500), ("image_alt", 3000), ("details_md", 1250), ("li_span", 2600)]

_RUBY = r"""
require "json"; require "kramdown"; require "kramdown-parser-gfm"
opts = {input: "GFM", hard_wrap: false, auto_ids: true, toc_levels: "1..6",
  entity_output: "as_char", smart_quotes: "lsquo,rsquo,ldquo,rdquo", footnote_nr: 1,
  show_warnings: false, guess_lang: true, template: "", math_engine: "mathjax",
  syntax_highlighter: "rouge", syntax_highlighter_opts: {default_lang: "plaintext", guess_lang: true},
  gfm_quirks: "paragraph_end"}
out = JSON.parse(File.read(ARGV[0])).map do |s|
  begin
    Kramdown::Document.new(s, opts).to_html
  rescue SystemStackError
    nil
  end
end
File.write(ARGV[1], JSON.generate(out))
"""


def _ruby(texts: list[str], big_stack: bool) -> list[str | None]:
    """kramdown's HTML per text (None: SystemStackError); ``big_stack``: 64 MiB VM stack."""
    env = dict(os.environ)
    if big_stack:
        env["RUBY_THREAD_VM_STACK_SIZE"] = str(64 << 20)

    def more_stack() -> None:
        hard = resource.getrlimit(resource.RLIMIT_STACK)[1]
        resource.setrlimit(resource.RLIMIT_STACK, (hard, hard))

    with tempfile.TemporaryDirectory() as tmp:
        script, data, out = (Path(tmp) / name for name in ("k.rb", "in.json", "out.json"))
        script.write_text(_RUBY)
        data.write_text(json.dumps(texts))
        subprocess.run(["ruby", str(script), str(data), str(out)], check=True, env=env,
                       preexec_fn=more_stack if big_stack else None)
        return json.loads(out.read_text())


def _summary(html: str) -> dict:
    """The stored form of one expected output."""
    if len(html) <= FULL:
        return {"html": html}
    return {"length": len(html), "sha256": hashlib.sha256(html.encode()).hexdigest(),
            "head": html[:300], "tail": html[-300:]}


def regenerate() -> None:
    """Convert every case with Ruby kramdown and write the data file."""
    cases = []
    for big in (False, True):
        chosen = [(name, depth) for name, depth, flag in CASES if flag is big]
        results = _ruby([CONSTRUCTS[name](depth) for name, depth in chosen], big)
        for (name, depth), html in zip(chosen, results, strict=True):
            if html is None:
                raise SystemExit(f"kramdown failed on {name} x {depth} (big_stack={big})")
            cases.append({"construct": name, "depth": depth, "big_stack": big, **_summary(html)})
    beyond = _ruby([CONSTRUCTS[name](depth) for name, depth in BEYOND], False)
    failed = [list(case) for case, html in zip(BEYOND, beyond, strict=True) if html is None]
    DATA.write_text(json.dumps({
        "source": "Ruby kramdown 2.4.0 + kramdown-parser-gfm 1.1.0, Ruby 3.1, Pages' options; "
                  "big_stack: RUBY_THREAD_VM_STACK_SIZE=64 MiB",
        "cases": cases,
        "kramdown_stack_errors": failed,
    }, indent=0, ensure_ascii=False) + "\n")


def _load() -> dict:
    if not DATA.exists():  # before the first --regen; test_data_covers_every_case fails
        return {"cases": [], "kramdown_stack_errors": []}
    return json.loads(DATA.read_text())


def _id(case: dict) -> str:
    return f"{case['construct']}-{case['depth']}" + ("-big_stack" if case["big_stack"] else "")


def _check(got: str, case: dict) -> None:
    if "html" in case:
        assert got == case["html"]
        return
    assert got[:300] == case["head"]
    assert got[-300:] == case["tail"]
    assert len(got) == case["length"]
    assert hashlib.sha256(got.encode()).hexdigest() == case["sha256"]


@pytest.mark.parametrize("case", _load()["cases"], ids=_id)
def test_deep_nesting_matches_kramdown(case: dict, count) -> None:
    """kramdown's output at every depth it handles (and with a larger stack, slightly beyond)."""
    before = sys.getrecursionlimit()
    got = md.convert(CONSTRUCTS[case["construct"]](case["depth"]))
    try:
        _check(got, case)
        count("markdown deep nesting vs kramdown", True)
    except AssertionError:
        count("markdown deep nesting vs kramdown", False)
        raise
    assert sys.getrecursionlimit() == before


def test_data_covers_every_case() -> None:
    """The data file was generated from the current case list."""
    data = _load()
    stored = {(c["construct"], c["depth"], c["big_stack"]) for c in data["cases"]}
    assert stored == set(CASES)
    assert sorted(map(tuple, data["kramdown_stack_errors"])) == sorted(BEYOND)
    assert sum("html" in c for c in data["cases"]) >= 10  # some outputs kept whole


@pytest.mark.parametrize(("name", "depth"), BEYOND, ids=[f"{n}-{d}" for n, d in BEYOND])
def test_beyond_the_caps_falls_back_to_escaped_text(name: str, depth: int) -> None:
    """Deeper than kramdown and jekpy can go: RecursionError from convert, escaped text from
    markdownify, and the recursion limit as it was."""
    text = CONSTRUCTS[name](depth)
    before = sys.getrecursionlimit()
    with pytest.raises(RecursionError):
        md.convert(text)
    html = md.markdownify(text)
    assert html.startswith("<p>") and html.endswith("</p>\n")
    assert "&lt;" in html or "<" not in text
    assert sys.getrecursionlimit() == before


def test_documents_within_the_limit_take_no_second_attempt(monkeypatch) -> None:
    """The worker thread is used only after a RecursionError."""

    def refuse(*_args):
        raise AssertionError("deep.run called")

    monkeypatch.setattr(deep, "run", refuse)
    assert md.convert("> " * 50 + "*a* <span>b</span>\n").count("<blockquote>") == 50
    with pytest.raises(AssertionError, match="deep.run called"):
        md.convert("> " * 400 + "a\n")


def test_a_deep_caller_gets_the_same_output() -> None:
    """A conversion started near the recursion limit is retried with a fresh stack."""
    text = "> " * 20 + "* *a* [b](c) `d`\n\n```ruby\nx = 1\n```\n"
    expected = md.convert(text)

    def at(depth: int) -> str:
        return at(depth - 1) if depth > 0 else md.convert(text)

    here, frame = 0, sys._getframe()
    while frame is not None:
        here, frame = here + 1, frame.f_back
    room = sys.getrecursionlimit() - here
    for left in (200, 80, 30):  # a few frames are needed to start the worker thread
        assert at(room - left) == expected


def test_concurrent_deep_conversions_restore_the_limit() -> None:
    """Threads converting deep and shallow documents at once all get kramdown's output, and
    the process-wide recursion limit is back to its value afterwards."""
    cases = {c["depth"]: c for c in _load()["cases"]
             if c["construct"] == "span" and not c["big_stack"]}
    texts = [(CONSTRUCTS["span"](depth), cases[depth]) for depth in (400, 1968)]
    before = sys.getrecursionlimit()
    errors: list[BaseException] = []

    def work(index: int) -> None:
        try:
            for round_ in range(3):
                text, case = texts[(index + round_) % 2]
                _check(md.convert(text), case)
                assert md.convert("*a* b\n") == "<p><em>a</em> b</p>\n"
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert sys.getrecursionlimit() == before


def test_limit_scope_counts_its_users() -> None:
    """Nested users keep the raised limit; the last one out restores the old one."""
    before = sys.getrecursionlimit()
    scope = deep.LimitScope(before + 500)
    with scope:
        assert sys.getrecursionlimit() == before + 500
        with scope:
            assert sys.getrecursionlimit() == before + 500
        assert sys.getrecursionlimit() == before + 500
    assert sys.getrecursionlimit() == before
    with deep.LimitScope(before - 100):  # a lower cap never lowers the limit
        assert sys.getrecursionlimit() == before


def test_worker_exceptions_reach_the_caller() -> None:
    """deep.run returns the worker's result or raises its exception."""
    assert deep.run(lambda a, b: a + b, 2, 3) == 5
    with pytest.raises(ValueError, match="boom"):
        deep.run(lambda: (_ for _ in ()).throw(ValueError("boom")))


def test_check_depth_counts_block_html_twice() -> None:
    """The element cap: ``markdown="1"`` block HTML counts two levels, other elements one."""
    from jekpy.markdown.element import Element

    def chain(kind: str, options: dict, levels: int) -> Element:
        root = top = Element("root")
        for _ in range(levels):
            child = Element(kind, options=options)
            top.children.append(child)
            top = child
        return root

    deep.check_depth(chain("blockquote", {}, deep.ELEMENTS))
    with pytest.raises(RecursionError):
        deep.check_depth(chain("blockquote", {}, deep.ELEMENTS + 1))
    block_html = {"content_model": "block"}
    deep.check_depth(chain("html_element", block_html, deep.ELEMENTS // 2))
    with pytest.raises(RecursionError):
        deep.check_depth(chain("html_element", block_html, deep.ELEMENTS // 2 + 1))


def _deep_parse(text: str, count: bool = False) -> tuple[int, BaseException | None]:
    """A deep-mode parse of ``text``: how many ``parse_blocks`` calls it made (``count``: a
    subclass that adds a frame per level) and its RecursionError, if any."""
    from jekpy.markdown.parser import KramdownParser

    calls = 0

    class Counting(KramdownParser):
        def parse_blocks(self, el, text=None):
            nonlocal calls
            calls += 1
            return super().parse_blocks(el, text)

    opts = md._configured(md._key(None))[0]
    try:
        deep.run((Counting if count else KramdownParser)(opts).parse, text)
    except RecursionError as exc:
        return calls, exc
    return calls, None


@pytest.mark.parametrize(("unit", "per_level"), [("- ", 2), ("> ", 1), ("1. ", 2),
                                                 ('<div markdown="1">\n', 2)])
def test_parse_stops_once_the_element_cap_is_certain(unit: str, per_level: int) -> None:
    """Nesting that will fail ``check_depth`` raises during the parse at the element cap (a
    list level counts ``ul`` + ``li``), not at the frame cap further on (2 660 list levels,
    each copying the rest of the line)."""
    levels = deep.ELEMENTS // per_level
    error = _deep_parse(unit * 5000 + "a\n")[1]
    assert isinstance(error, RecursionError) and "elements" in str(error)
    assert _deep_parse(unit * levels + "a\n")[1] is None
    if per_level == 2 and unit[0] != "<":  # 5 frames per level with the counter: fits
        calls, error = _deep_parse(unit * 5000 + "a\n", count=True)
        assert "elements" in str(error)
        assert calls == levels + 2  # the root, the levels, the one refused


def test_footnote_contents_are_not_counted() -> None:
    """A footnote definition's blocks live outside the tree ``check_depth`` walks: the parse
    does not count them either (only the frame cap applies)."""
    assert _deep_parse("[^1]: " + "> " * (deep.ELEMENTS + 10) + "a\n")[1] is None
    error = _deep_parse("> " * (deep.ELEMENTS + 10) + "a\n")[1]
    assert "elements" in str(error)


@pytest.mark.parametrize("unit", ["1. ", "- > "])
def test_nesting_on_one_line_keeps_one_copy_of_the_text(unit: str) -> None:
    """Every level's text is the rest of the line (a copy): a consumed level's copy is freed
    before the next level parses, so the peak stays a few copies, not one per level (10^5
    units took 290-830 MB, all levels' copies alive until the element cap)."""
    import tracemalloc

    text = unit * (10_000 // len(unit) * 2) + "a\n"
    tracemalloc.start()
    try:
        html = md.markdownify(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert html.startswith("<p>")  # beyond the cap: escaped text
    assert peak < 4_000_000 + 80 * len(text), (peak, len(text))  # ~1 200 levels of objects


_FAULTS = r"""
import resource, sys
sys.path[:0] = sys.argv[1:]
import jekpy.markdown as md
text = "* " * 825 + "a\n"
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
assert len(md.convert(text)) == 5456552
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(not hasattr(os, "confstr") or not os.confstr("CS_GNU_LIBC_VERSION"),
                    reason="glibc's dynamic mmap threshold only")
def test_first_deep_conversion_does_not_page_fault_per_copy() -> None:
    """A fresh process converting kramdown's deepest list (5.5 MB of HTML) takes few page
    faults: without deep._raise_mmap_threshold it took ~1.5 million (2.5 s in the kernel)."""
    tools = str(Path(md.__file__).resolve().parents[2])
    result = subprocess.run([sys.executable, "-c", _FAULTS, tools], capture_output=True,
                            text=True, check=True)
    assert int(result.stdout) < 300_000


def test_parser_is_reusable_after_a_failed_attempt() -> None:
    """The cached parser gives the same output for a normal document after a deep failure."""
    text = "# T\n\n* a\n* b\n\n> q *e* [l](u)\n"
    expected = md.convert(text)
    md.markdownify("<span>" * 3000 + "a\n")
    md.convert("> " * 500 + "a\n")
    assert md.convert(text) == expected


if __name__ == "__main__":
    if sys.argv[1:] == ["--regen"]:
        regenerate()
    else:
        raise SystemExit(__doc__)
