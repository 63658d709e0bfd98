"""Ordered, unordered and definition lists, plus GFM task lists.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/list.rb (item collection by content and
lazy regexps built from the item's indentation, then block parsing of each item, then the
"transparent" first paragraph rule for tight items) and the task-list override in
kramdown/parser-gfm lib/kramdown/parser/gfm.rb ``parse_list``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..element import Element, ial_of
from ..engine import Engine, Rule
from ..patterns import (
    ALD_ANY_CHARS,
    ALD_ID_NAME,
    BLANK_LINE,
    DEFINITION_LIST_START,
    EOB_MARKER,
    HR_START,
    IAL_BLOCK,
    LAZY_END_HTML_START,
    LAZY_END_HTML_STOP,
    LIST_START,
    LIST_START_OL,
    LIST_START_UL,
    PATTERN_TAIL,
)
from ..scanner import Rx, Scanner, rx

_FLAGS = re.MULTILINE | re.ASCII
LIST_ITEM_IAL = (
    r"^[ \t\r\n\f\v]*(?:\{:(?!(?:" + ALD_ID_NAME + r")?:|/)(" + ALD_ANY_CHARS + r"+)\})"
    r"[ \t\r\n\f\v]*"
)
LIST_ITEM_IAL_RE = re.compile(LIST_ITEM_IAL, _FLAGS)
_IAL_CHECK = re.compile("^(?:" + LIST_ITEM_IAL + r")?[ \t\r\n\f\v]*\n", _FLAGS)
_LIST_START_RE = re.compile(LIST_START, _FLAGS)
_LEADING_TABS = re.compile(r"^(\t+)", _FLAGS)
_SPACES_TAB = re.compile(r"^ *\t", _FLAGS)
_SPACES_TABS = re.compile(r"^( *)(\t+)", _FLAGS)

_BLANK = rx(BLANK_LINE)
_EOB = rx(EOB_MARKER)
_HR = rx(HR_START)
_UL = rx(LIST_START_UL)
_OL = rx(LIST_START_OL)
_DL = rx(DEFINITION_LIST_START)
_TASK_UNCHECKED = re.compile(r"\A[ \t\r\n\f\v]*\[ \][ \t\r\n\f\v]+")
_TASK_CHECKED = re.compile(r"\A[ \t\r\n\f\v]*\[[xX]\][ \t\r\n\f\v]+")
_BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />'
_BOX_CHECKED = ('<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" '
                'checked="checked" />')


@lru_cache(maxsize=64)
def _item_regexps(indentation: int) -> tuple[Rx, Rx, re.Pattern[str]]:
    """Content, lazy and indent regexps for an item's continuation lines."""
    tabs, spaces = divmod(indentation, 4)
    content = rf"^(?:(?:\t| {{4}}){{{tabs}}} {{{spaces}}}|(?:\t| {{4}}){{{tabs + 1}}}).*\S.*\n"
    lazy_stop = f"(?:{IAL_BLOCK}|{LAZY_END_HTML_STOP}|{LAZY_END_HTML_START})"
    lazy = rf"(?!^ {{0,{min(indentation, 3)}}}{lazy_stop}).*\S.*\n"
    return rx(content), rx(lazy), re.compile(rf"^ {{{indentation}}}", _FLAGS)


@lru_cache(maxsize=32)
def _marker_regexp(kind: str, indentation: int) -> Rx:
    """kramdown ``fetch_pattern``: where the next item marker may sit."""
    spaces = {1: "{0}", 2: "{0,1}", 3: "{0,2}"}.get(indentation, "{0,3}")
    marker = {"ul": r"[+*-]", "ol": r"\d+\.", "dl": ":"}[kind]
    return rx(r"^( " + spaces + marker + ")(" + PATTERN_TAIL + ")")


# An item's first line and each continuation line is one line (PATTERN_TAIL, ``.*\S.*\n``), so
# kramdown's ``^``-anchored searches on them (``=~ LIST_START``, ``sub!(LIST_ITEM_IAL)``, the
# tab expansion) can only match at its start: they are written as ``match``, which does not
# try every position of a long line at every nesting level (``1. 1. 1. ...`` was quadratic).


def first_list_line(indentation: int, content: str) -> tuple[str, int, Rx, Rx, re.Pattern[str]]:
    """kramdown ``parse_first_list_line``: expand tabs and measure the content indentation."""
    if _IAL_CHECK.match(content):
        indentation = 4
    else:
        while _SPACES_TAB.match(content):
            lead = len(re.match(r" *", content).group(0)) + indentation

            def expand(m: re.Match[str], lead: int = lead) -> str:
                return m.group(1) + " " * (4 - (lead % 4) + (len(m.group(2)) - 1) * 4)

            content = _SPACES_TABS.sub(expand, content, count=1)
        indentation += len(re.match(r" *", content).group(0))
    content = re.sub(r"^[ \t\r\n\f\v]*", "", content, count=1)
    return (content, indentation, *_item_regexps(indentation))


class ListRules(Engine):
    """Bullet, numbered and definition lists."""

    def _strip_item_ial(self, item: Element, value: str) -> str:
        m = LIST_ITEM_IAL_RE.match(value)
        if m is None:
            return value
        self.parse_attribute_list(m.group(1), ial_of(item))
        return value[: m.start()] + value[m.end():]

    def _collect_items(self, lst: Element, kind: str, start_re: Rx) -> bool:
        """Scan the list's lines into its items; returns whether an EOB marker ended it."""
        src = self.src
        item = None
        content_re = lazy_re = indent_re = None
        indentation = 0
        nested = last_is_blank = False
        while not src.eos():
            if last_is_blank and src.check(_HR) is not None:
                break
            if src.scan(_EOB) is not None:
                return True
            if src.scan(start_re) is not None:
                lst.options.setdefault("first_list_marker", src.group(1).strip())
                item = Element("li")
                value, indentation, content_re, lazy_re, indent_re = first_list_line(
                    len(src.group(1)), src.group(2))
                lst.children.append(item)
                value = self._strip_item_ial(item, value)
                start_re = _marker_regexp(kind, indentation)
                nested = _LIST_START_RE.match(value) is not None
                last_is_blank = False
                item.value = [[value]]
                continue
            result = src.scan(content_re) if content_re is not None else None
            if result is None and not last_is_blank and lazy_re is not None:
                result = src.scan(lazy_re)
            if result is not None:
                result = _LEADING_TABS.sub(lambda m: " " * 4 * len(m.group(1)), result, count=1)
                result, found = indent_re.subn("", result, count=1)
                if not nested and found and _LIST_START_RE.match(result):
                    item.value.append([])
                    nested = True
                elif nested and not found and _LIST_START_RE.match(result):
                    result = " " * (indentation + 4) + result
                item.value[-1].append(result)
                last_is_blank = False
                continue
            result = src.scan(_BLANK) if item is not None else None
            if result is None:
                break
            nested = last_is_blank = True
            item.value[-1].append(result)
        return False

    def parse_list(self) -> bool:
        """Parse a list and its items (kramdown list.rb ``parse_list``)."""
        kind, start_re = ("ul", _UL) if self.src.check(_UL) is not None else ("ol", _OL)
        lst = self.new_block_el(kind)
        eob_found = self._collect_items(lst, kind, start_re)
        self.tree.children.append(lst)
        last = None
        for it in lst.children:
            temp = Element("temp")
            env = self.save_env()
            for parts in it.value:
                self.src = Scanner("".join(parts))
                self.parse_blocks(temp)
            self.restore_env(env)
            it.children = temp.children
            it.value = None
            kids = it.children
            if not kids:
                continue
            if (kids[0].type == "p" and len(kids) >= 2 and kids[1].type == "eob"
                    and kids[0].options.get("ial") is not None):
                del kids[1]
            if kids[0].type == "p" and (
                len(kids) < 2 or kids[1].type != "blank"
                or (it is lst.children[-1] and len(kids) == 2 and not eob_found)
            ) and (
                lst.children[-1] is not it or len(lst.children) == 1
                or any(not c.children or c.children[0].type != "p"
                       or c.children[0].options.get("transparent") for c in lst.children[:-1])
            ):
                if len(kids) > 1 and kids[1].type != "blank":
                    kids[0].children[0].value += "\n"
                kids[0].options["transparent"] = True
            last = kids.pop() if kids[-1].type == "blank" else None
        if last is not None and not eob_found:
            self.tree.children.append(last)
        if self.options.gfm:
            _mark_task_list(lst)
        return True

    def parse_definition_list(self) -> bool:
        """Terms (the preceding paragraph's lines) followed by ``:`` definitions."""
        from .deflist import parse_definition_list

        return parse_definition_list(self)


def _mark_task_list(lst: Element) -> None:
    """GFM: ``[ ]``/``[x]`` at the start of an item becomes a disabled checkbox."""
    is_tasklist = False
    for li in lst.children:
        kids = li.children
        if not kids or kids[0].type != "p" or not kids[0].children:
            continue
        text = kids[0].children[0]
        if not isinstance(text.value, str):  # kramdown itself fails here
            continue
        value, n1 = _TASK_UNCHECKED.subn(_BOX, text.value)
        value, n2 = _TASK_CHECKED.subn(_BOX_CHECKED, value)
        text.value = value
        is_tasklist = is_tasklist or bool(n1 or n2)
        if is_tasklist:
            li.attr["class"] = "task-list-item"
    if is_tasklist:
        lst.attr["class"] = "task-list"


RULES = {
    "list": Rule(rx(LIST_START), "parse_list"),
    "definition_list": Rule(_DL, "parse_definition_list"),
}
