"""Liquid 4.0.4's standard filters where they differ from python-liquid (Liquid 5 rules).

Source: Shopify/liquid v4.0.4 lib/liquid/standardfilters.rb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jekpy.liquid.ruby import is_nil, to_s

if TYPE_CHECKING:
    from liquid import Environment

# Filters python-liquid registers that Liquid 4.0.4 does not have: on Pages they are unknown,
# so (strict_filters off) the value passes through unchanged.
LIQUID5_ONLY_FILTERS = (
    "base64_encode", "base64_decode", "base64_url_safe_encode", "base64_url_safe_decode",
    "remove_last", "replace_last", "squish", "find", "find_index", "has", "reject", "sum",
    "escapejs", "safe",
)


def truncatewords(value: object, words: object = 15, ending: object = "...") -> object:
    """4.0.4: appends the ending whenever there are at least ``words`` words."""
    if is_nil(value):
        return None
    wordlist = to_s(value).split()
    try:
        count = int(str(words).strip()) if not isinstance(words, int) else words
    except ValueError:
        from jekpy.liquid.errors import JekyllTagError

        raise JekyllTagError("invalid integer", prefixed=True) from None
    last = max(count - 1, 0)
    if len(wordlist) > last:
        return " ".join(wordlist[: last + 1]) + to_s(ending)
    return value


def size(value: object) -> int:
    """``input.respond_to?(:size) ? input.size : 0``: an Integer's size is its 8 bytes."""
    if isinstance(value, bool) or is_nil(value):
        return 0
    if isinstance(value, int):
        return 8 if -(2**63) <= value < 2**63 else (value.bit_length() + 7) // 8
    if isinstance(value, (str, list, tuple, dict)) or hasattr(value, "__len__"):
        try:
            return len(value)  # type: ignore[arg-type]
        except TypeError:
            return 0
    return 0


def newline_to_br(value: object) -> str:
    """4.0.4: only ``\n`` is replaced, so ``\r\n`` keeps its ``\r`` (Liquid 5 drops it)."""
    return to_s(value).replace("\n", "<br />\n")


def register(env: Environment) -> None:
    """Remove Liquid 5 filters, add ``h`` and the 4.0.4 ``truncatewords``/``newline_to_br``."""
    for name in LIQUID5_ONLY_FILTERS:
        env.filters.pop(name, None)
    env.add_filter("h", env.filters["escape"])
    env.add_filter("truncatewords", truncatewords)
    env.add_filter("newline_to_br", newline_to_br)
    env.add_filter("size", size)
