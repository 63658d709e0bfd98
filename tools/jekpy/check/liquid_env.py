"""The build's Liquid environment for checking: Jekyll's tags, enabled plugins' tags, and
silent stand-ins for Pages plugin tags jekpy does not implement yet (so that a site using,
say, ``{% seo %}`` with jekyll-seo-tag enabled is not reported as broken)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from liquid.ast import Node
from liquid.stream import TokenStream
from liquid.tag import Tag

from jekpy import github_pages, plugins
from jekpy.liquid.lexer import tag_markup

if TYPE_CHECKING:
    from liquid.context import RenderContext

    from jekpy.liquid import JekyllEnvironment
    from jekpy.site import Site

# Liquid tags the whitelisted Pages plugins define (tag name -> gem).
PLUGIN_TAGS = {
    "seo": "jekyll-seo-tag",
    "feed_meta": "jekyll-feed",
    "avatar": "jekyll-avatar",
    "octicon": "jekyll-octicons",
    "gist": "jekyll-gist",
    "include_cached": "jekyll-include-cache",
    "github_edit_link": "jekyll-github-metadata",
}


class _Blank(Node):
    """Renders nothing."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:  # noqa: ARG002
        """Nothing to write."""
        return 0


def _stub(tag_name: str) -> type[Tag]:
    class Stub(Tag):
        name = tag_name
        block = False

        def parse(self, stream: TokenStream) -> Node:
            token = stream.current
            tag_markup(stream)  # any markup is ignored
            return _Blank(token)

    return Stub


def install_stubs(env: JekyllEnvironment, site: Site) -> None:
    """Stand-ins for enabled plugins' tags the environment does not know."""
    enabled = set(github_pages.enabled_plugins(site.config))
    for tag, gem in PLUGIN_TAGS.items():
        if gem in enabled and tag not in env.env.tags:
            env.env.add_tag(_stub(tag))


def make_environment(site: Site) -> JekyllEnvironment:
    """A JekyllEnvironment as the build makes it, plus stand-ins for missing plugin tags."""
    from jekpy.liquid import JekyllEnvironment

    env = JekyllEnvironment(site)
    plugins.register_liquid(env, site)
    install_stubs(env, site)
    return env


def plugin_hint(message: str) -> str:
    """For ``Unknown tag 'seo'``: which plugin to list under ``plugins:``."""
    for tag, gem in PLUGIN_TAGS.items():
        if f"Unknown tag '{tag}'" in message:
            return f" ('{tag}' comes from {gem}: add it to `plugins:` in _config.yml)"
    if "Unknown tag" in message:
        for name in ("render", "echo", "liquid", "#", "doc"):
            if f"Unknown tag '{name}'" in message:
                return f" ('{name}' is Liquid 5 only: GitHub Pages runs Liquid 4.0.4 and fails here)"
    return ""
