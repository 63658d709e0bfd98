"""Footnotes and the table of contents for the HTML converter.

Emulates ``convert_footnote``, ``footnote_content``, ``generate_toc_tree`` and the placeholder
replacement in ``convert_root`` of gettalong/kramdown lib/kramdown/converter/html.rb. kramdown
uses random placeholders; a counter-based one that cannot occur in text is used here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import entities
from .element import Element

if TYPE_CHECKING:
    from .options import Options

_BACKLINK = '{}<a href="#fnref:{}" class="reversefootnote" role="doc-backlink">{}</a>'


class NotesMixin:
    """Footnote and TOC state of one conversion."""

    options: Options

    def init_notes(self) -> None:
        """Reset footnote counters and TOC entries."""
        self.footnote_counter = self.footnote_start = self.options.footnote_nr
        self.footnotes: list[list[Any]] = []
        self.footnotes_by_name: dict[str, list[Any]] = {}
        self.footnote_location: str | None = None
        self.toc: list[tuple[int, str, list[Element]]] = []
        self.toc_code: tuple[str, dict[str, Any], str] | None = None
        self._placeholders = 0

    def placeholder(self) -> str:
        """A marker string replaced after the whole document is converted."""
        self._placeholders += 1
        return f"\x00kdplaceholder{self._placeholders}\x00"

    def convert_footnote(self, el: Element, indent: int) -> str:
        """The ``<sup>`` reference; repeated references get ``:N`` ids."""
        name = self.options.footnote_prefix + el.options["name"]
        repeat = ""
        footnote = self.footnotes_by_name.get(name)
        if footnote is not None:
            number = footnote[2]
            footnote[3] += 1
            repeat = f":{footnote[3]}"
        else:
            number = self.footnote_counter
            self.footnote_counter += 1
            footnote = [name, el.value, number, 0]
            self.footnotes.append(footnote)
            self.footnotes_by_name[name] = footnote
        return (f'<sup id="fnref:{name}{repeat}" role="doc-noteref">'
                f'<a href="#fn:{name}" class="footnote" rel="footnote">{number}</a></sup>')

    def footnote_content(self) -> str:
        """The ``<div class="footnotes">`` list."""
        if not self.footnotes:
            return ""  # (what the code below returns for no footnotes, without its set-up)
        from .html_escape import escape_html

        ol = Element("ol")
        if self.footnote_start != 1:
            ol.attr["start"] = str(self.footnote_start)
        backlink_text = escape_html(self.options.footnote_backlink, "text")
        nbsp = entities.to_str(entities.by_code(160), self.options.entity_output)
        i = 0
        while i < len(self.footnotes):
            name, data, _, repeat = self.footnotes[i]
            li = Element("li", None, {"id": f"fn:{name}", "role": "doc-endnote"})
            li.children = [c.deep_copy() for c in data.children]
            para = None
            insert_space = False
            if (li.children and li.children[-1].type == "p") or self.options.footnote_backlink_inline:
                parent = li
                while parent.children and parent.children[-1].type not in ("p", "header"):
                    parent = parent.children[-1]
                para = parent.children[-1] if parent.children else None
                insert_space = True
            if para is None:
                para = Element("p")
                li.children.append(para)
                insert_space = False
            if self.options.footnote_backlink:
                para.children.append(Element("raw", _BACKLINK.format(
                    nbsp if insert_space else "", name, backlink_text)))
                for index in range(1, repeat + 1):
                    para.children.append(Element("raw", _BACKLINK.format(
                        nbsp, f"{name}:{index}", f"{backlink_text}<sup>{index + 1}</sup>")))
            ol.children.append(Element("raw", self.convert(li, 4)))
            i += 1
        if not ol.children:
            return ""
        return self.indented_block("div", {"class": "footnotes", "role": "doc-endnotes"},
                                   self.convert(ol, 2), 0)

    def finish_root(self, result: str) -> str:
        """Insert footnotes and the TOC at their placeholders (or append the footnotes)."""
        notes = self.footnote_content()
        if self.footnote_location is not None:
            result = result.replace(self.footnote_location, notes, 1)
        else:
            result += notes
        if self.toc_code is not None:
            tree = self.generate_toc_tree(self.toc_code[0], self.toc_code[1])
            text = self.convert(tree, 0) if tree.children else ""
            result = result.replace(self.toc_code[2], text, 1)
        return result

    def generate_toc_tree(self, kind: str, attr: dict[str, Any]) -> Element:
        """Nested lists of links to the collected headers."""
        sections = Element(kind, None, dict(attr or {}))
        sections.attr.setdefault("id", "markdown-toc")
        stack: list[Element] = []
        for level, header_id, children in self.toc:
            li = Element("li", None, None, {"level": level})
            para = Element("p", None, None, {"transparent": True})
            link = Element("a", None, {"href": f"#{header_id}",
                                       "id": f"{sections.attr['id']}-{header_id}"})
            link.children.extend(_toc_entry([c.deep_copy() for c in children]))
            para.children.append(link)
            li.children.append(para)
            li.children.append(Element(kind))
            while True:
                if not stack:
                    sections.children.append(li)
                    stack.append(li)
                    break
                if stack[-1].options["level"] < level:
                    stack[-1].children[-1].children.append(li)
                    stack.append(li)
                    break
                item = stack.pop()
                if not item.children[-1].children:
                    item.children.pop()
        while stack:
            item = stack.pop()
            if not item.children[-1].children:
                item.children.pop()
        return sections


def _toc_entry(elements: list[Element]) -> list[Element]:
    """Drop footnote markers and unwrap links (``fix_for_toc_entry``)."""
    result = []
    for el in elements:
        if el.type == "footnote":
            continue
        el.children = _toc_entry(el.children)
        if el.type == "a":
            result.extend(el.children)
        else:
            result.append(el)
    return result
