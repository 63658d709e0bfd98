"""Link definitions, inline/reference links and images, and autolinks.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/link.rb and autolink.rb.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ..element import Element
from ..engine import DECLINE, Engine, Rule
from ..patterns import OPT_SPACE, RUBY_WS
from ..scanner import Scanner, rx
from .emphasis import effects_after, next_match

_LINK_DEF = rx(
    "^" + OPT_SPACE + r"\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))"
    r"(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?([\"'])(.+?)\4)?[ \t]*?\n"
)
_BRACKET_STOP = rx(r"(\])|!?\[")
_PAREN_STOP = rx(r"(\()|(\))|\s(?=['\"])")
_INLINE_ID = rx(r"\s*?\[([^\]]+)?\]")
_INLINE_TITLE = rx(r"\s*?([\"'])(.+?)\1\s*?\)", dotall=True)
_ESCAPED = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])")
_ACHARS = r"(?u:[\w.-])"
_LINK_TYPES = frozenset(("a", "img"))
#: Ruby's (ASCII) ``\s``.
_WS = frozenset(" \t\n\r\f\v")
_SPACES = re.compile(r"[ \t\n\r\f\v]*")
_QUOTES = frozenset("\"'")
#: A title's closing quote and parenthesis.
_TITLE_END = {q: re.compile(q + r"[ \t\n\r\f\v]*\)") for q in _QUOTES}
_TITLE_END_KEY = {q: "link-title-" + q for q in _QUOTES}
_GT = re.compile(">")
_NL = re.compile("\n")
#: ``(url)`` with no parenthesis or space inside: kramdown's URL loop ends at its ``)``.
_PLAIN_URL = re.compile(r"\(([^()\s]*)\)", re.ASCII)
#: URL-loop steps before :class:`_Parens` answers instead.
_SCAN_STEPS = 16
_AUTOLINK = rx(r"<((mailto|https?|ftps?):.+?|" + _ACHARS + r"+?@" + _ACHARS + r"+?)>")


class LinkRules(Engine):
    """``[text](url "title")``, ``[text][id]``, ``![alt](src)``, ``[id]: url`` and ``<url>``."""

    def parse_link_definition(self) -> bool:
        """``[id]: url "title"`` (the title may sit on the next line)."""
        src = self.src
        if re.search(r"[ \t]+[\"']", src.group(3) or ""):
            return False
        link_id = self.normalize_link_id(src.group(1))
        url = src.group(2) if src.group(2) is not None else src.group(3)
        title = src.group(5)
        src.pos += len(src.matched)
        eob = self.new_block_el("eob", "link_def")
        self.tree.children.append(eob)
        self.link_defs[link_id] = [url, title, eob]
        return True

    def add_link(self, el: Element, href: str, title: str | None, alt_text: str | None,
                 ial: dict[str, Any] | None = None) -> None:
        """Finish a link or image element and append it."""
        el.options["ial"] = ial
        if ial:
            self.update_attr_with_ial(el.attr, ial)
        if el.type == "a":
            el.attr["href"] = href
        else:
            el.attr["src"] = href
            el.attr["alt"] = alt_text
            el.children = []
        if title is not None:
            el.attr["title"] = title
        self.tree.children.append(el)

    def _in_link(self) -> bool:
        """Whether a link or image is being span-parsed here or further up."""
        if self.tree.type in _LINK_TYPES:
            return True
        for entry in self.stack:
            tree = entry[0]
            if isinstance(tree, Element) and tree.type in _LINK_TYPES:
                return True
        return False

    def _may_succeed(self, cur: int) -> bool:
        """False only when the link from ``cur`` must fail and its sub-parse has no effects:
        without link definitions only an inline link can succeed, and every inline form
        ends with ``)`` (``effects_after`` in emphasis.py says why effects matter)."""
        return bool(self.link_defs) or self.src.occurs_after(")", cur) or effects_after(self, cur)

    def parse_link(self) -> None:
        """A link or image starting at ``[`` or ``![``."""
        src = self.src
        string = src.string
        kind = "img" if string[src.pos] == "!" else "a"
        result = "![" if kind == "img" else "["
        cur = src.pos = src.pos + len(result)
        if kind == "a" and self._in_link():
            self._note_nested_opener(cur - 1)
            self.add_text(result)
            return
        if (self.span_work > self.span_budget or not src.occurs_after("]", cur)
                or not self._may_succeed(cur) or (kind == "a" and self._known_to_fail(cur - 1))):
            self.add_text(result)
            return
        el = Element(kind)
        frame = _Frame(el)
        frames = src.memo.setdefault("link-frames", [])
        frames.append(frame)
        try:
            found = self.parse_spans(el, _BRACKET_STOP,
                                     stop_check=lambda: frame.stop(src.group(1) is not None))
        finally:
            frames.pop()
        if not found:
            self._remember_failures(frame, cur)
            src.pos = cur
            self.add_text(result)
            return
        alt_text = string[cur:src.pos]
        if "\\" in alt_text:
            alt_text = _ESCAPED.sub(r"\1", alt_text)
        if string[src.pos] == "]":
            src.pos += 1
        else:
            src.scan(_BRACKET_STOP)
        if self._finish_link(el, string, alt_text) is None:
            src.pos = cur
            self.add_text(result)

    def _note_nested_opener(self, pos: int) -> None:
        """A ``[`` kept as text directly inside the link being parsed: remember it and the
        bracket count at which a link from there would have closed."""
        frames = self.src.memo.get("link-frames")
        if frames and frames[-1].el is self.tree:
            frame = frames[-1]
            frame.pending.append((pos, frame.count - frame.images - 1))

    def _remember_failures(self, frame: _Frame, cur: int) -> None:
        """After a failed link: the nested ``[`` whose own bracket count never closed fail too.

        From the position after such a ``[``, the failed loop and a fresh link from it (in the
        same span loop, which the tree and stack depth identify) make the same decisions (rules
        see only the text, the tree types up the stack and the definitions); the fresh loop
        would stop where the failed one's count came back to the value before that ``[``. So
        it fails as well. Not used with images in the link text (they change the count by
        more than one), with a span IAL later on (it looks at the previous element), or with
        effects outside the tree (``effects_after``).
        """
        src = self.src
        if (not frame.pending or frame.images or src.occurs_after("{:", cur)
                or effects_after(self, cur)):
            return
        failed = src.memo.setdefault("link-failed", {})
        context = (self.tree, len(self.stack))
        for pos, _target in frame.pending:
            failed[pos] = context

    def _known_to_fail(self, pos: int) -> bool:
        """Whether ``_remember_failures`` proved that a link from ``pos`` fails here."""
        failed = self.src.memo.get("link-failed")
        if not failed:
            return False
        context = failed.get(pos)
        return context is not None and context[0] is self.tree and context[1] == len(self.stack)

    def _finish_link(self, el: Element, string: str, alt_text: str) -> bool | None:
        """What follows ``[text]``: a reference or an inline URL; None when neither fits."""
        src = self.src
        nxt = string[src.pos:src.pos + 1]
        ref_id = None
        if nxt == "(":
            is_ref = False
        elif (nxt == "[" or nxt in _WS) and src.scan(_INLINE_ID) is not None:
            ref_id = src.group(1)
            is_ref = True
        else:
            is_ref = nxt != "("
        if is_ref:
            link_def = self.link_defs.get(
                self.normalize_link_id(ref_id if ref_id is not None else alt_text))
            if link_def is None:
                return None
            eob = link_def[2]
            self.add_link(el, link_def[0], link_def[1], alt_text,
                          eob.options.get("ial") if eob is not None else None)
            return True
        url = self._inline_url(string)
        if isinstance(url, tuple):
            self.add_link(el, url[0], None, alt_text)
            return True
        if self._title_possible(string) and src.scan(_INLINE_TITLE) is not None:
            self.add_link(el, url, src.group(2), alt_text)
            return True
        return None

    def _title_possible(self, string: str) -> bool:
        """Whether ``_INLINE_TITLE`` can match at the pointer: after optional spaces a quote
        whose closing ``"\\s*)`` (or ``'``) occurs at least two characters later. The regex
        would scan to the end of the text to find out (quadratic over many openers)."""
        src = self.src
        start = _SPACES.match(string, src.pos).end()
        quote = string[start:start + 1]
        if quote not in _QUOTES:
            return False
        return next_match(src, _TITLE_END_KEY[quote], _TITLE_END[quote], start + 2) < len(string)

    def _inline_url(self, string: str) -> str | tuple[str]:
        """The ``(url`` part at the pointer (on ``(``); a 1-tuple when the link is complete."""
        src = self.src
        pos = src.pos
        if string.startswith("<", pos + 1):  # ``\(<(.*?)>``: the first ``>`` on the line
            gt = next_match(src, "link->", _GT, pos + 2)
            if gt < next_match(src, "link-nl", _NL, pos + 2):
                src.pos = gt + 1
                url = string[pos + 2:gt]
                if string.startswith(")", src.pos):
                    src.pos += 1
                    return (url,)
                return url
        m = _PLAIN_URL.match(string, pos)
        if m is not None:  # ``(url)`` without parentheses, spaces or quotes inside
            src.pos = m.end()
            self.span_work += 2  # the loop's two steps, counted as it counts them
            return (m.group(1).strip(RUBY_WS),)
        if not src.occurs_after(")", pos):
            return ""
        end, closed = self._paren_scan(string, pos)
        src.pos = end
        url = string[pos + 1:end - 1].strip(RUBY_WS)
        return (url,) if closed else url

    def _paren_scan(self, string: str, pos: int) -> tuple[int, bool]:
        """kramdown's URL loop from the ``(`` at ``pos``: count ``(``/``)`` until the depth is
        0 again (closed) or a space before a quote; returns the end and whether it closed.

        A scan that passes :data:`_SCAN_STEPS` tokens is answered from the parenthesis
        matching of the whole text (computed once per text): without it each of many
        unclosed ``(`` would scan to the end. Only the first two steps count as span work:
        the budget of ``Engine.over_budget`` no longer needs to bound the scan.
        """
        depth = 0
        search = _PAREN_STOP.full.search
        end = pos
        for step in range(_SCAN_STEPS):
            if step < 2:  # ``(url)``'s two steps count as span work (the fast path counts them)
                self.span_work += 1
            m = search(string, end)
            if m is None:
                return end, False
            end = m.end()
            if m.group(2):
                depth -= 1
                if depth == 0:
                    return end, True
            elif m.group(1):
                depth += 1
            else:
                return end, False
        return _paren_analysis(self.src).scan(pos)

    def parse_autolink(self) -> object:
        """``<http://...>`` or ``<user@example.com>``."""
        src = self.src
        pos = src.pos
        end_of_line = src.string.find("\n", pos)
        # The regex needs a ">" on this line; checking that first keeps `<http:` runs linear.
        if src.string.find(">", pos, None if end_of_line < 0 else end_of_line) < 0:
            return DECLINE
        if src.check(_AUTOLINK) is None:
            return DECLINE
        src.pos += len(src.matched)
        target = src.group(1)
        href = target if src.group(2) else f"mailto:{target}"
        el = Element("a", None, {"href": href})
        self.add_text(re.sub(r"^mailto:", "", target, count=1), el)
        self.tree.children.append(el)


class _Parens:
    """The tokens of kramdown's URL loop (``(``, ``)``, a space before a quote) in a whole
    text, with each ``(`` matched to its ``)``; built once per text, on demand."""

    __slots__ = ("closer", "last", "spaces")

    def __init__(self, string: str) -> None:
        self.closer: dict[int, int] = {}
        self.spaces: list[int] = []
        self.last = -1
        opened: list[int] = []
        for m in _PAREN_STOP.full.finditer(string):
            at = m.start()
            if m.group(1):
                opened.append(at)
                self.last = at
            elif m.group(2):
                if opened:
                    self.closer[opened.pop()] = at
                self.last = at
            else:
                self.spaces.append(at)

    def scan(self, pos: int) -> tuple[int, bool]:
        """The URL loop from the ``(`` at ``pos``: its end, and whether the depth reached 0."""
        close = self.closer.get(pos)
        index = bisect_right(self.spaces, pos)
        space = self.spaces[index] if index < len(self.spaces) else None
        if close is not None and (space is None or close < space):
            return close + 1, True
        if space is not None:
            return space + 1, False
        return self.last + 1, False


class _Frame:
    """One link's bracket loop (link.rb ``parse_link``: ``count``, images among the children)
    and the ``[`` kept as text directly inside it, with the count value that would close a
    link from each (popped when the loop reaches it)."""

    __slots__ = ("count", "el", "images", "pending", "seen")

    def __init__(self, el: Element) -> None:
        self.el = el
        self.count = 1
        self.seen = 0
        self.images = 0
        self.pending: list[tuple[int, int]] = []

    def stop(self, closing: bool) -> bool:
        """The stop check at a ``]`` (``closing``) or ``[``: the count reaches the images."""
        self.count += -1 if closing else 1
        kids = self.el.children
        for child in kids[self.seen:]:
            self.images += child.type == "img"
        self.seen = len(kids)
        value = self.count - self.images
        if closing:
            pending = self.pending
            while pending and pending[-1][1] >= value:
                pending.pop()
        return value == 0


def _paren_analysis(src: Scanner) -> _Parens:
    parens = src.memo.get("link-parens")
    if parens is None:
        parens = src.memo["link-parens"] = _Parens(src.string)
    return parens


_LINK_START = rx(r"!?\[(?=[^^])")

RULES = {
    "link_definition": Rule(_LINK_DEF, "parse_link_definition"),
    "link": Rule(_LINK_START, "parse_link", r"!?\["),
    "autolink": Rule(rx(r"<(?:mailto:|https?:|ftps?:|" + _ACHARS + r"+?@)"), "parse_autolink", "<"),
}
