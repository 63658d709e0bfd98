"""``case``/``when`` evaluated as Liquid 4.0.4 does (lib/liquid/tags/case.rb).

Each ``when`` value is a ``Condition.new(@left, '==', value)`` (``record_when_condition``),
so it compares with Condition's ``equal_variables``: ``empty``/``blank`` on either side call
``empty?``/``blank?`` on the other value (`jekpy.liquid.compare.ruby_equal`).
``Case#render`` walks the blocks in order: every matching ``when`` renders, and the first
``else`` reached while nothing has matched yet renders and *ends* the tag (``return``), so
``{% case 1 %}{% else %}E{% when 1 %}W{% endcase %}`` prints ``E`` (Liquid 5 prints ``EW``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from liquid.builtin.tags.case_tag import CaseNode, CaseTag, MultiExpressionBlockNode
from liquid.expression import Expression

from jekpy.liquid.compare import ruby_equal

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token


class WhenConditions(Expression):
    """The conditions of one ``when``: ``left == value`` for each value, in order."""

    __slots__ = ("left", "expressions")

    def __init__(self, token: Token, left: Expression, expressions: list[Expression]) -> None:
        super().__init__(token=token)
        self.left = left
        self.expressions = expressions

    def __str__(self) -> str:
        return ", ".join(str(expr) for expr in self.expressions)

    def evaluate(self, context: RenderContext) -> list[bool]:
        """One truth value per ``when`` value (Ruby truthiness of ``equal_variables``)."""
        active_support = getattr(getattr(context.env, "jekyll", None), "active_support", False)
        left = self.left.evaluate(context)
        return [_truthy(ruby_equal(left, right.evaluate(context), active_support))
                for right in self.expressions]

    async def evaluate_async(self, context: RenderContext) -> list[bool]:
        """See `evaluate`."""
        return self.evaluate(context)

    def children(self) -> list[Expression]:
        """The left value and every ``when`` value."""
        return [self.left, *self.expressions]


def _truthy(value: object) -> bool:
    return value is not None and value is not False


class Liquid4CaseNode(CaseNode):
    """Case#render of Liquid 4.0.4: the first ``else`` reached with no match ends the tag."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Render matching ``when`` blocks; an ``else`` renders only while none matched."""
        count = 0
        matched = False
        for block in self.blocks:
            if isinstance(block, MultiExpressionBlockNode):
                written = block.render(context, buffer)
                if written >= 0:
                    matched = True
                    count += written
            elif not matched:
                return count + block.render(context, buffer)
        return count

    async def render_to_output_async(self, context: RenderContext, buffer: TextIO) -> int:
        """See `render_to_output`."""
        return self.render_to_output(context, buffer)


class Liquid4Case(CaseTag):
    """``case`` with Liquid 4.0.4's comparison and ``else`` rules."""

    node_class = Liquid4CaseNode

    def parse(self, stream: TokenStream) -> Liquid4CaseNode:
        """Parse as python-liquid does, then compare each value with Condition's ``==``."""
        node = super().parse(stream)
        for block in node.blocks:
            if isinstance(block, MultiExpressionBlockNode):
                old = block.expression
                block.expression = WhenConditions(old.token, old.left, list(old.expressions))
        return node


def register(env: Environment) -> None:
    """Install the Liquid 4 ``case`` tag."""
    env.add_tag(Liquid4Case)
