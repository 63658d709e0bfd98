"""Write tests/unit/data/jemoji_corpus.json: what the real jemoji makes of every corpus page.

Each HTML page of ``../shared/corpus/*/expected`` gets ``:smile: `` put into its ``<title>`` (or in
front, without one), so that jemoji re-serialises its whole body, and is run through jemoji
0.13.0's ``Jekyll::Emoji.emojify`` (html-pipeline 2.14.3, Nokogiri) in Ruby; the JSON keeps the
SHA-256 of each result. Needs the gems as tests/plugins/gem_shim.rb describes::

    JEKPY_SHIM_GEMS="jemoji=0.13.0=DIR/lib;gemoji=4.1.0=DIR/lib" python tests/plugins/jemoji_corpus_regen.py
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = (HERE.parents[1] / ".." / "shared" / "corpus").resolve()
TARGET = HERE.parent / "unit" / "data" / "jemoji_corpus.json"
RUBY = """
Site = Struct.new(:config)
Doc = Struct.new(:output, :site)
STDIN.each_line do |line|
  src, dst = line.chomp.split("\\t")
  doc = Doc.new(File.read(src, encoding: "UTF-8"), Site.new({}))
  Jekyll::Emoji.emojify(doc)
  File.write(dst, doc.output)
end
"""


def with_shortcode(text: str) -> str:
    """The page with ``:smile: `` at the start of its title (or of the page)."""
    return text.replace("<title>", "<title>:smile: ", 1) if "<title>" in text else ":smile: " + text


def pages() -> list[Path]:
    """Corpus pages that are UTF-8 HTML, in a stable order."""
    found = []
    for path in sorted(CORPUS.glob("*/expected/**/*.html")):
        try:
            path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found.append(path)
    return found


def main() -> int:
    """Run Ruby's jemoji over every page and write the hashes."""
    libs = [entry.split("=", 2)[2] for entry in os.environ["JEKPY_SHIM_GEMS"].split(";")]
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        lines = []
        for index, page in enumerate(pages()):
            src, dst = Path(tmp) / f"{index}.in", Path(tmp) / f"{index}.out"
            src.write_text(with_shortcode(page.read_text(encoding="utf-8")), encoding="utf-8")
            lines.append(f"{src}\t{dst}")
        args = ["ruby", *[f"-I{lib}" for lib in libs], "-rjekyll", "-rjemoji", "-e", RUBY]
        subprocess.run(args, input="\n".join(lines) + "\n", text=True, check=True)
        for index, page in enumerate(pages()):
            data = (Path(tmp) / f"{index}.out").read_bytes()
            result[page.relative_to(CORPUS).as_posix()] = hashlib.sha256(data).hexdigest()
    TARGET.write_text(json.dumps(result, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(result)} pages -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
