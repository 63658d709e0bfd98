"""Footnote definitions and markers.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/footnote.rb.
"""

from __future__ import annotations

import re

from ..element import Element
from ..engine import Engine, Rule
from ..patterns import ALD_ID_NAME, CODEBLOCK_MATCH, INDENT, OPT_SPACE
from ..scanner import rx

_INDENT = re.compile(INDENT, re.MULTILINE)


class FootnoteRules(Engine):
    """``[^name]: text`` definitions and ``[^name]`` markers."""

    def parse_footnote_definition(self) -> bool:
        """Parse the (indented) definition body as blocks."""
        src = self.src
        name, body = src.group(1), src.group(2)
        src.pos += len(src.matched)
        el = Element("footnote_def")
        self.parse_blocks(el, _INDENT.sub("", body))
        eob = self.new_block_el("eob", "footnote_def")
        self.tree.children.append(eob)
        self.footnotes[name] = {"content": el, "eob": eob}
        return True

    def parse_footnote_marker(self) -> None:
        """A reference to a defined footnote (else literal text)."""
        src = self.src
        src.pos += len(src.matched)
        name = src.group(1)
        fn_def = self.footnotes.get(name)
        if fn_def is None:
            self.add_text(src.matched)
            return
        if "eob" in fn_def:
            eob = fn_def.pop("eob")
            self.update_attr_with_ial(eob.attr, eob.options.get("ial") or {})
            fn_def["attr"] = eob.attr
            fn_def["options"] = eob.options
        marker = Element("footnote", fn_def["content"], None, {**fn_def["options"], "name": name})
        marker.attr = fn_def["attr"]
        fn_def.setdefault("marker", []).append(marker)
        self.tree.children.append(marker)


RULES = {
    "footnote_definition": Rule(
        rx("^" + OPT_SPACE + r"\[\^(" + ALD_ID_NAME + r")\]:\s*?(.*?\n" + CODEBLOCK_MATCH + ")"),
        "parse_footnote_definition",
    ),
    "footnote_marker": Rule(rx(r"\[\^(" + ALD_ID_NAME + r")\]"), "parse_footnote_marker", r"\["),
}
