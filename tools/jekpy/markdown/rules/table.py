"""Tables (kramdown's pipe tables, which GFM keeps).

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/table.rb: rows until a non-table line,
separator lines making a header and further bodies, ``=`` lines a footer; code spans may hide
pipes, and the whole table must end at a block boundary.
"""

from __future__ import annotations

import re

from ..element import Element
from ..engine import Engine, Rule
from ..patterns import BLOCK_BOUNDARY_RE, OPT_SPACE, RUBY_WS
from ..scanner import Scanner, rx

_SEP_LINE = rx(r"^([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n")
_HSEP_ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
_FSEP_LINE = rx(r"^[+|: \t=]*?=[+|: \t=]*?[ \t]*\n")
_ROW_LINE = rx(r"^(.*?)[ \t]*\n")
PIPE_CHECK = r"(?:\||.*?[^\\\n]\|)"
_LINE = rx(PIPE_CHECK + r".*\n")  # kramdown: ``.*?\n``, the same match (patterns.py PATTERN_TAIL)
_PIPE_AT_START = re.compile("^" + PIPE_CHECK)
_CODE_SPLIT = re.compile(r"(<code.*?>.*?</code>)")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


class TableRules(Engine):
    """``| a | b |`` tables."""

    def _row_cells(self, line: str) -> list[str]:
        cells: list[str] = []

        def append(text: str) -> None:
            if cells:
                cells[-1] += text
            else:
                cells.append(text)

        for i, part in enumerate(_CODE_SPLIT.split(line)):
            if i % 2:
                append(part)
                continue
            env = self.save_env()
            self.reset_env(src=Scanner(part))
            root = Element("root")
            self.parse_spans(root, None, ["codespan"])
            self.restore_env(env)
            for c in root.children:
                if c.type == "raw_text":
                    first, *rest = [t.replace("\\|", "|") for t in _CELL_SPLIT.split(c.value)]
                    append(first)
                    cells.extend(rest)
                else:
                    delim = max(re.findall(r"`+", c.value) or [""], key=len) + "`"
                    pad = " " if len(delim) > 1 else ""
                    append(f"{delim}{pad}{c.value}{pad}{delim}")
        return cells

    def _pipes_ok(self, text: str) -> bool:
        """Reject "tables" whose pipes all sit inside multi-line code spans."""
        env = self.save_env()
        self.reset_env(src=Scanner(text))
        root = Element("root")
        self.parse_spans(root, None, ["codespan", "span_html"])
        self.restore_env(env)
        pipe_on_line = False
        for c in root.children:
            if not isinstance(c.value, str):
                continue
            lines = c.value.split("\n")
            while lines and lines[-1] == "":
                lines.pop()
            if c.type == "codespan":
                if len(lines) > 2 or (len(lines) == 2 and not pipe_on_line):
                    break
                if len(lines) == 2 and pipe_on_line:
                    pipe_on_line = False
            else:
                if len(lines) > 1 and not pipe_on_line and not _PIPE_AT_START.match(lines[0]):
                    break
                last_ok = bool(lines) and bool(_PIPE_AT_START.match(lines[-1]))
                pipe_on_line = (False if len(lines) > 1 else pipe_on_line) or last_ok
        return pipe_on_line

    def parse_table(self) -> bool:
        """Parse a table, or give up and leave the lines to the paragraph rule."""
        if not self.after_block_boundary():
            return False
        src = self.src
        orig = src.pos
        table = self.new_block_el("table", None, None, {"alignment": []})
        first = src.check(_LINE)
        leading_pipe = bool(first and re.match(r"^[ \t\r\n\f\v]*\|", first.group(0)))
        src.scan(_SEP_LINE)
        rows: list[Element] = []
        state = {"footer": False, "columns": 0}

        def add_container(kind: str, force: bool) -> None:
            nonlocal rows
            if not state["footer"] or kind != "tbody" or force:
                cont = Element(kind)
                cont.children, rows = rows, []
                table.children.append(cont)

        while not src.eos():
            if src.check(_LINE) is None:
                break
            if src.scan(_SEP_LINE) is not None:
                if not rows:
                    pass
                elif not table.options["alignment"] and not state["footer"]:
                    add_container("thead", False)
                    table.options["alignment"] = [
                        _alignment(m.group(1), m.group(2))
                        for m in _HSEP_ALIGN.finditer(src.group(1))]
                else:
                    add_container("tbody", False)
            elif src.scan(_FSEP_LINE) is not None:
                if rows:
                    add_container("tbody", True)
                state["footer"] = True
            elif src.scan(_ROW_LINE) is not None:
                cells = self._row_cells(src.group(1))
                if leading_pipe and cells and not cells[0].strip(RUBY_WS):
                    cells.pop(0)
                if cells and not cells[-1].strip(RUBY_WS):
                    cells.pop()
                row = Element("tr")
                for text in cells:
                    cell = Element("td")
                    cell.children.append(Element("raw_text", text.strip(RUBY_WS)))
                    row.children.append(cell)
                state["columns"] = max(state["columns"], len(cells))
                rows.append(row)
            else:
                break
        if src.check(BLOCK_BOUNDARY_RE) is None or not self._pipes_ok(src.string[orig:src.pos - 1]):
            src.pos = orig
            return False
        if rows:
            add_container("tfoot" if state["footer"] else "tbody", False)
        if not any(c.type == "tbody" for c in table.children):
            src.pos = orig
            return False
        columns = state["columns"]
        for part in table.children:
            for row in part.children:
                row.children.extend(Element("td") for _ in range(columns - len(row.children)))
        align = table.options["alignment"]
        table.options["alignment"] = (align[:columns] if len(align) > columns
                                      else align + ["default"] * (columns - len(align)))
        self.tree.children.append(table)
        return True


def _alignment(left: str, right: str) -> str:
    if not left and not right:
        return "default"
    if not right:
        return "left"
    if not left:
        return "right"
    return "center"


RULES = {
    # kramdown's TABLE_START (``.*?\n`` written ``.*\n``, the same match); the lookahead
    # ``(?=.*\|)`` restates that the line holds a pipe, which Python checks much faster.
    "table": Rule(rx("^" + OPT_SPACE + r"(?=\S)(?=.*\|)" + PIPE_CHECK + r".*\n"), "parse_table"),
}
