"""Setext and ATX headers.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/header.rb and the GFM ATX variant
(kramdown/parser-gfm lib/kramdown/parser/gfm.rb ``parse_atx_header_gfm_quirk``: a space is needed
after the hashes, and the closing hashes must follow a space or tab).
"""

from __future__ import annotations

import re

from ..engine import Engine, Rule
from ..patterns import ATX_HEADER_START_GFM, OPT_SPACE, RUBY_WS, XML_NAME
from ..scanner import rx

_HEADER_ID = re.compile(r"[\t ]\{#(?P<id>" + XML_NAME + r")\}\Z")
_GFM_CLOSING = re.compile(r"[\t ]#+\Z")
_KD_CLOSING = re.compile(r"(?<!\\)#+\Z")


class HeaderRules(Engine):
    """``# Title`` and underlined headers."""

    def _header_contents(self) -> tuple[str, str | None]:
        text = self.src.group("contents").rstrip(RUBY_WS)
        header_id = None
        m = _HEADER_ID.search(text) if text.endswith("}") else None  # the pattern ends ``}\Z``
        if m:
            header_id = m.group("id")
            text = text[: m.start()].rstrip(RUBY_WS)
        return text, header_id

    def _add_header(self, level: int, text: str, header_id: str | None) -> None:
        self.src.pos += len(self.src.matched)
        el = self.new_block_el("header", None, None, {"level": level, "raw_text": text})
        self.add_text(text, el)
        if header_id:
            el.attr["id"] = header_id
        self.tree.children.append(el)

    def parse_setext_header(self) -> bool:
        """``Title`` over a line of ``=`` or ``-``."""
        if not self.after_block_boundary():
            return False
        level = 2 if self.src.group("level") == "-" else 1
        text, header_id = self._header_contents()
        if not text:
            return False
        self._add_header(level, text, header_id)
        return True

    def parse_atx_header_gfm_quirk(self) -> bool:
        """GFM's ATX header (no block boundary needed)."""
        level = len(self.src.group("level"))
        text, header_id = self._header_contents()
        m = _GFM_CLOSING.search(text) if text.endswith("#") else None  # ``#+\Z``
        if m:
            text = text[: m.start()].rstrip(RUBY_WS)
        if not text:
            return False
        self._add_header(level, text, header_id)
        return True

    def parse_atx_header(self) -> bool:
        """kramdown's own ATX header (input: kramdown)."""
        if not self.after_block_boundary():
            return False
        level = len(self.src.group("level"))
        text, header_id = self._header_contents()
        m = _KD_CLOSING.search(text) if text.endswith("#") else None  # ``#+\Z``
        if m:
            text = text[: m.start()].rstrip(RUBY_WS)
        if not text:
            return False
        self._add_header(level, text, header_id)
        return True


RULES = {
    "setext_header": Rule(
        # kramdown's SETEXT_HEADER_START, behind a lookahead that restates without groups that
        # the next line starts with - or =: Python then rejects ordinary lines quickly.
        rx(r"^(?=.*\n[-=])" + OPT_SPACE + r"(?P<contents>[^ \t].*)\n(?P<level>[-=])[-=]*[ \t\r\f\v]*\n"),
        "parse_setext_header",
    ),
    "atx_header_gfm_quirk": Rule(rx(ATX_HEADER_START_GFM), "parse_atx_header_gfm_quirk"),
    "atx_header_gfm": Rule(rx(ATX_HEADER_START_GFM), "parse_atx_header"),
    "atx_header": Rule(rx(r"^(?P<level>\#{1,6})[\t ]*(?P<contents>[^ \t].*)\n"), "parse_atx_header"),
}
