"""``html_to_native`` for ``<table>``: only "simple" tables become native tables.

Emulates ``convert_table`` and ``is_simple_table?`` of gettalong/kramdown
lib/kramdown/parser/html.rb (one cell count and one alignment per row, phrasing content only,
``th`` only in ``thead``).
"""

from __future__ import annotations

import re

from ..element import Element
from ..patterns import HTML_BLOCK_ELEMENTS
from . import html_native as hn

_ALIGN = re.compile(r"(?:;\s*)?text-align:\s+(center|left|right)", re.ASCII)
_ALIGN_ANY = re.compile(r"text-align:\s+(center|left|right|justify|inherit)", re.ASCII)


def _cells(row: Element) -> list[Element]:
    return [c for c in row.children if c.value in ("th", "td")]


def _walk_rows(el: Element):
    for c in el.children:
        if c.value == "tr":
            yield c
        else:
            yield from _walk_rows(c)


def _phrasing_only(el: Element) -> bool:
    return all((c.type == "text" or c.value not in HTML_BLOCK_ELEMENTS) and _phrasing_only(c)
               for c in el.children)


def _cells_phrasing(el: Element) -> bool:
    for c in el.children:
        if c.value in ("th", "td"):
            if not _phrasing_only(c):
                return False
        elif not _cells_phrasing(c):
            return False
    return True


def _rows_of(t: Element, cell: str) -> bool:
    return all((r.value == "tr" or r.type == "text")
               and all(c.value == cell or c.type == "text" for c in r.children)
               for r in t.children)


def is_simple_table(el: Element) -> bool:
    """kramdown ``is_simple_table?``."""
    if not _cells_phrasing(el):
        return False
    counts = {len(_cells(row)) for row in _walk_rows(el)}
    if len(counts) > 1:
        return False
    alignment = None
    for row in _walk_rows(el):
        current = []
        for cell in _cells(row):
            m = _ALIGN_ANY.search(str(cell.attr.get("style", "")))
            if m and m.group(1) in ("justify", "inherit"):
                return False
            current.append(m.group(1) if m else "default")
        if alignment is None:
            alignment = current
        if alignment != current:
            return False
    if _rows_of(el, "td"):
        return True
    return all(t.type == "text" or (t.value == "thead" and _rows_of(t, "th"))
               or (t.value in ("tfoot", "tbody") and _rows_of(t, "td"))
               for t in el.children) and any(t.value == "tbody" for t in el.children)


def _alignments(el: Element, table: Element) -> None:
    for c in el.children:
        if c.type == "tr":
            result = []
            for td in c.children:
                style = td.attr.get("style")
                if style is None:
                    result.append("default")
                    continue
                m = _ALIGN.search(style)
                if m:
                    td.attr["style"] = style[: m.start()] + style[m.end():]
                    if not td.attr["style"].strip():
                        del td.attr["style"]
                result.append(m.group(1) if m else "default")
            table.options["alignment"] = result
        else:
            _alignments(c, table)


def _th_to_td(el: Element) -> None:
    if el.type == "th":
        el.type = "td"
    else:
        for c in el.children:
            _th_to_td(c)


def convert_table(el: Element) -> None:
    """Native table for a simple ``<table>``, else raw HTML."""
    if not is_simple_table(el):
        hn._process_html_element(el, False)
        return
    el.children = [c for c in el.children if c.type != "text"]
    hn._process_children(el)
    hn._set_basics(el, "table")
    _alignments(el, el)
    el.children = [c for c in el.children if c.type != "html_element"]
    _th_to_td(el)
    if el.children and el.children[0].type == "tr":
        body = Element("tbody")
        body.children = el.children
        el.children = [body]
