"""Benchmark jekpy.highlight against Ruby Rouge 3.30.0 on the same code blocks.

Usage: ``python benchmarks/highlight_bench.py [--repeat N] [--posts N] [--golden]``

Inputs: every ``highlight(code, lang)`` call jekpy's Markdown converter makes while converting
the Markdown benchmark's documents (benchmarks/markdown_bench.py: conformance, corpus and
synthetic posts), recorded once; with ``--golden`` also the golden data
(tests/unit/data/highlight_cases.json, non-tag cases).  Each set is timed as the best process
CPU time of N rounds; when ``ruby`` with rouge is installed, Rouge (``find_fancy`` +
``Formatters::HTML``) formats the same blocks in the same run (timed inside Ruby) and the
ratio jekpy/Rouge is printed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import jekpy.highlight as hl  # noqa: E402

_RUBY = r"""
gem "rouge", "3.30.0"; require "rouge"; require "json"
sets = JSON.parse(File.read(ARGV[0])); repeat = ARGV[1].to_i
fmt = Rouge::Formatters::HTML.new
run = lambda { |blocks| blocks.each { |code, lang|
  lexer = Rouge::Lexer.find_fancy(lang, code) || Rouge::Lexers::PlainText
  fmt.format(lexer.lex(code)) } }
sets.each_value { |blocks| run.call(blocks.first(50)) }
result = {}
sets.each do |name, blocks|
  best = nil
  repeat.times do
    t = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
    run.call(blocks)
    d = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - t
    best = d if best.nil? || d < best
  end
  result[name] = best
end
puts JSON.generate(result)
"""


def markdown_blocks(posts: int) -> list[tuple[str, str]]:
    """The (code, lang) pairs the Markdown converter highlights over the Markdown benchmark."""
    from markdown_bench import inputs

    from jekpy.markdown import markdownify

    calls: list[tuple[str, str]] = []
    real = hl.highlight

    def record(code, lang, **kw):
        calls.append((code, lang))
        return real(code, lang, **kw)

    hl.highlight = record
    try:
        for text in inputs(posts):
            markdownify(text)
    finally:
        hl.highlight = real
    return calls


def golden_blocks() -> list[tuple[str, str]]:
    """The golden data's (code, lang) pairs (Markdown-kind cases)."""
    cases = json.loads((ROOT / "tests/unit/data/highlight_cases.json").read_text("utf-8"))
    return [(c["code"], c["lang"]) for c in cases if c["kind"] != "tag"]


def time_jekpy(blocks: list[tuple[str, str]]) -> float:
    """CPU time of highlighting every block once."""
    start = time.process_time()
    for code, lang in blocks:
        hl.highlight(code, lang)
    return time.process_time() - start


def time_ruby(sets: dict, repeat: int) -> dict[str, float] | None:
    """Best Rouge time per set, or None without Ruby/rouge."""
    if shutil.which("ruby") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        data, script = Path(tmp) / "blocks.json", Path(tmp) / "bench.rb"
        data.write_text(json.dumps(sets), encoding="utf-8")
        script.write_text(_RUBY, encoding="utf-8")
        proc = subprocess.run(["ruby", str(script), str(data), str(repeat)],
                              capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"ruby rouge unavailable: {proc.stderr.strip().splitlines()[-1:]}")
        return None
    return json.loads(proc.stdout)


def main() -> int:
    """Run the benchmark and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--golden", action="store_true")
    parser.add_argument("--no-ruby", action="store_true")
    args = parser.parse_args()
    sets = {"markdown": markdown_blocks(args.posts)}
    if args.golden:
        sets["golden"] = golden_blocks()
    for name, blocks in sets.items():
        langs = Counter(lang for _, lang in blocks)
        print(f"{name}: {len(blocks)} blocks, languages: {dict(langs.most_common(15))}")
        time_jekpy(blocks)  # warm-up: lexer modules, compiled tables
    best = {name: min(time_jekpy(blocks) for _ in range(args.repeat))
            for name, blocks in sets.items()}
    ruby = None if args.no_ruby else time_ruby(sets, args.repeat)
    for name, blocks in sets.items():
        size = sum(len(code) for code, _ in blocks)
        line = (f"{name:9} {len(blocks):5} blocks {size / 1e3:8.1f} k chars  jekpy "
                f"{best[name]:6.3f} s ({size / best[name] / 1e3:6.0f} kchar/s)")
        if ruby:
            line += f"  rouge {ruby[name]:6.3f} s  ratio {best[name] / ruby[name]:.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
