"""Looking values up the way Liquid 4 ``context[markup]`` and Jekyll's ``item_property`` do."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.ruby import is_nil, ruby_class, to_s
from jekpy.liquid.tags.keywords import alias_of

if TYPE_CHECKING:
    from liquid.context import RenderContext

_LITERALS = {"nil": None, "null": None, "true": True, "false": False, "": None}
_SEGMENT = re.compile(r"\[([^\]]+)\]|[\w-]+\??")


def lookup_path(context: RenderContext, markup: str) -> object:
    """``Liquid::Expression.parse(markup)`` evaluated in ``context`` (literals, then lookups)."""
    text = markup.strip()
    if text in _LITERALS:
        return _LITERALS[text]
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d[\d.]+", text):
        return float(re.match(r"-?\d+(?:\.\d+)?", text).group(0))  # String#to_f
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    segments: list[object] = []
    for match in _SEGMENT.finditer(text):
        if match.group(1) is not None:
            inner = match.group(1)
            segments.append(lookup_path(context, inner))
        else:
            segments.append(match.group(0))
    if not segments:
        return None
    if isinstance(segments[0], str):
        segments[0] = alias_of(segments[0])  # a variable named e.g. `limit` (tags/keywords.py)
    value = context.get(segments, token=None, default=None)
    return value


def property_of(item: object, name: str) -> object:
    """``subvalue[attribute]`` for one step of Jekyll's ``item_property``."""
    if isinstance(item, Mapping):
        return item.get(name)
    if isinstance(item, str):
        return name if name in item else None
    if is_nil(item):
        raise JekyllTagError("undefined method `[]' for nil:NilClass")
    if isinstance(item, (list, tuple)) or (isinstance(item, int) and not isinstance(item, bool)):
        # Array#[] and Integer#[] (bit reference) take integers only.
        raise JekyllTagError("no implicit conversion of String into Integer")
    raise JekyllTagError(f"undefined method `[]' for {to_s(item)}:{ruby_class(item)}")


def item_property(item: object, prop: object) -> object:
    """Jekyll 3.10 ``item_property`` (lib/jekyll/filters.rb): dotted path, no nil guard."""
    value = item
    for part in to_s(prop).split("."):
        value = property_of(value, part)
    return value
