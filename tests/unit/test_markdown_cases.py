"""Regression cases for jekpy.markdown with outputs rendered by Ruby kramdown.

``data/markdown_cases.json`` holds inputs - the CommonMark spec examples and random documents
(kramdown/spec/corpus fragments, punctuation soup, nested list shapes, random Unicode) - with
the HTML kramdown 2.4.0 + kramdown-parser-gfm 1.1.0 wrote for them with Pages' options. Cases
whose output contains Rouge token spans are left out (they would test the highlighter).

Regenerate (needs Ruby with kramdown): ``python tests/unit/test_markdown_cases.py INPUTS.json``
where INPUTS.json maps case names to Markdown texts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

try:
    from jekpy.markdown import convert
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from jekpy.markdown import convert

DATA = Path(__file__).resolve().parent / "data" / "markdown_cases.json"
CASES = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}

_RUBY = r"""
require "kramdown"; require "kramdown-parser-gfm"; require "json"
opts = {input: "GFM", hard_wrap: false, auto_ids: true, toc_levels: "1..6",
  entity_output: "as_char", smart_quotes: "lsquo,rsquo,ldquo,rdquo", footnote_nr: 1,
  show_warnings: false, guess_lang: true, template: "", math_engine: "mathjax",
  syntax_highlighter: "rouge", syntax_highlighter_opts: {default_lang: "plaintext", guess_lang: true},
  gfm_quirks: "paragraph_end"}
out = {}
JSON.parse(File.read(ARGV[0])).each do |name, text|
  html = Kramdown::Document.new(text, opts).to_html
  out[name] = {"input" => text, "expected" => html} if html.valid_encoding? && html !~ /<span class="/
end
File.write(ARGV[1], JSON.pretty_generate(out))
"""


def test_all_cases_match_kramdown() -> None:
    """One loop over all cases (fast); the assertion lists the names that differ."""
    if not CASES:
        pytest.skip(f"missing {DATA}")
    differing = [name for name, case in sorted(CASES.items())
                 if convert(case["input"]) != case["expected"]]
    assert not differing, f"{len(differing)}/{len(CASES)} differ: {differing[:20]}"
    assert len(CASES) > 500


def _regenerate(inputs: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "gen.rb"
        script.write_text(_RUBY, encoding="utf-8")
        subprocess.run(["ruby", str(script), str(inputs), str(DATA)], check=True)


if __name__ == "__main__":
    _regenerate(Path(sys.argv[1]))
