"""Definition lists (kramdown extension; GFM keeps them).

Emulates ``parse_definition_list`` of gettalong/kramdown lib/kramdown/parser/kramdown/list.rb:
the paragraph before ``: definition`` supplies the terms, one per line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..element import Element, ial_of
from ..patterns import BLANK_LINE, DEFINITION_LIST_START, EOB_MARKER
from ..scanner import rx

if TYPE_CHECKING:
    from .list import ListRules

_BLANK = rx(BLANK_LINE)
_EOB = rx(EOB_MARKER)
_DL = rx(DEFINITION_LIST_START)


def _can_start(children: list[Element]) -> bool:
    if not children:
        return False
    if len(children) == 1 and children[-1].type != "p":
        return False
    if len(children) >= 2 and children[-1].type != "p" and (
        children[-1].type != "blank" or children[-1].value != "\n" or children[-2].type != "p"
    ):
        return False
    return True


def _terms(parser: ListRules, para: Element, deflist: Element) -> None:
    from .list import LIST_ITEM_IAL_RE

    for term in para.children[0].value.split("\n") if para.children else []:
        el = Element("dt")
        m = LIST_ITEM_IAL_RE.match(term)  # one line: ``^`` only at its start
        if m:
            parser.parse_attribute_list(m.group(1), ial_of(el))
            term = term[: m.start()] + term[m.end():]
        el.options["raw_text"] = term
        el.children.append(Element("raw_text", term))
        deflist.children.append(el)


def _collect(parser: ListRules, deflist: Element, first_as_para: bool) -> None:
    from .list import _marker_regexp, continuation_line, first_list_line

    src = parser.src
    item = None
    content_re = lazy_re = None
    indent = ""
    start_re = _DL
    last_is_blank = False
    while not src.eos():
        if src.scan(start_re) is not None:
            item = Element("dd", options={"first_as_para": first_as_para})
            value, indentation, content_re, lazy_re, indent = first_list_line(
                len(src.group(1)), src.group(2))
            deflist.children.append(item)
            value = parser._strip_item_ial(item, value)
            item.value = value
            start_re = _marker_regexp("dl", indentation)[0]
            first_as_para = last_is_blank = False
            continue
        if src.check(_EOB) is not None:
            break
        result = src.scan(content_re) if content_re is not None else None
        if result is None and not last_is_blank and lazy_re is not None:
            result = src.scan(lazy_re)
        if result is not None:
            result = continuation_line(result, indent)[0]
            item.append_text(result)
            first_as_para = last_is_blank = False
            continue
        result = src.scan(_BLANK) if item is not None else None
        if result is None:
            break
        first_as_para = last_is_blank = True
        item.append_text(result)


def parse_definition_list(parser: ListRules) -> bool:
    """Build (or extend) a ``dl`` from the preceding paragraph and the ``:`` items."""
    children = parser.tree.children
    if not _can_start(children):
        return False
    first_as_para = False
    deflist = parser.new_block_el("dl")
    para = children.pop()
    if para.type == "blank":
        para = children.pop()
        first_as_para = True
    _terms(parser, para, deflist)
    deflist.options["ial"] = para.options.get("ial")
    _collect(parser, deflist, first_as_para)
    last = None
    for it in deflist.children:
        if it.type == "dt":
            continue
        parser.parse_blocks(it, it.value)
        it.value = None
        kids = it.children
        if not kids:
            continue
        last = kids.pop() if kids[-1].type == "blank" else None
        if kids and kids[0].type == "p" and not it.options.pop("first_as_para", False):
            if len(kids) > 1:
                kids[0].children[0].value += "\n"
            kids[0].options["transparent"] = True
        it.options.pop("first_as_para", None)
    if children and children[-1].type == "dl":
        children[-1].children.extend(deflist.children)
    elif len(children) >= 2 and children[-1].type == "blank" and children[-2].type == "dl":
        children.pop()
        children[-1].children.extend(deflist.children)
    else:
        children.append(deflist)
    if last is not None:
        children.append(last)
    return True
