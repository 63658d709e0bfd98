"""Filter set: Liquid 4.0.4's standard filters plus every Jekyll 3.10 filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jekpy.liquid.filters import (
    arrays,
    data,
    date,
    grouping,
    numbers,
    standard,
    strings4,
    text,
    url,
)
from jekpy.liquid.filters.arity import ruby_arity

if TYPE_CHECKING:
    from liquid import Environment


def register(env: Environment) -> None:
    """Adjust ``env``'s filter register to GitHub Pages' set (Jekyll's override Liquid's)."""
    standard.register(env)
    strings4.register(env)
    arrays.register(env)
    numbers.register(env)
    url.register(env)
    date.register(env)
    text.register(env)
    grouping.register(env)
    data.register(env)
    for name, func in list(env.filters.items()):
        env.filters[name] = ruby_arity(func)
