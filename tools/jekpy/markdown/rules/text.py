"""Small span rules: smart quotes, typographic symbols, entities, line breaks, escapes,
and GFM strikethrough.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/{smart_quotes,typographic_symbol,
html_entity,line_break,escaped_chars}.rb and ``parse_strikethrough_gfm`` /
``ESCAPED_CHARS_GFM`` of kramdown/parser-gfm lib/kramdown/parser/gfm.rb.
"""

from __future__ import annotations

import re

from .. import entities
from ..element import Element
from ..engine import Engine, Rule
from ..patterns import HTML_ENTITY_RE
from ..scanner import Scanner, rx
from ..smartquotes import QUOTE_NAMES as _QUOTE_NAMES
from ..smartquotes import SQ_COMBINED as _SQ_COMBINED
from ..smartquotes import SQ_GROUPS as _SQ_GROUPS

_TYPO = [("---", "mdash"), ("--", "ndash"), ("...", "hellip"), ("\\<<", "&lt;&lt;"),
         ("\\>>", "&gt;&gt;"), ("<< ", "laquo_space"), (" >>", "raquo_space"), ("<<", "laquo"),
         (">>", "raquo")]
_TYPO_MAP = dict(_TYPO)
_TYPO_RE = rx("|".join(re.escape(k) for k, _ in _TYPO))
_STRIKE = rx(r"~~(?!\s|~).*?[^\s~]~~", dotall=True)
_LT = entities.by_name("lt")
_GT = entities.by_name("gt")
_AMP = entities.by_name("amp")


class TextRules(Engine):
    """Text substitutions and escapes."""

    def parse_smart_quotes(self) -> None:
        """Turn straight quotes into curly ones by kramdown's context rules."""
        src = self.src
        m = src.check(_SQ_COMBINED)
        if m is None:  # pragma: no cover - the last two rules always match a quote
            self.add_text(src.getch())
            return
        src.pos = m.end()
        base, substs = _SQ_GROUPS[m.lastindex]
        for subst in substs:
            if isinstance(subst, int):
                self.add_text(m.group(base + subst) or "")
                continue
            if subst[-1].isdigit():
                quote = m.group(base + int(subst[-1]))
                subst = _QUOTE_NAMES[(subst[:-1], quote)]
            self.tree.children.append(Element("smart_quote", subst))

    def parse_typographic_syms(self) -> None:
        """``--``, ``---``, ``...``, ``<<``, ``>>``."""
        src = self.src
        src.pos += len(src.matched)
        value = _TYPO_MAP[src.matched]
        if not value.startswith("&"):
            self.tree.children.append(Element("typographic_sym", value))
            return
        ent = _LT if src.matched == "\\<<" else _GT
        self.tree.children.append(Element("entity", ent))
        self.tree.children.append(Element("entity", ent))

    def parse_html_entity(self) -> None:
        """``&name;``, ``&#123;``, ``&#x7b;``; unknown names become ``&amp;`` + text."""
        src = self.src
        src.pos += len(src.matched)
        name, dec, hexa = src.group(1), src.group(2), src.group(3)
        if name is not None:
            ent = entities.by_name(name)
        else:
            ent = entities.by_code(int(dec) if dec is not None else int(hexa, 16))
        if ent is not None:
            self.tree.children.append(Element("entity", ent, None, {"original": src.matched}))
        else:
            self.tree.children.append(Element("entity", _AMP))
            self.add_text(src.matched[1:])

    def parse_line_break(self) -> None:
        """Two spaces or a backslash before a newline."""
        self.tree.children.append(Element("br"))
        self.src.pos += len(self.src.matched)

    def parse_escaped_chars(self) -> None:
        """A backslash-escaped character."""
        src = self.src
        src.pos += len(src.matched)
        self.add_text(src.group(1))

    def parse_strikethrough_gfm(self) -> Element | None:
        """``~~text~~``, parsed as spans in a fresh scanner.

        The start rule only checks the opening ``~~``; the closing one is searched here, and a
        failed search is remembered: a later opener can only close where this one could have.
        """
        src = self.src
        start = src.pos
        if start >= src.memo.get("strike_fail", len(src.string) + 1):
            self.add_text(src.getch())
            return None
        if src.check(_STRIKE) is None:
            src.memo["strike_fail"] = start
            self.add_text(src.getch())
            return None
        src.pos += len(src.matched)
        el = Element("html_element", "del", None, {"category": "span"})
        self.tree.children.append(el)
        env = self.save_env()
        self.reset_env(src=Scanner(src.matched[2:-2]), text_type="text")
        self.parse_spans(el)
        self.restore_env(env)
        return el


RULES = {
    "smart_quotes": Rule(rx(r"[^\\]?[\"']"), "parse_smart_quotes", r"[^\\]?[\"']"),
    "typographic_syms": Rule(_TYPO_RE, "parse_typographic_syms",
                             r"--|\.\.\.|(?:\\| )?(?:<<|>>)"),
    "html_entity": Rule(HTML_ENTITY_RE, "parse_html_entity", "&"),
    "line_break": Rule(rx(r"(  |\\\\)(?=\n)"), "parse_line_break", r"(  |\\\\)(?=\n)"),
    "escaped_chars": Rule(rx(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])"), "parse_escaped_chars",
                          r"\\"),
    "escaped_chars_gfm": Rule(rx(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=\-~])"), "parse_escaped_chars",
                              r"\\"),
    "strikethrough_gfm": Rule(rx(r"~~(?!\s|~)"), "parse_strikethrough_gfm", "~~"),
}
