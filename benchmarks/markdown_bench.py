"""Benchmark jekpy.markdown against Ruby kramdown, per input set and in total.

Usage: ``python benchmarks/markdown_bench.py [--repeat N] [--posts N]``

Input sets (Pages' options, best of N runs each):

* ``conformance``: every kramdown/kramdown-parser-gfm conformance input (../shared/conformance);
* ``corpus``: every ``*.md``/``*.markdown`` body (front matter removed) under
  ../shared/corpus/*/src;
* ``synthetic``: the bodies of the posts ../shared/bench/gen_site.py writes for a site of
  ``--posts`` posts (default 1000; generated into a temporary directory, front matter removed).

When ``ruby`` with kramdown and kramdown-parser-gfm is installed, the same inputs are converted
by kramdown in the same run (timed inside Ruby, excluding interpreter start-up) and the ratio
jekpy/kramdown is printed per set and in total (the sum of the per-set best times); otherwise
the Ruby part is skipped with a message. Times are process CPU times on both sides (the
machine the team shares runs other jobs; wall time would count their use of the CPU). The N
rounds alternate: each round times jekpy once
per set, then kramdown once per set, so that a busy machine slows both sides alike. ``inputs()`` returns every document of all sets.
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

#: Pages' kramdown options as a Ruby hash ``opts``, for every tool here that runs Ruby kramdown.
RUBY_PAGES_OPTIONS = r"""opts = {input: "GFM", hard_wrap: false, auto_ids: true, toc_levels: "1..6",
  entity_output: "as_char", smart_quotes: "lsquo,rsquo,ldquo,rdquo", footnote_nr: 1,
  show_warnings: false, guess_lang: true, template: "", math_engine: "mathjax",
  syntax_highlighter: "rouge", syntax_highlighter_opts: {default_lang: "plaintext", guess_lang: true},
  gfm_quirks: "paragraph_end"}
"""

_RUBY = ('require "kramdown"; require "kramdown-parser-gfm"; require "json"\n'
         + RUBY_PAGES_OPTIONS + r"""sets = JSON.parse(File.read(ARGV[0]))
repeat = ARGV[1].to_i
sets.each_value { |texts| texts.first(20).each { |s| Kramdown::Document.new(s, opts).to_html } }
result = {}
sets.each do |name, texts|
  best = nil
  repeat.times do
    t = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
    texts.each { |s| Kramdown::Document.new(s, opts).to_html }
    d = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - t
    best = d if best.nil? || d < best
  end
  result[name] = best
end
puts JSON.generate(result)
""")


def _bodies(paths: list[Path]) -> list[str]:
    return [_FRONT_MATTER.sub("", p.read_text(encoding="utf-8", errors="replace"), count=1)
            for p in paths]


def conformance_inputs() -> list[str]:
    """The kramdown and kramdown-parser-gfm conformance inputs."""
    texts = []
    for suite in ("kramdown", "kramdown-parser-gfm"):
        texts += [p.read_text(encoding="utf-8")
                  for p in sorted((SHARED / "conformance" / suite).rglob("*.text"))]
    return texts


def corpus_inputs() -> list[str]:
    """The Markdown bodies of the corpus sites."""
    paths = []
    for pattern in ("*.md", "*.markdown"):
        paths += sorted((SHARED / "corpus").glob(f"*/src/**/{pattern}"))
    return _bodies(paths)


def synthetic_inputs(posts: int = 1000) -> list[str]:
    """The post bodies of gen_site.py's synthetic site with ``posts`` posts (deterministic)."""
    generator = SHARED / "bench" / "gen_site.py"
    if posts <= 0 or not generator.exists():
        return []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, str(generator), str(site), str(posts)], check=True)
        return _bodies(sorted((site / "_posts").glob("*.md")))


def input_sets(posts: int = 1000) -> dict[str, list[str]]:
    """The benchmark sets by name."""
    return {"conformance": conformance_inputs(), "corpus": corpus_inputs(),
            "synthetic": synthetic_inputs(posts)}


def inputs(posts: int = 1000) -> list[str]:
    """All benchmark documents (every set)."""
    return [text for texts in input_sets(posts).values() for text in texts]


def time_jekpy(texts: list[str], repeat: int) -> float:
    """Best CPU time of converting all texts with jekpy."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            markdownify(text)
        best = min(best, time.process_time() - start)
    return best


def time_ruby(sets: dict[str, list[str]], repeat: int) -> dict[str, float] | None:
    """Best time of kramdown per set, or None without Ruby/kramdown."""
    if shutil.which("ruby") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "texts.json"
        script = Path(tmp) / "bench.rb"
        data.write_text(json.dumps(sets), encoding="utf-8")
        script.write_text(_RUBY, encoding="utf-8")
        proc = subprocess.run(["ruby", str(script), str(data), str(repeat)],
                              capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"ruby kramdown unavailable: {proc.stderr.strip().splitlines()[-1:]}")
        return None
    return json.loads(proc.stdout)


def _report(name: str, texts: list[str], jekpy: float, ruby: float | None) -> None:
    size = sum(len(t) for t in texts)
    line = (f"{name:12} {len(texts):5} docs {size / 1e6:6.2f} M chars  "
            f"jekpy {jekpy:7.3f} s ({size / jekpy / 1e6:5.2f} M chars/s)")
    if ruby is not None:
        line += f"  kramdown {ruby:7.3f} s  ratio {jekpy / ruby:.2f}"
    print(line)


def best_times(sets: dict[str, list[str]],
               rounds: int) -> tuple[dict[str, float], dict[str, float] | None]:
    """Best jekpy and kramdown time per set over ``rounds`` alternating rounds."""
    jekpy: dict[str, float] = {}
    ruby: dict[str, float] | None = {}
    for _ in range(rounds):
        for name, texts in sets.items():
            jekpy[name] = min(jekpy.get(name, float("inf")), time_jekpy(texts, 1))
        if ruby is not None:
            times = time_ruby(sets, 1)
            ruby = None if times is None else {
                name: min(ruby.get(name, float("inf")), times[name]) for name in sets}
    return jekpy, ruby


def main() -> int:
    """Run the benchmark and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"shared data absent: {SHARED}")
        return 0
    sets = {name: texts for name, texts in input_sets(args.posts).items() if texts}
    for texts in sets.values():  # warm-up: imports, lexers, compiled patterns
        time_jekpy(texts[:20], 1)
    jekpy, ruby = best_times(sets, args.repeat)
    if ruby is None:
        print("kramdown: skipped (ruby/kramdown not installed)")
    for name, texts in sets.items():
        _report(name, texts, jekpy[name], ruby and ruby[name])
    _report("total", [t for texts in sets.values() for t in texts], sum(jekpy.values()),
            ruby and sum(ruby.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
