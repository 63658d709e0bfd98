"""Build every check case with the reference renderer and record whether the build fails.

    python tests/check/oracle_builds.py            # needs ../shared/oracle and Ruby Jekyll

Writes ``cases/<name>/oracle.json``: the exit code of ``shared/oracle/pages-build`` (Jekyll 4.3.1
under GitHub Pages' configuration) and its error lines, with temporary paths removed. The test
``test_reference_failures_are_errors`` uses it: whenever the reference build fails, ``jekpy
check`` must report an error. (The reference runs Liquid 5, so Liquid-5-only tags pass there
while Pages' Liquid 4.0.4 fails; those cases are errors for jekpy only.)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / ".." / "shared" / "oracle" / "pages-build"


def build(site: Path) -> dict:
    """Run the reference build of one case site."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PAGES_REPO_NWO="example/example.github.io", TZ="UTC",
                   JEKPY_THEME_PATH="")
        proc = subprocess.run([str(BUILD), str(site), str(Path(tmp) / "out")], capture_output=True, text=True,
                              env=env, timeout=300, check=False)
        text = (proc.stdout + proc.stderr).replace(str(site), "SITE").replace(tmp, "TMP")
        text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    lines = [line.strip() for line in text.splitlines()
             if re.search(r"Error|error|Exception|Warning|Conflict|does not exist|Invalid|invalid", line)]
    return {"jekyll_exit": proc.returncode, "messages": lines[:20]}


def main() -> int:
    if not BUILD.exists():
        print(f"skipped: {BUILD} is absent")
        return 0
    names = sys.argv[1:]
    for case in sorted(p for p in (HERE / "cases").iterdir() if (p / "site").is_dir()):
        if names and case.name not in names:
            continue
        result = build(case / "site")
        (case / "oracle.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(case.name, result["jekyll_exit"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
