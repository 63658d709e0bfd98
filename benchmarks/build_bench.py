#!/usr/bin/env python3
"""Build-speed benchmark: jekpy against the reference Jekyll, on the same synthetic site, same run.

    python benchmarks/build_bench.py [N ...] [--runs 3]

For each N it writes the synthetic site of ../shared/bench/gen_site.py (N posts), then times,
alternating the tools each round so machine noise hits both:
  * jekpy:  `python -m jekpy build -q` (GitHub Pages settings; Markdown converted on every CPU),
  * jekpy-1: the same with `JEKPY_JOBS=1` (one process: what a single core gives),
  * jekyll: `jekyll build -q --disable-disk-cache` with no .jekyll-cache (what Pages or a fresh CI
    checkout sees; Debian's Jekyll 4.3.1),
and prints the median wall times and their ratio, plus how many output files are byte-identical
to the reference renderer's build (`shared/oracle/pages-build`). Timings are not tests: these
machines are noisy, so only ratios measured in one run mean anything.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
GEN = SHARED / "bench" / "gen_site.py"
ORACLE = SHARED / "oracle" / "pages-build"
ENV = {**os.environ, "TZ": "UTC", "PAGES_REPO_NWO": "example/example.github.io",
       "JEKYLL_BUILD_REVISION": "0" * 40, "JEKYLL_ENV": "production"}


def timed(cmd: list[str], cwd: Path, extra_env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env={**ENV, **(extra_env or {})}, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def identical(a: Path, b: Path) -> tuple[int, int]:
    files = [p.relative_to(a) for p in a.rglob("*") if p.is_file()]
    same = sum(1 for rel in files if (b / rel).is_file() and filecmp.cmp(a / rel, b / rel, shallow=False))
    return same, len(files)


def bench(n: int, runs: int, work: Path) -> None:
    site = work / f"site{n}"
    subprocess.run([sys.executable, str(GEN), str(site), str(n)], check=True, stdout=subprocess.DEVNULL)
    (site / "_config.yml").write_text((site / "_config.yml").read_text() + "\ntheme: null\ntime: 2024-06-01 12:00:00 +0000\n")
    jekpy_cmd = [sys.executable, "-m", "jekpy", "build", "-q", "-s", str(site), "-d", str(work / "out-jekpy")]
    jekyll_cmd = ["jekyll", "build", "-q", "--disable-disk-cache", "-s", str(site), "-d", str(work / "out-jekyll")]
    have_jekyll = shutil.which("jekyll") is not None
    times: dict[str, list[float]] = {"jekpy": [], "jekpy-1": [], "jekyll": []}
    timed(jekpy_cmd, work)  # warm-up (imports, page cache)
    for _ in range(runs):
        times["jekpy"].append(timed(jekpy_cmd, work))
        times["jekpy-1"].append(timed(jekpy_cmd, work, {"JEKPY_JOBS": "1"}))
        if have_jekyll:
            shutil.rmtree(site / ".jekyll-cache", ignore_errors=True)
            times["jekyll"].append(timed(jekyll_cmd, work))
    jekpy_median = statistics.median(times["jekpy"])
    single = statistics.median(times["jekpy-1"])
    line = f"N={n:<5} jekpy median {jekpy_median:7.3f}s (min {min(times['jekpy']):.3f}; one process {single:.3f}s)"
    if times["jekyll"]:
        jekyll_median = statistics.median(times["jekyll"])
        line += f" | jekyll median {jekyll_median:7.3f}s | jekpy/jekyll = {jekpy_median / jekyll_median:.2f}"
        line += f" ({jekyll_median / jekpy_median:.1f}x faster)" if jekpy_median < jekyll_median else ""
        line += f"; one process: {single / jekyll_median:.2f}"
    print(line, flush=True)
    if ORACLE.is_file() and have_jekyll:
        ref = work / f"ref{n}"
        subprocess.run([str(ORACLE), str(site), str(ref)], env=ENV, check=True, capture_output=True)
        same, total = identical(ref, work / "out-jekpy")
        print(f"        fidelity: {same}/{total} files byte-identical to the reference build", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not GEN.is_file():
        print(f"needs {GEN} (the shared benchmark generator)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            bench(n, args.runs, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
