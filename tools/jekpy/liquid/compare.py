"""Liquid 4.0.4's ``<``, ``>``, ``<=``, ``>=`` and unknown operators, applied to parsed trees.

python-liquid compares mixed types its own way (``"a" >= 26`` is false, ``"a" > 26`` raises
``'<' and '>' are not supported ...``). Liquid 4.0.4 (lib/liquid/condition.rb
``interpret_condition``) sends the operator to the left value when both values respond to it
(Numeric, String, Time) and neither is a Hash, and wraps Ruby's ``ArgumentError``:
``Liquid error (line N): comparison of String with 26 failed``; otherwise the result is nil.
An operator Condition does not know (lax-parsed ``{% if x = 1 %}``) fails when evaluated:
``Liquid error (line N): Unknown operator =``.

`rubify(node)` swaps these behaviours into a parsed tree, in place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from liquid.builtin.expressions.logical import (
    ContainsExpression,
    EqExpression,
    GeExpression,
    GtExpression,
    LeExpression,
    LtExpression,
    NeExpression,
    _eq,
)
from liquid.builtin.expressions.path import Path
from liquid.builtin.expressions.primitive import Blank, Empty
from liquid.exceptions import LiquidError
from liquid.expression import Expression

from jekpy.liquid.ruby import CompareError, ruby_class, spaceship, to_s

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.token import Token

_OPERATORS = {LtExpression: "<", GtExpression: ">", LeExpression: "<=", GeExpression: ">="}
# Marker name the lax condition reader writes for an operator Condition does not know.
UNKNOWN_OPERATOR = "__liquid4_unknown_operator_"
# Root the lax reader writes for a lookup whose first segment is a bracketed variable
# (``{{ [k].x }}``): the variable named by k's value (lib/liquid/variable_lookup.rb).
DYNAMIC_ROOT = "__liquid4_dynamic_root"
_COMPARABLE = (str, int, float, Decimal, dt.date)


class LiquidArgumentError(LiquidError):
    """``Liquid::ArgumentError`` raised while rendering (``Liquid error (line N): ...``)."""


def unknown_operator_marker(operator: str) -> str:
    """An identifier standing for ``operator`` in rewritten lax markup."""
    return UNKNOWN_OPERATOR + operator.encode().hex()


def described(value: object) -> str:
    """rb_cmperr: special constants (nil, true, false, Integer, Float) by inspect, else class."""
    if isinstance(value, (bool, int, float)) or value is None:
        return to_s(value) if value is not None else "nil"
    return ruby_class(value)


def _liquid(value: object) -> object:
    return value.__liquid__() if hasattr(value, "__liquid__") else value


def ruby_compare(operator: str, left: object, right: object, token: Token | None) -> object:
    """``left.send(operator, right)`` with Condition's guards; nil when not comparable."""
    left, right = _liquid(left), _liquid(right)
    if isinstance(left, bool) or isinstance(right, bool) \
            or not isinstance(left, _COMPARABLE) or not isinstance(right, _COMPARABLE):
        return None
    try:
        order = spaceship(left, right)
    except CompareError:
        raise LiquidArgumentError(
            f"comparison of {ruby_class(left)} with {described(right)} failed",
            token=token) from None
    if operator == "<":
        return order < 0
    if operator == ">":
        return order > 0
    if operator == "<=":
        return order <= 0
    return order >= 0


class RubyComparison(Expression):
    """A comparison evaluated as Liquid 4.0.4's Condition does."""

    __slots__ = ("operator", "left", "right")

    def __init__(self, token: Token, operator: str, left: Expression, right: Expression) -> None:
        super().__init__(token=token)
        self.operator = operator
        self.left = left
        self.right = right

    def __str__(self) -> str:
        return f"{self.left} {self.operator} {self.right}"

    def evaluate(self, context: RenderContext) -> object:
        """Compare both sides."""
        return ruby_compare(self.operator, self.left.evaluate(context),
                            self.right.evaluate(context), self.token)

    async def evaluate_async(self, context: RenderContext) -> object:
        """Compare both sides."""
        return self.evaluate(context)

    def children(self) -> list[Expression]:
        """Both operands."""
        return [self.left, self.right]


def _ruby_eq(left: object, right: object) -> bool:
    """Ruby ``==`` for plain values: true/false equal only themselves."""
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    return left == right


def ruby_contains(left: object, right: object) -> bool:
    """condition.rb ``contains``: ``left.include?(right)`` for String, Array, Hash, Range;
    false otherwise (nil and false on either side included)."""
    left, right = _liquid(left), _liquid(right)
    if left is None or left is False or right is None or right is False \
            or getattr(left, "__class__", None).__name__.endswith("Undefined") \
            or getattr(right, "__class__", None).__name__.endswith("Undefined"):
        return False
    if isinstance(left, str):
        return to_s(right) in left
    if isinstance(left, (list, tuple, range)):
        return any(_ruby_eq(_liquid(item), right) for item in left)
    if isinstance(left, Mapping):
        return right in left
    return False


class RubyContains(Expression):
    """``contains`` evaluated as Liquid 4.0.4's Condition does."""

    __slots__ = ("left", "right")

    def __init__(self, token: Token, left: Expression, right: Expression) -> None:
        super().__init__(token=token)
        self.left = left
        self.right = right

    def evaluate(self, context: RenderContext) -> object:
        """``left.include?(right)``."""
        return ruby_contains(self.left.evaluate(context), self.right.evaluate(context))

    async def evaluate_async(self, context: RenderContext) -> object:
        """``left.include?(right)``."""
        return self.evaluate(context)

    def children(self) -> list[Expression]:
        """Both operands."""
        return [self.left, self.right]


def active_support_blank(value: object) -> bool:
    """ActiveSupport's ``Object#blank?``: nil, false, whitespace-only strings, empty
    collections."""
    value = _liquid(value)
    if value is None or value is False or getattr(type(value), "__name__", "").endswith(
            "Undefined"):
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, Mapping)):
        return len(value) == 0
    return False


def _blank(other: object, active_support: bool) -> object:
    """``other.blank?`` when ``other`` responds to it, else nil.

    Plain Ruby has no ``blank?`` (Liquid 4 does not define it), so ``x == blank`` is nil for
    every value, empty strings and collections included (reference build: ``"" == blank``,
    ``[] == blank`` and ``{} == blank`` are false). The Pages plugins built on html-pipeline
    (jemoji, jekyll-mentions) load ActiveSupport's ``Object#blank?`` (checked with the
    reference build and jekyll-mentions).
    """
    return active_support_blank(other) if active_support else None


def ruby_equal(left: object, right: object, active_support: bool = False) -> object:
    """condition.rb ``equal_variables``: ``empty``/``blank`` send ``empty?``/``blank?`` to the
    other side when it responds (String, Array, Hash for ``empty?``), else nil; otherwise
    ``==``."""
    for literal, other in ((left, right), (right, left)):
        if isinstance(literal, Blank):
            return _blank(other, active_support)
        if isinstance(literal, Empty):
            other = _liquid(other)
            if isinstance(other, (str, list, tuple, Mapping)):
                return len(other) == 0
            return None
    return _eq(left, right)


class RubyEquality(Expression):
    """``==``, ``!=`` and ``<>`` as Liquid 4.0.4's Condition evaluates them."""

    __slots__ = ("negate", "left", "right")

    def __init__(self, token: Token, negate: bool, left: Expression, right: Expression) -> None:
        super().__init__(token=token)
        self.negate = negate
        self.left = left
        self.right = right

    def evaluate(self, context: RenderContext) -> object:
        """Compare both sides (``!=`` is ``!equal_variables``, so nil becomes true)."""
        active_support = getattr(getattr(context.env, "jekyll", None), "active_support", False)
        result = ruby_equal(self.left.evaluate(context), self.right.evaluate(context),
                            active_support)
        return not result if self.negate else result

    async def evaluate_async(self, context: RenderContext) -> object:
        """Compare both sides."""
        return self.evaluate(context)

    def children(self) -> list[Expression]:
        """Both operands."""
        return [self.left, self.right]


class UnknownOperator(Expression):
    """A condition with an operator Liquid 4 does not know: fails when evaluated."""

    __slots__ = ("operator",)

    def __init__(self, token: Token, operator: str) -> None:
        super().__init__(token=token)
        self.operator = operator

    def evaluate(self, context: RenderContext) -> object:  # noqa: ARG002
        """Raise ``Unknown operator`` (condition.rb ``interpret_condition``)."""
        raise LiquidArgumentError(f"Unknown operator {self.operator}", token=self.token)

    async def evaluate_async(self, context: RenderContext) -> object:
        """Raise ``Unknown operator``."""
        return self.evaluate(context)

    def children(self) -> list[Expression]:
        """No operands are evaluated."""
        return []


def _replacement(value: object) -> object | None:
    if type(value) in (EqExpression, NeExpression):
        return RubyEquality(value.token, type(value) is NeExpression, value.left, value.right)
    if type(value) is ContainsExpression:
        return RubyContains(value.token, value.left, value.right)
    operator = _OPERATORS.get(type(value))
    if operator is not None:
        return RubyComparison(value.token, operator, value.left, value.right)
    if isinstance(value, Path) and len(value.path) > 1 and value.path[0] == DYNAMIC_ROOT:
        return Path(value.token, value.path[1:])
    if isinstance(value, Path) and value.path and isinstance(value.path[0], str) \
            and value.path[0].startswith(UNKNOWN_OPERATOR):
        return UnknownOperator(value.token,
                               bytes.fromhex(value.path[0][len(UNKNOWN_OPERATOR):]).decode())
    return None


def _slots(obj: object) -> list[str]:
    names: list[str] = []
    for klass in type(obj).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    return names


def rubify(obj: object, _seen: set[int] | None = None) -> None:
    """Replace comparisons and unknown-operator markers below ``obj`` (nodes, expressions)."""
    seen = _seen if _seen is not None else set()
    if id(obj) in seen:
        return
    seen.add(id(obj))
    for name in _slots(obj):
        if name == "token" or not hasattr(obj, name):
            continue
        value = getattr(obj, name)
        if isinstance(value, list):
            for index, item in enumerate(value):
                new = _replacement(item)
                if new is not None:
                    value[index] = item = new
                if _walkable(item):
                    rubify(item, seen)
            continue
        new = _replacement(value)
        if new is not None:
            setattr(obj, name, new)
            value = new
        if _walkable(value):
            rubify(value, seen)


def _walkable(value: object) -> bool:
    module = type(value).__module__
    return module.startswith(("liquid.", "jekpy.")) and hasattr(type(value), "__slots__")


def rubify_template(bound: object) -> None:
    """`rubify` every top-level node of a parsed template."""
    seen: set[int] = set()
    for node in getattr(bound, "nodes", []):
        rubify(node, seen)
