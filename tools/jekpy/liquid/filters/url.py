"""Jekyll 3.10's URL filters (lib/jekyll/filters/url_filters.rb)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from liquid.filter import with_context

from jekpy.liquid.filters.uri import is_absolute, normalize
from jekpy.liquid.ruby import is_nil, to_s

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext


def _url_of(value: object) -> object:
    """``input = input.url if input.respond_to?(:url)`` (drops expose ``url``)."""
    if isinstance(value, Mapping) and "url" in value and not isinstance(value, dict):
        return value["url"]
    return value


def _leading_slash(text: str) -> str:
    return text if not text or text.startswith("/") else "/" + text


@with_context
def relative_url(value: object, *, context: RenderContext) -> object:
    """Prefix ``baseurl`` and normalize, leaving absolute URLs alone."""
    if is_nil(value):
        return None
    value = _url_of(value)
    text = to_s(value)
    if is_absolute(text):
        return value
    baseurl = to_s(context.env.jekyll.config.get("baseurl"))
    baseurl = baseurl[:-1] if baseurl.endswith("/") else baseurl
    return normalize(_leading_slash(baseurl) + _leading_slash(text))


@with_context
def absolute_url(value: object, *, context: RenderContext) -> object:
    """``site.url`` + relative_url, normalized (host lowercased)."""
    if is_nil(value):
        return None
    value = _url_of(value)
    text = to_s(value)
    if is_absolute(text):
        return value
    site_url = context.env.jekyll.config.get("url")
    relative = relative_url(value, context=context)
    if site_url is None:
        return relative
    return normalize(to_s(site_url) + to_s(relative))


def strip_index(value: object) -> object:
    """Drop a trailing ``/index.html`` (3.10 has this filter too)."""
    if is_nil(value) or to_s(value) == "":
        return None
    return re.sub(r"/index\.html?$", "/", to_s(value), count=1)


def register(env: Environment) -> None:
    """Install the URL filters."""
    env.add_filter("relative_url", relative_url)
    env.add_filter("absolute_url", absolute_url)
    env.add_filter("strip_index", strip_index)
