"""Emphasis and strong emphasis, with kramdown's (not CommonMark's) delimiter rules.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/emphasis.rb: no intra-word ``_``, the
closing delimiter must not follow whitespace, ``**`` falls back to ``*`` emphasis.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..element import Element
from ..engine import Engine, Rule
from ..scanner import Rx, rx

_START = rx(r"(?:\*\*?|__?)")
_SPACE = rx(r"\s")


def _is_alpha(ch: str) -> bool:
    return ch.isalpha()


def _alpha_before(text: str, end: int) -> bool:
    """``text[:end] =~ /[[:alpha:]]-?[[:alpha:]]*\\z/``."""
    if end <= 0:
        return False
    if _is_alpha(text[end - 1]):
        return True
    return text[end - 1] == "-" and end > 1 and _is_alpha(text[end - 2])


@lru_cache(maxsize=16)
def _delimiter_patterns(delim: str) -> tuple[Rx, Rx, Rx]:
    """The closing delimiter, a doubled closer, and a closer followed by a letter/digit."""
    return (rx(re.escape(delim)), rx(re.escape(delim * 2) + "(?!" + re.escape(delim) + ")"),
            rx(re.escape(delim) + r"(?u:[^\W_])"))


class EmphasisRules(Engine):
    """``*em*``, ``_em_``, ``**strong**``, ``__strong__``."""

    def _sub_parse(self, delim: str, kind: str, marker: str) -> tuple[bool, Element, object]:
        src = self.src
        el = Element(kind)
        stop, double, alnum_after = _delimiter_patterns(delim)

        def check() -> bool:
            before = src.string[src.pos - 1] if src.pos > 0 else ""
            return (not (before and before in " \t\n\r\f\v")
                    and (kind != "em" or src.check(double) is None)
                    and (marker != "_" or src.check(alnum_after) is None)
                    and bool(el.children))

        if not src.occurs_after(delim, src.pos):
            return False, el, stop
        found = self.parse_spans(el, stop, stop_check=check)
        return found, el, stop

    def parse_emphasis(self) -> None:
        """Try strong/em at the delimiter; fall back to literal text."""
        src = self.src
        saved = src.pos
        result = src.scan(_START)
        kind = "strong" if len(result) == 2 else "em"
        marker = result[0]
        if (self.over_budget() or (marker == "_" and _alpha_before(src.string, saved))
                or src.check(_SPACE) is not None or self.tree.type == kind
                or self.in_stack(lambda t: t.type == kind)):
            self.add_text(result)
            return
        found, el, stop = self._sub_parse(result, kind, marker)
        if not found and kind == "strong" and self.tree.type != "em":
            src.pos = saved + 1
            found, el, stop = self._sub_parse(marker, "em", marker)
        if found:
            src.scan(stop)
            self.tree.children.append(el)
        else:
            src.pos = saved + len(result)
            self.add_text(result)


RULES = {
    "emphasis": Rule(_START, "parse_emphasis", r"\*|_"),
}
