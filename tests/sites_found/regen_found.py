"""Regenerate ``out/`` of the reduced real-site cases with the oracle (reuses tests/sites/regen.py).

Usage::

    python tests/sites_found/regen_found.py            # every case here
    python tests/sites_found/regen_found.py CASE ...   # only these
    python tests/sites_found/regen_found.py --check    # rebuild and compare, write nothing
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("sites_regen_found", HERE.parent / "sites" / "regen.py")
regen = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = regen
_SPEC.loader.exec_module(regen)


def case_dirs(names: list[str]) -> list[Path]:
    """The case folders here (those holding a case.json), optionally only the named ones."""
    found = sorted(p.parent for p in HERE.glob("*/case.json"))
    return [p for p in found if not names or p.name in names]


def main(argv: list[str]) -> int:
    """Regenerate (or --check) the named cases, or all of them."""
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("-")]
    if not regen.oracle_available():
        print("oracle not available", file=sys.stderr)
        return 2
    status = 0
    for case_dir in case_dirs(names):
        with tempfile.TemporaryDirectory(prefix="jekpy-found-") as tmp:
            dest = Path(tmp) / "_site"
            run = regen.regen_case(case_dir, dest)
            line = regen._check(case_dir, run, dest) if check else regen._record(case_dir, run, dest)
        print(line)
        if run.exit != 0:
            print("  " + run.stderr.strip().replace("\n", "\n  "))
        if check and not line.endswith(": OK"):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
