"""Code spans.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/codespan.rb.
"""

from __future__ import annotations

from ..element import Element
from ..engine import Engine, Rule
from ..scanner import rx

_DELIM = rx(r"`+")
_RUN = _DELIM.full.match
#: Ruby's (ASCII) ``\s``.
_WS = frozenset(" \t\n\r\f\v")


class CodespanRules(Engine):
    """```code``` spans; a lone backtick between spaces stays literal."""

    def parse_codespan(self) -> None:
        """Find the matching delimiter run."""
        src = self.src
        string = src.string
        start = src.pos
        saved = src.pos = _RUN(string, start).end()
        result = string[start:saved]
        simple = len(result) == 1
        if simple and (not start or string[start - 1] in _WS) and string[saved:saved + 1] in _WS:
            self.add_text(result)
            return
        # str.find instead of a regex search: a long run of backticks would make the regex
        # engine quadratic; the first occurrence is the same.
        end = string.find(result, saved)
        if end < 0:
            self.add_text(result)
            return
        text = string[saved:end]
        src.pos = end + len(result)
        if not simple:
            if text[:1] == " ":
                text = text[1:]
            if text[-1:] == " ":
                text = text[:-1]
        self.tree.children.append(Element("codespan", text, None, {"codespan_delimiter": result}))


RULES = {
    "codespan": Rule(_DELIM, "parse_codespan", "`"),
}
