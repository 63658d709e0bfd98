"""Differential check of jekpy.markdown against Ruby kramdown on random documents.

Usage: ``python benchmarks/markdown_differential.py [--seed S] [--count N] [--docs] [--out F]``

Generates ``N`` random documents from a grammar of kramdown's special characters, block prefixes
and words (seeded, so a run can be repeated), converts them with Ruby kramdown 2.4.0 +
kramdown-parser-gfm under Pages' options (each document under a 5 s timeout; documents kramdown
fails on or times out on are left out) and with :func:`jekpy.markdown.convert`, and prints the
number of differences. With ``--docs`` the benchmark documents (conformance, corpus, 200
synthetic posts; see markdown_bench.py) are checked instead. The differing documents are written
to ``--out`` (JSON: text, expected, got) for study. Needs ``ruby`` with kramdown and
kramdown-parser-gfm (Debian: ruby-kramdown, ruby-kramdown-parser-gfm); it is a development
tool, not a test (the committed regression cases are tests/unit/data).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import markdown_bench  # noqa: E402

from jekpy.markdown import convert  # noqa: E402

ATOMS = [
    "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "<", ">", "&", "&amp;", "&deg;",
    "&#150;", '"', "'", "\\", "\\\n", "  \n", "\n", "\n\n", " ", "  ", "    ", "\t", "-", "--",
    "---", "...", "<<", ">>", "~~", "~", "|", ":", "{:", "}", "{:.cls}", "#", "## ", "> ", "- ",
    "* ", "1. ", "+ ", "$$", "$", "!", "![", "](", "http://x.y", "<http://a.b>", "<span>",
    "</span>", "<div>", "</div>", "<em>", "</em>", "<!-- ", " -->", "[^1]", "[^1]: ", "[a]: /u",
    "*[", "^", "=", "===", "```", "~~~", "    code", "word", "words here", "it's", "x", "1", "é",
    "\u00a0", "{::comment}", "{:/}", "{::nomarkdown}", "| a | b |", "|---|---|", "[ ] ", "[x] ",
    "a_b_c", "foo*bar*", "**x**", "*y*", "`c`", "[l](/u)", "[l][r]", '"q"', "'s'", "<br/>",
    '<a href="x">', "</a>", "\r\n", "\r", "\x00",
]
PREFIXES = [
    "", "", "", " ", "  ", "   ", "    ", "\t", "> ", ">", "- ", "* ", "+ ", "1. ", "12. ", "# ",
    "## ", "###### ", "| ", "|", ": ", "=", "===", "---", "- - -", "***", "```", "```ruby", "~~~",
    "<div>", "</div>", "{: .c}", "{::comment}", "[x]: /url", "[^1]: ", "*[ABC]: ", "^", "$$",
    "$$x$$", "<!-- c -->", "<p>", "<pre>", "<span>", "  - ", "   * ", "> - ", "1) ", "[ ] ",
    "- [x] ", "|---|", "| a | b |", "a | b", "--|--", ":--", "\\$$",
]
WORDS = ["word", "text", "ABC", "it's", "the", "x", "1", "foo_bar", "é", "http://a.b"]

#: The script's start: requires, Pages' options (markdown_bench.RUBY_PAGES_OPTIONS), the texts.
RUBY_HEAD = ('require "timeout"; require "kramdown"; require "kramdown-parser-gfm"; require "json"\n'
             + markdown_bench.RUBY_PAGES_OPTIONS + "texts = JSON.parse(File.read(ARGV[0]))\n")

_RUBY = RUBY_HEAD + r"""out = texts.map do |s|
  begin
    r = nil
    Timeout.timeout(5) { r = Kramdown::Document.new(s, opts).to_html }
    r.valid_encoding? ? r : nil
  rescue Exception
    nil
  end
end
File.write(ARGV[1], JSON.generate(out))
"""


def random_line(rng: random.Random) -> str:
    """A block prefix followed by a few atoms and words."""
    out = rng.choice(PREFIXES)
    for _ in range(rng.randint(0, 6)):
        out += rng.choice(ATOMS if rng.random() < 0.4 else WORDS)
        out += " " if rng.random() < 0.6 else ""
    return out


def random_document(rng: random.Random) -> str:
    """Either an atom soup or a few lines with block prefixes."""
    if rng.random() < 0.5:
        return "".join(rng.choice(ATOMS) for _ in range(rng.randint(1, 40)))
    lines = [random_line(rng) for _ in range(rng.randint(1, 12))]
    return "\n".join(lines) + rng.choice(["", "\n"])


def run_ruby(script: str, payload: object, *args: str) -> object:
    """Run a Ruby ``script`` as ``ruby script IN.json OUT.json *args`` on ``payload`` (written
    to IN.json) and return what it wrote to OUT.json."""
    with tempfile.TemporaryDirectory() as tmp:
        path, data, out = (Path(tmp) / name for name in ("script.rb", "in.json", "out.json"))
        path.write_text(script, encoding="utf-8")
        data.write_text(json.dumps(payload), encoding="utf-8")
        subprocess.run(["ruby", str(path), str(data), str(out), *args], check=True)
        return json.loads(out.read_text(encoding="utf-8"))


def kramdown(texts: list[str]) -> list[str | None]:
    """Ruby kramdown's HTML per text (None where it failed or timed out)."""
    return run_ruby(_RUBY, texts)


def differences(texts: list[str]) -> tuple[int, list[dict[str, str]]]:
    """(documents compared, the differing ones)."""
    compared, bad = 0, []
    for text, expected in zip(texts, kramdown(texts), strict=True):
        if expected is None:
            continue
        compared += 1
        try:
            got = convert(text)
        except RecursionError:  # nesting deeper than kramdown's own stack would allow
            continue
        if got != expected:
            bad.append({"text": text, "expected": expected, "got": got})
    return compared, bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--docs", action="store_true", help="check the benchmark documents")
    parser.add_argument("--out", default="markdown_differences.json")
    args = parser.parse_args()
    if args.docs:
        texts = markdown_bench.inputs(posts=200)
    else:
        rng = random.Random(args.seed)
        texts = [random_document(rng) for _ in range(args.count)]
    compared, bad = differences(texts)
    Path(args.out).write_text(json.dumps(bad, indent=1, ensure_ascii=False), encoding="utf-8")
    label = "benchmark documents" if args.docs else f"seed {args.seed}"
    print(f"{label}: {len(bad)} differences in {compared} documents (details: {args.out})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
