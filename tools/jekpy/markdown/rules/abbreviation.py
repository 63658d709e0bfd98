"""Abbreviation definitions and their replacement in text.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/abbreviation.rb.
"""

from __future__ import annotations

import re

from ..element import Element
from ..engine import Engine, Rule
from ..patterns import OPT_SPACE, RUBY_WS
from ..scanner import rx


class AbbreviationRules(Engine):
    """``*[HTML]: Hyper Text`` definitions."""

    def parse_abbrev_definition(self) -> bool:
        """Record the definition; the text is rewritten after parsing."""
        src = self.src
        abbr_id, text = src.group(1), src.group(2).strip(RUBY_WS)
        src.pos += len(src.matched)
        eob = self.new_block_el("eob", "abbrev_def")
        self.tree.children.append(eob)
        self.root.options["abbrev_defs"][abbr_id] = text
        self.root.options["abbrev_attr"][abbr_id] = eob
        return True

    def correct_abbreviations_attributes(self) -> None:
        """Replace each definition's eob element by its attributes."""
        attrs = self.root.options["abbrev_attr"]
        for key in list(attrs):
            attrs[key] = attrs[key].attr

    def replace_abbreviations(self, el: Element, regexps=None) -> None:
        """Split text children around defined abbreviations."""
        defs = self.root.options["abbrev_defs"]
        if not defs:
            return
        if regexps is None:
            keys = sorted(defs, key=len, reverse=True)
            union = "|".join(re.escape(k) for k in keys)
            regexps = (re.compile(union), re.compile(r"(?=(?:\W|^)(?:" + union + r")(?!\w))",
                                                     re.MULTILINE | re.ASCII))
        new_children = []
        for child in el.children:
            if child.type == "text" and el.options.get("content_model") != "raw":
                new_children.extend(_split(child, regexps))
            else:
                self.replace_abbreviations(child, regexps)
                new_children.append(child)
        el.children = new_children


def _split(child: Element, regexps) -> list[Element]:
    text = child.value
    if not regexps[0].search(text):
        return [child]
    result = []
    pos = 0
    start = 0
    while True:
        m = regexps[1].search(text, pos)
        if m is None:
            break
        pos = m.start()
        abbr = regexps[0].match(text, pos)
        if abbr is None:
            pos += 1 if pos < len(text) and text[pos] != "\n" else 0
            abbr = regexps[0].match(text, pos)
            if abbr is None:
                pos += 1
                continue
        result.append(Element("text", text[start:pos]))
        result.append(Element("abbreviation", abbr.group(0)))
        pos = start = abbr.end()
    result.append(Element("text", text[start:]))
    return result


RULES = {
    "abbrev_definition": Rule(rx("^" + OPT_SPACE + r"\*\[(.+?)\]:(.*?)\n"),
                              "parse_abbrev_definition"),
}
