"""Pathological Markdown: time to convert 10^5 repetitions of each troublesome unit, and 1 MB lines.

Usage: ``python benchmarks/markdown_pathological.py [--size 100000]``

Issue 3 asks that no input take super-linear time: each input here should convert in well
under a second (CPU time). For every unit the script converts ``size / 10`` and ``size`` repetitions and
prints both times and their ratio (about 10 for linear work, about 100 for quadratic), so a
slow machine does not hide a quadratic corner. Nothing here is a test: the deterministic
linearity check is tests/unit/test_markdown_fuzz.py (it counts calls instead of timing).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from jekpy.markdown import markdownify  # noqa: E402

# Nested openers of every span and block construct kramdown tries (and the GFM additions).
UNITS = {
    "[ (nested link openers)": "[",
    "![ (image openers)": "![",
    "[a]( (unclosed inline links)": "[a](",
    "[a](< (unclosed <url>)": "[a](<",
    '[a](b " (unclosed titles)': '[a](b "',
    "[a] [ (reference-like brackets)": "[a] [",
    "* (emphasis markers)": "*",
    "*a (unclosed emphasis)": "*a ",
    "**a (unclosed strong, em fallback)": "**a ",
    "_a_b (intraword underscores)": "_a_b",
    "a_b_c (snake case words)": "a_b_c ",
    "` (backticks)": "`",
    "`a ``b (mismatched code spans)": "`a ``b ",
    "< (raw HTML openers)": "<",
    "<span> (nested HTML)": "<span>",
    "<!-- (unclosed comments)": "<!-- ",
    "> (nested blockquote markers)": ">",
    "- (nested list markers)": "- ",
    "1. (ordered list markers)": "1. ",
    "~~a (unclosed strikethrough)": "~~a ",
    "{: (IAL openers)": "{: ",
    "$$ (math delimiters)": "$$",
    "\\ (backslashes)": "\\",
    "& (entity starts)": "&",
    "\" (quotes for smart quotes)": "\"a ",
    # (unit, text after the repetitions): nested list items whose line is not a rule
    "- ... a (list items, one text line)": ("- ", "a\n"),
    "* ... a (list items, one text line)": ("* ", "a\n"),
}


def timed(text: str) -> float:
    """CPU seconds for one conversion (the machine is shared: wall time would count the
    other jobs' use of the CPU)."""
    started = time.process_time()
    markdownify(text)
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    size = args.size
    worst = 0.0
    print(f"{'input':42} {'x' + str(size // 10):>10} {'x' + str(size):>10}  ratio")
    for label, value in UNITS.items():
        unit, tail = (value, "") if isinstance(value, str) else value
        small, large = timed(unit * (size // 10) + tail), timed(unit * size + tail)
        worst = max(worst, large)
        print(f"{label:42} {small:9.3f}s {large:9.3f}s  {large / max(small, 1e-9):5.1f}")
    line = ("word *emphasis* [link](https://example.com) `code` " * 20000)[:1_000_000]
    for label, text in (("1 MB single line of mixed spans", line),
                        ("1 MB single line of letters", "a" * 1_000_000)):
        seconds = timed(text)
        worst = max(worst, seconds)
        print(f"{label:42} {'':>10} {seconds:9.3f}s")
    print(f"slowest: {worst:.3f}s ({'under' if worst < 1 else 'OVER'} 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
