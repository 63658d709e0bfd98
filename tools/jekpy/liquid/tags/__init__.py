"""Tag set: Liquid 4.0.4's standard tags, Jekyll 3.10's tags and the Pages plugin tags.

Liquid 5 tags (``render``, ``echo``, ``liquid``, ``{% # %}``, ``doc``) are removed, so using
them is ``Unknown tag`` as on GitHub Pages (Liquid 4.0.4, lib/liquid/tags/).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jekpy.liquid.tags import basic, case, highlight, include, lax, link, tablerow

if TYPE_CHECKING:
    from liquid import Environment

LIQUID5_ONLY_TAGS = ("render", "echo", "liquid", "#", "doc")


def register(env: Environment) -> None:
    """Adjust ``env``'s tag register to GitHub Pages' set."""
    for name in LIQUID5_ONLY_TAGS:
        env.tags.pop(name, None)
    basic.register(env)
    case.register(env)
    tablerow.register(env)
    lax.register(env)
    include.register(env)
    highlight.register(env)
    link.register(env)
