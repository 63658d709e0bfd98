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
import random
import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import markdown_differential
from markdown_realworld import (
    ROOT,
    collect,
    collect_repo,
    distinct,
    git_repos,
    jekpy_timed,
    kind,
    repo_files,
)

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


_YAML_SOURCES = re.compile(
    r"\.(md|markdown|mkdown|mkdn|mkd|html)$|(^|/)_data/.*\.ya?ml$|(^|/)_config\.ya?ml$", re.I)
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n?)^(?:---|\.\.\.)\s*$", re.M | re.S)


def yaml_strings(value: object) -> Iterator[str]:
    """Every string inside a parsed YAML value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from yaml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from yaml_strings(item)


def strings(corpus: Path, max_docs: int) -> list[tuple[str, str]]:
    """Distinct front matter, ``_data`` and ``_config.yml`` strings of 12+ characters."""
    def sources() -> Iterator[tuple[str, bytes]]:
        for repo in git_repos(corpus):
            for path, raw in repo_files(repo, 200000, _YAML_SOURCES):
                try:
                    text = raw.decode("utf-8-sig")
                    if not path.endswith((".yml", ".yaml")):
                        match = _FRONT_MATTER.match(text)
                        text = match.group(1) if match else ""
                    data = load_yaml(text, path) if text.strip() else None
                except Exception:  # noqa: BLE001 - files Jekyll cannot read are not inputs
                    continue
                for value in yaml_strings(data):
                    if len(value) >= 12:
                        yield f"{repo.relative_to(corpus)}:{path}", value.encode("utf-8")
    return distinct(sources(), max_docs)


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
    return markdown_differential.run_ruby(_JEKYLL_RUBY, jobs)


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




# Constructs a real-world fragment is sampled for (see fragments); a chunk counts for every
# pattern it matches, the first few chunks per construct from different repositories are kept.
FEATURES = {
    "table": re.compile(r"^\|?\s*:?-{3,}:?\s*\|", re.M),
    "footnote": re.compile(r"\[\^[^\]]+\]"),
    "ial": re.compile(r"\{:[ .#]"),
    "extension": re.compile(r"\{::"),
    "html_block": re.compile(r"^<(div|table|p|details|figure|center|section|ul)\b", re.M),
    "html_inline": re.compile(r"\S.*<(span|a|img|br|kbd|sup|sub|code|b|i|em)\b"),
    "math": re.compile(r"\$\$"),
    "definition_list": re.compile(r"^: ", re.M),
    "abbreviation": re.compile(r"^\*\[[^\]]+\]:", re.M),
    "fenced_code": re.compile(r"^ {0,3}(```|~~~)", re.M),
    "indented_code": re.compile(r"\A(?: {4}|\t)\S"),
    "nested_list": re.compile(r"^(?: {2,}|\t)([-*+]|\d+\.) ", re.M),
    "ordered_list": re.compile(r"^\d+\. ", re.M),
    "blockquote": re.compile(r"^ {0,3}>", re.M),
    "setext_header": re.compile(r"^\S.*\n(=+|-+)[ \t]*$", re.M),
    "header_id": re.compile(r"^#+ .*\{#", re.M),
    "hard_break": re.compile(r"\S(  |\\)\n\S"),
    "autolink": re.compile(r"<https?://"),
    "bare_url": re.compile(r"(?<![(<\"])https?://"),
    "link_definition": re.compile(r"^ {0,3}\[[^\]^]+\]:", re.M),
    "reference_link": re.compile(r"\]\[[^\]]*\]"),
    "image": re.compile(r"!\["),
    "entity": re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"),
    "typographic": re.compile(r"--|\.\.\.|<<|>>"),
    "smart_quotes": re.compile(r"\w'\w|\"\w"),
    "strong_emphasis": re.compile(r"\*\*\S|__\S"),
    "underscore_word": re.compile(r"\w_\w+_\w"),
    "task_list": re.compile(r"^\s*[-*] \[[ xX]\] ", re.M),
    "strikethrough": re.compile(r"~~\S"),
    "code_span": re.compile(r"``?[^`\n]+`"),
    "horizontal_rule": re.compile(r"^ {0,3}([-*_])( ?\1){2,}\s*$", re.M),
    "html_comment": re.compile(r"<!--"),
    "escapes": re.compile(r"\\[\\`*_{}\[\]()#+\-.!|<>\"':$]"),
    "non_ascii": re.compile(r"[^\x00-\x7f]"),
    "tab": re.compile(r"\t"),
}


def chunks(text: str) -> list[str]:
    """``text`` cut at blank lines, a fenced code block kept in one piece."""
    out, current, fence = [], [], None
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        if fence is None and stripped[:3] in ("```", "~~~"):
            fence = stripped[:3]
        elif fence is not None and stripped.startswith(fence):
            fence = None
        if not line.strip() and fence is None:
            if current:
                out.append("\n".join(current) + "\n")
            current = []
        else:
            current.append(line)
    if current:
        out.append("\n".join(current) + "\n")
    return out


def fragments(docs: list[tuple[str, str]], per_feature: int = 6, max_lines: int = 12,
              max_chars: int = 700, seed: int = 7) -> dict[str, dict]:
    """Short real-world fragments, a few per construct of :data:`FEATURES`.

    Returns ``{name: {"input", "source", "feature"}}``: for each construct the first
    ``per_feature`` chunks (at most ``max_lines`` lines and ``max_chars`` characters, no Liquid,
    no CR) that show it, from different repositories, the documents taken in a seeded random
    order.
    """
    docs = list(docs)
    random.Random(seed).shuffle(docs)
    picked: dict[str, dict] = {}
    seen_text: set[str] = set()
    repos: dict[str, set[str]] = {name: set() for name in FEATURES}
    for source, text in docs:
        repo = source.split(":", 1)[0]
        for chunk in chunks(text):
            if (chunk in seen_text or chunk.count("\n") > max_lines or len(chunk) > max_chars
                    or "\r" in chunk or "{%" in chunk or "{{" in chunk):
                continue
            for feature, pattern in FEATURES.items():
                if len(repos[feature]) >= per_feature or repo in repos[feature]:
                    continue
                if pattern.search(chunk):
                    repos[feature].add(repo)
                    seen_text.add(chunk)
                    picked[f"{feature}-{len(repos[feature])}"] = {
                        "input": chunk, "source": source, "feature": feature}
                    break
    return picked


# Option sets (a site's kramdown: block) the regression data also samples fragments under:
# block, name prefix, the constructs the option changes.
OPTION_SAMPLES = (
    ({"parse_block_html": True}, "parse_block_html", ("html_block", "html_comment")),
    ({"hard_wrap": True}, "hard_wrap", ("hard_break", "blockquote", "nested_list")),
    ({"input": "kramdown"}, "input_kramdown", ("header_id", "fenced_code", "table", "ial")),
    ({"syntax_highlighter_opts": {"block": {"line_numbers": True}}}, "line_numbers",
     ("fenced_code", "indented_code")),
)


def option_fragments(picked: dict[str, dict]) -> dict[str, dict]:
    """Copies of sampled fragments under the option sets of :data:`OPTION_SAMPLES`."""
    out = {}
    for block, prefix, features in OPTION_SAMPLES:
        for name, case in picked.items():
            if case["feature"] in features:
                out[f"{prefix}/{name}"] = {**case, "kramdown": block}
    return out


def regression_data(docs: list[tuple[str, str]], old: dict[str, dict]) -> dict[str, dict]:
    """The cases of tests/unit/data/markdown_realworld.json with kramdown's output.

    The sampled fragments are drawn anew (also under the option sets of
    :data:`OPTION_SAMPLES`); the reduced differences of ``old`` (entries with a ``cause``) are
    kept. ``expected`` is kramdown's HTML under Pages' options, or Jekyll's KramdownParser's
    with the case's ``kramdown`` block when it has one.
    """
    import markdown_differential

    cases = {name: case for name, case in old.items() if "cause" in case}
    picked = fragments(docs)
    cases.update(picked)
    cases.update(option_fragments(picked))
    plain = [name for name in cases if "kramdown" not in cases[name]]
    outputs = markdown_differential.kramdown([cases[name]["input"] for name in plain])
    for name, html in zip(plain, outputs, strict=True):
        cases[name]["expected"] = html
    groups: dict[str, list[str]] = {}
    for name, case in cases.items():
        if "kramdown" in case:
            groups.setdefault(json.dumps(case["kramdown"], sort_keys=True), []).append(name)
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [{"config": site_configs(json.loads(key), Path(tmp))[1],
                 "texts": [cases[name]["input"] for name in names]}
                for key, names in groups.items()]
    for names, outputs in zip(groups.values(), jekyll_convert(jobs), strict=True):
        for name, html in zip(names, outputs, strict=True):
            cases[name]["expected"] = html
    return {name: case for name, case in sorted(cases.items()) if case["expected"] is not None}
