"""Liquid 4.0.4's ``concat``, ``map`` and ``slice`` (lib/liquid/standardfilters.rb v4.0.4).

* ``concat`` needs an argument that responds to ``to_ary`` (an array), else
  ``Liquid error: concat filter requires an array argument``; the input goes through
  InputIterator (nested arrays flattened, a hash is one item, nil is empty).
* ``map`` calls ``item[property]`` on every item that responds to ``[]``: hashes and drops look
  the key up, strings return the matching substring (``"title"["it"]`` is ``"it"``), nil and
  other values give nil; arrays and integers raise Ruby's TypeError, which becomes
  ``Liquid error: cannot select the property 'title'``.
* ``slice`` reads offset and length with ``Utils.to_integer`` (``2.2`` is ``invalid integer``)
  and slices like Ruby's ``slice(offset, length)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.filters.standard import flatten_input
from jekpy.liquid.ruby import is_nil, ruby_str, utils_to_integer

if TYPE_CHECKING:
    from liquid import Environment


def _argument_error(message: str) -> JekyllTagError:
    return JekyllTagError(message, prefixed=True)


def concat(value: object, array: object) -> list:
    """``InputIterator.new(input).concat(array)``."""
    if not isinstance(array, (list, tuple)):
        raise _argument_error("concat filter requires an array argument")
    return [*flatten_input(value), *array]


def _select(item: object, prop: object) -> object:
    """``item[property]`` for one item (Ruby semantics)."""
    if hasattr(item, "__liquid__"):
        item = item.__liquid__()
    if prop == "to_liquid":
        return item
    if is_nil(item) or isinstance(item, (bool, float)):
        return None  # no [] method
    if isinstance(item, Mapping):
        try:
            return item.get(prop) if not isinstance(prop, str) else item[prop]
        except (KeyError, TypeError):
            return None
    if isinstance(item, str):
        if isinstance(prop, str):
            return prop if prop in item else None
        if isinstance(prop, int):
            return item[prop] if -len(item) <= prop < len(item) else None
        raise TypeError(prop)
    if isinstance(item, (list, tuple)):
        if isinstance(prop, int) and not isinstance(prop, bool):
            return item[prop] if -len(item) <= prop < len(item) else None
        raise TypeError(prop)
    if isinstance(item, int):
        if isinstance(prop, int) and not isinstance(prop, bool):
            return (item >> prop) & 1 if prop >= 0 else 0
        raise TypeError(prop)
    getter = getattr(item, "__getitem__", None)
    if getter is None:
        return None
    try:
        return getter(prop)
    except (KeyError, IndexError, TypeError):
        return None


def map_(value: object, prop: object) -> list:
    """``InputIterator.new(input).map { |e| e[property] }``; TypeError is a property error."""
    try:
        return [_select(item, prop) for item in flatten_input(value)]
    except TypeError:
        raise _argument_error(f"cannot select the property '{ruby_str(prop)}'") from None


def _ruby_slice(target: str | list, offset: int, length: int) -> str | list | None:
    """Ruby's ``slice(offset, length)``: nil past the end or for a negative length."""
    size = len(target)
    if offset < 0:
        offset += size
    if offset < 0 or offset > size or length < 0:
        return None
    return target[offset:offset + length]


def slice_(value: object, offset: object, length: object = None) -> object:
    """Arrays slice as arrays; anything else is sliced as its Ruby ``to_s``."""
    try:
        start = utils_to_integer(offset)
        count = utils_to_integer(length) if not (is_nil(length) or length is False) else 1
    except ValueError:
        raise _argument_error("invalid integer") from None
    if isinstance(value, (list, tuple)):
        return _ruby_slice(list(value), start, count) or []
    text = "" if is_nil(value) else ruby_str(value)
    return _ruby_slice(text, start, count) or ""


def register(env: Environment) -> None:
    """Install ``concat``, ``map`` and ``slice``."""
    env.add_filter("concat", concat)
    env.add_filter("map", map_)
    env.add_filter("slice", slice_)
