"""Regenerate the golden-site expectations with the reference renderer (the "oracle").

Each case lives in ``tests/sites/<case>/``::

    in/         the site source (hand-written)
    out/        the expected ``_site`` written by the oracle (absent for failing cases)
    case.json   description, extra_config, env, exit (+ stderr_contains for failures)

Usage::

    python tests/sites/regen.py                 # every case
    python tests/sites/regen.py posts_basic ... # only these
    python tests/sites/regen.py --check         # rebuild into temp dirs, compare, write nothing

``regen_case(case_dir, dest)`` is the importable core: it builds ``case_dir/in`` into ``dest``
exactly as the expectations were produced and returns an ``OracleRun``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

SITES_DIR = Path(__file__).resolve().parent
REPO_ROOT = SITES_DIR.parents[1]
SHARED_DIR = (REPO_ROOT / ".." / "shared").resolve()
ORACLE = SHARED_DIR / "oracle" / "pages-build"

# 2024-06-01T12:00:00Z: every source file gets this mtime (static-file and sitemap dates).
SOURCE_MTIME = 1717243200
ANSI = re.compile(r"\x1b\[[0-9;]*m")

DEFAULT_ENV = {
    "PAGES_REPO_NWO": "example/example.github.io",
    "JEKYLL_BUILD_REVISION": "0123456789abcdef0123456789abcdef01234567",
    "TZ": "UTC",
    # pages-build exports these itself; listed so that a non-oracle build (jekpy) run from
    # load_case()["env"] sees the same environment as the reference did.
    "JEKYLL_ENV": "production",
    "PAGES_ENV": "dotcom",
    "SSL": "true",
}
DEFAULT_EXTRA = {"time": "2024-06-01 12:00:00 +0000"}


@dataclass
class OracleRun:
    """What one oracle build returned."""

    exit: int
    stdout: str
    stderr: str


def load_case(case_dir: Path) -> dict:
    """Read ``case.json`` and fill in the pinned defaults it may leave out."""
    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    case.setdefault("extra_config", {})
    case["extra_config"] = {**DEFAULT_EXTRA, **case["extra_config"]}
    case["env"] = {**DEFAULT_ENV, **case.get("env", {})}
    case.setdefault("exit", 0)
    return case


def oracle_available() -> bool:
    """True when the reference renderer and Ruby can be run here."""
    return ORACLE.is_file() and shutil.which("ruby") is not None


def _pin_mtimes(root: Path) -> None:
    """Set every file and folder below ``root`` (and root) to SOURCE_MTIME."""
    for path in sorted(root.rglob("*"), reverse=True):
        os.utime(path, (SOURCE_MTIME, SOURCE_MTIME), follow_symlinks=False)
    os.utime(root, (SOURCE_MTIME, SOURCE_MTIME))


def _write_extra(path: Path, extra: dict) -> None:
    """Write extra_config as YAML (JSON is valid YAML, and keeps strings strings)."""
    lines = [f"{json.dumps(key)}: {json.dumps(value)}" for key, value in extra.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _clean(text: str, src: Path, dest: Path) -> str:
    """Drop colour codes and replace the temporary folders by SRC and DEST."""
    return ANSI.sub("", text).replace(str(src), "SRC").replace(str(dest), "DEST")


def regen_case(case_dir: Path | str, dest: Path | str) -> OracleRun:
    """Build ``case_dir/in`` with the oracle into ``dest`` (replaced) and return the run.

    The source is copied to a temporary folder first so that the pinned mtimes never touch the
    checkout and the oracle never sees ``.git``.
    """
    case_dir = Path(case_dir)
    dest = Path(dest)
    case = load_case(case_dir)
    with tempfile.TemporaryDirectory(prefix="jekpy-site-") as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(case_dir / "in", src, symlinks=True)
        _pin_mtimes(src)
        extra = Path(tmp) / "extra.yml"
        _write_extra(extra, case["extra_config"])
        env = {**os.environ, **case["env"]}
        proc = subprocess.run(
            [str(ORACLE), str(src), str(dest), str(extra)],
            env=env,
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
        )
        stderr = _clean(proc.stderr, src, dest)
        stdout = _clean(proc.stdout, src, dest)
    return OracleRun(exit=proc.returncode, stdout=stdout, stderr=stderr)


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed bytes)."""
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}

    exp, act = files(expected), files(actual)
    problems = [f"missing {p}" for p in sorted(exp - act)]
    problems += [f"extra {p}" for p in sorted(act - exp)]
    for rel in sorted(exp & act):
        if not filecmp.cmp(expected / rel, actual / rel, shallow=False):
            problems.append(f"changed {rel}")
    return problems


def _record(case_dir: Path, run: OracleRun, dest: Path) -> str:
    """Store the oracle's result for one case; return a one-line summary."""
    raw = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    out = case_dir / "out"
    if out.exists():
        shutil.rmtree(out)
    if run.exit == 0:
        shutil.copytree(dest, out, symlinks=True)
    raw["exit"] = run.exit
    missing = [s for s in raw.get("stderr_contains", []) if s not in run.stderr]
    (case_dir / "case.json").write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    note = f" MISSING stderr substrings: {missing}" if missing else ""
    return f"{case_dir.name}: exit {run.exit}{note}"


def _check(case_dir: Path, run: OracleRun, dest: Path) -> str:
    """Compare a fresh build with the stored expectation; return a one-line summary."""
    case = load_case(case_dir)
    problems = []
    if run.exit != case["exit"]:
        problems.append(f"exit {run.exit} != {case['exit']}")
    problems += [f"stderr lacks {s!r}" for s in case.get("stderr_contains", []) if s not in run.stderr]
    if run.exit == 0 and (case_dir / "out").is_dir():
        problems += diff_trees(case_dir / "out", dest)
    return f"{case_dir.name}: {'OK' if not problems else '; '.join(problems)}"


def case_dirs(names: list[str] | None = None) -> list[Path]:
    """The case folders (those holding a case.json), optionally only the named ones."""
    found = sorted(p.parent for p in SITES_DIR.glob("*/case.json"))
    if names:
        found = [p for p in found if p.name in set(names)]
    return found


def main(argv: list[str] | None = None) -> int:
    """Command line: regenerate (or --check) the named cases, or all of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*")
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    parser.add_argument("--verbose", "-v", action="store_true", help="print the oracle's stderr")
    args = parser.parse_args(argv)
    if not oracle_available():
        print(f"oracle not available at {ORACLE}", file=sys.stderr)
        return 2
    status = 0
    for case_dir in case_dirs(args.cases):
        with tempfile.TemporaryDirectory(prefix="jekpy-dest-") as tmp:
            dest = Path(tmp) / "_site"
            run = regen_case(case_dir, dest)
            line = _check(case_dir, run, dest) if args.check else _record(case_dir, run, dest)
        print(line)
        if args.verbose or run.exit != 0:
            print("  " + run.stderr.strip().replace("\n", "\n  "))
        if args.check and not line.endswith(": OK"):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
