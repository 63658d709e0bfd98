"""Blockquotes and horizontal rules.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/blockquote.rb and horizontal_rule.rb.
"""

from __future__ import annotations

import re

from ..engine import Engine, Rule
from ..patterns import BLOCKQUOTE_START, HR_START, LAZY_END_RE
from ..scanner import Scanner, rx
from .paragraph import scan_lines_until

_QUOTE_MARKER = re.compile(BLOCKQUOTE_START, re.MULTILINE)
_HR_MATCH = rx(HR_START).full.match


def _strip_markers(text: str) -> str:
    """kramdown's ``gsub(/^ {0,3}> ?/, "")``. One line (at most a final newline) is matched at
    its start only: a substitution tries ``^`` at every position, which at every level of
    ``> > > ...`` re-read the whole remaining text."""
    newline = text.find("\n")
    if newline < 0 or newline == len(text) - 1:
        m = _QUOTE_MARKER.match(text)
        return text[m.end():] if m is not None else text
    return _QUOTE_MARKER.sub("", text)


class BlockquoteRules(Engine):
    """``>`` quotes (with lazy continuation lines) and ``***`` rules."""

    def parse_blockquote(self) -> bool:
        """Collect the quote's lines, strip the markers and parse them as blocks."""
        src = self.src
        inner = Scanner(_strip_markers(scan_lines_until(src, LAZY_END_RE)))
        inner.disposable = True
        self.release_consumed_source()  # ``> > > ...`` kept every level's copy alive
        el = self.new_block_el("blockquote")
        self.tree.children.append(el)
        self.src = inner
        del inner
        self.parse_blocks(el)
        self.src = src
        return True

    def match_horizontal_rule(self, string: str, pos: int) -> re.Match[str] | None:
        """HR_START at ``pos`` of ``string``, failing at once where the scanner knows a
        character on this line that no rule may hold (``Scanner.plain``: HR_START's lookahead
        needs only rule characters, blanks and tabs up to the newline). Nested list items on
        one line (``- - - ... a``) ran the lookahead over the rest of the line per level."""
        src = self.src
        if string is src.string:
            lo, hi = src.plain
            if lo <= pos <= hi:
                return None
        return _HR_MATCH(string, pos)

    def parse_horizontal_rule(self) -> bool:
        """A thematic break."""
        self.src.pos += len(self.src.matched)
        self.tree.children.append(self.new_block_el("hr"))
        return True


RULES = {
    "blockquote": Rule(rx(BLOCKQUOTE_START), "parse_blockquote"),
    "horizontal_rule": Rule(rx(HR_START), "parse_horizontal_rule",
                            matcher="match_horizontal_rule"),
}
