"""Block and inline math (``$$...$$``).

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/math.rb.
"""

from __future__ import annotations

from ..element import Element
from ..engine import Engine, Rule
from ..patterns import BLOCK_BOUNDARY_RE, OPT_SPACE, RUBY_WS
from ..scanner import rx

_ESCAPED_START = rx("^" + OPT_SPACE + r"\\")


class MathRules(Engine):
    """``$$`` math as a block (between block boundaries) or inline."""

    def parse_block_math(self) -> bool:
        """Block math must stand alone between block boundaries."""
        src = self.src
        if not self.after_block_boundary():
            return False
        if src.group(1):
            if src.group(3):
                src.scan(_ESCAPED_START)
            return False
        saved = src.pos
        data = src.group(2).strip(RUBY_WS)
        src.pos += len(src.matched)
        if src.check(BLOCK_BOUNDARY_RE) is not None:
            self.tree.children.append(
                self.new_block_el("math", data, None, {"category": "block"}))
            return True
        src.pos = saved
        return False

    def parse_inline_math(self) -> None:
        """``$$x$$`` inside a paragraph."""
        src = self.src
        src.pos += len(src.matched)
        self.tree.children.append(
            Element("math", src.group(1).strip(RUBY_WS), None, {"category": "span"}))


RULES = {
    "block_math": Rule(
        rx("^" + OPT_SPACE + r"(\\)?\$\$(.*?)\$\$(\s*?\n)?", dotall=True), "parse_block_math"),
    "inline_math": Rule(rx(r"\$\$(.*?)\$\$", dotall=True), "parse_inline_math", r"\$"),
}
