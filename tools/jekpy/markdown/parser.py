"""kramdown's parser with the GFM edits GitHub Pages uses.

The rule order is data, copied from gettalong/kramdown lib/kramdown/parser/kramdown.rb
(``@block_parsers``/``@span_parsers``); :meth:`KramdownParser.configure_gfm` applies the edits of
kramdown/parser-gfm lib/kramdown/parser/gfm.rb (GFM fences and ATX headers replace kramdown's
at the same index, ``escaped_chars`` becomes ``escaped_chars_gfm``, ``strikethrough_gfm`` is
appended, ``line_break``/``typographic_syms`` are dropped for ``hard_wrap``/
``no_auto_typographic``). After parsing, GFM turns ``\\n`` into ``<br />`` when ``hard_wrap`` is on
and gives headers GitHub-style ids.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import entities
from .element import Element
from .engine import WORK_BASE, WORK_PER_CHAR, Rule
from .options import Options
from .patterns import PARAGRAPH_END, PARAGRAPH_END_GFM
from .posix_classes import word_class
from .rules import (
    abbreviation,
    blockquote,
    codeblock,
    codespan,
    emphasis,
    extensions,
    footnote,
    header,
    html,
    link,
    list,
    math,
    paragraph,
    table,
    text,
)
from .scanner import Rx

_RULE_MODULES = (abbreviation, blockquote, codeblock, codespan, emphasis, extensions, footnote,
                 header, html, link, list, math, paragraph, table, text)

KRAMDOWN_BLOCK_RULES = (
    "blank_line", "codeblock", "codeblock_fenced", "blockquote", "atx_header",
    "horizontal_rule", "list", "definition_list", "block_html", "setext_header",
    "block_math", "table", "footnote_definition", "link_definition",
    "abbrev_definition", "block_extensions", "eob_marker", "paragraph",
)
KRAMDOWN_SPAN_RULES = (
    "emphasis", "codespan", "autolink", "span_html", "footnote_marker", "link",
    "smart_quotes", "inline_math", "span_extensions", "html_entity",
    "typographic_syms", "line_break", "escaped_chars",
)

#: gfm.rb NON_WORD_RE: anything but Ruby's \p{Word}, "-", space and tab (so "²", "½", "①" go).
_NON_WORD = re.compile(f"(?!{word_class()})[^- \t]", re.S)
_TYPO_CHARS = {"laquo_space": "\u00ab\u00a0", "raquo_space": "\u00a0\u00bb"}


def _all_rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for module in _RULE_MODULES:
        rules.update(module.RULES)
    return rules


class KramdownParser(
    paragraph.ParagraphRules, header.HeaderRules, codeblock.CodeblockRules,
    blockquote.BlockquoteRules, list.ListRules, html.HtmlRules, math.MathRules,
    table.TableRules, footnote.FootnoteRules, link.LinkRules, abbreviation.AbbreviationRules,
    extensions.ExtensionRules, emphasis.EmphasisRules, codespan.CodespanRules, text.TextRules,
):
    """Parse kramdown (or, by default, GFM) text into an :class:`Element` tree."""

    RULES = _all_rules()
    BLOCK_RULES = KRAMDOWN_BLOCK_RULES
    SPAN_RULES = KRAMDOWN_SPAN_RULES

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.base_options = options
        self.paragraph_end: Rx = PARAGRAPH_END
        if options.gfm:
            self.configure_gfm()

    def configure_gfm(self) -> None:
        """Edit the rule lists the way the GFM parser's constructor does."""
        opts = self.options
        if opts.hard_wrap:
            self.span_parsers.remove("line_break")
        if "no_auto_typographic" in opts.gfm_quirks:
            self.span_parsers.remove("typographic_syms")
        if "paragraph_end" in opts.gfm_quirks:
            atx = "atx_header_gfm_quirk"
            self.paragraph_end = PARAGRAPH_END_GFM
        else:
            atx = "atx_header_gfm"
        for current, replacement in (("codeblock_fenced", "codeblock_fenced_gfm"),
                                     ("atx_header", atx)):
            self.block_parsers[self.block_parsers.index(current)] = replacement
        self.span_parsers[self.span_parsers.index("escaped_chars")] = "escaped_chars_gfm"
        self.register("strikethrough_gfm", self.rules["strikethrough_gfm"], span=True)

    # -- document ------------------------------------------------------------------------------

    def parse(self, source: str) -> Element:
        """Parse a whole document and return its root element."""
        self.options = self.base_options
        self.reset_state()
        source = adapt_source(source)
        self.span_budget = WORK_BASE + WORK_PER_CHAR * len(source)
        self.parse_blocks(self.root, source)
        self.update_tree(self.root)
        self.correct_abbreviations_attributes()
        self.replace_abbreviations(self.root)
        for data in self.footnotes.values():
            self.update_tree(data["content"])
            self.replace_abbreviations(data["content"])
        self.root.options["footnote_count"] = sum(1 for d in self.footnotes.values()
                                                  if "marker" in d)
        if self.options.gfm:
            self._id_counter: dict[str, int] = defaultdict(lambda: -1)
            self.update_elements(self.root)
        return self.root

    def update_tree(self, element: Element) -> None:
        """Span-parse raw text, fold IALs into attributes, merge consecutive blanks."""
        last_blank = None
        result: list[Element] = []
        append = result.append
        for child in element.children:
            kind = child.type
            if kind == "raw_text":
                last_blank = None
                self.parse_text_spans(child)
                result += child.children
            elif kind == "blank":
                if last_blank is not None:
                    last_blank.value += child.value
                else:
                    last_blank = child
                    append(child)
            elif kind == "eob":
                ial = child.options.get("ial")
                if ial:
                    self.update_attr_with_ial(child.attr, ial)
            else:
                last_blank = None
                if child.children:  # (a leaf has nothing to update)
                    self.update_tree(child)
                ial = child.options.get("ial")
                if ial:
                    self.update_attr_with_ial(child.attr, ial)
                if kind == "dt" or (kind == "header" and self._id_stripping()):
                    self.update_raw_text(child)
                append(child)
        element.children = result

    def _id_stripping(self) -> bool:
        return self.options.gfm or self.options.auto_id_stripping

    def update_raw_text(self, item: Element) -> None:
        """Header/term text for id generation (the GFM version also counts entities etc.)."""
        parts: list[str] = []
        gfm = self.options.gfm

        def walk(child: Element) -> None:
            kind = child.type
            if kind == "text" or (gfm and kind in ("codespan", "math")):
                parts.append(child.value)
            elif gfm and kind == "entity":
                parts.append(child.value.char or "")
            elif gfm and kind == "smart_quote":
                parts.append(entities.by_name(child.value).char)
            elif gfm and kind == "typographic_sym":
                parts.append(_TYPO_CHARS.get(child.value)
                             or entities.by_name(child.value).char)
            else:
                for c in child.children:
                    walk(c)

        walk(item)
        item.options["raw_text"] = "".join(parts)

    # -- GFM post-processing -------------------------------------------------------------------

    def update_elements(self, element: Element) -> None:
        """Hard line breaks (``hard_wrap``) and GitHub-style header ids."""
        opts = self.options
        self._update_elements(element, "\n" if opts.hard_wrap else "\\\n", opts.auto_ids)

    def _update_elements(self, element: Element, breaker: str, auto_ids: bool) -> None:
        """``update_elements`` below ``element``; its children list is rebuilt only when a
        text is split at hard breaks."""
        children = element.children
        split = False
        for child in children:
            kind = child.type
            if kind == "text":
                if breaker in child.value:
                    split = True
            elif kind == "html_element":
                pass
            elif kind == "header" and auto_ids and "id" not in child.attr:
                child.attr["id"] = self.generate_gfm_header_id(child.options.get("raw_text", ""))
            elif child.children:  # (a leaf has nothing to update)
                self._update_elements(child, breaker, auto_ids)
        if split:
            result: list[Element] = []
            for child in children:
                if child.type == "text" and breaker in child.value:
                    result += self._split_hard_breaks(element, child, breaker)
                else:
                    result.append(child)
            element.children = result

    def _split_hard_breaks(self, element: Element, child: Element, breaker: str) -> list[Element]:
        lines = child.value.split(breaker)
        omit_trailing = (lines[-1] == "" and element.is_block()
                         and element.children[-1] is child)
        out: list[Element] = []
        for index, line in enumerate(lines):
            out.append(Element("text", ("\n" + line) if index > 0 else line))
            if index < len(lines) - 2 or (index == len(lines) - 2 and not omit_trailing):
                out.append(Element("br"))
        return out

    def generate_gfm_header_id(self, text: str) -> str:
        """GitHub's id: lowercase, drop punctuation, spaces to dashes, ``-N`` for repeats."""
        result = _NON_WORD.sub("", text.lower()).replace(" ", "-").replace("\t", "-")
        self._id_counter[result] += 1
        if self._id_counter[result] > 0:
            result += f"-{self._id_counter[result]}"
        return self.options.auto_id_prefix + result


_CR = re.compile(r"\r\n?")


def adapt_source(source: str) -> str:
    """Normalise newlines and end the text with exactly one newline (parser/base.rb)."""
    if "\r" in source:
        source = _CR.sub("\n", source)
    if source.endswith("\n"):
        source = source[:-1]
    return source + "\n"

