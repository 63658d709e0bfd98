"""Blank lines, end-of-block markers and paragraphs.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/{blank_line,eob,paragraph}.rb; the GFM
paragraph end (lists, ATX headers, blockquotes and fences interrupt a paragraph) comes from
kramdown/parser-gfm lib/kramdown/parser/gfm.rb ``PARAGRAPH_END_GFM``.
"""

from __future__ import annotations

from ..engine import Engine, Rule
from ..patterns import BLANK_LINE, EOB_MARKER, OPT_SPACE, PARAGRAPH_MATCH, RUBY_WS
from ..scanner import rx


class ParagraphRules(Engine):
    """Blank lines, ``^`` markers and paragraphs."""

    def parse_blank_line(self) -> bool:
        """Collect blank lines into one ``blank`` element."""
        text = self.src.matched
        self.src.pos += len(text)
        children = self.tree.children
        if children and children[-1].type == "blank":
            children[-1].append_text(text)
        else:
            children.append(self.new_block_el("blank", text))
        return True

    def parse_eob_marker(self) -> bool:
        """An explicit end-of-block marker."""
        self.src.pos += len(self.src.matched)
        self.tree.children.append(self.new_block_el("eob"))
        return True

    def parse_paragraph(self) -> bool:
        """Lines up to the paragraph end; appended to a directly preceding paragraph."""
        src = self.src
        pos = src.pos
        lines = [src.scan(PARAGRAPH_MATCH)]
        end_re = self.paragraph_end
        while src.check(end_re) is None:
            line = src.scan(PARAGRAPH_MATCH)
            if line is None:
                break
            lines.append(line)
        result = "".join(lines).rstrip(RUBY_WS)
        children = self.tree.children
        last = children[-1] if children else None
        if last is not None and last.type == "p":
            tail = last.children[-1] if last.children else None
            if tail is not None and tail.type == self.text_type:
                joiner = "  \n" if src.string[max(pos - 3, 0):pos] == "  \n" else "\n"
                tail.append_text(joiner + result)
            else:
                self.add_text(result, last)
        else:
            para = self.new_block_el("p")
            children.append(para)
            self.add_text(result.lstrip(RUBY_WS), para)
        return True


RULES = {
    "blank_line": Rule(rx(BLANK_LINE), "parse_blank_line"),
    "eob_marker": Rule(rx(EOB_MARKER), "parse_eob_marker"),
    # kramdown: /^#{OPT_SPACE}[^ \t].*?\n/; ``.*\n`` is the same match, faster (patterns.py).
    "paragraph": Rule(rx("^" + OPT_SPACE + r"[^ \t].*\n"), "parse_paragraph"),
}
