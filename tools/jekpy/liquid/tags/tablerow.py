"""``tablerow`` rendered as Liquid 4.0.4 does (lib/liquid/tags/table_row.rb, tablerowloop_drop.rb).

Differences from python-liquid (Liquid 5):

* ``cols`` is ``to_i`` of its value and 0 when absent, and ``col_last`` is ``col == cols``: without
  ``cols`` every cell is in row 1 and ``col_last`` is false.
* ``offset``/``limit`` are ``to_i``; a present ``limit`` (even nil) caps the cells at
  ``offset + limit``. A nil or false collection renders nothing; an empty one renders
  ``<tr class="row1">\\n</tr>\\n``; a string is one cell.
* ``break``/``continue`` only end the current cell (TableRow never pops the interrupt it causes);
  the interrupts stay pending, and the enclosing ``for`` loops and the template stop as Liquid
  4's block bodies do (`pending_interrupts`, `raise_pending`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

from liquid.builtin.content import ContentNode
from liquid.builtin.output import OutputNode
from liquid.builtin.tags.tablerow_tag import TableRow, TablerowNode, TablerowTag
from liquid.exceptions import BreakLoop, ContinueLoop

from jekpy.liquid.ruby import is_nil, to_integer

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext
    from liquid.stream import TokenStream

_PENDING = "liquid4_interrupts"


def pending_interrupts(context: RenderContext) -> list:
    """Interrupts left on Liquid 4's interrupt stack by ``tablerow`` cells (per render)."""
    return context.tag_namespace.setdefault(_PENDING, [])


def raise_pending(context: RenderContext) -> None:
    """Raise the newest pending interrupt, as the next enclosing block body would stop and the
    next enclosing ``for`` would pop it (block_body.rb ``render``, for.rb ``render_segment``)."""
    pending = context.tag_namespace.get(_PENDING)
    if pending:
        raise pending.pop()


class Liquid4TablerowLoop(TableRow):
    """``tablerowloop`` (tablerowloop_drop.rb): starts at row 1, column 1 whatever ``cols`` is,
    and wraps to a new row after column ``cols`` (never when ``cols`` is 0)."""

    __slots__ = ()

    def step(self) -> None:
        """Advance to the next cell (TablerowloopDrop#increment!)."""
        if self._index < 0:
            self._index, self._col, self._row = 0, 1, 1
        else:
            super().step()


def _items(value: object) -> list:
    """Utils.slice_collection's view of the collection."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Mapping):
        return [list(pair) for pair in value.items()]
    if isinstance(value, (list, tuple, range)):
        return list(value)
    return []


def _to_i(expression: object, context: RenderContext) -> int:
    value = expression.evaluate(context)
    return 0 if is_nil(value) or value is False else to_integer(value)


class Liquid4TablerowNode(TablerowNode):
    """TableRow#render of Liquid 4.0.4."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the table rows."""
        loop = self.expression
        collection = loop.iterable.evaluate(context)
        if is_nil(collection) or collection is False:
            return 0
        start = _to_i(loop.offset, context) if loop.offset is not None else 0
        stop = start + _to_i(loop.limit, context) if loop.limit is not None else None
        items = _items(collection)[max(start, 0):stop]
        cols = _to_i(loop.cols, context) if loop.cols is not None else 0
        context.raise_for_loop_limit(len(items))
        tablerow = Liquid4TablerowLoop(loop.identifier, iter(items), len(items), cols)
        namespace: dict[str, object] = {"tablerowloop": tablerow}
        written = buffer.write('<tr class="row1">\n')
        with context.loop(namespace, tablerow):
            for item in tablerow:
                namespace[loop.identifier] = item
                written += buffer.write(f'<td class="col{tablerow.col}">')
                try:
                    self._render_cell(context, buffer)
                except (BreakLoop, ContinueLoop) as interrupt:
                    pending_interrupts(context).append(interrupt)
                written += buffer.write("</td>")
                if tablerow.col_last and not tablerow.last:
                    written += buffer.write(f'</tr>\n<tr class="row{tablerow.row + 1}">')
        written += buffer.write("</tr>\n")
        raise_pending(context)
        return written

    def _render_cell(self, context: RenderContext, buffer: TextIO) -> None:
        """The cell's body; with an interrupt pending, Liquid 4's BlockBody stops after the
        first node that is neither text nor an output statement (block_body.rb ``render``)."""
        if not pending_interrupts(context):
            self.block.render(context, buffer)
            return
        for node in self.block.nodes:
            node.render(context, buffer)
            if not isinstance(node, (ContentNode, OutputNode)):
                return

    async def render_to_output_async(self, context: RenderContext, buffer: TextIO) -> int:
        """See `render_to_output`."""
        return self.render_to_output(context, buffer)


class Liquid4Tablerow(TablerowTag):
    """``tablerow`` with Liquid 4.0.4's rendering."""

    node_class = Liquid4TablerowNode

    def parse(self, stream: TokenStream) -> Liquid4TablerowNode:  # noqa: D102
        return super().parse(stream)


def register(env: Environment) -> None:
    """Install the Liquid 4 ``tablerow`` tag."""
    env.add_tag(Liquid4Tablerow)
