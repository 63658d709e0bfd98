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
from ..spanfast import codespan_at

_SEP_LINE = rx(r"^([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n")
_HSEP_ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
_FSEP_LINE = rx(r"^[+|: \t=]*?=[+|: \t=]*?[ \t]*\n")
_ROW_LINE = rx(r"^(.*?)[ \t]*\n")
PIPE_CHECK = r"(?:\||.*?[^\\\n]\|)"
_LINE = rx(PIPE_CHECK + r".*\n")  # kramdown: ``.*?\n``, the same match (patterns.py PATTERN_TAIL)
# One match per table line: kramdown's loop checks ``_LINE``, then tries the separator, footer
# separator and row patterns in turn at the line start; an ordered alternation behind the
# ``_LINE`` lookahead picks the same first alternative (all are anchored at the line start).
_LINE_KIND = re.compile(
    f"(?={_LINE.pattern})(?:(?P<sep>{_SEP_LINE.pattern.replace('(', '(?P<align>', 1)})"
    f"|(?P<fsep>{_FSEP_LINE.pattern})|(?P<row>{_ROW_LINE.pattern.replace('(', '(?P<cells>', 1)}))",
    re.MULTILINE | re.ASCII)
_LEADING_PIPE = re.compile(r"[ \t\r\n\f\v]*\|")
_PIPE_AT_START = re.compile("^" + PIPE_CHECK)
_CODE_SPLIT = re.compile(r"(<code.*?>.*?</code>)")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


class TableRules(Engine):
    """``| a | b |`` tables."""

    def _code_pieces(self, text: str, parsers: list[str]) -> list[tuple[str, str]]:
        """(type, value) of the children kramdown's span parse of ``text`` with only
        ``parsers`` gives. Without a character that could start one of them (a backtick for code
        spans, ``<`` for HTML) that is the whole text as one raw text, which is returned directly
        (the span loop's single iteration still counts towards the work budget)."""
        if "`" not in text and ("<" not in text or "span_html" not in parsers):
            if not text:
                return []
            self.span_work += 1
            return [("raw_text", text)]
        if parsers == ["codespan"]:
            return self._code_spans_only(text)
        env = self.save_env()
        self.reset_env(src=Scanner(text))
        root = Element("root")
        self.parse_spans(root, None, parsers)
        self.restore_env(env)
        return [(c.type, c.value) for c in root.children]

    def _code_spans_only(self, text: str) -> list[tuple[str, str]]:
        """``_code_pieces`` with only code spans, without the span loop: every backtick run
        starts the code span rule, which always consumes it (spanfast.codespan_at builds what
        it builds); the text between runs is raw text; one loop iteration counts per rule call
        and for the rest."""
        kids: list[Element] = []
        pos, n = 0, len(text)
        while pos < n:
            self.span_work += 1
            q = text.find("`", pos)
            end = n if q < 0 else q
            if end > pos:  # the text before the run (or the rest)
                if kids and kids[-1].type == "raw_text":
                    kids[-1].append_text(text[pos:end])
                else:
                    kids.append(Element("raw_text", text[pos:end]))
            if q < 0:
                break
            pos = codespan_at(text, q, kids, "raw_text")
        return [(c.type, c.value) for c in kids]

    def _row_cells(self, line: str) -> list[str]:
        """The cell texts of one row; pipes inside code spans do not split cells."""
        if "`" not in line and "<code" not in line:
            if not line:
                return []
            self.span_work += 1  # the code-span scan's one iteration
            if "\\" not in line:
                return line.split("|")
            return [t.replace("\\|", "|") for t in _CELL_SPLIT.split(line)]
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
            for kind, value in self._code_pieces(part, ["codespan"]):
                if kind == "raw_text":
                    first, *rest = [t.replace("\\|", "|") for t in _CELL_SPLIT.split(value)]
                    append(first)
                    cells.extend(rest)
                else:
                    delim = max(re.findall(r"`+", value) or [""], key=len) + "`"
                    pad = " " if len(delim) > 1 else ""
                    append(f"{delim}{pad}{value}{pad}{delim}")
        return cells

    def _pipes_ok(self, text: str) -> bool:
        """Reject "tables" whose pipes all sit inside multi-line code spans."""
        pipe_on_line = False
        for kind, value in self._code_pieces(text, ["codespan", "span_html"]):
            if not isinstance(value, str):
                continue
            lines = value.split("\n")
            while lines and lines[-1] == "":
                lines.pop()
            if kind == "codespan":
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

    def _row(self, line: str, leading_pipe: bool) -> tuple[Element, int]:
        """A ``tr`` with one ``td`` per cell (empty first/last cells of ``| a |`` dropped)."""
        cells = self._row_cells(line)
        if leading_pipe and cells and not cells[0].strip(RUBY_WS):
            cells.pop(0)
        if cells and not cells[-1].strip(RUBY_WS):
            cells.pop()
        row = Element("tr")
        tds = row.children
        for text in cells:
            cell = Element("td")
            cell.children.append(Element("raw_text", text.strip(RUBY_WS)))
            tds.append(cell)
        return row, len(cells)

    def parse_table(self) -> bool:
        """Parse a table, or give up and leave the lines to the paragraph rule."""
        if not self.after_block_boundary():
            return False
        src = self.src
        if src.pos and src.string[src.pos - 1] != "\n":
            src.rebase()  # reached mid-line (after ``\$$``): Ruby's ``^`` matches here
        string, orig = src.string, src.pos
        table = self.new_block_el("table", None, None, {"alignment": []})
        first = _LINE.full.match(string, orig)
        leading_pipe = bool(first and _LEADING_PIPE.match(first.group(0)))
        sep = _SEP_LINE.full.match(string, orig)
        pos = sep.end() if sep is not None else orig
        rows: list[Element] = []
        parts = table.children
        footer = False
        columns = 0
        end = len(string)
        line_kind = _LINE_KIND.match
        while pos < end:
            m = line_kind(string, pos)
            if m is None:
                break
            pos = m.end()
            if m.lastgroup == "row":
                row, count = self._row(m.group("cells"), leading_pipe)
                columns = max(columns, count)
                rows.append(row)
            elif m.lastgroup == "sep":
                if not rows:
                    pass
                elif not table.options["alignment"] and not footer:
                    parts.append(_container("thead", rows))
                    rows = []
                    table.options["alignment"] = [
                        _alignment(a.group(1), a.group(2))
                        for a in _HSEP_ALIGN.finditer(m.group("align"))]
                elif not footer:
                    parts.append(_container("tbody", rows))
                    rows = []
            else:
                if rows:
                    parts.append(_container("tbody", rows))
                    rows = []
                footer = True
        src.pos = pos
        if src.check(BLOCK_BOUNDARY_RE) is None or not self._pipes_ok(string[orig:pos - 1]):
            src.pos = orig
            return False
        if rows and not footer:
            parts.append(_container("tbody", rows))
        elif rows:
            parts.append(_container("tfoot", rows))
        if not any(c.type == "tbody" for c in parts):
            src.pos = orig
            return False
        for part in parts:
            for row in part.children:
                missing = columns - len(row.children)
                if missing > 0:
                    row.children.extend(Element("td") for _ in range(missing))
        align = table.options["alignment"]
        table.options["alignment"] = (align[:columns] if len(align) > columns
                                      else align + ["default"] * (columns - len(align)))
        self.tree.children.append(table)
        return True


def _container(kind: str, rows: list[Element]) -> Element:
    """A ``thead``/``tbody``/``tfoot`` holding ``rows``."""
    cont = Element(kind)
    cont.children = rows
    return cont


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
