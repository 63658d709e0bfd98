"""Variants for benchmarks/markdown_realworld.py: other texts and other options per document.

* :func:`variant`: a document as Liquid roughly leaves it, a post's excerpt, CRLF line ends;
* :func:`compare_sites`: documents converted with a site's own ``kramdown:`` settings, Ruby side
  by Jekyll's KramdownParser with the configuration the reference renderer
  (``../shared/oracle/pages-build``) computes, jekpy side with :func:`jekpy.config.load`'s.

Usage: see markdown_realworld.py (``--variant``, ``--site-options``, ``--kramdown``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

from markdown_realworld import ROOT, collect, collect_repo, git_repos, jekpy_timed, kind

from jekpy.config import load as load_config
from jekpy.highlight import highlight_tag
from jekpy.utils import load_yaml

ORACLE = ROOT / ".." / "shared" / "oracle" / "pages-build"

# Liquid as far as the Markdown converter is concerned (see liquid_stub).
_LIQUID = re.compile(
    r"{%-?\s*raw\s*-?%}(?P<raw>.*?){%-?\s*endraw\s*-?%}"
    r"|{%-?\s*highlight\s+(?P<lang>[\w+-]+)(?P<args>[^%]*)-?%}(?P<code>.*?)"
    r"{%-?\s*endhighlight\s*-?%}"
    r"|{%.*?%}|{{.*?}}", re.S)
_RAW_TAG = re.compile(r"{%-?\s*(?:end)?raw\s*-?%}")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:.+$", re.M)


# Jekyll's own KramdownParser (its setup step included) per site configuration.
_JEKYLL_RUBY = r"""
require "jekyll"; require "json"; require "timeout"
jobs = JSON.parse(File.read(ARGV[0]))
out = jobs.map do |job|
  parser = Jekyll::Converters::Markdown::KramdownParser.new(job["config"])
  job["texts"].map do |s|
    begin
      r = nil
      Timeout.timeout(5) { r = parser.convert(s) }
      r.valid_encoding? ? r : nil
    rescue Exception
      nil
    end
  end
end
File.write(ARGV[1], JSON.generate(out))
"""


def liquid_stub(text: str) -> str:
    """``text`` roughly as Liquid leaves it: what Markdown sees in a real build.

    ``{% highlight %}`` blocks become Jekyll's ``<figure class="highlight">`` HTML, ``{% raw %}``
    keeps its content, every other tag and ``{{ output }}`` disappears.
    """
    def replace(match: re.Match) -> str:
        if match.group("raw") is not None:
            return match.group("raw")
        if match.group("lang") is not None:
            code = _RAW_TAG.sub("", match.group("code"))
            try:
                return highlight_tag(code, match.group("lang"),
                                     linenos="linenos" in match.group("args"))
            except Exception:  # noqa: BLE001 - any HTML will do as input
                return code
        return ""

    return _LIQUID.sub(replace, text)


def excerpt(text: str) -> str:
    """Jekyll 3.10's excerpt source (default separator), then :func:`liquid_stub`.

    The head before the first blank line, plus the link definitions of the rest
    (jekyll v3.10.0 lib/jekyll/excerpt.rb ``extract_excerpt``).
    """
    head, _, tail = text.partition("\n\n")
    if tail:
        head += "\n\n" + "\n".join(_LINK_DEFINITION.findall(tail))
    return liquid_stub(head)


def variant(docs: list[tuple[str, str]], name: str) -> list[tuple[str, str]]:
    """The documents transformed by variant ``name``; unchanged ones are left out."""
    if name == "body":
        return docs
    if name == "excerpt":
        docs = [(s, t) for s, t in docs if "_posts/" in s]
    transform = {"liquid": liquid_stub, "excerpt": excerpt,
                 "crlf": lambda t: t.replace("\n", "\r\n")}[name]
    changed = [(source, transform(text)) for source, text in docs]
    seen: set[str] = set()
    out = []
    for (source, new), (_, old) in zip(changed, docs, strict=True):
        if new != old and new.strip() and new not in seen:
            seen.add(new)
            out.append((source, new))
    return out


def site_blocks(corpus: Path) -> dict[Path, dict]:
    """The ``kramdown:`` mapping of each repository's ``_config.yml`` that has one."""
    blocks = {}
    for repo in git_repos(corpus):
        shown = subprocess.run(["git", "--git-dir", str(repo), "show", "HEAD:_config.yml"],
                               capture_output=True, check=False)
        try:
            data = load_yaml(shown.stdout.decode("utf-8-sig"), "_config.yml") or {}
        except Exception:  # noqa: BLE001 - a config Jekyll cannot read builds nothing
            continue
        if isinstance(data, dict) and isinstance(data.get("kramdown"), dict):
            blocks[repo] = data["kramdown"]
    return blocks


def site_configs(block: dict, tmp: Path) -> tuple[dict, dict]:
    """(jekpy's kramdown options, the oracle's effective configuration) for one ``kramdown:``."""
    site = tmp / "site"
    site.mkdir(exist_ok=True)
    (site / "_config.yml").write_text(json.dumps({"theme": None, "kramdown": block}),
                                      encoding="utf-8")
    options = load_config(site)["kramdown"]
    dump = tmp / "config.json"
    subprocess.run([str(ORACLE), str(site), str(tmp / "out")], capture_output=True, check=True,
                   env={**os.environ, "PAGES_BUILD_DUMP_CONFIG": str(dump)})
    return options, json.loads(dump.read_text(encoding="utf-8"))["effective"]


def jekyll_convert(jobs: list[dict]) -> list[list]:
    """Per job ({config, texts}): Jekyll's KramdownParser output per text (None on failure)."""
    with tempfile.TemporaryDirectory() as tmp:
        script, data, out = (Path(tmp) / name for name in ("jk.rb", "in.json", "out.json"))
        script.write_text(_JEKYLL_RUBY, encoding="utf-8")
        data.write_text(json.dumps(jobs), encoding="utf-8")
        subprocess.run(["ruby", str(script), str(data), str(out)], check=True)
        return json.loads(out.read_text(encoding="utf-8"))


def compare_sites(corpus: Path, max_docs: int, max_bytes: int,
                  block: dict | None = None) -> tuple[int, list[dict]]:
    """(documents compared, differences) under sites' own ``kramdown:`` settings.

    With ``block`` every document of the corpus is converted with that one ``kramdown:``
    block; without it, each repository's documents with the block of its ``_config.yml``
    (only repositories whose block changes the effective options). Ruby side: Jekyll's
    KramdownParser with the configuration the reference renderer computes; jekpy side: the
    options jekpy's configuration loader derives from the same block.
    """
    jobs = []
    with tempfile.TemporaryDirectory() as tmp:
        if block is not None:
            jobs.append((*site_configs(block, Path(tmp)), collect(corpus, max_docs, max_bytes)))
        else:
            _, default = site_configs({}, Path(tmp))
            for repo, repo_block in site_blocks(corpus).items():
                options, effective = site_configs(repo_block, Path(tmp))
                if effective["kramdown"] != default["kramdown"]:
                    jobs.append((options, effective,
                                 collect_repo(corpus, repo, max_docs, max_bytes)))
    results = jekyll_convert([{"config": effective, "texts": [t for _, t in docs]}
                              for _, effective, docs in jobs])
    compared, differences = 0, []
    for (options, _, docs), outputs in zip(jobs, results, strict=True):
        for (source, text), expected in zip(docs, outputs, strict=True):
            if expected is None:
                continue
            compared += 1
            got = jekpy_timed(text, options)[0]
            if got != expected:
                differences.append({"source": source, "kind": kind(expected, got),
                                    "options": options, "text": text,
                                    "expected": expected, "got": got})
    return compared, differences


