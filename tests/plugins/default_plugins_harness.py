"""Build and check the plugin cases in ``tests/plugins/<plugin>_<case>/``.

Each case is laid out like the golden sites (``in/``, ``out/`` written by the reference
renderer, ``case.json`` with ``extra_config`` and ``env``). ``python tests/plugins/harness.py
[CASE ...]`` regenerates ``out/`` with the oracle (tests/sites/regen.py does the work);
``build_case`` builds a case with jekpy for the unit tests.
"""

from __future__ import annotations

import contextlib
import filecmp
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

PLUGINS_DIR = Path(__file__).resolve().parent
REPO_ROOT = PLUGINS_DIR.parents[1]
PAGES_ENV = {"JEKYLL_ENV": "production", "PAGES_ENV": "dotcom", "SSL": "true"}
DEFAULT_ENV = {
    "PAGES_REPO_NWO": "example/example.github.io",
    "JEKYLL_BUILD_REVISION": "0123456789abcdef0123456789abcdef01234567",
    "TZ": "UTC",
}
DEFAULT_EXTRA = {"time": "2024-06-01 12:00:00 +0000"}
# Variables the build reads; unset unless a case sets them, so the host cannot leak in.
CLEARED = ("PAGES_API_URL", "PAGES_HELP_URL", "PAGES_GITHUB_HOSTNAME", "PAGES_PAGES_HOSTNAME",
           "PAGE_BUILD_ID", "JEKYLL_GITHUB_TOKEN", "GITHUB_TOKEN", "SUBDOMAIN_ISOLATION", "API_URL",
           "HELP_URL", "GITHUB_HOSTNAME", "PAGES_HOSTNAME")


# The Pages default plugins' cases (other plugins' cases in this folder have their own tests).
PREFIXES = ("github_metadata", "optional_front_matter", "readme_index", "titles_from_headings",
            "default_layout", "relative_links", "paginate")


def case_dirs(prefix: str = "") -> list[Path]:
    """This harness's case folders (with a case.json) whose name starts with ``prefix``."""
    found = sorted(p.parent for p in PLUGINS_DIR.glob(f"{prefix}*/case.json"))
    return [p for p in found if p.name.startswith(PREFIXES)]


def load_case(case_dir: Path) -> dict:
    """case.json with the pinned defaults filled in."""
    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    case["extra_config"] = {**DEFAULT_EXTRA, **case.get("extra_config", {})}
    case["env"] = {**DEFAULT_ENV, **case.get("env", {})}
    return case


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    """Set (and afterwards restore) environment variables for one build."""
    saved = {k: os.environ.get(k) for k in (*values, *CLEARED)}
    for key in CLEARED:
        os.environ.pop(key, None)
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def build_case(case_dir: Path, dest: Path) -> None:
    """Build ``case_dir/in`` with jekpy into ``dest`` with the case's env and extra config."""
    from jekpy.build import build

    case = load_case(case_dir)
    with tempfile.TemporaryDirectory(prefix="jekpy-plugin-") as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(case_dir / "in", src)
        extra = Path(tmp) / "extra.yml"
        extra.write_text("".join(f"{json.dumps(k)}: {json.dumps(v)}\n" for k, v in case["extra_config"].items()))
        configs = [p for p in (src / "_config.yml",) if p.exists()] + [extra]
        with environment({**case["env"], **PAGES_ENV}):
            build(src, dest, config_files=configs, environment="production")


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Files missing, extra or with different bytes."""
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}

    exp, act = files(expected), files(actual)
    problems = [f"missing {p}" for p in sorted(exp - act)] + [f"extra {p}" for p in sorted(act - exp)]
    problems += [f"changed {p}" for p in sorted(exp & act) if not filecmp.cmp(expected / p, actual / p, shallow=False)]
    return problems


# Pages pins versions the oracle's Debian gems lack; a case with "pages_pinned_gems": true is
# built with these sources (from the gems' git history, fetched to /work/.mirror) put first on
# Ruby's load path, so that ``require`` finds them before the installed gems.
PINNED_GEMS = {
    "jekyll-relative-links": ("benbalter+jekyll-relative-links", "v0.6.1"),
    "jekyll-github-metadata": ("jekyll+github-metadata", "v2.16.1"),
}
MIRROR = Path("/work/.mirror")


def pinned_rubyopt(tmp: Path) -> str:
    """``-I`` options for the pinned gems' ``lib`` folders, extracted below ``tmp``."""
    import subprocess

    options = []
    for gem, (mirror, tag) in PINNED_GEMS.items():
        target = tmp / gem
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(MIRROR / mirror / "repo"), "archive", tag, "lib"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
        options.append(f"-I{target / 'lib'}")
    return " ".join(options)


def regenerate(names: list[str]) -> int:
    """Write ``out/`` of the named cases (all without names) with the reference renderer."""
    sys.path.insert(0, str(REPO_ROOT / "tests" / "sites"))
    import regen  # tests/sites/regen.py: the oracle driver

    if not regen.oracle_available():
        print("oracle not available", file=sys.stderr)
        return 2
    for case_dir in case_dirs():
        if names and case_dir.name not in names:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            dest = Path(tmp) / "_site"
            pinned = json.loads((case_dir / "case.json").read_text()).get("pages_pinned_gems")
            with environment({"RUBYOPT": pinned_rubyopt(Path(tmp) / "gems")} if pinned else {}):
                run = regen.regen_case(case_dir, dest)
            out = case_dir / "out"
            if out.exists():
                shutil.rmtree(out)
            if run.exit == 0:
                shutil.copytree(dest, out)
            print(f"{case_dir.name}: exit {run.exit}")
            if run.exit or run.stderr.strip():
                print("  " + run.stderr.strip().replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    sys.exit(regenerate(sys.argv[1:]))


def check_prefix(prefix: str, tmp_path: Path, skip: dict[str, str]) -> tuple[int, int, dict[str, list[str]]]:
    """Build every case of ``prefix`` with jekpy; (identical, total, problems of the others).

    Cases in ``skip`` are built too (so that they count) but their problems are not returned.
    """
    results: dict[str, list[str]] = {}
    for case_dir in case_dirs(prefix):
        dest = tmp_path / case_dir.name
        try:
            build_case(case_dir, dest)
            results[case_dir.name] = diff_trees(case_dir / "out", dest)
        except Exception as exc:  # noqa: BLE001 - reported as a failing case
            results[case_dir.name] = [f"build failed: {type(exc).__name__}: {exc}"]
    identical = sum(1 for problems in results.values() if not problems)
    suite = f"plugin {prefix} cases"
    print(f"{suite}: {identical}/{len(results)} identical")
    try:  # the suite-wide counts of tests/conftest.py, when it has them
        from conftest import record
    except ImportError:
        record = None
    for problems in results.values():
        if record is not None:
            record(suite, not problems)
    failures = {name: problems for name, problems in results.items() if problems and name not in skip}
    return identical, len(results), failures
