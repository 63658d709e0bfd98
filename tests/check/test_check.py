"""`jekpy check` on tiny broken sites (tests/check/cases), in all three report formats, plus
the corpus sites and this repository, which must have no errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jekpy.check import formats, run_check
from jekpy.check.report import Problem
from jekpy.check_cli import check, doctor

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO / ".." / "shared"
CASES = sorted(p.parent for p in (HERE / "cases").glob("*/expected.json"))
SKIP: dict[str, str] = {}


def _problems(expected: dict) -> list[Problem]:
    return [Problem(p["severity"], p["message"], p["file"], p["line"], p["col"], p["rule"]) for p in expected["problems"]]


def _run(case: Path, fmt: str, args: list[str]):
    runner = CliRunner()
    return runner.invoke(check, [str(case / "site"), "--format", fmt, "--no-color", *args])


def test_there_are_enough_cases():
    broken = [c for c in CASES if json.loads((c / "expected.json").read_text())["problems"]]
    print(f"\ncheck cases: {len(CASES)} ({len(broken)} broken sites)")
    assert len(broken) >= 60


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_json(case: Path):
    if case.name in SKIP:
        pytest.skip(SKIP[case.name])
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    result = _run(case, "json", expected["args"])
    payload = json.loads(result.output)
    got = [{k: p[k] for k in ("severity", "file", "line", "col", "message", "rule")} for p in payload["problems"]]
    assert got == expected["problems"]
    assert result.exit_code == expected["exit_code"] == payload["exit_code"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_human(case: Path):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    strict = "--strict" in expected["args"]
    result = _run(case, "human", expected["args"])
    lines = result.output.splitlines()
    for problem in _problems(expected):
        assert (problem.file or "(site)") in lines
        assert formats.human_line(problem, strict) in lines
    assert result.exit_code == expected["exit_code"]
    if not expected["problems"]:
        assert len(lines) == 1 and lines[0].startswith("No problems found")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_github(case: Path):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    strict = "--strict" in expected["args"]
    result = _run(case, "github", expected["args"])
    lines = result.output.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert commands == [formats.github_line(p, strict) for p in _problems(expected)]
    for line, problem in zip(commands, _problems(expected), strict=True):
        assert line.startswith(f"::{'error' if strict else problem.severity} ")
        if problem.line is not None:
            assert f",line={problem.line}" in line
    assert result.exit_code == expected["exit_code"]


def test_github_escapes_newlines_and_percent():
    line = formats.github_line(Problem("error", "50% done\nnext", "a,b.md", 3, 4, "x"))
    assert line == "::error file=a%2Cb.md,line=3,col=4,title=jekpy check%3A x::50%25 done%0Anext"


def test_doctor_reports_conflicts_and_pages_verdict():
    result = CliRunner().invoke(doctor, [str(HERE / "cases" / "url_conflict" / "site")])
    assert "b.md: Conflict: /same/index.html is written by 2 files (a.md, b.md)" in result.output
    assert result.exit_code == 1
    clean = CliRunner().invoke(doctor, [str(HERE / "cases" / "clean_site" / "site")])
    assert "would this site build unchanged? yes" in clean.output
    assert "Everything looks fine." in clean.output
    assert clean.exit_code == 0
    broken = CliRunner().invoke(doctor, [str(HERE / "cases" / "liquid_render_tag" / "site")])
    assert "would this site build unchanged? no" in broken.output
    assert "index.md:4: Liquid syntax error: Unknown tag 'render'" in broken.output


@pytest.mark.parametrize("config, expected", [
    ("url: example.com\n", "Your site URL does not seem to be absolute"),
    ("url: https://example.com/blog\n", "`url` has a path (/blog); put it in `baseurl` instead."),
    ("url: https://example.com/\n", "`url` ends with a slash"),
    ("url: https://example.com\nbaseurl: blog/\n", "`baseurl: blog/` should start with a slash (/blog/)."),
    ("url: https://example.com\ngems: [jekyll-feed]\n", "Deprecated setting 'gems'"),
    ("url: https://example.com\ncollections_dir: my_collections\n", "Detected '_posts' directory outside custom"),
    ("url: https://me.github.io\n", "CNAME serves the site at example.org but `url` is https://me.github.io"),
    ("url: https://example.org\nbaseurl: /blog\n", "with a custom domain (example.org) the site is served from the root"),
])
def test_doctor_url_baseurl_and_deprecations(tmp_path, config, expected):
    (tmp_path / "_config.yml").write_text("theme: null\n" + config)
    (tmp_path / "_posts").mkdir()
    (tmp_path / "index.md").write_text("---\ntitle: x\n---\nHi\n")
    if "CNAME" in expected or "custom domain" in expected:
        (tmp_path / "CNAME").write_text("example.org\n")
    result = CliRunner().invoke(doctor, [str(tmp_path)])
    assert expected in result.output
    assert result.exit_code == 1


def test_this_repository_has_no_errors(monkeypatch):
    if SHARED.is_dir():
        monkeypatch.setenv("JEKPY_THEME_PATH", str(SHARED / "oracle" / "themes"))
    report = run_check(REPO)
    errors = [p for p in report.problems if p.severity == "error"]
    print(formats.as_human(report))
    assert errors == []


CORPUS = sorted((SHARED / "corpus").glob("*/site.json")) if (SHARED / "corpus").is_dir() else []

# Errors caused by how the corpus snapshot was stored, not by the site (printed, not counted).
SNAPSHOT_GAPS = {
    "just-the-docs__just-the-docs": ("vendor/", "the stored src lacks _includes/vendor, _layouts/vendor and "
                                     "_sass/vendor (corpus README: vendor/ removed); the oracle output shows "
                                     "they existed"),
    "NPLawrence__nplawrence.github.io": ("vendor/", "the stored src lacks _sass/vendor (corpus README: vendor/ "
                                         "removed); the oracle compiled assets/css/main.css with it"),
}


# Errors the corpus README itself confirms (the oracle worked around them).
KNOWN_TRUE = {
    "samarsault__plainwhite-jekyll": ("The plainwhite theme could not be found",
                                      "corpus README: Pages would stop with 'theme could not be found'; "
                                      "the oracle built the site without a theme"),
}


def _placeholders_missing(meta: dict, src: Path) -> list[str]:
    """Binary placeholders site.json lists as kept but that are absent from src."""
    found = []
    for entry in meta.get("dropped", []):
        if isinstance(entry, str) and "placeholder" in entry:
            rel = entry.split(" (", 1)[0]
            if not (src / rel).exists():
                found.append("/" + rel)
    return found


def _oracle_broken(meta_path: Path, meta: dict) -> set[tuple[str, str]]:
    """(page, url) of the broken links of the reference renderer's own output."""
    from jekpy.check.link_index import links_in_built_site

    manifest = json.loads((meta_path.parent / "manifest.json").read_text())
    base = meta["effective_config"].get("baseurl")
    base = (meta.get("github_metadata") or {}).get("baseurl") if base is None else base
    files = {o["path"] for o in manifest["outputs"]}
    return {(d, u) for d, u, _ in links_in_built_site(meta_path.parent / "expected", str(base or ""), files)}


def check_corpus_site(meta_path: Path, tmp_path: Path) -> dict:
    """Check one corpus site; sort its errors into confirmed, snapshot gaps and false errors."""
    meta = json.loads(meta_path.read_text())
    name = meta_path.parent.name
    src = meta_path.parent / "src"
    overlay = tmp_path / f"{name}.yml"
    overlay.write_text(yaml.safe_dump(meta["overlay"]))
    ignore = {"jekpy": {"check": {"ignore_missing": _placeholders_missing(meta, src)}}}
    report = run_check(src, [src / "_config.yml", overlay], overrides=ignore)
    oracle = _oracle_broken(meta_path, meta)
    confirmed_links = {(d, u) for d, u, _ in report.links if (d, u) in oracle}
    gap = SNAPSHOT_GAPS.get(name)
    result = {"confirmed": [], "snapshot": [], "false": [], "warnings": []}
    for problem in report.sorted():
        text = f"{problem.file}:{problem.line}: {problem.message}"
        if problem.severity != "error":
            result["warnings"].append(text)
        elif problem.rule == "broken-link" and _link_confirmed(problem, report, confirmed_links):
            result["confirmed"].append(text)
        elif gap and gap[0] in problem.message:
            result["snapshot"].append(text)
        elif name in KNOWN_TRUE and KNOWN_TRUE[name][0] in problem.message:
            result["confirmed"].append(text)
        else:
            result["false"].append(text)
    result["false_links"] = sorted({(d, u) for d, u, _ in report.links} - oracle)
    return result


def _link_confirmed(problem: Problem, report, confirmed: set) -> bool:
    return any(msg.split(" (")[0] in problem.message and (d, u) in confirmed for d, u, msg in report.links)


@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is absent: corpus check skipped")
def test_corpus_has_no_false_errors(monkeypatch, tmp_path):
    monkeypatch.setenv("JEKPY_THEME_PATH", str(SHARED / "oracle" / "themes"))
    monkeypatch.setenv("JEKYLL_ENV", "production")
    false = {}
    lines = []
    for meta_path in CORPUS:
        result = check_corpus_site(meta_path, tmp_path)
        name = meta_path.parent.name
        lines.append(f"{name}: {len(result['confirmed'])} confirmed errors, {len(result['snapshot'])} snapshot gaps, "
                     f"{len(result['false'])} false errors, {len(result['warnings'])} warnings")
        if result["false"] or result["false_links"]:
            false[name] = result["false"] + [f"link {d} -> {u}" for d, u in result["false_links"]]
    print("\ncorpus (errors confirmed by the reference renderer's output vs false):\n  " + "\n  ".join(lines))
    assert false == {}


@pytest.fixture(autouse=True)
def _no_env_theme(monkeypatch):
    """Cases must not depend on the caller's JEKPY_THEME_PATH (they set `theme: null`)."""
    if "JEKPY_THEME_PATH" in os.environ:
        monkeypatch.delenv("JEKPY_THEME_PATH")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_thorough_mode_agrees(case: Path):
    """Converting every Markdown text finds exactly what the fast path (markdown_links) finds."""
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    report = run_check(case / "site", thorough=True)
    got = [{k: p.as_dict()[k] for k in ("severity", "file", "line", "col", "message", "rule")} for p in report.sorted()]
    if "--strict" in expected["args"]:
        got = [dict(p, severity="error") for p in got]
    assert got == expected["problems"]


def test_markdown_links_reader():
    from jekpy.check.markdown_links import deferrable, links

    text = ("See [a](/x) and `[b](/y)`.\n\n```\n[c](/z)\n```\n\n![i](/img.png \"t\") [d][ref]\n\n"
            "[ref]: /r\n[unused]: /u\n")
    assert deferrable(text)
    assert links(text) == ["/x", "/img.png", "/r"]
    assert not deferrable("<div>[x](/y)</div>")       # raw HTML: kramdown may not convert it
    assert not deferrable("a [x](/y (z)) b")          # a URL this reader does not parse
    assert not deferrable("Footnote[^1]\n\n[^1]: x")  # footnotes add anchors


@pytest.mark.skipif(not (SHARED / "bench" / "gen_site.py").is_file(), reason="../shared/bench is absent")
def test_fast_path_matches_thorough_on_generated_site(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setenv("JEKPY_THEME_PATH", str(SHARED / "oracle" / "themes"))
    site = tmp_path / "site"
    subprocess.run([sys.executable, str(SHARED / "bench" / "gen_site.py"), str(site), "40"], check=True,
                   stdout=subprocess.DEVNULL)
    (site / "_posts" / "2010-01-01-post-00000-layout.md").open("a").write("\n[gone](/nowhere/) [a](#nope)\n")
    (site / "_posts" / "2010-01-05-post-00004-x.md").open("a").write("\n{% include missing.html %}\n")
    fast, thorough = run_check(site), run_check(site, thorough=True)
    assert sorted(fast.links) == sorted(thorough.links)
    assert len(fast.links) == 2
    assert fast.sorted() == thorough.sorted()
    from jekpy.check import parallel

    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)  # documents rendered by forked workers
    forked = run_check(site)
    assert forked.sorted() == fast.sorted()
    assert sorted(forked.links) == sorted(fast.links)


def test_human_colours_and_config_option(tmp_path):
    site = HERE / "cases" / "fm_layout_missing" / "site"
    coloured = CliRunner().invoke(check, [str(site), "--color"])
    assert "\033[31merror" in coloured.output and "\033[1mindex.md" in coloured.output
    plain = CliRunner().invoke(check, [str(site), "--no-color"])
    assert "\033[" not in plain.output
    extra = tmp_path / "extra.yml"
    extra.write_text("permlink: pretty\n")
    result = CliRunner().invoke(check, ["-s", str(site), "--config", f"{site / '_config.yml'},{extra}",
                                        "--format", "json"])
    rules = [p["rule"] for p in json.loads(result.output)["problems"]]
    assert rules == ["config-spelling", "missing-layout"]
    assert result.exit_code == 1


ORACLE_POSITION_RE = __import__("re").compile(r"at line (\d+) column (\d+)")


# Where the reference cannot stand in for Pages.
ORACLE_LIMITS = {
    "remote_theme_not_checked": "the reference has no jekyll-remote-theme and no network; Pages fetches the theme",
}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_reference_failures_are_errors(case: Path):
    """Whenever the reference build fails, jekpy check reports an error (oracle.json, recorded
    by oracle_builds.py); YAML errors are located where the reference's Psych locates them."""
    oracle_path = case / "oracle.json"
    if case.name in ORACLE_LIMITS:
        pytest.skip(ORACLE_LIMITS[case.name])
    if not oracle_path.is_file():
        pytest.skip("no oracle.json (run tests/check/oracle_builds.py)")
    oracle = json.loads(oracle_path.read_text())
    expected = json.loads((case / "expected.json").read_text())
    if oracle["jekyll_exit"] != 0:
        assert expected["exit_code"] == 1
    yaml_errors = [p for p in expected["problems"] if p["rule"].endswith("yaml") and "YAML syntax" in p["message"]]
    reference = [m for m in oracle["messages"] if "line" in m and ("Psych" in m or "YAML Exception" in m)]
    if yaml_errors and reference:
        line, col = map(int, ORACLE_POSITION_RE.search(reference[0]).groups())
        assert (yaml_errors[0]["line"], yaml_errors[0]["col"]) == (line, col)


def test_yaml_positions_duplicates_nested_and_merge_keys():
    from jekpy.check import yaml_positions

    doc = yaml_positions.load("---\nbase: &b {x: 1}\nmeta:\n  <<: *b\n  a: 1\n  a: 2\nlist:\n  - k: 1\n    k: 2\n")
    assert doc.data["meta"] == {"x": 1, "a": 2}
    assert [(p, line, col) for p, line, col in doc.duplicates] == [(("meta", "a"), 6, 3), (("list", 0, "k"), 9, 5)]
    assert doc.where(("list", 0, "k")) == (9, 5)
    assert doc.where(("meta", "missing")) == (3, 1)
    assert yaml_positions.load("d: 2020-02-30\n").data == {"d": "2020-02-30"}  # as Psych: a string
    with pytest.raises(yaml_positions.YamlSyntax) as err:
        yaml_positions.load("a:\n  - [1, 2\nb: 3\n", line_offset=10)
    assert (err.value.line, err.value.col) == (12, 5)


def test_check_built_site(tmp_path):
    from jekpy.build import build

    site = HERE / "cases" / "anchor_other_page_broken" / "site"
    build(site, tmp_path / "out")
    result = CliRunner().invoke(check, [str(site), "--built", str(tmp_path / "out"), "--format", "json"])
    problems = json.loads(result.output)["problems"]
    assert [(p["file"], p["message"]) for p in problems] == [
        ("index.html", "Broken anchor '/about/#install': /about/index.html has no id=\"install\".")]
    assert result.exit_code == 1


GOLDEN_FAILURES = sorted((REPO / "tests" / "sites").glob("fail_*/case.json"))


@pytest.mark.skipif(not GOLDEN_FAILURES, reason="tests/sites has no fail_* golden sites")
def test_golden_failure_sites_fail_the_check(tmp_path, monkeypatch):
    """Every golden site whose reference build fails (tests/sites/fail_*) gets an error from the check."""
    missed = []
    for case_path in GOLDEN_FAILURES:
        case = json.loads(case_path.read_text())
        if case.get("exit", 0) == 0:
            continue
        for key, value in (case.get("env") or {}).items():
            monkeypatch.setenv(key, str(value))
        src = case_path.parent / "in"
        extra = tmp_path / f"{case_path.parent.name}.yml"
        extra.write_text(yaml.safe_dump(case.get("extra_config") or {}))
        configs = [src / "_config.yml", extra] if (src / "_config.yml").exists() else [extra]
        report = run_check(src, configs)
        if report.exit_code() != 1:
            missed.append(case_path.parent.name)
    print(f"\ngolden failure sites: {len(GOLDEN_FAILURES) - len(missed)}/{len(GOLDEN_FAILURES)} reported as errors")
    assert missed == []


def test_html_scan_attributes():
    from jekpy.check.html_scan import scan

    found = scan('<a href="/a?x=1&amp;y=2#f" id=top>x</a><!-- <a href="/commented"> -->'
                 '<script>var s = "<a href=\\"/in-script\\">";</script><script src="/s.js"></script>'
                 '<img srcset="data:image/png;base64,AAA,BBB 1x" src="/i.png"><link rel="stylesheet" href="/c.css">'
                 '<link rel="alternate" href="/feed.xml"><a name="n"></a><base href="/docs/">')
    assert [url for _, _, url, _ in found.links] == ["/a?x=1&y=2#f", "/s.js", "/i.png", "/c.css"]
    assert found.ids == {"top", "n"}
    assert found.base == "/docs/"


def test_parallel_rendering_falls_back_to_this_process(tmp_path, monkeypatch):
    from jekpy.check import parallel

    (tmp_path / "_config.yml").write_text("theme: null\n")
    (tmp_path / "_layouts").mkdir()
    (tmp_path / "_layouts" / "default.html").write_text("<html>{{ content }}</html>\n")
    (tmp_path / "_posts").mkdir()
    for day in range(1, 6):
        (tmp_path / "_posts" / f"2020-01-0{day}-p{day}.md").write_text(
            f"---\nlayout: default\n---\n[next](/2020/01/0{day + 1}/p{day + 1}.html)\n")
    serial = run_check(tmp_path)
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "_merge", lambda *args: (_ for _ in ()).throw(EOFError()))
    fallback = run_check(tmp_path)
    assert [p.message for p in serial.sorted()] == ["Broken link '/2020/01/06/p6.html': /2020/01/06/p6.html "
                                                     "is not in the built site."]
    assert fallback.sorted() == serial.sorted()
