"""``html_to_native``: turn parsed HTML elements into kramdown's own elements.

Emulates ``Kramdown::Parser::Html::ElementConverter`` (gettalong/kramdown
lib/kramdown/parser/html.rb): simple tags become native elements (``<p>`` -> ``p``, ``<em>`` ->
``em``, ``<h2>`` -> ``header``, ``<code>`` -> ``codespan``, simple tables -> ``table``), text has
its whitespace collapsed and entities turned into entity/smart-quote/typographic elements.
Not a GitHub Pages default; kept for kramdown's ``html_to_native`` option.
"""

from __future__ import annotations

import re

from .. import entities
from ..element import Element
from ..patterns import (
    HTML_ENTITY,
    HTML_SPAN_ELEMENTS,
    content_model,
)

_REMOVE_TEXT = frozenset("html head hgroup ol ul dl table colgroup tbody thead tfoot tr select "
                         "optgroup".split())
_WRAP_TEXT = frozenset("body section nav article aside header footer address div li dd "
                       "blockquote figure figcaption fieldset form".split())
_REMOVE_WS = frozenset("body section nav article aside header footer address div li dd "
                       "blockquote figure figcaption td th fieldset form".split())
_STRIP_WS = frozenset("address article aside blockquote body caption dd div dl dt fieldset "
                      "figcaption form footer header h1 h2 h3 h4 h5 h6 legend li nav p section td "
                      "th".split())
_SIMPLE = frozenset("em strong blockquote hr br img p thead tbody tfoot tr td th ul ol dl li dl "
                    "dt dd".split())
_EMPHASIS = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}
_ENTITY_RE = re.compile(HTML_ENTITY, re.ASCII)
_WS = re.compile(r"\s+", re.ASCII)
_RUBY_WS = " \t\n\v\f\r\0"


def convert(el: Element) -> None:
    """Convert ``el`` (an ``html_element``) and its descendants in place."""
    _process(el)


def _process(el: Element, do_conversion: bool = True, preserve_text: bool = False,
             parent: Element | None = None) -> None:
    if el.type in ("xml_comment", "xml_pi"):
        if parent is None:
            ptype = "div"
        elif parent.type == "html_element":
            ptype = parent.value
        else:
            ptype = {"code_span": "code", "code_block": "pre", "header": "h1"}.get(
                parent.type, parent.type)
        el.options = {"category": "span" if content_model(ptype) == "span" else "block"}
        return
    if el.type != "html_element":
        return
    name = el.value
    special = _SPECIAL.get(name)
    if do_conversion and special is not None:
        special(el)
        return
    if do_conversion and name in _REMOVE_TEXT:
        el.children = [c for c in el.children if c.type != "text"]
    if do_conversion and name in _SIMPLE:
        _set_basics(el, name)
        _process_children(el, do_conversion, preserve_text)
    else:
        _process_html_element(el, do_conversion, preserve_text)
    if do_conversion:
        if name in _STRIP_WS:
            _strip_whitespace(el)
        if name in _REMOVE_WS:
            _remove_whitespace_children(el)
        if name in _WRAP_TEXT:
            _wrap_text_children(el)


def _process_children(el: Element, do_conversion: bool = True,
                      preserve_text: bool = False) -> None:
    result: list[Element] = []
    for child in el.children:
        if child.type == "text":
            result.extend(_process_text(child.value, preserve_text or not do_conversion))
        else:
            _process(child, do_conversion, preserve_text, el)
            result.append(child)
    el.children = result


def _process_text(raw: str, preserve: bool = False) -> list[Element]:
    if not preserve:
        raw = _WS.sub(" ", raw)
    result: list[Element] = []
    pos = 0
    while pos < len(raw):
        m = _ENTITY_RE.search(raw, pos)
        if m is None:
            result.append(Element("text", raw[pos:]))
            break
        result.append(Element("text", raw[pos:m.start()]))
        name, dec, hexa = m.group(1), m.group(2), m.group(3)
        pos = m.end()
        if name in ("lsquo", "rsquo", "ldquo", "rdquo"):
            result.append(Element("smart_quote", name))
        elif name in ("mdash", "ndash", "hellip", "laquo", "raquo"):
            result.append(Element("typographic_sym", name))
        else:
            ent = (entities.by_name(name) if name is not None
                   else entities.by_code(int(dec) if dec is not None else int(hexa, 16)))
            if ent is None:
                pos = m.start() + 1
                result.append(Element("entity", entities.by_name("amp")))
            else:
                result.append(Element("entity", ent, None, {"original": m.group(0)}))
    return result


def _process_html_element(el: Element, do_conversion: bool = True,
                          preserve_text: bool = False) -> None:
    el.options = {
        "category": "span" if el.value in HTML_SPAN_ELEMENTS else "block",
        "content_model": content_model(el.value) if do_conversion else "raw",
    }
    _process_children(el, do_conversion, preserve_text)


def _strip_whitespace(el: Element) -> None:
    if not el.children:
        return
    if el.children[0].type == "text":
        el.children[0].value = el.children[0].value.lstrip(_RUBY_WS)
    if el.children[-1].type == "text":
        el.children[-1].value = el.children[-1].value.rstrip(_RUBY_WS)


def _remove_whitespace_children(el: Element) -> None:
    kids = el.children
    keep = []
    for i, c in enumerate(kids):
        if (c.type == "text" and not c.value.strip(_RUBY_WS)
                and (i == 0 or i == len(kids) - 1
                     or (kids[i - 1].is_block() and kids[i + 1].is_block()))):
            continue
        keep.append(c)
    el.children = keep


def _wrap_text_children(el: Element) -> None:
    result: list[Element] = []
    last_is_p = False
    for c in el.children:
        if not c.is_block() or c.type == "text":
            if not last_is_p:
                result.append(Element("p", None, None, {"transparent": True}))
                last_is_p = True
            result[-1].children.append(c)
        else:
            result.append(c)
            last_is_p = False
    el.children = result


def _set_basics(el: Element, type: str, opts: dict | None = None) -> None:
    el.type = type
    el.options = dict(opts or {})
    el.value = None


def _extract_text(el: Element, parts: list[str]) -> None:
    if el.type == "text":
        parts.append(str(el.value))
    for c in el.children:
        _extract_text(c, parts)


def _text_of(el: Element) -> str:
    parts: list[str] = []
    _extract_text(el, parts)
    return "".join(parts)


def _convert_textarea(el: Element) -> None:
    _process_html_element(el, True, True)


def _convert_a(el: Element) -> None:
    if el.attr.get("href") is not None:
        _set_basics(el, "a")
        _process_children(el)
    else:
        _process_html_element(el, False)


def _convert_em(el: Element) -> None:
    text = _text_of(el)
    if re.match(r"\s", text, re.ASCII) or re.search(r"\s\Z", text, re.ASCII):
        _process_html_element(el, False)
    else:
        _set_basics(el, _EMPHASIS[el.value])
        _process_children(el)


def _convert_header(el: Element) -> None:
    level = int(el.value[1])
    _set_basics(el, "header", {"level": level})
    el.options["raw_text"] = _text_of(el)
    _process_children(el)


def _convert_code(el: Element) -> None:
    result = _process_text(_text_of(el), True)
    parts = []
    for c in result:
        if c.type == "text":
            parts.append(c.value)
        elif c.type == "entity":
            code = c.value.code_point
            parts.append(chr(code) if code in (60, 62, 34, 38) else (c.value.char or ""))
        else:
            parts.append(entities.by_name(c.value).char)
    result = [Element("text", "".join(parts))]
    name = el.value
    if name == "code":
        _set_basics(el, "codespan")
        if "class" in el.attr:
            el.attr["class"] = re.sub(r"\s+\bhighlighter-\w+\b|\bhighlighter-\w+\b\s*", "",
                                      el.attr["class"])
    else:
        first = el.children[0] if len(el.children) == 1 else None
        _set_basics(el, "codeblock")
        if first is not None and first.value == "code":
            m = re.search(r"\blanguage-\S+", first.attr.get("class") or "", re.ASCII)
            if m:
                el.attr["class"] = f"{m.group(0)} {el.attr.get('class', '')}".rstrip(_RUBY_WS)
    el.value = result[0].value
    el.children = []


def _convert_script(el: Element) -> None:
    if not re.search(r"\bmath/tex\b", str(el.attr.get("type", ""))):
        _process_html_element(el)
        return
    display = "mode=display" in el.attr.get("type", "")
    _set_basics(el, "math", {"category": "block" if display else "span"})
    body = el.children.pop(0).value if el.children else ""
    m = re.fullmatch(r"(?:%\s*)?<!\[CDATA\[\n?(.*?)(?:\s%)?\]\]>", body, re.S)
    el.value = m.group(1) if m else body
    el.attr.pop("type", None)


_SPECIAL = {
    "textarea": _convert_textarea, "a": _convert_a,
    "em": _convert_em, "i": _convert_em, "strong": _convert_em, "b": _convert_em,
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), _convert_header),
    "code": _convert_code, "pre": _convert_code, "script": _convert_script,
}


def _late_table() -> None:
    from .html_native_table import convert_table

    _SPECIAL["table"] = convert_table


_late_table()
