"""Jekyll 3.10's string filters (lib/jekyll/filters.rb, lib/jekyll/utils.rb ``slugify``)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote_plus

from liquid.filter import with_context

from jekpy import utils
from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.filters.uri import normalize_component
from jekpy.liquid.ruby import (
    implicit_name,
    is_nil,
    ruby_class,
    ruby_str,
    ruby_words,
    time_to_s,
    to_s,
)
from jekpy.liquid.ruby import inspect as ruby_inspect

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext

def xml_escape(value: object) -> str:
    """``input.to_s.encode(xml: :attr)`` without the surrounding quotes (arrays print as inspect)."""
    text = ruby_str(value)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def cgi_escape(value: object) -> str:
    """Ruby ``CGI.escape(input)``: space as ``+``, only ``-._~`` and alphanumerics kept; a
    non-string fails like Ruby (``no implicit conversion of Integer into String``)."""
    if not isinstance(value, str):
        raise JekyllTagError(f"no implicit conversion of {implicit_name(value)} into String")
    return quote_plus(value, safe="")


def uri_escape(value: object) -> object:
    """``Addressable::URI.normalize_component(input)``: nil stays nil; another non-string fails
    ``Can't convert Integer into String.``."""
    if isinstance(value, str):
        return normalize_component(value)
    if is_nil(value):
        return None
    raise JekyllTagError(f"Can't convert {ruby_class(value)} into String.")


def slugify(value: object, mode: object = None) -> object:
    """``slugify`` (filters.rb: ``Utils.slugify(input, :mode => mode)``, jekpy.utils.slugify):
    nil stays nil, a non-string fails as Ruby's ``gsub`` would, the mode is ``to_s``."""
    if is_nil(value):
        return None
    if not isinstance(value, str):
        raise JekyllTagError(f"undefined method `gsub' for {to_s(value)}:{ruby_class(value)}")
    return utils.slugify(value, None if is_nil(mode) else to_s(mode))


def normalize_whitespace(value: object) -> str:
    r"""Runs of Ruby ``\s`` (ASCII whitespace only) become one space; then strip."""
    return re.sub(r"[ \t\n\v\f\r]+", " ", ruby_str(value)).strip(" \t\n\v\f\r\0")


def number_of_words(value: object) -> int:
    """``input.split.length`` (3.10 takes no mode argument)."""
    return len(ruby_words(to_s(value)))


def _ruby_join(items: list | tuple, glue: str) -> str:
    """Ruby ``Array#join``: nested arrays join recursively with the same glue, nil is ``''``."""
    return glue.join(_ruby_join(i, glue) if isinstance(i, (list, tuple)) else to_s(i)
                     for i in items)


def array_to_sentence_string(value: object, connector: object = "and") -> str:
    """``a, b, and c`` (filters.rb v3.10): the last items are interpolated with ``to_s`` (an
    array prints as ``[1, 2]``), the others go through ``Array#join`` (nested arrays flatten)."""
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    conn = to_s(connector)
    if not items:
        return ""
    if len(items) == 1:
        return ruby_str(items[0])
    if len(items) == 2:
        return f"{ruby_str(items[0])} {conn} {ruby_str(items[1])}"
    return f"{_ruby_join(items[:-1], ', ')}, {conn} {ruby_str(items[-1])}"


def _as_json(value: object, depth: int = 0) -> object:
    """``as_liquid(...)``; a drop may provide ``to_json_value(depth)`` (Jekyll's
    ``hash_for_json`` collapses neighbouring documents at depth >= 2)."""
    if is_nil(value):
        return None
    hook = getattr(value, "to_json_value", None)
    if hook is not None:
        return _as_json_plain(hook(depth), depth)
    return _as_json_plain(value, depth)


_NESTED_BLACKLIST = ("content", "output", "excerpt", "next", "previous")


def _collapse(doc: Mapping) -> dict:
    """DocumentDrop#collapse_document: the front matter keys minus the nested fields."""
    data = getattr(getattr(doc, "doc", None), "data", None)
    keys = list(data.keys()) if isinstance(data, Mapping) else list(doc.keys())
    return {k: doc[k] for k in keys if k not in _NESTED_BLACKLIST and k in doc}


def _as_json_plain(value: object, depth: int) -> object:
    if isinstance(value, Mapping):
        items = dict(value.items())
        if depth >= 2 and not isinstance(value, dict):
            # DocumentDrop#hash_for_json: neighbours collapse from JSON depth 2 on, which
            # also ends the previous/next chain (jekyll v3.10.0 drops/document_drop.rb).
            for key in ("previous", "next"):
                if isinstance(items.get(key), Mapping):
                    items[key] = _collapse(items[key])
        return {to_s(k): _as_json(v, depth + 1) for k, v in items.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json(v, depth + 1) for v in value]
    if is_nil(value):
        return None
    if is_nil(value):
        return None
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "strftime") and hasattr(value, "hour"):
        return time_to_s(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)):
        return value
    return to_s(value)


def jsonify(value: object) -> str:
    """``as_liquid(input).to_json`` (compact, non-ASCII kept, ``/`` not escaped)."""
    return json.dumps(_as_json(value), ensure_ascii=False, separators=(",", ":"))


def inspect(value: object) -> str:
    """``xml_escape(input.inspect)``; drops inspect as pretty JSON (jekyll drops/drop.rb)."""
    if isinstance(value, Mapping) and not isinstance(value, dict) and not is_nil(value):
        return xml_escape(json.dumps(_as_json(value), indent=2, ensure_ascii=False))
    return xml_escape(ruby_inspect(value))


@with_context
def markdownify(value: object, *, context: RenderContext) -> str:
    """Convert ``input.to_s`` with the site's kramdown settings (jekpy.markdown)."""
    text = ruby_str(value)
    try:
        from jekpy.markdown import markdownify as convert
    except ImportError:
        return text
    return convert(text, context.env.jekyll.config.get("kramdown"))


def smartify(value: object) -> str:
    """SmartyPants typography on plain text (kramdown's smart quotes), HTML escaped."""
    try:
        from jekpy.markdown import smartify as convert
    except ImportError:
        return _smartify_fallback(ruby_str(value))
    return convert(ruby_str(value))


def _smartify_fallback(text: str) -> str:
    text = re.sub(r"&(?!#?\w+;)", "&amp;", text)
    text = re.sub(r"<(?![A-Za-z/!?])", "&lt;", text)
    text = text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026")
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"(^|[\s(\[])\"", "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def _sass(value: object, syntax: str, context: RenderContext) -> str:
    """jekyll-sass-converter 1.5.2 ``convert`` as Jekyll 3.10's sassify/scssify call it
    (lib/jekyll/filters.rb): the page converter's style (``sass.style``, which Pages' production
    defaults make ``compressed``) and load paths (``load_paths``, ``sass_dir``, the theme's
    ``_sass``). The converter's SyntaxError is an ArgumentError, which Liquid's strainer turns
    into ``Liquid error (line N): <message> on line M`` (strainer.rb ``invoke``)."""
    try:
        from jekpy.sass import SassError, compile_sass
    except ImportError:
        return to_s(value)
    jekyll = context.env.jekyll
    style, load_paths = _sass_settings(jekyll)
    try:
        return compile_sass(to_s(value), syntax=syntax, load_paths=load_paths, style=style)
    except SassError as err:
        raise JekyllTagError(str(err), prefixed=True) from None


def _sass_settings(jekyll: object) -> tuple[str, list[str]]:
    """(style, load paths) exactly as the page converter computes them (jekpy.render)."""
    from jekpy.render import sass_load_paths, sass_style

    site = jekyll.site
    if hasattr(site, "in_source") and hasattr(site, "theme"):
        return sass_style(jekyll.config), sass_load_paths(site)
    sass_cfg = jekyll.config.get("sass") if isinstance(jekyll.config.get("sass"), dict) else {}
    source = getattr(site, "source", ".")
    return sass_style(jekyll.config), [f"{source}/{sass_cfg.get('sass_dir') or '_sass'}"]


@with_context
def sassify(value: object, *, context: RenderContext) -> str:
    """Compile indented Sass."""
    return _sass(value, "sass", context)


@with_context
def scssify(value: object, *, context: RenderContext) -> str:
    """Compile SCSS."""
    return _sass(value, "scss", context)


def register(env: Environment) -> None:
    """Install the string filters."""
    for name, func in (("xml_escape", xml_escape), ("cgi_escape", cgi_escape),
                       ("uri_escape", uri_escape), ("slugify", slugify),
                       ("normalize_whitespace", normalize_whitespace),
                       ("number_of_words", number_of_words),
                       ("array_to_sentence_string", array_to_sentence_string),
                       ("jsonify", jsonify), ("inspect", inspect), ("markdownify", markdownify),
                       ("smartify", smartify), ("sassify", sassify), ("scssify", scssify)):
        env.add_filter(name, func)
