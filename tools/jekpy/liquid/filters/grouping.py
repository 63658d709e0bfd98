"""Jekyll 3.10's collection filters: where, where_exp, group_by, group_by_exp, sort.

Rules from jekyll/jekyll v3.10.0 lib/jekyll/filters.rb and filters/grouping_filters.rb:
``where`` returns its input for a nil target and compares ``to_s`` values (array properties
match when any element does); ``where_exp`` takes one comparison (no ``and``/``or`` before
Jekyll 4.0); ``sort`` compares raw values with Ruby's ``<=>`` (mixed types raise).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from liquid.builtin.expressions import BooleanExpression, FilteredExpression, tokenize
from liquid.exceptions import FilterArgumentError, LiquidSyntaxError, UndefinedError
from liquid.filter import with_context
from liquid.stream import TokenStream
from liquid.token import TOKEN_AND, TOKEN_EOF, TOKEN_OR, Token

from jekpy.liquid.compare import described, rubify
from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.ruby import CompareError, inspect, is_nil, ruby_class, spaceship, to_s
from jekpy.liquid.tags.keywords import alias_keywords, alias_of
from jekpy.liquid.values import item_property
from jekpy.utils import ruby_sorted

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext


def _items(value: object) -> list | None:
    """``respond_to?(:select)`` inputs as a list (hashes give their values), else None."""
    if isinstance(value, Mapping):
        return list(value.values())
    if isinstance(value, (list, tuple)):
        return list(value)
    return None


def _string_of(value: object) -> str:
    """Ruby ``to_s`` (arrays and hashes print as ``inspect``)."""
    if isinstance(value, (list, tuple, Mapping)):
        return inspect(value)
    return to_s(value)


def where(value: object, prop: object, target: object) -> object:
    """Items whose property (or any element of it) ``to_s`` equals ``target.to_s``."""
    if is_nil(prop) or is_nil(target):
        return value
    items = _items(value)
    if items is None:
        return value
    wanted = _string_of(target)
    result = []
    for item in items:
        found = item_property(item, prop)
        values = found if isinstance(found, (list, tuple)) else \
            ([] if is_nil(found) else list(found.items()) if isinstance(found, Mapping) else [found])
        if wanted in (_string_of(v) for v in values):
            result.append(item)
    return result


def _token(expression: str) -> Token:
    return Token(TOKEN_EOF, expression, 0, expression)


def parse_condition(env: Environment, expression: str) -> BooleanExpression:
    """``parse_condition``: one optional comparison; ``and``/``or`` are 3.10 syntax errors."""
    expression = alias_keywords(expression)
    tokens = list(tokenize(expression, _token(expression)))
    for tok in tokens:
        if tok.kind in (TOKEN_AND, TOKEN_OR):
            raise LiquidSyntaxError("Expected end_of_string but found id", token=None)
    condition = BooleanExpression.parse(env, TokenStream(iter(tokens)))
    rubify(condition)
    return condition


@with_context
def where_exp(value: object, variable: object, expression: object, *,
              context: RenderContext) -> object:
    """Items for which the Liquid condition holds with ``variable`` bound to the item."""
    items = _items(value)
    if items is None:
        return value
    condition = parse_condition(context.env, to_s(expression))
    name = alias_of(to_s(variable))
    result = []
    for item in items:
        with context.extend({name: item}):
            try:
                matched = condition.evaluate(context)
            except UndefinedError as err:
                # Reported at the line of the tag calling the filter, as Liquid does.
                raise FilterUndefinedError(str(err.message), token=None) from err
            if matched:
                result.append(item)
    return result


class FilterUndefinedError(FilterArgumentError, UndefinedError):
    """strict_variables failure inside a filter's expression; python-liquid gives a
    ``FilterArgumentError`` the calling tag's token, so the error carries its line."""


def _grouped(groups: dict) -> list[dict]:
    return [{"name": name, "items": items, "size": len(items)} for name, items in groups.values()]


def group_by(value: object, prop: object) -> object:
    """Groups keyed by ``item_property(item, prop).to_s``, in first-seen order."""
    items = _items(value)
    if items is None or isinstance(value, Mapping):
        return value if items is None else _group(list(value.items()), lambda i: i, prop)
    return _group(items, lambda i: i, prop)


def _group(items: list, key_of, prop: object) -> list[dict]:  # noqa: ANN001
    groups: dict = {}
    for item in items:
        name = _string_of(item_property(key_of(item), prop))
        groups.setdefault(name, (name, []))[1].append(item)
    return _grouped(groups)


@with_context
def group_by_exp(value: object, variable: object, expression: object, *,
                 context: RenderContext) -> object:
    """Groups keyed by the (unstringified) value of a Liquid expression."""
    items = _items(value)
    if items is None:
        return value
    source = alias_keywords(to_s(expression))
    expr = FilteredExpression.parse(
        context.env, TokenStream(tokenize(source, _token(source))))
    name = alias_of(to_s(variable))
    groups: dict = {}
    for item in items:
        with context.extend({name: item}):
            key = expr.evaluate(context)
        marker = (type(key).__name__, _string_of(key))
        groups.setdefault(marker, (key, []))[1].append(item)
    return _grouped(groups)


def _compare(left: object, right: object) -> int:
    try:
        return spaceship(left, right)
    except CompareError:
        # rb_cmperr: the right side by inspect when it is nil/true/false/Integer/Float.
        raise JekyllTagError(f"comparison of {ruby_class(left)} with {described(right)} failed",
                             prefixed=True) from None


def sort(value: object, prop: object = None, nils: object = "first") -> object:
    """Jekyll 3.10 ``sort``: plain ``<=>`` or by property with nils first/last."""
    if is_nil(value):
        raise JekyllTagError("Cannot sort a null object.", prefixed=True)
    items = list(value.items()) if isinstance(value, Mapping) else value
    if not isinstance(items, (list, tuple)):
        raise JekyllTagError(f"undefined method `sort' for {to_s(value)}", prefixed=False)
    if is_nil(prop):
        return ruby_sorted(list(items), _compare)
    if nils == "first":
        order = -1
    elif nils == "last":
        order = 1
    else:
        raise JekyllTagError(f"Invalid nils order: '{to_s(nils)}' is not a valid nils order. "
                             "It must be 'first' or 'last'.", prefixed=True)
    keyed = [(item_property(item, prop), item) for item in items]

    def compare(a: tuple, b: tuple) -> int:
        if not is_nil(a[0]) and is_nil(b[0]):
            return -order
        if is_nil(a[0]) and not is_nil(b[0]):
            return order
        if is_nil(a[0]) and is_nil(b[0]):
            return 0
        try:
            return spaceship(a[0], b[0])
        except CompareError:
            raise JekyllTagError("comparison of Array with Array failed",
                                 prefixed=True) from None

    return [item for _, item in ruby_sorted(keyed, compare)]


def register(env: Environment) -> None:
    """Install the collection filters."""
    env.add_filter("where", where)
    env.add_filter("where_exp", where_exp)
    env.add_filter("group_by", group_by)
    env.add_filter("group_by_exp", group_by_exp)
    env.add_filter("sort", sort)


__all__ = ["register", "TOKEN_EOF"]
