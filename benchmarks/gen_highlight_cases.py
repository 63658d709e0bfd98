"""Regenerate the Rouge golden data for tests/unit/test_highlight.py (needs Ruby + Rouge 3.30.0).

Collects code samples: every fenced code block and ``{% highlight %}`` block in
``shared/corpus/*/src`` and ``shared/conformance/kramdown/**/*.text``, Rouge's own demo snippet for
every language, the hand-written samples in ``tests/unit/data/highlight_samples/``, and
(with ``ROUGE_REPO=/path/to/rouge/clone``) pieces of Rouge's visual test samples.
Runs them through ``gen_highlight_cases.rb`` and writes ``tests/unit/data/highlight_cases.json``
the Rouge lexer table ``tools/jekpy/highlight/rouge_lexers.json`` and the word lists of the
lexers jekpy mirrors, ``tools/jekpy/highlight/rouge_words.json``.

    ROUGE_REPO=/path/to/rouge python benchmarks/gen_highlight_cases.py

``--fuzz TAG...`` instead compares jekpy with Rouge on random inputs (pieces of the tag's demo
and visual sample, some with a non-ASCII letter, and character soup) and prints the agreement
per tag; nothing is written.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
DATA = REPO / "tests" / "unit" / "data"
OWN_SAMPLES = DATA / "highlight_samples"
DEMOS = Path("/usr/share/ruby-rouge/demos")
RUBY = Path(__file__).with_suffix(".rb")

COMMON = (
    "plaintext shell console python ruby javascript html css scss sass yaml json c cpp java go "
    "rust diff markdown liquid xml sql erb php typescript jsx tsx csharp toml ini docker http "
    "properties conf kotlin swift r matlab make nginx apache tex lua objective_c irb jinja twig "
    "handlebars haskell elixir scala dart groovy clojure powershell perl cuda glsl objective_cpp erlang protobuf email plist ocaml viml prolog elm fsharp hcl terraform coffeescript batchfile gherkin graphql julia vue solidity vb fortran scheme awk zig nix d dot llvm nasm cmake vhdl verilog sed puppet jsonnet gradle ssh systemd hlsl reasonml tap pascal vala turtle nim sparql apex hack smalltalk io actionscript json-doc eex epp hocon rego digdag prometheus smarty meson cypher velocity"
).split() + (  # ported in the second session
    "coq applescript bibtex literate_haskell literate_coffeescript brainfuck qml gdscript cython "
    "common_lisp racket tcl mathematica hylang postscript crystal moonscript ada supercollider q "
    "lean stata jsp armasm sml haml slim xpath xquery plsql haxe escape slice cmhg msgtrans csvs "
    "lustre lutin mxml biml apiblueprint eiffel xojo jsl pony ceylon wollok sieve ocl bsl isbl "
    "minizinc fluent idris isabelle livescript tulip nesasm m68k ghc-core rescript dafny "
    "robot_framework janet j sas yang ttcn3 sqf opentype_feature_file augeas bbcbasic bpf "
    "brightscript cfscript mason magik hql datastudio ecl nial clean mosel abap vcl syzlang "
    "syzprog praat stan lasso factor freefem idlang ghc-cmm openedge igorpro"
).split()

FENCE_OPEN = re.compile(r"^( {0,3}|\s*)(`{3,}|~{3,})[ \t]*([^\s`{]*)[^`\n]*$")
HIGHLIGHT_OPEN = re.compile(r"\{%-?\s*highlight\s+([^\s%]+)((?:\s+[^%]*?)?)\s*-?%\}")
HIGHLIGHT_CLOSE = re.compile(r"\{%-?\s*endhighlight\s*-?%\}")
MAX_PLAIN = 15
MAX_PIECES = 12


def fenced_blocks(text: str):
    """Yield (lang, code) for each fenced code block (``` or ~~~) in a Markdown text."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i].rstrip("\n"))
        if not m:
            i += 1
            continue
        indent, fence, lang = len(m.group(1)), m.group(2), m.group(3)
        body, j = [], i + 1
        close = re.compile(r"^\s*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        while j < len(lines) and not close.match(lines[j]):
            line = lines[j]
            strip = min(indent, len(line) - len(line.lstrip(" ")))
            body.append(line[strip:])
            j += 1
        yield lang, "".join(body)
        i = j + 1


def highlight_blocks(text: str):
    """Yield (lang, options, code) for each ``{% highlight %}`` block in a text."""
    for m in HIGHLIGHT_OPEN.finditer(text):
        end = HIGHLIGHT_CLOSE.search(text, m.end())
        if end:
            yield m.group(1), m.group(2).strip(), text[m.end() : end.start()]


def source_files():
    """Markdown-ish sources of the corpus sites and the kramdown conformance inputs."""
    for pattern in ("*.md", "*.markdown", "*.html"):
        yield from sorted((SHARED / "corpus").glob(f"*/src/**/{pattern}"))
    yield from sorted((SHARED / "conformance" / "kramdown").glob("**/*.text"))


def real_world_samples() -> list[dict]:
    """Samples from the corpus and the kramdown test inputs, de-duplicated."""
    out, seen, plain = [], set(), 0
    for path in source_files():
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            text = handle.read()  # keep CRLF line ends: Jekyll passes them through
        rel = str(path.relative_to(SHARED.resolve()) if path.is_relative_to(SHARED.resolve())
                  else path.relative_to(SHARED))
        for lang, code in fenced_blocks(text):
            if not lang:
                if plain >= MAX_PLAIN:
                    continue
                plain += 1
                lang = "plaintext"
            key = ("inner", lang, code)
            if key not in seen:
                seen.add(key)
                out.append({"kind": "inner", "lang": lang, "code": code, "source": rel})
        for lang, options, code in highlight_blocks(text):
            key = ("tag", lang, options, code)
            if key not in seen and not lang.isupper() and "some_language" not in lang:
                seen.add(key)
                out.append({"kind": "tag", "lang": lang, "code": code, "source": rel,
                            "linenos": "linenos" in options.split()})
    return out


def own_samples() -> list[dict]:
    """Hand-written samples (file stem = language) and Rouge's demo snippets."""
    out = []
    for path in sorted(OWN_SAMPLES.glob("*")):
        lang = path.name.split(".")[0].split("-")[0]
        out.append({"kind": "inner", "lang": lang, "code": path.read_text(encoding="utf-8"),
                    "source": f"highlight_samples/{path.name}"})
    for demo in sorted(DEMOS.glob("*")):
        out.append({"kind": "inner", "lang": demo.name, "code": demo.read_text(encoding="utf-8"),
                    "source": f"rouge demo {demo.name}"})
    out.append({"kind": "tag", "lang": "python", "linenos": True, "source": "own",
                "code": "\n\ndef f(x):\n    return x + 1\n\n\n"})
    out.append({"kind": "tag", "lang": "c++", "linenos": False, "source": "own",
                "code": "int main() { return 0; }\n"})
    return out


def visual_samples() -> list[dict]:
    """Rouge's own stress samples (spec/visual/samples/<lang> at v3.30.0), cut at blank lines
    into pieces of about 20 lines, at most MAX_PIECES per language.  Needs a clone of
    rouge-ruby/rouge in $ROUGE_REPO (skipped otherwise)."""
    repo = os.environ.get("ROUGE_REPO")
    if not repo:
        return []
    out = []
    for lang in COMMON:
        res = subprocess.run(["git", "-C", repo, "show", f"v3.30.0:spec/visual/samples/{lang}"],
                             capture_output=True, text=True)
        if res.returncode:
            continue
        for n, piece in enumerate(_pieces(res.stdout)[:MAX_PIECES]):
            out.append({"kind": "inner", "lang": lang, "code": piece,
                        "source": f"rouge visual sample {lang} #{n}"})
    return out


def _pieces(text: str, size: int = 20) -> list[str]:
    """Cut a text at blank lines into pieces of at least ``size`` lines."""
    pieces, current = [], []
    for line in text.splitlines(keepends=True):
        current.append(line)
        if len(current) >= size and not line.strip():
            pieces.append("".join(current))
            current = []
    if current:
        pieces.append("".join(current))
    return pieces


def run_rouge(samples: list[dict]) -> list[dict]:
    """Add Rouge's output to every sample via the Ruby helper."""
    res = subprocess.run(["ruby", str(RUBY)], input=json.dumps(samples), capture_output=True,
                         text=True, check=True)
    return json.loads(res.stdout)


# Known Rouge behaviours jekpy does not repeat, by lexer tag (the reason a case that differs
# gets when it had none before).
QUIRKS = {
    "wollok": "Rouge quirk: Wollok's list of declared names is a variable of the lexer class, "
              "shared by every text lexed in the Ruby process (here: the earlier samples); jekpy "
              "keeps it per text",
}


def refresh_skip_list(cases: list[dict]) -> None:
    """Rewrite ``highlight_skip.json`` for the new case ids: every case jekpy does not render
    identically keeps the reason its sample had before (matched by language and source), or
    gets the fallback reason for languages without a Rouge-shaped lexer."""
    sys.path.insert(0, str(REPO / "tests" / "unit"))
    from test_highlight import render

    from jekpy.highlight.langs import ported_tags

    skip_path = DATA / "highlight_skip.json"
    old_cases = {c["id"]: c for c in json.loads(
        (DATA / "highlight_cases.json.old").read_text(encoding="utf-8"))}
    reasons = {(old_cases[k]["lang"], old_cases[k]["source"]): v
               for k, v in json.loads(skip_path.read_text(encoding="utf-8")).items()
               if k in old_cases}
    ported = set(ported_tags())
    skip = {}
    for case in cases:
        if render(case) == case["html"]:
            continue
        tag = case.get("lexer") or case["lang"]
        skip[case["id"]] = reasons.get((case["lang"], case["source"])) or QUIRKS.get(tag) or (
            f"{tag}: no Rouge-shaped lexer yet (Pygments fallback)" if tag not in ported
            else f"{tag}: not identical yet")
    skip_path.write_text(json.dumps(skip, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


FUZZ_ALPHABET = "ab XY_09\n\t{}[]()<>'\"`#$%&*+-/:;=?@\\|~!^.,\u00e9"


def fuzz(tags: list[str], per_tag: int = 150) -> int:
    """Print how many random inputs per tag jekpy renders exactly as Rouge does."""
    import random

    from jekpy.highlight import highlight

    repo = os.environ.get("ROUGE_REPO", "")
    samples = []
    for tag in tags:
        base = "".join(_show(repo, f"{kind}/{tag}")
                       for kind in ("lib/rouge/demos", "spec/visual/samples"))
        rng = random.Random(tag)
        for _ in range(per_tag):
            if rng.random() < 0.2 or not base:
                code = "".join(rng.choice(FUZZ_ALPHABET) for _ in range(rng.randint(0, 40)))
            else:
                start = rng.randint(0, len(base))
                code = base[start : start + rng.randint(0, 300)]
            samples.append({"kind": "inner", "lang": tag, "code": code})
    results = run_rouge(samples)
    for tag in tags:
        mine = [c for c in results if c["lang"] == tag and c["html"] is not None]
        same = sum(highlight(c["code"], tag) == c["html"] for c in mine)
        print(f"{tag:24} {same}/{len(mine)} (Rouge failed on {per_tag - len(mine)})")
    return 0


def _show(repo: str, path: str) -> str:
    """A file of the rouge clone at v3.30.0 ('' when absent)."""
    if not repo:
        return ""
    res = subprocess.run(["git", "-C", repo, "show", f"v3.30.0:{path}"], capture_output=True,
                         text=True)
    return res.stdout if res.returncode == 0 else ""


def main() -> int:
    """Write the golden data files."""
    samples = real_world_samples() + own_samples() + visual_samples()
    for n, sample in enumerate(samples):
        sample["id"] = f"{n:03d}-{sample['kind']}-{sample['lang']}"
    cases = run_rouge(samples)
    failed = [c["id"] for c in cases if c.get("html") is None]
    if failed:
        raise SystemExit(f"Rouge failed on {failed}")
    old = DATA / "highlight_cases.json"
    (DATA / "highlight_cases.json.old").write_text(old.read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    for case in cases:  # Jekyll 4.3's tag set-up gives the same bytes; keep only the verdict
        if "html_43" in case:
            case["same_in_jekyll_4_3"] = case.pop("html_43") == case["html"]
    lines = ",\n".join(json.dumps(case, ensure_ascii=False, sort_keys=True) for case in cases)
    (DATA / "highlight_cases.json").write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    lexers = subprocess.run(["ruby", str(RUBY), "--lexers"], capture_output=True, text=True,
                            check=True).stdout
    table = REPO / "tools" / "jekpy" / "highlight" / "rouge_lexers.json"
    table.write_text(json.dumps(json.loads(lexers), separators=(",", ":"), sort_keys=True) + "\n")
    words = subprocess.run(["ruby", str(RUBY), "--words"], capture_output=True, text=True,
                           check=True).stdout
    (table.parent / "rouge_words.json").write_text(
        json.dumps(json.loads(words), indent=0, sort_keys=True) + "\n")
    refresh_skip_list(cases)
    (DATA / "highlight_cases.json.old").unlink()
    print(f"{len(cases)} cases written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(fuzz(sys.argv[2:]) if sys.argv[1:2] == ["--fuzz"] else main())
