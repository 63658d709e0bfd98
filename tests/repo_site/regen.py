"""Rebuild ``expected/``: this repository's own site, built by the reference renderer.

    python tests/repo_site/regen.py          # rewrite expected/
    python tests/repo_site/regen.py --check  # build into a temp folder and compare only

The build is pinned (time, repository name, revision, TZ) so it is reproducible.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ORACLE = (REPO / ".." / "shared" / "oracle" / "pages-build").resolve()
PIN = {"time": "2024-06-01 12:00:00 +0000"}
ENV = {
    "PAGES_REPO_NWO": "sangho-vision/sangho-vision.github.io",
    "JEKYLL_BUILD_REVISION": "0123456789abcdef0123456789abcdef01234567",
    "TZ": "UTC",
}
SOURCE_MTIME = 1717243200  # 2024-06-01T12:00:00Z


def site_files() -> list[str]:
    """The files of the site (what git tracks or would track, minus the toolkit)."""
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True, text=True, check=True)
    skip = ("tools/", "tests/", "benchmarks/", "docs/", ".ci/", ".github/", "build/")
    return [f for f in out.stdout.splitlines() if not f.startswith(skip) and (REPO / f).is_file()]


def copy_site(dest: Path) -> Path:
    """Copy the site's files into ``dest`` with pinned mtimes."""
    for rel in site_files():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / rel, target)
    for path in sorted(dest.rglob("*"), reverse=True):
        os.utime(path, (SOURCE_MTIME, SOURCE_MTIME))
    return dest


def build_reference(out: Path) -> None:
    """Run the reference renderer over a pinned copy of the site into ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        src = copy_site(Path(tmp) / "src")
        pin = Path(tmp) / "pin.yml"
        pin.write_text("".join(f'{k}: "{v}"\n' for k, v in PIN.items()))
        env = {**os.environ, **ENV}
        subprocess.run([str(ORACLE), str(src), str(out), str(pin)], env=env, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        build_reference(out)
        if args.check:
            diff = filecmp.dircmp(out, HERE / "expected")
            print(diff.report())
            return 0
        shutil.rmtree(HERE / "expected", ignore_errors=True)
        shutil.copytree(out, HERE / "expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
