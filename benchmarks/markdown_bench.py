"""Benchmark jekpy.markdown against Ruby kramdown on the conformance and corpus Markdown.

Usage: ``python benchmarks/markdown_bench.py [--repeat N]``

Converts every kramdown/kramdown-parser-gfm conformance input and every ``*.md``/``*.markdown``
body (front matter removed) under ../shared/corpus/*/src with Pages' options, best of N runs.
When ``ruby`` with kramdown and kramdown-parser-gfm is installed, the same inputs are converted
by kramdown in the same run (timed inside Ruby, excluding interpreter start-up) and the ratio
jekpy/kramdown is printed; otherwise the Ruby part is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT / "tools"))

from jekpy.markdown import markdownify  # noqa: E402

_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n?^(---|\.\.\.)\s*$\n?", re.S | re.M)

_RUBY = r"""
require "kramdown"; require "kramdown-parser-gfm"; require "json"
opts = {input: "GFM", hard_wrap: false, auto_ids: true, toc_levels: "1..6",
  entity_output: "as_char", smart_quotes: "lsquo,rsquo,ldquo,rdquo", footnote_nr: 1,
  show_warnings: false, guess_lang: true, template: "", math_engine: "mathjax",
  syntax_highlighter: "rouge", syntax_highlighter_opts: {default_lang: "plaintext", guess_lang: true},
  gfm_quirks: "paragraph_end"}
texts = JSON.parse(File.read(ARGV[0]))
repeat = ARGV[1].to_i
best = nil
repeat.times do
  t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  texts.each { |s| Kramdown::Document.new(s, opts).to_html }
  d = Process.clock_gettime(Process::CLOCK_MONOTONIC) - t
  best = d if best.nil? || d < best
end
puts best
"""


def inputs() -> list[str]:
    """All benchmark documents."""
    texts = []
    for suite in ("kramdown", "kramdown-parser-gfm"):
        texts += [p.read_text(encoding="utf-8")
                  for p in sorted((SHARED / "conformance" / suite).rglob("*.text"))]
    for pattern in ("*.md", "*.markdown"):
        for path in sorted((SHARED / "corpus").glob(f"*/src/**/{pattern}")):
            text = path.read_text(encoding="utf-8", errors="replace")
            texts.append(_FRONT_MATTER.sub("", text, count=1))
    return texts


def time_jekpy(texts: list[str], repeat: int) -> float:
    """Best wall time of converting all texts with jekpy."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            markdownify(text)
        best = min(best, time.perf_counter() - start)
    return best


def time_ruby(texts: list[str], repeat: int) -> float | None:
    """Best time of kramdown on the same texts, or None without Ruby/kramdown."""
    if shutil.which("ruby") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "texts.json"
        script = Path(tmp) / "bench.rb"
        data.write_text(json.dumps(texts), encoding="utf-8")
        script.write_text(_RUBY, encoding="utf-8")
        proc = subprocess.run(["ruby", str(script), str(data), str(repeat)],
                              capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"ruby kramdown unavailable: {proc.stderr.strip().splitlines()[-1:]}")
        return None
    return float(proc.stdout.strip())


def main() -> int:
    """Run the benchmark and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"shared data absent: {SHARED}")
        return 0
    texts = inputs()
    size = sum(len(t) for t in texts)
    jekpy = time_jekpy(texts, args.repeat)
    print(f"documents: {len(texts)}, characters: {size}")
    print(f"jekpy.markdown: {jekpy:.3f} s ({size / jekpy / 1e6:.2f} M chars/s)")
    ruby = time_ruby(texts, args.repeat)
    if ruby is None:
        print("kramdown: skipped (ruby/kramdown not installed)")
        return 0
    print(f"kramdown (Ruby): {ruby:.3f} s")
    print(f"ratio jekpy/kramdown: {jekpy / ruby:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
