"""Jekyll 3.10's array helpers: push, pop, shift, unshift, sample, to_integer."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.ruby import to_integer as ruby_to_i

if TYPE_CHECKING:
    from liquid import Environment


def _count(num: object) -> int:
    """``Liquid::Utils.to_integer``: integers, or strings of digits (else an error)."""
    if isinstance(num, int) and not isinstance(num, bool):
        return num
    try:
        return int(str(num).strip())
    except ValueError:
        raise JekyllTagError("invalid integer", prefixed=True) from None


def push(array: object, item: object) -> object:
    """A copy with ``item`` appended (non-arrays unchanged)."""
    return [*array, item] if isinstance(array, list) else array


def pop(array: object, num: object = 1) -> object:
    """A copy without the last ``num`` items."""
    if not isinstance(array, list):
        return array
    count = _count(num)
    return array[: max(len(array) - count, 0)] if count > 0 else list(array)


def shift(array: object, num: object = 1) -> object:
    """A copy without the first ``num`` items."""
    if not isinstance(array, list):
        return array
    count = _count(num)
    return array[count:] if count > 0 else list(array)


def unshift(array: object, item: object) -> object:
    """A copy with ``item`` prepended."""
    return [item, *array] if isinstance(array, list) else array


def sample(array: object, num: object = 1) -> object:
    """A random item (or ``num`` random items)."""
    if not isinstance(array, (list, tuple)):
        return array
    try:
        count = _count(num)
    except JekyllTagError:
        count = 1
    if count == 1:
        return random.choice(array) if array else None  # noqa: S311 - not security related
    return random.sample(list(array), min(count, len(array)))


def to_integer(value: object) -> int:
    """``true`` -> 1, ``false`` -> 0, else Ruby ``to_i``."""
    if value is True:
        return 1
    if value is False:
        return 0
    return ruby_to_i(value)


def register(env: Environment) -> None:
    """Install the array helpers."""
    for name, func in (("push", push), ("pop", pop), ("shift", shift), ("unshift", unshift),
                       ("sample", sample), ("to_integer", to_integer)):
        env.add_filter(name, func)
