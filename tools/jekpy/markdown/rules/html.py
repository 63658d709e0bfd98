"""Raw HTML: block-level tags, span-level tags and comments.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/html.rb (``parse_block_html``,
``parse_span_html``, ``handle_kramdown_html_tag``) and the raw-HTML scanner it includes from
lib/kramdown/parser/html.rb (``handle_html_start_tag``, ``parse_raw_html``). kramdown never wraps
a block-level tag in ``<p>``; with ``parse_block_html`` off (Pages' default) its content is kept as
raw text and nested tags are kept as elements, so the converter re-serialises them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..element import Element
from ..engine import Engine, Rule, StopBlockParsing
from ..patterns import (
    HTML_ATTRIBUTE_FAST_RE_ASCII,
    HTML_ATTRIBUTE_RE,
    HTML_BLOCK_ELEMENTS,
    HTML_COMMENT_RE,
    HTML_ELEMENT,
    HTML_ELEMENTS_WITHOUT_BODY,
    HTML_INSTRUCTION_RE,
    HTML_SPAN_ELEMENTS,
    HTML_TAG,
    HTML_TAG_ASCII,
    HTML_TAG_CLOSE,
    HTML_TAG_CLOSE_RE,
    HTML_TAG_CLOSE_RE_ASCII,
    HTML_TAG_FAST_RE_ASCII,
    HTML_TAG_RE,
    OPT_SPACE,
    ascii_names,
    content_model,
)
from ..posix_classes import alpha_class
from ..scanner import Rx, rx
from . import html_native

_MARKDOWN_ATTR = {"0": "raw", "1": "default", "span": "span", "block": "block"}
_TRAILING_WS = rx(r"[ \t]*\n")
# Where a tag, comment or instruction may start. kramdown writes ``<(UNAME|...)``; a UNAME
# exists exactly where its first character (Ruby's ``[[:alpha:]_]``) does, so these start and
# search patterns test that one character instead of reading the whole name (twice: the
# optional ``prefix:`` is tried first). The rules scan the tag itself with the full patterns.
_NAME_START = alpha_class("_")
_RAW_START = rx(r"(?=<(?:" + _NAME_START + r"|/|!--|\?))")
_BLOCK_TAG = rx("^" + OPT_SPACE + HTML_TAG, dotall=True)
_BLOCK_CLOSE = rx("^" + OPT_SPACE + HTML_TAG_CLOSE, dotall=True)
# Tag patterns by "is the scanned string ASCII" (see patterns.UNAME_ASCII):
# (start tag, end tag, block start tag, block end tag).
_TAG_PATTERNS = {
    False: (HTML_TAG_RE, HTML_TAG_CLOSE_RE, _BLOCK_TAG, _BLOCK_CLOSE),
    True: (HTML_TAG_FAST_RE_ASCII, HTML_TAG_CLOSE_RE_ASCII,
           rx("^" + OPT_SPACE + HTML_TAG_ASCII, dotall=True),
           rx("^" + OPT_SPACE + ascii_names(HTML_TAG_CLOSE), dotall=True)),
}


@lru_cache(maxsize=256)
def _end_tag_ahead(name: str) -> Rx:
    return rx(r"(?i:(?=</" + re.escape(name) + r"\s*>))", dotall=True)


@lru_cache(maxsize=256)
def _end_tag(name: str, ignore_case: bool) -> Rx:
    body = r"</" + re.escape(name) + r"\s*>"
    return rx(f"(?i:{body})" if ignore_case else body)


def _ascii_first(ascii_rx: Rx, unicode_rx: Rx):
    """A ``match(string, pos)`` for a non-ASCII string: the ASCII-name pattern first, the
    Unicode one (~6x slower, its name classes test a long lookahead per character) only when
    that fails or its match holds a non-ASCII character. A match of only ASCII characters is
    the Unicode pattern's match too: the name classes agree on ASCII characters, and every name
    in a tag ends at a character neither class holds (blank, ``=``, ``:``, ``/``, ``>``).
    Checked on every ``<`` of the real-world corpus and on random tags with non-ASCII letters
    (tests/unit/test_markdown_html_rules.py)."""
    first, second = ascii_rx.full.match, unicode_rx.full.match

    def match(string: str, pos: int) -> re.Match[str] | None:
        m = first(string, pos)
        if m is not None and m.group(0).isascii():
            return m
        return second(string, pos)
    return match


_TAG_MATCHERS = {
    True: (HTML_TAG_FAST_RE_ASCII.full.match, HTML_TAG_CLOSE_RE_ASCII.full.match),
    False: (_ascii_first(HTML_TAG_FAST_RE_ASCII, HTML_TAG_RE),
            _ascii_first(HTML_TAG_CLOSE_RE_ASCII, HTML_TAG_CLOSE_RE)),
}


def _tag_matchers(is_ascii: bool):
    """(start tag, end tag) ``match(string, pos)`` functions for a string (see _ascii_first)."""
    return _TAG_MATCHERS[is_ascii]


def _check_tag(src, which: int, is_ascii: bool):
    """``src.check`` of the block start (2) or end (3) tag pattern, ASCII names first on a
    non-ASCII string (as in _ascii_first)."""
    if is_ascii:
        return src.check(_TAG_PATTERNS[True][which])
    m = src.check(_TAG_PATTERNS[True][which])
    if m is not None and m.group(0).isascii():
        return m
    return src.check(_TAG_PATTERNS[False][which])


def _append_text(children: list[Element], text: str) -> None:
    """Engine.add_text for raw ``text`` children (``text`` is not empty)."""
    last = children[-1] if children else None
    if last is not None and last.type == "text":
        last.append_text(text)
    else:
        children.append(Element("text", text))


def _scan_comment(src) -> bool:
    """Scan an HTML comment at the pointer; skips the regex when no ``-->`` follows."""
    if not src.occurs_after("-->", src.pos + 4):
        return False
    return src.scan(HTML_COMMENT_RE) is not None


def parse_html_attributes(text: str, lowercase: bool = True) -> dict[str, str]:
    """Attributes of a tag, in order, later duplicates winning (html.rb)."""
    attrs: dict[str, str] = {}
    if text.isascii():
        # HTML_ATTRIBUTE_FAST_RE_ASCII: value groups 2 (bare), 3 ("...") and 4 ('...').
        for name, bare, double, single in HTML_ATTRIBUTE_FAST_RE_ASCII.full.findall(text):
            attrs[name.lower() if lowercase else name] = bare or double or single
        return attrs
    for m in HTML_ATTRIBUTE_RE.full.finditer(text):
        name = m.group(1).lower() if lowercase else m.group(1)
        value = m.group(2)
        if value is None:
            value = m.group(4)
        attrs[name] = value if value is not None else ""
    return attrs


class HtmlRules(Engine):
    """Block HTML, span HTML and HTML comments."""

    # -- shared raw-HTML scanner ---------------------------------------------------------------

    def handle_html_start_tag(self, m: re.Match[str] | None = None) -> None:
        """Create the element for the start tag just matched (``m``, else the scanner's last
        match) and let kramdown handle its body."""
        if m is None:
            m = self.src.last
        name, attr_text, _, slash = m.group(1, 2, 3, 4)
        del m  # it holds the whole text: nested markdown="1" elements rebase it per level (H8)
        lowered = name.lower()
        known = lowered in HTML_ELEMENT
        if known:
            name = lowered
        # The attributes dict is fresh: set it (and the options) on the element directly
        # instead of letting Element copy both.
        el = Element("html_element", name)
        if attr_text:
            el.attr = parse_html_attributes(attr_text, known)
        el.options = {"category": "block"}
        self.tree.children.append(el)
        if name in ("script", "style"):
            self._raw_tag_body(name)
            self.handle_kramdown_html_tag(el, False, False)
        else:
            closed = slash is not None or name in HTML_ELEMENTS_WITHOUT_BODY
            self.handle_kramdown_html_tag(el, closed, True)

    def _raw_tag_body(self, name: str) -> None:
        src = self.src
        start = src.pos
        target = self.tree.children[-1]
        if src.scan_until(_end_tag_ahead(name)) is not None:
            self.add_text(src.string[start:src.pos], target, "raw")
            src.scan(_TAG_PATTERNS[src.string.isascii()][1])
        else:
            self.add_text(src.rest(), target, "raw")
            src.terminate()

    def parse_raw_html(self, el: Element) -> None:
        """Keep text as text and nested tags as elements until ``el``'s end tag.

        kramdown searches for the next ``<`` followed by a name start, ``/``, ``!--`` or ``?``;
        this loop finds the next ``<`` with ``str.find`` and lets the one scan the character
        after it selects decide (a ``<`` none of them matches at is text, as in kramdown: a
        start tag cannot match where no name starts). The patterns have no ``^``, so they are
        matched on the string directly; the scanner's pointer and last match are kept as its
        own scans would leave them.
        """
        src = self.src
        string = src.string
        end = len(string)
        self.stack.append(self.tree)
        self.tree = el
        children = el.children
        start_tag, end_tag = _tag_matchers(string.isascii())
        name = el.value
        fold = name in HTML_ELEMENT
        # Text runs from ``text`` to the next tag (a ``<`` no scan matches at is text).
        text = pos = src.pos
        while True:
            lt = string.find("<", pos)
            if lt < 0 or lt + 1 == end:
                lt = pos = end
                break
            after = string[lt + 1]
            if after == "/":
                m = end_tag(string, lt)
            elif after == "!":
                m = None
                if string.startswith("!--", lt + 1):
                    src.pos = lt
                    if _scan_comment(src):
                        m = src.last
            elif after == "?":
                m = HTML_INSTRUCTION_RE.full.match(string, lt)
            else:
                m = start_tag(string, lt)
            if m is None:
                pos = lt + 1
                continue
            if lt > text:
                _append_text(children, string[text:lt])
            src.last = m
            src.last_start = lt
            text = pos = m.end()
            if after == "/":
                closing = m.group(1)
                if name == (closing.lower() if fold else closing):
                    break
                _append_text(children, m.group(0))
            elif after == "!":
                children.append(Element("xml_comment", m.group(0), None, {"category": "block"}))
            elif after == "?":
                children.append(Element("xml_pi", m.group(0), None, {"category": "block"}))
            else:
                src.pos = pos
                # A ``markdown="1"`` body is block-parsed, which may rebase the string: hold
                # no reference to it (the match holds it too) while nested levels parse.
                m = string = None
                self.handle_html_start_tag()
                text = pos = src.pos
                string = src.string
                end = len(string)
        if lt > text:
            _append_text(children, string[text:lt])
        src.pos = pos
        self.tree = self.stack.pop()

    def handle_kramdown_html_tag(self, el: Element, closed: bool, handle_body: bool) -> None:
        """Decide the content model of a block tag and parse its body accordingly."""
        if self.block_ial is not None:
            el.options["ial"] = self.block_ial
            self.block_ial = None
        tree = self.tree
        parent_raw = tree.type == "html_element" and tree.options.get("content_model") == "raw"
        model = "raw"
        if not parent_raw and self.options.parse_block_html:
            model = content_model(el.value)
        choice = _MARKDOWN_ATTR.get(el.attr.pop("markdown", None) or "")
        if choice:
            model = content_model(el.value) if choice == "default" else choice
        src = self.src
        if model == "block":
            src.scan(_TRAILING_WS)
        el.options["content_model"] = model
        el.options["is_closed"] = closed
        if closed or not handle_body:
            return
        if model == "block":
            self.parse_blocks(el)
        elif model == "span":
            start = src.pos
            if src.scan_until(_end_tag_ahead(el.value)) is not None:
                self.add_text(src.string[start:src.pos], el)
                src.scan(_TAG_PATTERNS[src.string.isascii()][1])
            else:
                self.add_text(src.rest(), el)
                src.terminate()
        else:
            self.parse_raw_html(el)
        tree = self.tree
        if not (tree.type == "html_element" and tree.options.get("content_model") == "raw"):
            src.scan(_TRAILING_WS)

    # -- block level ---------------------------------------------------------------------------

    def parse_block_html(self) -> bool:
        """A comment, a block-level start tag, or the end tag of the enclosing element."""
        src = self.src
        if _scan_comment(src):
            self.tree.children.append(
                Element("xml_comment", src.matched, None, {"category": "block"}))
            src.scan(_TRAILING_WS)
            return True
        is_ascii = src.string.isascii()
        if (_check_tag(src, 2, is_ascii) is not None
                and src.group(1).lower() not in HTML_SPAN_ELEMENTS):
            src.pos += len(src.matched)
            self.handle_html_start_tag()
            if self.options.html_to_native:
                html_native.convert(self.tree.children[-1])
            return True
        if (_check_tag(src, 3, is_ascii) is not None
                and src.group(1).lower() not in HTML_SPAN_ELEMENTS):
            name = src.group(1).lower()
            if self.tree.type == "html_element" and self.tree.value == name:
                src.pos += len(src.matched)
                raise StopBlockParsing
        return False

    # -- span level ----------------------------------------------------------------------------

    def parse_span_html(self) -> None:
        """Inline tags: parsed as spans unless their content model is raw."""
        src = self.src
        # The start pattern matched ``<!--``, ``</`` or ``<`` + a name start, so the character
        # after ``<`` tells which of kramdown's three scans (comment, end tag, start tag) can
        # match; the others would fail at that character.
        after = src.string[src.pos + 1]
        if after == "!":
            if _scan_comment(src):
                self.tree.children.append(
                    Element("xml_comment", src.matched, None, {"category": "span"}))
            else:
                src.pos += 1
                self.add_text("<")
            return
        string = src.string
        start_tag, end_tag = _tag_matchers(string.isascii())
        m = (end_tag if after == "/" else start_tag)(string, src.pos)
        if m is None:
            self.add_text(src.getch())
            return
        src.last, src.last_start, src.pos = m, src.pos, m.end()
        result = m.group(0)
        if after == "/":
            self.add_text(result)
            return
        tag, attr_text, _, self_closed = m.group(1, 2, 3, 4)
        if tag.lower() in HTML_ELEMENT:
            tag = tag.lower()
        if tag in HTML_BLOCK_ELEMENTS:
            self.add_text(result)
            return
        attrs = parse_html_attributes(attr_text, tag in HTML_ELEMENT)
        for key, value in attrs.items():
            if "\n" in value:
                attrs[key] = re.sub(r"\n+", " ", value)
        parse = False
        if content_model(tag) != "raw" and self.tree.options.get("content_model") != "raw":
            parse = self.options.parse_span_html
        choice = _MARKDOWN_ATTR.get(attrs.pop("markdown", None) or "")
        if choice == "span":
            parse = True
        elif choice == "default":
            parse = content_model(tag) != "raw"
        elif choice == "raw":
            parse = False
        el = Element("html_element", tag, attrs, {
            "category": "span", "content_model": "span" if parse else "raw",
            "is_closed": bool(self_closed)})
        self.tree.children.append(el)
        if self_closed or tag in HTML_ELEMENTS_WITHOUT_BODY:
            self._native(el)
            return
        stop = _end_tag(tag, tag in HTML_ELEMENT)
        if self.parse_spans(el, stop, None if parse else ["span_html"]):
            src.scan(stop)
        else:
            self.add_text(src.rest(), el)
            src.terminate()
        self._native(el)

    def _native(self, el: Element) -> None:
        if self.options.html_to_native:
            html_native.convert(el)


RULES = {
    "block_html": Rule(rx("^" + OPT_SPACE + "<(?:" + _NAME_START + "|!--|/)"),
                       "parse_block_html"),
    "span_html": Rule(rx("<(?:" + _NAME_START + "|!--|/)"), "parse_span_html", "<"),
}
