"""Linear work for repeated block-level constructs (lists, quotes, tables, headers, HTML, code).

Call counts (not timings) are compared, as in test_markdown_fuzz.py, so the checks hold on a
busy machine. Nested lists need a timing check instead: their cost is inside single regex
calls, which a call count does not see.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest
from test_markdown_fuzz import conversion_calls

try:
    from jekpy.markdown import markdownify
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from jekpy.markdown import markdownify

# Units that start or continue a block at every line, or nest a block in the previous one.
BLOCK_UNITS = [
    "1. ", "- ", "* a\n", "1. a\n   ", "> ", "> a\n", "| a ", "|a|b|\n", "|-|-|\n", "a\n: b\n",
    "# a\n", "a\n=\n", "<div>\n", "</div>\n", "<!--\n", "<!-- ", "```\n", "~~~ a\n", "    a\n",
    "a\n\n", "{: .c}\n", "{:a: .c}\n", "*[A]: b\n", "[a]: /u\n", "^\n", "$$\n", "{::comment}\n",
]


@pytest.mark.parametrize("unit", BLOCK_UNITS)
def test_repeated_block_unit_is_linear(unit: str) -> None:
    """Four times the input costs at most about four times the calls (quadratic would be 16)."""
    small, large = conversion_calls(unit * 300), conversion_calls(unit * 1200)
    assert large < 6 * small, (small, large)


def _best(func, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        func()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("marker, tag", [("1. ", "<ol>"), ("- ", "<ul>"), ("> ", "<blockquote>")])
def test_nesting_levels_cost_a_few_line_scans_each(marker: str, tag: str) -> None:
    """kramdown re-reads a list item's or quote's text at every nesting level, so
    ``1. 1. 1. ... long text`` costs levels x length; each level must stay about one copy and a
    few anchored scans of the line. Searching the whole line with a ``^`` pattern (as the list
    rule did three times per level, and the quote's marker substitution did) costs 10-25 scans'
    worth per level."""
    levels = 100
    text = marker * levels + "x " * 100_000
    assert markdownify(marker * 5 + "x").count(tag) == 5
    line = re.compile(r".*\n")
    padded = text + "\n"
    scans = _best(lambda: [line.match(padded) for _ in range(levels)])
    converting = _best(lambda: markdownify(text))
    assert converting < 8 * scans, (converting, scans)


def test_list_items_on_one_rule_like_line_skip_the_rule_lookahead() -> None:
    """``- - - ... a``: every nesting level's text is the rest of one line of rule characters,
    and HR_START's lookahead reads it to the ``a`` each time unless the scanner was told where
    the ``a`` is (``Scanner.plain``). Conversion (a normal attempt, then the deep one to the
    element cap, ~1 450 levels in all) stays at a few line scans per level: one copy plus
    small matches; with the lookahead per level it took ~10 scans' worth per level."""
    from jekpy.markdown import deep

    text = "- " * 100_000 + "a\n"
    line = re.compile(r".*\n")
    scans = _best(lambda: [line.match(text) for _ in range(100)]) / 100
    converting = _best(lambda: markdownify(text))
    levels = deep.ELEMENTS // 2 + 300
    assert converting < 6 * levels * scans, (converting, scans)


_RULE_LIKE = "-*_ \ta"


@pytest.mark.parametrize("seed", range(4))
def test_rule_shortcut_changes_no_output(seed: int, monkeypatch) -> None:
    """Nested list items on lines of rule characters, blanks, tabs and letters (some rules,
    some not, some with IALs or tabs after the marker) render the same with the
    ``Scanner.plain`` hint as without it."""
    import random

    from jekpy.markdown.rules import list as list_rules

    rng = random.Random(seed)
    docs = []
    for _ in range(150):
        lines = []
        for _ in range(rng.randint(1, 4)):
            marker = "".join(rng.choice(["- ", "* ", "1. ", "-\t", "* {: .c} ", "> ", "  "])
                             for _ in range(rng.randint(1, 6)))
            rule = rng.choice("-*_")
            tail = "".join(rng.choice((rule, rule, " ", rng.choice(_RULE_LIKE)))
                           for _ in range(rng.randint(0, 12)))
            lines.append(marker + tail)
        docs.append("\n".join(lines) + rng.choice(["", "\n", "\n\nb\n"]))
    with_hint = [markdownify(d) for d in docs]
    monkeypatch.setattr(list_rules, "_plain_hint", lambda *_args: -1)
    assert [markdownify(d) for d in docs] == with_hint
    assert sum("<hr />" in h for h in with_hint) > 10  # rules do occur
