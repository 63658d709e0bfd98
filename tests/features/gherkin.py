"""A small reader for Jekyll's cucumber ``.feature`` files: scenarios, steps, tables, doc strings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Step:
    """One Given/When/Then line with its optional table (list of row dicts) or doc string."""

    text: str
    table: list[dict[str, str]] | None = None
    doc: str | None = None


@dataclass
class Scenario:
    feature: str
    name: str
    line: int
    steps: list[Step] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.feature}: {self.name}"


KEYWORDS = ("Given ", "When ", "Then ", "And ", "But ", "* ")


def _row_cells(line: str) -> list[str]:
    """A table row's cells, with Gherkin's escapes (``\\|``, ``\\\\``, ``\\n``) undone."""
    cells, current, index = [], "", 0
    text = line.strip()[1:]
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            nxt = text[index + 1]
            current += {"|": "|", "\\": "\\", "n": "\n"}.get(nxt, "\\" + nxt)
            index += 2
            continue
        if char == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += char
        index += 1
    return cells


def parse(path: Path) -> list[Scenario]:
    """All scenarios of a feature file, each with the Background's steps first."""
    lines = path.read_text(encoding="utf-8").splitlines()
    feature = path.stem
    background: list[Step] = []
    scenarios: list[Scenario] = []
    current: list[Step] | None = None
    outline: Scenario | None = None
    in_examples = False
    index = 0
    while index < len(lines):
        raw = lines[index]
        line = raw.strip()
        index += 1
        if not line or line.startswith("#") or line.startswith("@"):
            continue
        if line.startswith("Background:"):
            current = background
            continue
        if line.startswith("Scenario"):
            scenario = Scenario(feature, line.split(":", 1)[1].strip(), index)
            scenario.steps.extend(Step(s.text, s.table, s.doc) for s in background)
            in_examples = False
            if line.startswith("Scenario Outline"):
                outline = scenario
            else:
                outline = None
                scenarios.append(scenario)
            current = scenario.steps
            continue
        if line.startswith("Examples:"):
            in_examples = True
            continue
        if current is None:
            continue
        if line.startswith('"""'):
            indent = len(raw) - len(raw.lstrip())
            body = []
            while index < len(lines) and not lines[index].strip().startswith('"""'):
                body.append(lines[index][indent:] if lines[index][:indent].strip() == "" else lines[index].lstrip())
                index += 1
            index += 1
            current[-1].doc = "\n".join(body)
            continue
        if line.startswith("|"):
            rows = [line]
            while index < len(lines) and lines[index].strip().startswith("|"):
                rows.append(lines[index].strip())
                index += 1
            header = _row_cells(rows[0])
            table = [dict(zip(header, _row_cells(row), strict=False)) for row in rows[1:]]
            if in_examples and outline is not None:
                scenarios.extend(expand(outline, table))
                continue
            current[-1].table = table
            continue
        for keyword in KEYWORDS:
            if line.startswith(keyword):
                current.append(Step(line[len(keyword):].strip()))
                break
    return scenarios


def _fill(text: str | None, values: dict[str, str]) -> str | None:
    if text is None:
        return None
    for key, value in values.items():
        text = text.replace(f"<{key}>", value)
    return text


def expand(outline: Scenario, examples: list[dict[str, str]]) -> list[Scenario]:
    """One scenario per Examples row, with ``<name>`` placeholders filled in."""
    result = []
    for number, values in enumerate(examples, 1):
        scenario = Scenario(outline.feature, f"{outline.name} (example {number})", outline.line)
        for st in outline.steps:
            table = [{k: _fill(v, values) for k, v in row.items()} for row in st.table] if st.table else None
            scenario.steps.append(Step(_fill(st.text, values), table, _fill(st.doc, values)))
        result.append(scenario)
    return result
