"""Jekyll's ``smartify`` filter: kramdown's SmartyPants "parser" (typography only).

Emulates jekyll lib/jekyll/converters/smartypants.rb: a kramdown parser whose block rules are
only ``block_html`` and ``content`` (each line added as raw text, no paragraphs) and whose span
rules are ``smart_quotes``, ``html_entity``, ``typographic_syms`` and ``span_html``; the
converter output is ``to_html.chomp``. Options are the site's ``kramdown`` settings.
"""

from __future__ import annotations

from .engine import Rule
from .options import Options
from .parser import KramdownParser
from .scanner import rx

_LINE = rx(r".*\n")


class SmartyPantsParser(KramdownParser):
    """Typography-only parser used by ``smartify``."""

    BLOCK_RULES = ("block_html", "content")
    SPAN_RULES = ("smart_quotes", "html_entity", "typographic_syms", "span_html")

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.rules["content"] = Rule(rx(""), "parse_content")

    def configure_gfm(self) -> None:
        """The SmartyPants parser is a plain kramdown subclass: no GFM edits."""

    def parse_content(self) -> bool:
        """One line of text, kept as raw text at the top level."""
        line = self.src.scan(_LINE)
        if line is None:
            line = self.src.rest()
            self.src.terminate()
        self.add_text(line)
        return True
