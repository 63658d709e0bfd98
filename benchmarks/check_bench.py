"""Time `jekpy check` against `jekpy build` on the synthetic 1000-post site.

    python benchmarks/check_bench.py [--posts 1000] [--runs 3]

Generates the site with ../shared/bench/gen_site.py (skips with a message when it is absent),
then runs each command in a fresh process ``--runs`` times and prints the best wall-clock time
of each and their ratio. The issue's target: check in under half the time of build.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
GEN = SHARED / "bench" / "gen_site.py"


def best_time(argv: list[str], runs: int, env: dict) -> tuple[float, int]:
    """Best wall-clock seconds of ``runs`` runs, and the last exit code."""
    best, code = float("inf"), 0
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - started)
        code = proc.returncode
    return best, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not GEN.is_file():
        print(f"skipped: {GEN} is absent")
        return 0
    env = dict(os.environ, PYTHONPATH=str(REPO / "tools"), JEKYLL_ENV="production")
    themes = SHARED / "oracle" / "themes"
    if themes.is_dir():
        env.setdefault("JEKPY_THEME_PATH", str(themes))
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, str(GEN), str(site), str(args.posts)], check=True, stdout=subprocess.DEVNULL)
        py = [sys.executable, "-m", "jekpy"]
        build, build_code = best_time([*py, "build", "-s", str(site), "-d", str(Path(tmp) / "out"), "-q"], args.runs, env)
        full, full_code = best_time([*py, "check", str(site)], args.runs, env)
        fast, fast_code = best_time([*py, "check", "--no-output", str(site)], args.runs, env)
    print(f"site: {args.posts} posts, best of {args.runs} runs")
    print(f"jekpy build              {build:7.2f} s  (exit {build_code})")
    print(f"jekpy check              {full:7.2f} s  (exit {full_code})  = {full / build:.2f} x build")
    print(f"jekpy check --no-output  {fast:7.2f} s  (exit {fast_code})  = {fast / build:.2f} x build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
