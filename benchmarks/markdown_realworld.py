"""Differential check of jekpy.markdown against Ruby kramdown on real-world Markdown documents.

Usage::

    python benchmarks/markdown_realworld.py [--corpus DIR] [--max-docs N] [--max-bytes B]
        [--repeat R] [--slowest K] [--timings F] [--out F]
    python benchmarks/markdown_realworld.py --site-options [--corpus DIR] [--out F]
    python benchmarks/markdown_realworld.py --kramdown '{"parse_block_html": true}' [--out F]

The corpus is every Markdown file (Jekyll's ``markdown_ext``: ``md``, ``markdown``, ``mkdown``,
``mkdn``, ``mkd``) in ``--corpus`` (default ``/work/.mirror``): a folder holding bare git
repositories (``<owner+name>/repo``, read at ``HEAD`` with ``git ls-tree``/``git cat-file``), or
else a plain folder walked on disk. Each file is decoded as UTF-8 (BOM dropped; files that are
not UTF-8 are skipped, Jekyll refuses them), its front matter removed with Jekyll's rule
(:data:`jekpy.front_matter.FRONT_MATTER_RE`); files larger than ``--max-bytes`` (default
1 000 000) are skipped, exact duplicate bodies kept once, at most ``--max-docs`` (default 30 000)
documents taken in repository/path order.

Every document is converted by Ruby kramdown 2.4.0 + kramdown-parser-gfm under Pages' options
(the options of benchmarks/markdown_differential.py, 5 s timeout per conversion; documents
kramdown fails or times out on are left out) and by :func:`jekpy.markdown.convert`; each side's
CPU time per document is the best of ``--repeat`` (default 2) conversions, so that loading a
Rouge lexer on first use does not count. Printed: ``N differences in M documents``, split into
markup differences and those only in Rouge's token ``<span>``s inside highlighted code (the
highlighter's part, jekpy.highlight); total times; the ``--slowest`` (default 10) documents with
the highest jekpy/kramdown time ratio among those kramdown needs at least 2 ms for.

``--site-options`` instead converts the documents of every repository whose ``_config.yml`` has
a ``kramdown:`` block changing the effective options: Ruby side Jekyll's own
``KramdownParser`` with the configuration the reference renderer computes
(``../shared/oracle/pages-build`` with ``PAGES_BUILD_DUMP_CONFIG``), jekpy side
``convert(text, jekpy.config.load(site)["kramdown"])``. ``--kramdown JSON`` does the same with
one given ``kramdown:`` block for every document of the corpus.

``--variant`` converts something else than the plain body of each document (documents the
variant leaves unchanged are left out): ``liquid``, the body as Liquid roughly leaves it
(``{% highlight %}`` blocks replaced by Jekyll's ``<figure class="highlight">`` HTML, ``{% raw
%}`` unwrapped, other tags and outputs removed); ``excerpt``, a post's excerpt (Jekyll 3.10's
rule, then the Liquid stand-in); ``crlf``, the body with CRLF line ends; ``strings``, the
string values of front matter (Markdown and HTML files), ``_data`` YAML files and
``_config.yml``, which themes pass through the ``markdownify`` filter.

``--regression-data FILE`` writes the test data tests/unit/data/markdown_realworld.json: a
few short real-world fragments per construct (tables, footnotes, IALs, HTML blocks, ...; see
``markdown_realworld_variants.FEATURES``) plus the reduced differences already in FILE (entries
with a ``cause``, optionally a ``kramdown`` block), each with kramdown's output.

The differing documents go to ``--out`` (JSON: source, kind, text, expected, got) for triage;
reduced cases are committed in tests/unit/data/markdown_realworld.json. Needs ``git`` and
``ruby`` with kramdown (and Jekyll for ``--site-options``); a development tool, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import markdown_differential  # noqa: E402

from jekpy.front_matter import FRONT_MATTER_RE  # noqa: E402
from jekpy.markdown import convert  # noqa: E402

MARKDOWN_NAME = re.compile(r"\.(md|markdown|mkdown|mkdn|mkd)$", re.I)
# Rouge token spans and the code they wrap: comparing with them removed tells a highlighter
# difference from a converter difference.
_TOKEN_SPAN = re.compile(r'<span class="[^"]*">|</span>')
_HIGHLIGHTED = re.compile(r'<pre class="highlight"><code>.*?</code></pre>', re.S)

# kramdown's HTML and CPU time per document, with the options of markdown_differential.py.
_RUBY_LOOP = r"""
repeat = ARGV[2].to_i
out = texts.map do |s|
  begin
    r = nil
    best = nil
    repeat.times do
      t = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
      Timeout.timeout(5) { r = Kramdown::Document.new(s, opts).to_html }
      d = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - t
      best = d if best.nil? || d < best
    end
    r.valid_encoding? ? [r, best] : nil
  rescue Exception
    nil
  end
end
File.write(ARGV[1], JSON.generate(out))
"""


def ruby_script() -> str:
    """markdown_differential's Ruby preamble (requires, options, input) with a timing loop."""
    return markdown_differential.RUBY_HEAD + _RUBY_LOOP


def is_bare_repo(path: Path) -> bool:
    """Whether ``path`` looks like a bare git repository."""
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def git_repos(corpus: Path) -> list[Path]:
    """The bare repositories directly or one level below each entry of ``corpus``."""
    repos = []
    for entry in sorted(corpus.iterdir()):
        if not entry.is_dir():
            continue
        if is_bare_repo(entry):
            repos.append(entry)
        else:
            repos += [sub for sub in sorted(entry.iterdir()) if sub.is_dir() and is_bare_repo(sub)]
    return repos


def repo_files(repo: Path, max_bytes: int,
               names: re.Pattern = MARKDOWN_NAME) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of the blobs at HEAD named like ``names``, no larger than ``max_bytes``."""
    listing = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "-l", "-z", "HEAD"],
                             capture_output=True, check=False)
    wanted = []
    for record in listing.stdout.split(b"\0"):
        meta, _, name = record.partition(b"\t")
        parts = meta.split()
        if len(parts) != 4 or parts[1] != b"blob" or not parts[3].isdigit():
            continue
        path = name.decode("utf-8", "replace")
        if names.search(path) and int(parts[3]) <= max_bytes:
            wanted.append((path, parts[2].decode()))
    if not wanted:
        return
    batch = subprocess.run(["git", "--git-dir", str(repo), "cat-file", "--batch"],
                           input="".join(sha + "\n" for _, sha in wanted).encode(),
                           capture_output=True, check=True).stdout
    pos = 0
    for path, _ in wanted:
        header_end = batch.index(b"\n", pos)
        size = int(batch[pos:header_end].split()[2])
        yield path, batch[header_end + 1:header_end + 1 + size]
        pos = header_end + 1 + size + 1


def folder_files(folder: Path, max_bytes: int) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of the Markdown files under a plain folder."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and MARKDOWN_NAME.search(path.name) and path.stat().st_size <= max_bytes:
            yield str(path.relative_to(folder)), path.read_bytes()


def body(raw: bytes) -> str | None:
    """The Markdown Jekyll would convert: UTF-8 text without BOM and front matter."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    match = FRONT_MATTER_RE.match(text)
    return text[match.end():] if match else text


def collect(corpus: Path, max_docs: int, max_bytes: int) -> list[tuple[str, str]]:
    """(source, body) of the distinct non-empty documents of ``corpus``."""
    repos = git_repos(corpus)
    sources = ((f"{repo.relative_to(corpus)}:{path}", raw)
               for repo in repos for path, raw in repo_files(repo, max_bytes))
    if not repos:
        sources = folder_files(corpus, max_bytes)
    return distinct(sources, max_docs)


def collect_repo(corpus: Path, repo: Path, max_docs: int,
                 max_bytes: int) -> list[tuple[str, str]]:
    """(source, body) of the distinct non-empty documents of one repository."""
    return distinct(((f"{repo.relative_to(corpus)}:{path}", raw)
                     for path, raw in repo_files(repo, max_bytes)), max_docs)


def distinct(sources: Iterator[tuple[str, bytes]], max_docs: int) -> list[tuple[str, str]]:
    """The first ``max_docs`` distinct non-empty bodies of ``sources``."""
    seen: set[bytes] = set()
    docs = []
    for source, raw in sources:
        text = body(raw)
        if not text or not text.strip():
            continue
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest()
        if digest in seen:
            continue
        seen.add(digest)
        docs.append((source, text))
        if len(docs) >= max_docs:
            break
    return docs


def kramdown_timed(texts: list[str], repeat: int = 1) -> list[list | None]:
    """[html, best cpu seconds of ``repeat`` runs] per text from Ruby kramdown.

    None where kramdown failed or took longer than 5 s.
    """
    return markdown_differential.run_ruby(ruby_script(), texts, str(repeat))


def jekpy_timed(text: str, options: dict | None = None) -> tuple[str, float]:
    """jekpy's HTML (or the exception as ``!! ...``) and the CPU seconds it took."""
    start = time.process_time()
    try:
        html = convert(text, options)
    except RecursionError:
        html = "!! RecursionError"
    except Exception as exc:  # noqa: BLE001 - a converter bug is a difference to report
        html = f"!! {type(exc).__name__}: {exc}"
    return html, time.process_time() - start


def without_tokens(html: str) -> str:
    """``html`` with Rouge's token spans removed inside highlighted code."""
    return _HIGHLIGHTED.sub(lambda m: _TOKEN_SPAN.sub("", m.group(0)), html)


def kind(expected: str, got: str) -> str:
    """``highlight`` when only token spans differ, else ``markup``."""
    return "highlight" if without_tokens(expected) == without_tokens(got) else "markup"


def compare(docs: list[tuple[str, str]], repeat: int = 1) -> tuple[list[dict], list[dict]]:
    """(differences, per-document timings) of the documents kramdown converted.

    Each side's time is the best of ``repeat`` conversions (2 or more leave out the cost of
    the first use of a Rouge lexer, which both sides pay once per process).
    """
    results = kramdown_timed([text for _, text in docs], repeat)
    differences, timings = [], []
    for (source, text), result in zip(docs, results, strict=True):
        if result is None:
            continue
        expected, ruby_time = result
        got, jekpy_time = jekpy_timed(text)
        for _ in range(repeat - 1):
            jekpy_time = min(jekpy_time, jekpy_timed(text)[1])
        timings.append({"source": source, "chars": len(text), "jekpy": jekpy_time,
                        "kramdown": ruby_time})
        if got != expected:
            differences.append({"source": source, "kind": kind(expected, got), "text": text,
                                "expected": expected, "got": got})
    return differences, timings


def slowest(timings: list[dict], count: int, floor: float = 0.002) -> list[dict]:
    """The ``count`` documents with the highest jekpy/kramdown ratio (kramdown >= floor s)."""
    timed = [t for t in timings if t["kramdown"] >= floor]
    return sorted(timed, key=lambda t: t["jekpy"] / t["kramdown"], reverse=True)[:count]


def report(differences: list[dict], timings: list[dict], count: int) -> None:
    """Print the counts, the kinds and the slowest documents."""
    markup = sum(1 for d in differences if d["kind"] == "markup")
    print(f"{len(differences)} differences in {len(timings)} documents "
          f"({markup} markup, {len(differences) - markup} only in Rouge token spans)")
    jekpy_total = sum(t["jekpy"] for t in timings)
    ruby_total = sum(t["kramdown"] for t in timings)
    if ruby_total:
        print(f"time: jekpy {jekpy_total:.2f} s, kramdown {ruby_total:.2f} s, "
              f"ratio {jekpy_total / ruby_total:.2f}")
    for t in slowest(timings, count):
        print(f"  ratio {t['jekpy'] / t['kramdown']:5.2f}  jekpy {t['jekpy'] * 1000:8.1f} ms  "
              f"kramdown {t['kramdown'] * 1000:8.1f} ms  {t['chars']:7} chars  {t['source']}")


def main() -> int:
    """Collect, compare, print; exit status 1 when a document differs."""
    import markdown_realworld_variants

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--max-docs", type=int, default=30000)
    parser.add_argument("--max-bytes", type=int, default=1000000)
    parser.add_argument("--out", default="markdown_realworld_differences.json")
    parser.add_argument("--timings", help="also write every document's timings here (JSON)")
    parser.add_argument("--slowest", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=2,
                        help="time each document this many times on each side, keep the best")
    parser.add_argument("--site-options", action="store_true",
                        help="convert each repository's documents with its own kramdown: settings")
    parser.add_argument("--variant", choices=("body", "liquid", "excerpt", "crlf", "strings"),
                        default="body", help="what of each document to convert (see above)")
    parser.add_argument("--kramdown", type=json.loads, metavar="JSON",
                        help='a kramdown: block for every document, e.g. \'{"hard_wrap": true}\'')
    parser.add_argument("--regression-data", type=Path, metavar="JSON",
                        help="(re)write the test data file (tests/unit/data/markdown_realworld.json)")
    args = parser.parse_args()
    if args.regression_data:
        old = (json.loads(args.regression_data.read_text(encoding="utf-8"))
               if args.regression_data.exists() else {})
        cases = markdown_realworld_variants.regression_data(
            collect(args.corpus, args.max_docs, args.max_bytes), old)
        args.regression_data.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
        print(f"{len(cases)} cases written to {args.regression_data}")
        return 0
    if args.site_options or args.kramdown is not None:
        compared, differences = markdown_realworld_variants.compare_sites(args.corpus, args.max_docs, args.max_bytes,
                                              args.kramdown)
        markup = sum(1 for d in differences if d["kind"] == "markup")
        label = "site options" if args.kramdown is None else f"kramdown: {args.kramdown}"
        print(f"{label}: {len(differences)} differences in {compared} documents "
              f"({markup} markup, {len(differences) - markup} only in Rouge token spans)")
    else:
        docs = (markdown_realworld_variants.strings(args.corpus, args.max_docs)
                if args.variant == "strings" else markdown_realworld_variants.variant(
                    collect(args.corpus, args.max_docs, args.max_bytes), args.variant))
        differences, timings = compare(docs, args.repeat)
        if args.timings:
            Path(args.timings).write_text(json.dumps(timings, indent=0), encoding="utf-8")
        report(differences, timings, args.slowest)
    Path(args.out).write_text(json.dumps(differences, indent=1, ensure_ascii=False),
                              encoding="utf-8")
    print(f"details: {args.out}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
