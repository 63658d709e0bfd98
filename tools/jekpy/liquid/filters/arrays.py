"""Liquid 4.0.4's array filters (lib/liquid/standardfilters.rb v4.0.4): ``concat``, ``map``,
``slice``, ``uniq``, ``compact``, ``sort_natural``.

* ``concat`` needs an argument that responds to ``to_ary`` (an array), else
  ``Liquid error: concat filter requires an array argument``; the input goes through
  InputIterator (nested arrays flattened, a hash is one item, nil is empty).
* ``map`` calls ``item[property]`` on every item that responds to ``[]``: hashes and drops look
  the key up, strings return the matching substring (``"title"["it"]`` is ``"it"``), nil and
  other values give nil; arrays and integers raise Ruby's TypeError, which becomes
  ``Liquid error: cannot select the property 'title'``.
* ``uniq``/``compact`` with a property look at ``item[property]`` when the first item responds
  to ``[]`` (else nil); ``sort_natural`` compares ``to_s`` with ``casecmp`` (nils last) in
  Ruby's sort order, with a property only when every item responds to ``[]``.
* ``slice`` reads offset and length with ``Utils.to_integer`` (``2.2`` is ``invalid integer``)
  and slices like Ruby's ``slice(offset, length)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.filters.standard import flatten_input
from jekpy.liquid.ruby import inspect, is_nil, ruby_class, ruby_str, utils_to_integer
from jekpy.utils import ruby_sorted

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
        raise _property_error(prop) from None


def _responds_to_index(item: object) -> bool:
    """``respond_to?(:[])``: hashes, strings, arrays, integers and drops."""
    if is_nil(item) or isinstance(item, (bool, float)):
        return False
    return isinstance(item, (Mapping, str, list, tuple, int)) or hasattr(item, "__getitem__")


def _index(item: object, prop: object) -> object:
    """``item[property]`` without map's ``respond_to?`` guard: nil, booleans and floats raise
    Ruby's NoMethodError (re-raised unwrapped by Liquid)."""
    if not _responds_to_index(item):
        raise JekyllTagError(f"undefined method `[]' for {inspect(item)}:{ruby_class(item)}")
    return _select(item, prop)


def _property_error(prop: object) -> JekyllTagError:
    return _argument_error(f"cannot select the property '{ruby_str(prop)}'")


def _eql_key(value: object) -> object:
    """A key equal exactly when Ruby's ``eql?``/``hash`` say so (1 and 1.0 differ, a Hash
    ignores key order)."""
    if hasattr(value, "__liquid__"):
        value = value.__liquid__()
    if is_nil(value):
        return ("nil",)
    if not getattr(value, "ruby_has_size", True):  # a Jekyll drop: identity, never its contents
        identity = getattr(value, "ruby_identity", None)
        return ("object", identity() if identity else id(value))
    if isinstance(value, (bool, int, float, str)):
        return (type(value).__name__, value)
    if isinstance(value, (list, tuple)):
        return ("array", tuple(_eql_key(item) for item in value))
    if isinstance(value, Mapping):
        return ("hash", frozenset((_eql_key(k), _eql_key(v)) for k, v in value.items()))
    return ("object", id(value))


def _uniq_by(items: list, key) -> list:  # noqa: ANN001
    seen: set = set()
    out = []
    for item in items:
        marker = _eql_key(key(item))
        if marker not in seen:
            seen.add(marker)
            out.append(item)
    return out


def uniq(value: object, prop: object = None) -> object:
    """``uniq`` / ``uniq: property`` (nil when the first item has no ``[]``)."""
    items = flatten_input(value)
    if is_nil(prop):
        return _uniq_by(items, lambda item: item)
    if not items:
        return []
    if not _responds_to_index(items[0]):
        return None
    try:
        return _uniq_by(items, lambda item: _index(item, prop))
    except TypeError:
        raise _property_error(prop) from None


def compact(value: object, prop: object = None) -> object:
    """``compact`` / ``compact: property`` (nil when the first item has no ``[]``)."""
    items = flatten_input(value)
    if is_nil(prop):
        return [item for item in items if not is_nil(item)]
    if not items:
        return []
    if not _responds_to_index(items[0]):
        return None
    try:
        return [item for item in items if not is_nil(_index(item, prop))]
    except TypeError:
        raise _property_error(prop) from None


def _casecmp(left: object, right: object) -> int:
    """``nil_safe_casecmp``: String#casecmp of the ``to_s`` (ASCII letters folded); nils
    last."""
    if is_nil(left) or is_nil(right):
        return 1 if is_nil(left) else -1
    a, b = (ruby_str(v).encode().translate(_ASCII_LOWER) for v in (left, right))
    return (a > b) - (a < b)


_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def sort_natural(value: object, prop: object = None) -> object:
    """Case-insensitive sort in Ruby's sort order (nil when an item has no ``[]``)."""
    items = flatten_input(value)
    if not items:
        return []
    if is_nil(prop):
        return ruby_sorted(items, _casecmp)
    if not all(_responds_to_index(item) for item in items):
        return None
    try:
        return ruby_sorted(items, lambda a, b: _casecmp(_index(a, prop), _index(b, prop)))
    except TypeError:
        raise _property_error(prop) from None


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
    env.add_filter("uniq", uniq)
    env.add_filter("compact", compact)
    env.add_filter("sort_natural", sort_natural)
