"""jekyll-octicons 14.2.2: ``{% octicon name height:32 class:"x" aria-label:"y" %}`` renders an ``<svg>``.

github-pages v232 whitelists jekyll-octicons without pinning it; Pages' build image
(actions/jekyll-build-pages, Gemfile) adds ``jekyll-octicons ~> 14.2``, i.e. 14.2.2, which pins
the octicons gem 14.2.2. Rules from primer/octicons v14.2.2 lib/octicons_jekyll/lib/jekyll-octicons.rb
and lib/octicons_gem/lib/octicons/octicon.rb:

* The symbol is the markup's leading run of ``Liquid::VariableSignature`` characters
  (``[\\w\\-.\\[\\]]`` with optional parentheses); options are every ``key:value`` pair
  (``[\\w-]+ : QuotedFragment``), one leading and one trailing ``"`` stripped from the value.
  No symbol renders nothing.
* Markup holding ``{{ var }}`` is interpolated at render time: every ``{{ ... }}`` is replaced by
  the value of the *first* one (the gem's ``gsub`` inside ``scan``); a nil value leaves its name,
  a value that is not a string is Ruby's ``no implicit conversion of Integer into String``.
* The icon's natural height is the largest of its heights (16, 24) not above the ``height``
  option (else ``width``, else 16), or its first height. Attributes, in order: the options as
  given, then ``class`` (``octicon octicon-<name> <class>``), ``viewBox``, ``version="1.1"``,
  ``width`` and ``height`` (natural, or the given one with the other scaled by integer division),
  then ``role="img"`` when ``aria-label`` is given, else ``aria-hidden="true"``. Values are not
  escaped. An unknown symbol is the gem's error ``Couldn't find octicon symbol for "name"``.

The icon table is Primer Octicons 14.2.2's build/data.json (the file both the gem and the npm
package ship; `plugin_data.OCTICONS`), found in a data folder or downloaded once. Without it the
tag is an error naming the file and line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import Token

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.lexer import tag_markup
from jekpy.liquid.ruby import implicit_name
from jekpy.plugins import plugin_data

if TYPE_CHECKING:
    from liquid.context import RenderContext

    from jekpy.site import Site

DEFAULT_HEIGHT = 16
# Liquid 4.0.4 VariableSignature / QuotedFragment (lib/liquid.rb); Ruby's \w is ASCII.
SYMBOL = re.compile(r"\A((?:\(?[\w\-.\[\]]\)?)+)", re.ASCII)
VARIABLE = re.compile(r"\{\{\s*(\w+\.?\w*)\s*\}\}", re.I | re.ASCII)
_QUOTED = r"\"[^\"]*\"|'[^']*'"
ATTRIBUTE = re.compile(r"([\w-]+)\s*:\s*(" + _QUOTED + r"|(?:[^\s,|'\"]|" + _QUOTED + r")+)", re.ASCII)
RUBY_INTEGER = re.compile(r"\s*([+-]?\d+(?:_\d+)*)")


def ruby_to_i(value: Any) -> int:
    """Ruby ``to_i``: an int stays, a string gives its leading integer (else 0)."""
    if isinstance(value, int):
        return value
    match = RUBY_INTEGER.match(str(value))
    return int(match.group(1).replace("_", "")) if match else 0


def parse_markup(markup: str) -> tuple[str | None, dict[str, str]]:
    """The symbol and options of the tag's markup (``prepare``)."""
    match = SYMBOL.match(markup)
    if match is None:
        return None, {}
    options: dict[str, str] = {}
    for key, value in ATTRIBUTE.findall(markup):
        options[key] = re.sub(r'\A"|"\Z', "", value)
    return match.group(1), options


def natural_height(heights: list[str], height: Any) -> int:
    """``closest_natural_height``: the last natural height not above ``height``, else the first."""
    wanted = ruby_to_i(height)
    best = int(heights[0])
    for natural in heights:
        if int(natural) <= wanted:
            best = int(natural)
    return best


def svg(symbol: str, options: dict[str, str], icons: dict) -> str:
    """``Octicons::Octicon.new(symbol, options).to_svg``; raises `KeyError` for unknown symbols."""
    icon = icons[symbol]
    asked = options.get("height", options.get("width", DEFAULT_HEIGHT))
    height = natural_height(list(icon["heights"]), asked)
    variant = icon["heights"][str(height)]
    width = ruby_to_i(variant["width"])
    attrs: dict[str, Any] = dict(options)
    attrs.update({"class": f"octicon octicon-{symbol} {options.get('class', '')} ".strip(),
                  "viewBox": f"0 0 {width} {height}", "version": "1.1"})
    size: dict[str, Any] = {"width": width, "height": height}
    if "width" in options or "height" in options:
        size["width"] = options["width"] if "width" in options else ruby_to_i(options["height"]) * width // height
        size["height"] = options["height"] if "height" in options else ruby_to_i(options["width"]) * height // width
    attrs.update(size)
    attrs.update({"role": "img"} if "aria-label" in options else {"aria-hidden": "true"})
    text = "".join(f'{key}="{value}" ' for key, value in attrs.items()).strip()
    return f"<svg {text}>{variant['path']}</svg>"


class IconTable:
    """Primer Octicons' table, located on first use within one build."""

    def __init__(self) -> None:
        self.icons: dict | None = None
        self.why = ""

    def get(self) -> dict | None:
        """The table, or None (``why`` then says why)."""
        if self.icons is None and not self.why:
            found = plugin_data.locate(plugin_data.OCTICONS)
            if isinstance(found, Path):
                self.icons = json.loads(found.read_text(encoding="utf-8"))
            else:
                self.why = found
        return self.icons


class OcticonNode(Node):
    """One ``{% octicon ... %}``."""

    __slots__ = ("markup", "table")

    def __init__(self, token: Token, markup: str, table: IconTable) -> None:
        super().__init__(token)
        self.markup = markup
        self.table = table
        self.blank = False

    def _interpolated(self, context: RenderContext) -> str:
        markup = self.markup
        for name in VARIABLE.findall(self.markup):
            # Ruby gsub type-checks each replacement, even once nothing is left to replace.
            value: Any = context.get(name.split("."), token=None, default=None)
            if value is None or value is False:
                value = name
            if not isinstance(value, str):
                raise JekyllTagError(f"no implicit conversion of {implicit_name(value)} into String",
                                     token=self.token)
            markup = VARIABLE.sub(lambda _match, text=value: text, markup)
        return markup

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the ``<svg>`` (nothing when the markup names no symbol)."""
        symbol, options = parse_markup(self._interpolated(context))
        if symbol is None:
            return 0
        icons = self.table.get()
        if icons is None:
            raise JekyllTagError(
                f"jekyll-octicons: {plugin_data.OCTICONS.title} is not available ({self.table.why}). "
                + plugin_data.hint(plugin_data.OCTICONS), token=self.token)
        if symbol not in icons:
            raise JekyllTagError(f'Couldn\'t find octicon symbol for "{symbol}"', token=self.token)
        return buffer.write(svg(symbol, options, icons))


class OcticonTag(Tag):
    """``octicon``."""

    name = "octicon"
    block = False
    table: IconTable

    def parse(self, stream: TokenStream) -> Node:
        """Keep the markup; the table is looked up when the tag renders."""
        token = stream.current
        return OcticonNode(token, tag_markup(stream).strip(), self.table)


def register_liquid(env: Any, site: Site) -> None:
    """Install ``{% octicon %}`` with this build's icon table."""
    env.env.add_tag(type("OcticonTag", (OcticonTag,), {"table": IconTable()}))
