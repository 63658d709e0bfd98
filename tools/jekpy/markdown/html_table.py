"""Tables for the HTML converter.

Emulates ``convert_table``/``convert_td`` of gettalong/kramdown lib/kramdown/converter/html.rb:
``th`` cells in the head, the column's alignment as ``text-align`` style, ``&nbsp;`` (per
``entity_output``) in an empty cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import entities
from .element import Element
from .html_escape import html_attributes

if TYPE_CHECKING:
    from .options import Options

_NBSP = entities.by_code(160)


class TableMixin:
    """Table conversion; mixed into :class:`~jekpy.markdown.html.HtmlConverter`."""

    INDENT: int
    options: Options
    stack: list[Element]
    _table: dict[str, Any]

    def init_tables(self) -> None:
        """No row's cell positions known yet."""
        self._cell_index: dict[int, tuple[Element, dict[int, int]]] = {}

    def convert_table(self, el: Element, indent: int) -> str:
        return self.indented_block(el.type, el.attr, self.inner(el, indent), indent)

    convert_thead = convert_tbody = convert_tfoot = convert_table

    def convert_tr(self, el: Element, indent: int) -> str:
        """A row; its cells are written here, each knowing its column (``convert_td`` finds
        the column of a cell met elsewhere)."""
        stack = self.stack
        if len(stack) < 2:
            return self.convert_table(el, indent)
        kind = "th" if stack[-1].type == "thead" else "td"
        alignment = stack[-2].options.get("alignment") or ()
        inner_indent = indent + self.INDENT
        stack.append(el)
        table = self._table
        parts = []
        for index, child in enumerate(el.children):
            if child.type == "td":
                align = alignment[index] if index < len(alignment) else "default"
                parts.append(self._cell(child, inner_indent, kind, align))
            else:
                method = table.get(child.type)
                if method is not None:
                    parts.append(method(self, child, inner_indent))
        stack.pop()
        attr = el.attr
        pad = " " * indent
        return f"{pad}<tr{html_attributes(attr) if attr else ''}>\n{''.join(parts)}{pad}</tr>\n"

    def convert_td(self, el: Element, indent: int) -> str:
        kind = "th" if len(self.stack) >= 2 and self.stack[-2].type == "thead" else "td"
        row = self.stack[-1]
        positions = self._cell_index.get(id(row))
        if positions is None or positions[0] is not row:
            positions = (row, {id(c): i for i, c in enumerate(row.children)})
            self._cell_index[id(row)] = positions
        index = positions[1][id(el)]
        alignment = self.stack[-3].options.get("alignment") or []
        align = alignment[index] if index < len(alignment) else "default"
        return self._cell(el, indent, kind, align)

    def _cell(self, el: Element, indent: int, kind: str, align: str) -> str:
        """A ``th``/``td`` cell with its column's alignment."""
        res = self.inner(el, indent)
        attr = el.attr
        if align != "default":
            attr = dict(attr)
            style = f"{attr['style']}; " if "style" in attr else ""
            attr["style"] = f"{style}text-align: {align}"
        return (f"{' ' * indent}<{kind}{html_attributes(attr) if attr else ''}>"
                f"{res or self.entity_to_str(_NBSP)}</{kind}>\n")
