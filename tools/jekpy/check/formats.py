"""Report formats: ``human`` (grouped by file, coloured on a terminal), ``json`` and ``github``
(GitHub Actions workflow commands, shown inline on a pull request)."""

from __future__ import annotations

import json
from itertools import groupby

from jekpy.check.report import ERROR, Problem, Report

COLOURS = {"error": "\033[31m", "warning": "\033[33m", "bold": "\033[1m", "dim": "\033[2m", "reset": "\033[0m"}


def render(report: Report, fmt: str, strict: bool = False, colour: bool = False) -> str:
    """The whole report as text in format ``fmt`` (human, json, github)."""
    if fmt == "json":
        return as_json(report, strict)
    if fmt == "github":
        return as_github(report, strict)
    return as_human(report, strict, colour)


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{COLOURS[style]}{text}{COLOURS['reset']}" if colour else text


def _severity(problem: Problem, strict: bool) -> str:
    return ERROR if strict else problem.severity


def location(problem: Problem) -> str:
    """``line:col`` as far as known."""
    if problem.line is None:
        return "-"
    return f"{problem.line}:{problem.col}" if problem.col is not None else str(problem.line)


def human_line(problem: Problem, strict: bool = False, colour: bool = False) -> str:
    """One problem as it appears under its file's heading."""
    severity = _severity(problem, strict)
    label = _paint(f"{severity:<7}", severity, colour)
    rule = _paint(f"[{problem.rule}]", "dim", colour) if problem.rule else ""
    return f"  {location(problem):>7}  {label}  {problem.message}  {rule}".rstrip()


def summary(report: Report, strict: bool = False) -> str:
    """The closing line."""
    errors, warnings = report.counts(strict)
    if not errors and not warnings:
        return f"No problems found ({report.files_checked} files checked)."
    return f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''} " \
           f"({report.files_checked} files checked)."


def as_human(report: Report, strict: bool = False, colour: bool = False) -> str:
    """Problems grouped by file, then the summary."""
    lines: list[str] = []
    for file, problems in groupby(report.sorted(), key=lambda p: p.file):
        lines.append(_paint(file or "(site)", "bold", colour))
        lines.extend(human_line(p, strict, colour) for p in problems)
        lines.append("")
    lines.append(summary(report, strict))
    return "\n".join(lines) + "\n"


def as_json(report: Report, strict: bool = False) -> str:
    """``{"problems": [...], "errors": N, "warnings": N, "files_checked": N, "exit_code": N}``."""
    errors, warnings = report.counts(strict)
    problems = []
    for problem in report.sorted():
        entry = problem.as_dict()
        entry["severity"] = _severity(problem, strict)
        problems.append(entry)
    payload = {"problems": problems, "errors": errors, "warnings": warnings,
               "files_checked": report.files_checked, "exit_code": report.exit_code(strict)}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(problem: Problem, strict: bool = False) -> str:
    """One workflow command: ``::error file=F,line=L,col=C,title=T::message``."""
    props = []
    if problem.file:
        props.append(f"file={_escape_property(problem.file)}")
    if problem.line is not None:
        props.append(f"line={problem.line}")
        if problem.col is not None:
            props.append(f"col={problem.col}")
    props.append(f"title={_escape_property('jekpy check: ' + (problem.rule or 'problem'))}")
    return f"::{_severity(problem, strict)} {','.join(props)}::{_escape_data(problem.message)}"


def as_github(report: Report, strict: bool = False) -> str:
    """One workflow command per problem, then the summary as plain text."""
    lines = [github_line(p, strict) for p in report.sorted()]
    lines.append(summary(report, strict))
    return "\n".join(lines) + "\n"
