"""Indented and fenced code blocks.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/codeblock.rb (indented blocks, where a
lazy line is joined to the previous one with a space) and the GFM fence (kramdown/parser-gfm
lib/kramdown/parser/gfm.rb ``FENCED_CODEBLOCK_MATCH``: backticks or tildes, up to three spaces).
"""

from __future__ import annotations

import re

from ..engine import Engine, Rule
from ..patterns import CODEBLOCK_MATCH, FENCED_CODEBLOCK_START_GFM, INDENT, RUBY_WS
from ..scanner import rx

_LAZY_JOIN = re.compile(r"\n( {0,3}\S)", re.ASCII)
_INDENT = re.compile(INDENT, re.MULTILINE)
_FENCE_GFM = rx(
    r"^[ ]{0,3}(([~`]){3,})\s*?((\S+?)(?:\?\S*)?)?\s*?\n(.*?)^[ ]{0,3}\1\2*\s*?\n", dotall=True
)
_CLOSER = re.compile(r"\n[ ]{0,3}[~`]{3}")
_FENCE_KD = rx(r"^((~){3,})\s*?((\S+?)(?:\?\S*)?)?\s*?\n(.*?)^\1\2*\s*?\n", dotall=True)


class CodeblockRules(Engine):
    """Indented and fenced code."""

    def parse_codeblock(self) -> bool:
        """Four-space or tab indented code."""
        data = self.src.scan(_CODEBLOCK_MATCH)
        if not data:
            return False
        data = _LAZY_JOIN.sub(r" \1", data)
        data = _INDENT.sub("", data)
        self.tree.children.append(self.new_block_el("codeblock", data))
        return True

    def _fenced(self, pattern) -> bool:
        src = self.src
        # The fence regex backtracks over the opening run; without any later line that could
        # close it (three fence characters after at most three spaces) it cannot match.
        if _CLOSER.search(src.string, src.pos) is None or src.check(pattern) is None:
            return False
        src.pos += len(src.matched)
        el = self.new_block_el("codeblock", src.group(5), None, {"fenced": True})
        lang = (src.group(3) or "").strip(RUBY_WS)
        if lang:
            el.options["lang"] = lang
            el.attr["class"] = f"language-{src.group(4)}"
        self.tree.children.append(el)
        return True

    def parse_codeblock_fenced_gfm(self) -> bool:
        """GFM fences: ``` or ~~~, optionally indented by up to three spaces."""
        return self._fenced(_FENCE_GFM)

    def parse_codeblock_fenced(self) -> bool:
        """kramdown's own ~~~ fences."""
        return self._fenced(_FENCE_KD)


_CODEBLOCK_MATCH = rx(CODEBLOCK_MATCH)

RULES = {
    "codeblock": Rule(rx(INDENT), "parse_codeblock"),
    "codeblock_fenced_gfm": Rule(rx(FENCED_CODEBLOCK_START_GFM), "parse_codeblock_fenced_gfm"),
    "codeblock_fenced": Rule(rx(r"^~{3,}"), "parse_codeblock_fenced"),
}
