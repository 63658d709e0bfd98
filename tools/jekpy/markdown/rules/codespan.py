"""Code spans.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/codespan.rb.
"""

from __future__ import annotations

from ..element import Element
from ..engine import Engine, Rule
from ..scanner import rx

_DELIM = rx(r"`+")
_SPACE = rx(r"\s")


class CodespanRules(Engine):
    """```code``` spans; a lone backtick between spaces stays literal."""

    def parse_codespan(self) -> None:
        """Find the matching delimiter run."""
        src = self.src
        start = src.pos
        result = src.scan(_DELIM)
        simple = len(result) == 1
        saved = src.pos
        if simple:
            before = src.string[start - 1] if start else ""
            if (not before or before in " \t\n\r\f\v") and src.check(_SPACE):
                self.add_text(result)
                return
        # str.find instead of a regex search: a long run of backticks would make the regex
        # engine quadratic; the first occurrence is the same.
        end = src.string.find(result, src.pos)
        if end < 0:
            src.pos = saved
            self.add_text(result)
            return
        text = src.string[src.pos:end]
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
