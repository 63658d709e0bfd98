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
from ..patterns import HTML_ENTITY_RE, RUBY_NOT_BOUNDARY, RUBY_WORD
from ..scanner import Rx, Scanner, rx

_SQ_PUNCT = r"[!\"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"
_SQ_CLOSE = r"[^ \\\t\r\n\[{(-]"
#: (pattern, substitutions): an int copies that group, a name makes a smart quote.
_SQ_RULES = [
    (rx(r"(\"|')(?=[_*]{1,2}\S)"), ("lquote1",)),
    (rx(r"(\"|')(?=" + _SQ_PUNCT + r"(?!\.\.)" + RUBY_NOT_BOUNDARY + ")"), ("rquote1",)),
    (rx(r"(\s?)\"'(?=\w)"), (1, "ldquo", "lsquo")),
    (rx(r"(\s?)'\"(?=\w)"), (1, "lsquo", "ldquo")),
    (rx(r"(\s?)'(?=\d\ds)"), (1, "rsquo")),
    (rx(r"(\s)('|\")(?=\w)"), (1, "lquote2")),
    (rx("(" + _SQ_CLOSE + r")('|\")"), (1, "rquote2")),
    (rx(r"(\"|')(?=\s|s(?!" + RUBY_WORD + ")|$)"), ("rquote1",)),
    (rx(r"(.?)'", dotall=True), (1, "lsquo")),
    (rx(r"(.?)\"", dotall=True), (1, "ldquo")),
]

def _combined_sq_rules() -> tuple[Rx, dict[int, tuple[int, tuple]]]:
    """All smart-quote rules as one alternation (Python tries alternatives in order, so the
    first alternative that matches is the first rule that matches) and, per alternative's
    outer group number, its group offset and substitutions."""
    parts, by_group, group = [], {}, 0
    for pattern, subst in _SQ_RULES:
        group += 1
        by_group[group] = (group, subst)
        body = f"(?s:{pattern.pattern})" if pattern.full.flags & re.DOTALL else pattern.pattern
        parts.append(f"({body})")
        group += pattern.full.groups
    return rx("|".join(parts)), by_group


_QUOTE_NAMES = {
    ("rquote", '"'): "rdquo", ("rquote", "'"): "rsquo",
    ("lquote", '"'): "ldquo", ("lquote", "'"): "lsquo",
}
_TYPO = [("---", "mdash"), ("--", "ndash"), ("...", "hellip"), ("\\<<", "&lt;&lt;"),
         ("\\>>", "&gt;&gt;"), ("<< ", "laquo_space"), (" >>", "raquo_space"), ("<<", "laquo"),
         (">>", "raquo")]
_TYPO_MAP = dict(_TYPO)
_TYPO_RE = rx("|".join(re.escape(k) for k, _ in _TYPO))
_STRIKE = rx(r"~~(?!\s|~).*?[^\s~]~~", dotall=True)
_SQ_COMBINED, _SQ_GROUPS = _combined_sq_rules()
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
