#!/usr/bin/env python3
"""Liquid render time: jekpy against Jekyll on the synthetic site's layouts, in the same run.

    python benchmarks/liquid_bench.py [N] [--runs 3]

Both tools build the synthetic N-post site of ../shared/bench/gen_site.py with `--profile`;
the Liquid time of the pages and layouts (the rows of the profile table outside `_includes/`,
whose time is already inside the templates that include them) is summed, and the medians and
their ratio printed. Parsed templates and includes are cached per build in jekpy (one parse per
file), as in Jekyll. Not a test: timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GEN = (REPO / ".." / "shared" / "bench" / "gen_site.py").resolve()
ROW = re.compile(r"^\|?\s*(\S+)\s*\|\s*(\d+)\s*\|\s*[\d.]+K\s*\|\s*([\d.]+)\s*\|?\s*$")


def liquid_seconds(output: str) -> float:
    total = 0.0
    for line in output.splitlines():
        match = ROW.match(line.strip())
        if match and not match.group(1).startswith("_includes/"):
            total += float(match.group(3))
    return total


def run(cmd: list[str], cwd: Path) -> str:
    env = {**os.environ, "TZ": "UTC", "JEKYLL_ENV": "production"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return proc.stdout + proc.stderr


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not GEN.is_file():
        print(f"needs {GEN}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, str(GEN), str(site), str(args.n)], check=True, stdout=subprocess.DEVNULL)
        (site / "_config.yml").write_text((site / "_config.yml").read_text() + "\ntheme: null\n")
        jekpy, jekyll = [], []
        for _ in range(args.runs):
            jekpy.append(liquid_seconds(run([sys.executable, "-m", "jekpy", "build", "--profile", "-d", f"{tmp}/a"], site)))
            if shutil.which("jekyll"):
                jekyll.append(liquid_seconds(run(["jekyll", "build", "--profile", "--disable-disk-cache", "-d", f"{tmp}/b"], site)))
        line = f"N={args.n}: jekpy Liquid {statistics.median(jekpy):.3f}s"
        if jekyll:
            line += f" | Jekyll Liquid {statistics.median(jekyll):.3f}s | jekpy/Jekyll = {statistics.median(jekpy) / statistics.median(jekyll):.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
