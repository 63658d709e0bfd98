"""Ordered, unordered and definition lists, plus GFM task lists.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/list.rb (item collection by content and
lazy regexps built from the item's indentation, then block parsing of each item, then the
"transparent" first paragraph rule for tight items) and the task-list override in
kramdown/parser-gfm lib/kramdown/parser/gfm.rb ``parse_list``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...regex_starts import first_chars
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
    PATTERN_TAIL,
)
from ..scanner import Rx, Scanner, plain_after, rx

_FLAGS = re.MULTILINE | re.ASCII
LIST_ITEM_IAL = (
    r"^[ \t\r\n\f\v]*(?:\{:(?!(?:" + ALD_ID_NAME + r")?:|/)(" + ALD_ANY_CHARS + r"+)\})"
    r"[ \t\r\n\f\v]*"
)
LIST_ITEM_IAL_RE = re.compile(LIST_ITEM_IAL, _FLAGS)
_IAL_CHECK = re.compile("^(?:" + LIST_ITEM_IAL + r")?[ \t\r\n\f\v]*\n", _FLAGS)
_SPACES_TAB = re.compile(r"^ *\t", _FLAGS)
_SPACES_TABS = re.compile(r"^( *)(\t+)", _FLAGS)

_BLANK_MATCH = rx(BLANK_LINE).full.match
_EOB_MATCH = rx(EOB_MARKER).full.match
_HR = rx(HR_START)
_HR_MATCH = _HR.full.match
_HR_FIRST = first_chars(_HR.full)
_SPACES = re.compile(" *")
_RULE_CHARS = ("-", "*", "_")
_WS_RUN = re.compile(r"[ \t\r\n\f\v]*")
_LEADING_WS = " \t\r\n\f\v"
# The rule's start pattern: kramdown's LIST_START up to the space after the marker;
# parse_list finds the end of the line with str.find (LIST_START's ``.*\n`` made the regex
# read every first item line once more, the whole text at every level of ``1. 1. 1. ...``).
_LIST_RULE = rx(LIST_START.replace(PATTERN_TAIL, r"[\t| ]"))
_DL = rx(DEFINITION_LIST_START)
_TASK_UNCHECKED = re.compile(r"\A[ \t\r\n\f\v]*\[ \][ \t\r\n\f\v]+")
_TASK_ANY = re.compile(r"[ \t\r\n\f\v]*\[")
_TASK_CHECKED = re.compile(r"\A[ \t\r\n\f\v]*\[[xX]\][ \t\r\n\f\v]+")
_BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />'
_BOX_CHECKED = ('<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" '
                'checked="checked" />')


@lru_cache(maxsize=64)
def _item_regexps(indentation: int) -> tuple[Rx, Rx, str]:
    """Content and lazy regexps for an item's continuation lines, and the indentation prefix
    kramdown removes from them (its ``/^ {indentation}/``)."""
    tabs, spaces = divmod(indentation, 4)
    content = rf"^(?:(?:\t| {{4}}){{{tabs}}} {{{spaces}}}|(?:\t| {{4}}){{{tabs + 1}}}).*\S.*\n"
    lazy_stop = f"(?:{IAL_BLOCK}|{LAZY_END_HTML_STOP}|{LAZY_END_HTML_START})"
    lazy = rf"(?!^ {{0,{min(indentation, 3)}}}{lazy_stop}).*\S.*\n"
    return rx(content), rx(lazy), " " * indentation


@lru_cache(maxsize=64)
def _starts(pattern: Rx) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with (None: any; ``dispatch``)."""
    first = first_chars(pattern.full)
    return None if first.negated else first.chars


@lru_cache(maxsize=32)
def _marker_regexp(kind: str, indentation: int) -> tuple[Rx, frozenset[str] | None]:
    """kramdown ``fetch_pattern``: where the next item marker may sit (and its first chars)."""
    spaces = {1: "{0}", 2: "{0,1}", 3: "{0,2}"}.get(indentation, "{0,3}")
    marker = {"ul": r"[+*-]", "ol": r"\d+\.", "dl": ":"}[kind]
    pattern = rx(r"^( " + spaces + marker + ")(" + PATTERN_TAIL + ")")
    return pattern, _starts(pattern)


# An item's first line and each continuation line is one line (PATTERN_TAIL, ``.*\S.*\n``), so
# kramdown's ``^``-anchored searches and substitutions on them (``=~ LIST_START``,
# ``sub!(LIST_ITEM_IAL)``, the tab expansion, removing the indentation) can only match at its
# start: they are written as ``match``/``startswith``, which do not try every position of a
# long line at every nesting level (``1. 1. 1. ...`` was quadratic).


def first_list_line(indentation: int, string: str, start: int = 0,
                    end: int | None = None) -> tuple[str, int, Rx, Rx, str]:
    """kramdown ``parse_first_list_line`` for the text after the marker, ``string[start:end]``
    (one line): expand tabs and measure the content indentation.

    When the line's leading whitespace holds no tab and is followed by something other than
    ``{``, neither the IAL/blank-line check nor the tab expansion can apply: the content is
    then sliced once from ``string`` (deep ``1. 1. 1. ...`` nesting copies each level's
    text once, not three times)."""
    end = len(string) if end is None else end
    lead = _WS_RUN.match(string, start, end).end()
    if lead < end and string[lead] != "{" and "\t" not in string[start:lead]:
        indentation += _SPACES.match(string, start, end).end() - start
        return (string[lead:end], indentation, *_item_regexps(indentation))
    content = string[start:end]
    if _IAL_CHECK.match(content):
        indentation = 4
    else:
        while _SPACES_TAB.match(content):
            lead = _SPACES.match(content).end() + indentation

            def expand(m: re.Match[str], lead: int = lead) -> str:
                return m.group(1) + " " * (4 - (lead % 4) + (len(m.group(2)) - 1) * 4)

            content = _SPACES_TABS.sub(expand, content, count=1)
        indentation += _SPACES.match(content).end()
    content = content.lstrip(_LEADING_WS)  # kramdown: sub(/^\s*/, "")
    return (content, indentation, *_item_regexps(indentation))


def _plain_hint(src: Scanner, string: str, value: str, stripped: str, end: int) -> int:
    """Where the item's text (``stripped``) holds a character no horizontal rule may contain
    on its first line (``Scanner.plain``, for the item's own scanner), or -1. Only when the
    text is the tail ``string[end - len(value):end]`` of the marker's line, untouched (no tab
    expansion, no IAL), and the line is known or searched once (:func:`plain_after`)."""
    if value[:1] not in _RULE_CHARS:  # HR_START fails at its first character anyway
        return -1
    start = end - len(value)
    if stripped is not value or start < 0 or not string.startswith(value, start):
        return -1
    found = plain_after(src, start, end)
    return found - start if found >= 0 else -1


def _starts_list(line: str) -> bool:
    """kramdown's ``line =~ LIST_START`` for one line (at most a final newline): the marker
    prefix at its start, and a newline after it, which in one line is the final character."""
    return _LIST_RULE.full.match(line) is not None and line[-1:] == "\n"


def continuation_line(line: str, indent: str) -> tuple[str, bool]:
    """A continuation line with leading tabs expanded to four spaces each and the item's
    indentation removed; and whether it had that indentation."""
    if line[:1] == "\t":
        tabs = len(line) - len(line.lstrip("\t"))
        line = " " * (4 * tabs) + line[tabs:]
    if line.startswith(indent):
        return line[len(indent):], True
    return line, False


class ListRules(Engine):
    """Bullet, numbered and definition lists."""

    def _strip_item_ial(self, item: Element, value: str) -> str:
        m = LIST_ITEM_IAL_RE.match(value)
        if m is None:
            return value
        self.parse_attribute_list(m.group(1), ial_of(item))
        return value[: m.start()] + value[m.end():]

    def _start_item(self, lst: Element, kind: str, marker: str, string: str, start: int,
                    end: int, hints: list[int]) -> tuple:
        """A new ``li`` from its marker line (the text after the marker is
        ``string[start:end]``); the state the collection loop continues with. Appends the
        item's ``Scanner.plain`` hint to ``hints`` (see :func:`_plain_hint`)."""
        lst.options.setdefault("first_list_marker", marker.strip())
        item = Element("li")
        value, indentation, content_re, lazy_re, indent = first_list_line(
            len(marker), string, start, end)
        lst.children.append(item)
        stripped = self._strip_item_ial(item, value)
        item.value = [[stripped]]
        hints.append(_plain_hint(self.src, string, value, stripped, end))
        value = stripped
        return (item, indentation, content_re.full.match, lazy_re.full.match, indent,
                *_marker_regexp(kind, indentation), _starts_list(value))

    def _collect_items(self, lst: Element, kind: str, first: tuple[int, str, int],
                       hints: list[int]) -> bool:
        """Scan the list's lines into its items; returns whether an EOB marker ended it.

        ``first`` is the end of the first item's line, its marker and where the text after the
        marker starts (from the list rule's own start match). kramdown's loop of ``@src.scan``/``check`` calls follows; every pattern
        consumes whole lines, so the pointer stays at a line start and each is matched in
        place."""
        src = self.src
        string, end = src.string, len(src.string)
        pos = first[0]
        (item, indentation, content_match, lazy_match, indent, start_re, start_chars,
         nested) = self._start_item(lst, kind, first[1], string, first[2], pos, hints)
        start_match = start_re.full.match
        last_is_blank = False
        while pos < end:
            ch = string[pos]
            if last_is_blank and ch in _HR_FIRST and _HR_MATCH(string, pos) is not None:
                break
            if ch == "^" and (m := _EOB_MATCH(string, pos)) is not None:
                src.pos = m.end()
                return True
            m = start_match(string, pos) if start_chars is None or ch in start_chars else None
            if m is not None:
                pos = m.end()
                (item, indentation, content_match, lazy_match, indent, start_re, start_chars,
                 nested) = self._start_item(lst, kind, m.group(1), string, m.start(2), pos,
                                            hints)
                start_match = start_re.full.match
                last_is_blank = False
                continue
            m = content_match(string, pos)
            if m is None and not last_is_blank:
                m = lazy_match(string, pos)
            if m is not None:
                pos = m.end()
                result, found = continuation_line(m.group(0), indent)
                if not nested and found and _starts_list(result):
                    item.value.append([])
                    nested = True
                elif nested and not found and _starts_list(result):
                    result = " " * (indentation + 4) + result
                item.value[-1].append(result)
                last_is_blank = False
                continue
            m = _BLANK_MATCH(string, pos)
            if m is None:
                break
            pos = m.end()
            nested = last_is_blank = True
            item.value[-1].append(m.group(0))
        src.pos = pos
        return False

    def parse_list(self) -> bool:
        """Parse a list and its items (kramdown list.rb ``parse_list``)."""
        src = self.src
        m = src.last  # the rule's start match at the pointer: groups 1-2 bullet, 3-4 number
        if src.last_start != src.pos or getattr(m, "re", None) is not _LIST_RULE.full:
            m = src.check(_LIST_RULE)
        # LIST_START ends with ``.*\n``: the rest of the line, up to its newline.
        eol = src.string.find("\n", m.end())
        if eol < 0:
            return False
        bullet = m.group(1) is not None
        kind = "ul" if bullet else "ol"
        first = (eol + 1, m.group(1) if bullet else m.group(3), m.start(2 if bullet else 4))
        m = None
        lst = self.new_block_el(kind)
        hints: list[int] = []
        eob_found = self._collect_items(lst, kind, first, hints)
        self.tree.children.append(lst)
        self.release_consumed_source()  # nested ``1. 1. 1. ...`` kept every level's copy
        last = None
        for it, hint in zip(lst.children, hints, strict=True):
            temp = Element("temp")
            env = self.save_env()
            groups, it.value = it.value, None
            while groups:
                # Only the scanner holds the text (see the release above).
                self.src = Scanner("".join(groups.pop(0)))
                self.src.disposable = True
                if hint >= 0:
                    self.src.plain = (0, hint)
                    hint = -1
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
        if _TASK_ANY.match(text.value):  # both patterns start like this
            value, n1 = _TASK_UNCHECKED.subn(_BOX, text.value)
            value, n2 = _TASK_CHECKED.subn(_BOX_CHECKED, value)
            text.value = value
            is_tasklist = is_tasklist or bool(n1 or n2)
        if is_tasklist:
            li.attr["class"] = "task-list-item"
    if is_tasklist:
        lst.attr["class"] = "task-list"


RULES = {
    "list": Rule(_LIST_RULE, "parse_list"),
    "definition_list": Rule(_DL, "parse_definition_list"),
}
