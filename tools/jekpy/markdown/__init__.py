"""Markdown the way GitHub Pages renders it: kramdown 2.4.0 with the GFM parser 1.1.0.

``markdownify(text, options)`` is the entry point. ``options`` are kramdown settings laid over
Pages' defaults like a site's ``kramdown:`` block (see :mod:`.options`). One parser
configuration (options, rule lists, compiled regexes) is cached per option set. See docs/markdown.md for the design and the rules.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import threading
from collections.abc import Mapping
from functools import lru_cache
from html import escape as _escape
from typing import Any

from . import deep as _deep
from . import options as _options
from .html import HtmlConverter
from .parser import KramdownParser

__all__ = ["convert", "markdownify", "smartify"]


def _key(options: Mapping[str, Any] | None) -> str:
    if not options:
        return "{}"  # json.dumps({}), without the encoder (every call without options)
    return json.dumps(options, sort_keys=True, default=repr)


@lru_cache(maxsize=32)
def _configured(key: str) -> tuple[_options.Options, KramdownParser, threading.Lock]:
    """Options, a reusable parser (rule lists and regex caches built once) and its lock."""
    opts = _options.build(_options.merge(json.loads(key)))
    return opts, KramdownParser(opts), threading.Lock()


def markdownify(text: str, options: dict | None = None) -> str:
    """Convert Markdown ``text`` to HTML exactly as kramdown (GFM input) on GitHub Pages does.

    Never raises: should the converter fail on some input (a bug, or nesting deeper than
    :mod:`.deep` allows, which is deeper than kramdown itself can go), the text comes back
    HTML-escaped in one paragraph.
    """
    try:
        return convert(text, options)
    except (RecursionError, Exception):  # noqa: BLE001 - documented safety net
        return "<p>" + _escape(str(text), quote=False) + "</p>\n"


def convert(text: str, options: dict | None = None) -> str:
    """Like :func:`markdownify`, but lets exceptions through (used by tests).

    A conversion that runs out of Python's recursion limit (nesting of some hundred levels,
    or a caller that is itself deep) is made again by :func:`.deep.run`: in a worker thread
    with room for every depth kramdown handles. Beyond that room RecursionError is raised.
    """
    try:
        return _convert_paused(text, options)
    except RecursionError:
        pass  # leave the except block first: its traceback holds the failed attempt's frames
    return _deep.run(_convert_paused, text, options, True)


def _convert_paused(text: str, options: dict | None, deep: bool = False) -> str:
    """:func:`_convert` with the cyclic garbage collector paused (resumed after, if it was
    running): a document allocates hundreds of thousands of short-lived objects that
    reference counting frees, and the collector's generation-0 passes over them cost ~10-15 %
    of the conversion time (measured over the benchmark sets). Cycles made meanwhile are
    collected by the next pass after the conversion.
    """
    if not gc.isenabled():
        return _convert(text, options, deep)
    gc.disable()
    try:
        return _convert(text, options, deep)
    finally:
        gc.enable()


def _convert(text: str, options: dict | None, deep: bool = False) -> str:
    """Parse and convert; ``deep``: first check the tree against :func:`.deep.check_depth`."""
    try:
        opts, parser, lock = _configured(_key(options))
    except (TypeError, ValueError):
        opts, parser, lock = _configured(_key(None))
    if lock.acquire(blocking=False):  # the cached parser; a busy one (threads) -> a fresh one
        try:
            root = parser.parse(text if isinstance(text, str) else str(text))
        finally:
            lock.release()
    else:
        root = KramdownParser(opts).parse(text if isinstance(text, str) else str(text))
    if deep:
        _deep.check_depth(root)
    changed = root.options.get("options")
    if changed:
        opts = dataclasses.replace(opts, **changed)
    return HtmlConverter(root, opts).convert(root)


def smartify(text: str, options: dict | None = None) -> str:
    """Jekyll's ``smartify``: smart quotes, dashes, ellipses and entities, no Markdown.

    ``options`` are the site's ``kramdown`` settings (as for :func:`markdownify`). Never raises.
    """
    from .smartypants import SmartyPantsParser

    try:
        opts = _configured(_key(options))[0]
    except (TypeError, ValueError):
        opts = _configured(_key(None))[0]
    try:
        root = SmartyPantsParser(dataclasses.replace(opts, gfm=False)).parse(str(text))
        html = HtmlConverter(root, opts).convert(root)
    except Exception:  # noqa: BLE001 - same safety net as markdownify
        html = _escape(str(text), quote=False)
    return html[:-1] if html.endswith("\n") else html
