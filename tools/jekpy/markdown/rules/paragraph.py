"""Blank lines, end-of-block markers and paragraphs.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/{blank_line,eob,paragraph}.rb; the GFM
paragraph end (lists, ATX headers, blockquotes and fences interrupt a paragraph) comes from
kramdown/parser-gfm lib/kramdown/parser/gfm.rb ``PARAGRAPH_END_GFM``.
"""

from __future__ import annotations

from ..engine import Engine, Rule
from ..patterns import BLANK_LINE, EOB_MARKER, LINE_END_STARTS, OPT_SPACE, RUBY_WS
from ..scanner import Rx, Scanner, rx


def scan_lines_until(src: Scanner, end_re: Rx) -> str:
    """kramdown's ``scan(/^.*?\n/)`` and then ``scan(/^.*?\n/)`` until ``check(end_re)``: the
    current line and the following ones up to the first where ``end_re`` matches (or the text
    ends); the pointer moves past them.

    After the first line every check is at a line start, so ``end_re`` is matched in place, and
    only on lines that begin with a character it can start with (``LINE_END_STARTS``)."""
    string, pos = src.string, src.pos
    cut = string.find("\n", pos) + 1  # the rule's start pattern matched a whole line
    if not cut:
        raise ValueError("scan_lines_until needs a line with a newline at the pointer")
    starts = LINE_END_STARTS.get(end_re)
    match, end = end_re.full.match, len(string)
    while cut < end:
        if (starts is None or string[cut] in starts) and match(string, cut) is not None:
            break
        nl = string.find("\n", cut)
        if nl < 0:
            break
        cut = nl + 1
    src.pos = cut
    return string[pos:cut]


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
        result = scan_lines_until(src, self.paragraph_end).rstrip(RUBY_WS)
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
