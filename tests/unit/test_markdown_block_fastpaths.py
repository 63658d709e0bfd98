"""The block rules' shortcuts give what the plain kramdown loops give.

* ``LINE_END_STARTS``: an end pattern (paragraph end, lazy end) never matches at the start of a
  line that begins with a character outside its set, so skipping the regex there is exact.
* ``scan_lines_until`` returns what kramdown's ``scan(/^.*?\\n/)`` / ``check(end)`` loop returns.
* table rows without code spans are split like the span-parse route splits them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

try:
    from jekpy.markdown import patterns
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from jekpy.markdown import patterns
from jekpy.markdown import _configured, _key
from jekpy.markdown.element import Element
from jekpy.markdown.rules.paragraph import scan_lines_until
from jekpy.markdown.rules.table import _CELL_SPLIT
from jekpy.markdown.scanner import Scanner

# Characters and pieces that begin (or almost begin) block constructs.
_PIECES = [
    " ", "  ", "   ", "    ", "\t", "\n", "\r", "\f", "\v", "-", "*", "+", "1.", "12.", "#", "##",
    ">", ":", "{:", "{::", "{:/", "}", "^", "<", "</", "<div", "</div>", "<span>", "</a>", "```",
    "~~~", "a", "x y", "=", "|", "\\", "é", ".", "0", "[", "!", "_",
]
_END_PATTERNS = [patterns.LAZY_END_RE, patterns.PARAGRAPH_END, patterns.PARAGRAPH_END_GFM]


def _random_text(rng: random.Random, pieces: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(pieces))


@pytest.mark.parametrize("end_re", _END_PATTERNS, ids=["lazy", "paragraph", "paragraph_gfm"])
def test_end_pattern_only_matches_at_lines_starting_with_its_characters(end_re) -> None:
    starts = patterns.LINE_END_STARTS[end_re]
    assert starts is not None and "a" not in starts
    rng = random.Random(7)
    checked = 0
    for _ in range(8000):
        text = "x\n" + _random_text(rng, rng.randint(0, 6)) + "\n"
        if end_re.full.match(text, 2) is not None:
            checked += 1
            assert text[2] in starts, repr(text)
    assert checked > 400  # the grammar reaches the end patterns often


def _plain_loop(text: str, pos: int, end_re) -> tuple[str, int]:
    """kramdown's loop with the scanner's own ``scan``/``check``."""
    src = Scanner(text)
    src.pos = pos
    lines = [src.scan(patterns.PARAGRAPH_MATCH)]
    while src.check(end_re) is None:
        line = src.scan(patterns.PARAGRAPH_MATCH)
        if line is None:
            break
        lines.append(line)
    return "".join(lines), src.pos


@pytest.mark.parametrize("end_re", _END_PATTERNS, ids=["lazy", "paragraph", "paragraph_gfm"])
def test_scan_lines_until_matches_the_plain_loop(end_re) -> None:
    rng = random.Random(11)
    for _ in range(1500):
        lines = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 4)))
                 for _ in range(rng.randint(1, 6))]
        text = "p\n".join(lines) + "p\n" + ("tail" if rng.random() < 0.2 else "")
        src = Scanner(text)
        got = scan_lines_until(src, end_re)
        assert (got, src.pos) == _plain_loop(text, 0, end_re), repr(text)


def _cells_by_span_parse(parser, line: str) -> list[str]:
    """The general route: a code-span parse of the row, then splitting its raw text at pipes."""
    env = parser.save_env()
    parser.reset_env(src=Scanner(line))
    root = Element("root")
    parser.parse_spans(root, None, ["codespan"])
    parser.restore_env(env)
    cells: list[str] = []
    for child in root.children:
        first, *rest = [t.replace("\\|", "|") for t in _CELL_SPLIT.split(child.value)]
        if cells:
            cells[-1] += first
        else:
            cells.append(first)
        cells.extend(rest)
    return cells


def test_table_rows_split_without_span_parse_like_with_it() -> None:
    parser = _configured(_key(None))[1]
    parser.reset_state()
    rng = random.Random(3)
    cells = ["a", " b ", "\\|", "\\", "x\\|y", "", " ", "é", "<em>", "c|d", "\\\\|"]
    for _ in range(2000):
        line = "|".join(rng.choice(cells) for _ in range(rng.randint(0, 5)))
        before = parser.span_work
        fast = parser._row_cells(line)
        fast_work = parser.span_work - before
        slow = _cells_by_span_parse(parser, line)
        assert fast == slow, repr(line)
        assert fast_work == parser.span_work - before - fast_work, repr(line)


def test_ascii_name_classes_equal_rubys_on_ascii() -> None:
    """UNAME_ASCII's classes are exactly Ruby's [[:alpha:]_] / [-[:alnum:]._] on ASCII."""
    import re

    from jekpy.markdown.posix_classes import alnum_class, alpha_class

    ascii_chars = [chr(i) for i in range(128)]
    for full, fast in ((alpha_class("_"), "[A-Za-z_]"), (alnum_class("._-"), "[-.A-Za-z0-9_]")):
        full_re = re.compile(full, re.ASCII | re.MULTILINE)
        fast_re = re.compile(fast, re.ASCII | re.MULTILINE)
        assert [c for c in ascii_chars if full_re.fullmatch(c)] == \
            [c for c in ascii_chars if fast_re.fullmatch(c)]


@pytest.mark.parametrize("name", ["HTML_TAG_RE", "HTML_TAG_CLOSE_RE", "HTML_ATTRIBUTE_RE"])
def test_ascii_tag_patterns_match_like_the_originals_on_ascii_text(name: str) -> None:
    full = getattr(patterns, name).full
    fast = getattr(patterns, name + "_ASCII").full
    pieces = ["<", "</", ">", "/>", "a", "B", "_", "x:y", "-", ".", "1", " ", "\n", "=", '"', "'",
              "v", "div", "span", "=\"q\"", "='s'", ":", "\t", "é", "&"]
    rng = random.Random(5)
    checked = 0
    for _ in range(4000):
        text = rng.choice(["<", "</", "<a ", "</b", " x"]) + "".join(
            rng.choice(pieces) for _ in range(rng.randint(0, 8))) + rng.choice([">", "/>", ""])
        if not text.isascii():
            continue
        for pos in range(len(text)):
            a, b = full.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), repr(text)
            checked += a is not None
        assert [m.groups() for m in full.finditer(text)] == \
            [m.groups() for m in fast.finditer(text)], repr(text)
    assert checked > 100


def test_horizontal_rule_lookahead_keeps_kramdowns_matches() -> None:
    """``HR_START``'s leading lookahead only restates what horizontal_rule.rb's pattern needs:
    on random rule-like lines both give the same match at every line start."""
    import re

    plain = re.compile(r"^ {0,3}(\*|-|_)[ \t]*\1[ \t]*\1(?:\1|[ \t])*\n", re.M)
    fast = re.compile(patterns.HR_START, re.M)
    rng = random.Random(11)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(" \t*-_a\n") for _ in range(rng.randint(0, 14)))
        for pos in [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]:
            want, got = plain.match(text, pos), fast.match(text, pos)
            assert (want and want.group(0)) == (got and got.group(0)), (text, pos)
            matched += want is not None
    assert matched > 50  # the sample holds real rules, not only misses
