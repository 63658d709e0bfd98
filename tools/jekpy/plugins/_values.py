"""Ruby and Liquid value helpers shared by the opt-in plugins (seo-tag, feed, redirect-from).

Plugins written in Ruby lean on Ruby truthiness (only nil and false are false), ``a || b``,
Liquid's nested lookups and the filters of the build; these helpers say that once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jekpy.liquid.ruby import is_nil

if TYPE_CHECKING:
    from liquid.context import RenderContext

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def truthy(value: object) -> bool:
    """Ruby and Liquid truthiness: everything but nil and false."""
    return not is_nil(value) and value is not False


def first(*values: object) -> object:
    """Ruby ``a || b || c``."""
    for value in values:
        if truthy(value):
            return value
    return values[-1] if values else None


def dig(obj: object, *keys: str) -> object:
    """Liquid's ``obj.key.key`` lookup: hashes and drops only, anything else gives nil."""
    for key in keys:
        if isinstance(obj, Mapping):
            obj = obj.get(key)
        else:
            return None
    return obj


def sub_hash(obj: object, key: str) -> Mapping:
    """``obj[key]`` when it is a hash, else an empty one (drop.rb ``sub_hash``)."""
    value = dig(obj, key)
    return value if isinstance(value, Mapping) else {}


def call_filter(context: RenderContext, name: str, value: object, *args: object) -> Any:
    """Apply the build's Liquid filter ``name`` (Jekyll's and Liquid's filters)."""
    return context.filter(name, None)(value, *args)


def is_absolute_url(value: object) -> bool | None:
    """url_helper.rb ``absolute_url?``: Addressable's ``absolute?`` (has a scheme)."""
    if not isinstance(value, str):
        return None
    return bool(SCHEME.match(value))


class LiquidView(Mapping):
    """A read-only Liquid view of the attributes named in ``KEYS``."""

    KEYS: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        if key in self.KEYS:
            return getattr(self, key)
        raise KeyError(key)

    def __iter__(self):
        return iter(self.KEYS)

    def __len__(self) -> int:
        return len(self.KEYS)
