"""Link definitions, inline/reference links and images, and autolinks.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/link.rb and autolink.rb.
"""

from __future__ import annotations

import re
from typing import Any

from ..element import Element
from ..engine import DECLINE, Engine, Rule
from ..patterns import OPT_SPACE, RUBY_WS
from ..scanner import rx

_LINK_DEF = rx(
    "^" + OPT_SPACE + r"\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))"
    r"(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?([\"'])(.+?)\4)?[ \t]*?\n"
)
_BRACKET_STOP = rx(r"(\])|!?\[")
_PAREN_STOP = rx(r"(\()|(\))|\s(?=['\"])")
_INLINE_ID = rx(r"\s*?\[([^\]]+)?\]")
_INLINE_TITLE = rx(r"\s*?([\"'])(.+?)\1\s*?\)", dotall=True)
_OPEN_PAREN = rx(r"\(")
_CLOSE_PAREN = rx(r"\)")
_ANGLE_URL = rx(r"\(<(.*?)>")
_ESCAPED = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])")
_ACHARS = r"(?u:[\w.-])"
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
        if self.tree.type in ("a", "img"):
            return True
        return self.in_stack(lambda t: t.type in ("a", "img"))

    def parse_link(self) -> None:
        """A link or image starting at ``[`` or ``![``."""
        src = self.src
        result = src.scan(_LINK_START)
        cur = src.pos
        kind = "img" if result.startswith("!") else "a"
        if (kind == "a" and self._in_link()) or self.over_budget():
            self.add_text(result)
            return
        if not src.occurs_after("]", cur):
            self.add_text(result)
            return
        el = Element(kind)
        count = 1
        images = [0, 0]  # children inspected so far, images among them

        def stop() -> bool:
            nonlocal count
            count += -1 if src.group(1) else 1
            kids = el.children
            for child in kids[images[0]:]:
                images[1] += child.type == "img"
            images[0] = len(kids)
            return count - images[1] == 0

        if not self.parse_spans(el, _BRACKET_STOP, stop_check=stop):
            src.pos = cur
            self.add_text(result)
            return
        alt_text = _ESCAPED.sub(r"\1", src.string[cur:src.pos])
        src.scan(_BRACKET_STOP)
        ref_id = None
        if src.scan(_INLINE_ID) is not None:
            ref_id = src.group(1)
            is_ref = True
        else:
            is_ref = src.check(_OPEN_PAREN) is None
        if is_ref:
            link_id = self.normalize_link_id(ref_id if ref_id is not None else alt_text)
            link_def = self.link_defs.get(link_id)
            if link_def is not None:
                eob = link_def[2]
                self.add_link(el, link_def[0], link_def[1], alt_text,
                              eob.options.get("ial") if eob is not None else None)
            else:
                src.pos = cur
                self.add_text(result)
            return
        url = self._inline_url()
        if isinstance(url, tuple):
            self.add_link(el, url[0], None, alt_text)
            return
        if src.scan(_INLINE_TITLE) is not None:
            self.add_link(el, url, src.group(2), alt_text)
        else:
            src.pos = cur
            self.add_text(result)

    def _inline_url(self) -> str | tuple[str]:
        """The ``(url`` part; a 1-tuple when the link is already complete."""
        src = self.src
        if src.scan(_ANGLE_URL) is not None:
            url = src.group(1)
            if src.scan(_CLOSE_PAREN) is not None:
                return (url,)
            return url
        parts = []
        depth = 0
        if not src.occurs_after(")", src.pos):
            return ""
        while True:
            self.span_work += 1
            temp = src.scan_until(_PAREN_STOP)
            if temp is None:
                break
            parts.append(temp)
            if src.group(2):
                depth -= 1
                if depth == 0:
                    break
            elif src.group(1):
                depth += 1
            else:
                break
        url = "".join(parts)[1:-1].strip(RUBY_WS)
        if depth == 0:
            return (url,)
        return url

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


_LINK_START = rx(r"!?\[(?=[^^])")

RULES = {
    "link_definition": Rule(_LINK_DEF, "parse_link_definition"),
    "link": Rule(_LINK_START, "parse_link", r"!?\["),
    "autolink": Rule(rx(r"<(?:mailto:|https?:|ftps?:|" + _ACHARS + r"+?@)"), "parse_autolink", "<"),
}
