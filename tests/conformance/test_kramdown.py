"""kramdown conformance: the kramdown and kramdown-parser-gfm test cases with Pages' expectations.

Data: ../shared/conformance/kramdown (201 cases) and ../shared/conformance/kramdown-parser-gfm
(13 cases); each ``.gfm.html`` was rendered by kramdown 2.4.0 + kramdown-parser-gfm 1.1.0 with
Pages' options plus the case's own options (see the folders' README.md). Byte-exact comparison.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

try:
    from jekpy.markdown import markdownify
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from jekpy.markdown import markdownify

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "conformance"
SUITES = ("kramdown", "kramdown-parser-gfm")

SKIP: dict[str, str] = {}


def _cases() -> list[tuple[str, Path, dict, Path]]:
    cases = []
    for suite in SUITES:
        manifest = SHARED / suite / "manifest.json"
        if not manifest.exists():
            continue
        for case in json.loads(manifest.read_text(encoding="utf-8"))["cases"]:
            cases.append((f"{suite}/{case['case']}", SHARED / suite / case["input"],
                          case["case_options"] or {}, SHARED / suite / case["expected"]))
    return cases


CASES = _cases()
RESULTS: dict[str, bool] = {}


def _render(source: Path, options: dict) -> str:
    return markdownify(source.read_text(encoding="utf-8"), options or None)


@pytest.mark.skipif(not CASES, reason=f"conformance data absent: {SHARED}")
@pytest.mark.parametrize(("name", "source", "options", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_case(name: str, source: Path, options: dict, expected: Path) -> None:
    got = _render(source, options)
    identical = got == expected.read_text(encoding="utf-8")
    RESULTS[name] = identical
    if name in SKIP and not identical:
        pytest.skip(SKIP[name])
    assert identical


@pytest.mark.skipif(not CASES, reason=f"conformance data absent: {SHARED}")
def test_summary(request: pytest.FixtureRequest) -> None:
    """Count identical outputs over all cases (also when run alone) and print the total."""
    identical = sum(_render(src, opts) == exp.read_text(encoding="utf-8")
                    for _, src, opts, exp in CASES)
    line = f"kramdown conformance: {identical}/{len(CASES)} identical"
    manager = request.config.pluginmanager
    if not manager.has_plugin("jekpy-kramdown-summary"):  # shown even when output is captured
        manager.register(_Summary(line), "jekpy-kramdown-summary")
    print(line)
    assert identical >= len(CASES) - len(SKIP)


class _Summary:
    """pytest plugin printing the conformance line in the terminal summary."""

    def __init__(self, line: str) -> None:
        self.line = line

    def pytest_terminal_summary(self, terminalreporter) -> None:  # noqa: ANN001 - pytest hook
        terminalreporter.write_line(self.line)


def test_skip_entries_exist() -> None:
    """Every SKIP entry names a real case."""
    if not CASES:
        pytest.skip(f"conformance data absent: {SHARED}")
    names = {c[0] for c in CASES}
    assert set(SKIP) <= names
