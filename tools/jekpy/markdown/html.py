"""Element tree to HTML, byte for byte as kramdown's HTML converter writes it.

Emulates gettalong/kramdown lib/kramdown/converter/html.rb (indentation by nesting depth, block
vs span formatting, ``<br />``/``<img />``, entity output) with helpers from
lib/kramdown/utils/html.rb and converter/base.rb. Footnotes and the table of contents live in
``html_notes.py``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import entities
from .element import Element
from .html_code import CodeMixin
from .html_escape import escape_html, html_attributes
from .html_notes import NotesMixin
from .html_table import TableMixin
from .options import Options
from .patterns import HTML_ELEMENTS_WITHOUT_BODY

_CJK_BREAK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)\n"
                        r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
_TYPO_ENTITIES = {
    "mdash": ("mdash",), "ndash": ("ndash",), "hellip": ("hellip",),
    "laquo_space": ("laquo", "nbsp"), "raquo_space": ("nbsp", "raquo"),
    "laquo": ("laquo",), "raquo": ("raquo",),
}
_QUOTE_INDEX = {"lsquo": 0, "rsquo": 1, "ldquo": 2, "rdquo": 3}
_SYMBOL_TYPES = frozenset({"smart_quote", "typographic_sym"})
_NO_TOC = re.compile(r"\bno_toc\b")


class HtmlConverter(CodeMixin, NotesMixin, TableMixin):
    """Convert one parsed document; create a new converter per document.

    Args:
        root: the parsed root element.
        options: the effective options.
    """

    INDENT = 2

    def __init__(self, root: Element, options: Options) -> None:
        self.root = root
        self.options = options
        self.stack: list[Element] = []
        self.used_ids: dict[str, int] = {}
        self.init_tables()
        self._table = _converters(type(self))
        self._plain_text = not options.remove_line_breaks_for_cjk
        # smart quote / typographic symbol value -> its output under these options (filled
        # on first use; the two types' values are disjoint names)
        self._symbols: dict[str, str] = {}
        self.init_notes()
        self.init_code()

    # -- helpers -------------------------------------------------------------------------------

    def entity_to_str(self, entity: entities.Entity, original: str | None = None) -> str:
        """Write an entity per ``entity_output``."""
        return entities.to_str(entity, self.options.entity_output, original)

    def convert(self, el: Element, indent: int = -2) -> str:
        """Convert ``el`` (dispatch on its type)."""
        method = _converters(type(self)).get(el.type)
        return method(self, el, indent) if method is not None else ""

    def inner(self, el: Element, indent: int) -> str:
        """Convert the children of ``el`` one level deeper.

        The commonest leaves are written here without a method call: text (``convert_text``
        without the CJK pass, when that option is off), blank lines, smart quotes and
        typographic symbols (their output depends only on the options: looked up per value).
        """
        indent += self.INDENT
        stack = self.stack
        stack.append(el)
        table = self._table
        plain_text = self._plain_text
        symbols = self._symbols
        parts: list[str] = []
        append = parts.append
        for child in el.children:  # a plain loop: no C-level recursion through join(genexpr)
            kind = child.type
            if kind == "text" and plain_text:
                text = child.value
                if "&" in text or "<" in text or ">" in text:
                    text = escape_html(text, "text")
                append(text)
            elif kind in _SYMBOL_TYPES:
                text = symbols.get(child.value)
                if text is None:
                    text = symbols[child.value] = table[kind](self, child, indent)
                append(text)
            elif kind == "blank":
                append("\n")
            else:
                method = table.get(kind)
                if method is not None:
                    append(method(self, child, indent))
        stack.pop()
        return "".join(parts)

    @staticmethod
    def block(name: str, attr: dict[str, Any], body: str, indent: int) -> str:
        """``format_as_block_html``."""
        return f"{' ' * indent}<{name}{html_attributes(attr) if attr else ''}>{body}</{name}>\n"

    @staticmethod
    def indented_block(name: str, attr: dict[str, Any], body: str, indent: int) -> str:
        """``format_as_indented_block_html``."""
        pad = " " * indent
        return f"{pad}<{name}{html_attributes(attr) if attr else ''}>\n{body}{pad}</{name}>\n"

    @staticmethod
    def span(name: str, attr: dict[str, Any], body: str) -> str:
        """``format_as_span_html``."""
        return f"<{name}{html_attributes(attr) if attr else ''}>{body}</{name}>"

    # -- blocks --------------------------------------------------------------------------------

    def convert_blank(self, el: Element, indent: int) -> str:
        return "\n"

    def convert_text(self, el: Element, indent: int) -> str:
        escaped = escape_html(el.value, "text")
        if self.options.remove_line_breaks_for_cjk:
            while True:
                fixed = _CJK_BREAK.sub(r"\1\2", escaped)
                if fixed == escaped:
                    break
                escaped = fixed
        return escaped

    def convert_p(self, el: Element, indent: int) -> str:
        if el.options.get("transparent"):
            return self.inner(el, indent)
        kids = el.children
        if (len(kids) == 1 and kids[0].type == "img"
                and "standalone" in ((kids[0].options.get("ial") or {}).get(":refs") or ())):
            return self._standalone_image(el, indent)
        attr = el.attr
        return (f"{' ' * indent}<p{html_attributes(attr) if attr else ''}>"
                f"{self.inner(el, indent)}</p>\n")

    def _standalone_image(self, el: Element, indent: int) -> str:
        figure_attr = dict(el.attr)
        image_attr = dict(el.children[0].attr)
        for key in ("class", "id"):
            if key in image_attr and key not in figure_attr:
                figure_attr[key] = image_attr.pop(key)
        pad = " " * (indent + self.INDENT)
        body = (f"{pad}<img{html_attributes(image_attr)} />\n"
                f"{pad}<figcaption>{image_attr.get('alt')}</figcaption>\n")
        return self.indented_block("figure", figure_attr, body, indent)

    def convert_blockquote(self, el: Element, indent: int) -> str:
        return self.indented_block("blockquote", el.attr, self.inner(el, indent), indent)

    def convert_header(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        if self.options.auto_ids and attr.get("id") is None:
            attr["id"] = self.generate_id(el.options.get("raw_text", ""))
        if attr.get("id") is not None and self.in_toc(el):
            self.toc.append((el.options["level"], attr["id"], el.children))
        level = max(min(el.options["level"] + self.options.header_offset, 6), 1)
        return self.block(f"h{level}", attr, self.inner(el, indent), indent)

    def in_toc(self, el: Element) -> bool:
        """``in_toc?``: a wanted level and no ``no_toc`` class."""
        if el.options["level"] not in self.options.toc_levels:
            return False
        cls = el.attr.get("class")
        return not (cls and "no_toc" in cls and _NO_TOC.search(cls))

    def generate_id(self, text: str) -> str:
        """kramdown's own header id (used when GFM ids are off)."""
        gen = basic_generate_id(text) or "section"
        if gen in self.used_ids:
            self.used_ids[gen] += 1
            gen += f"-{self.used_ids[gen]}"
        else:
            self.used_ids[gen] = 0
        return self.options.auto_id_prefix + gen

    def convert_hr(self, el: Element, indent: int) -> str:
        return f"{' ' * indent}<hr{html_attributes(el.attr)} />\n"

    def convert_ul(self, el: Element, indent: int) -> str:
        refs = (el.options.get("ial") or {}).get(":refs") or ()
        if self.toc_code is None and "toc" in refs:
            self.toc_code = (el.type, el.attr, self.placeholder())
            return self.toc_code[2]
        if self.footnote_location is None and "footnotes" in refs:
            self.footnote_location = self.placeholder()
            return self.footnote_location
        return self.indented_block(el.type, el.attr, self.inner(el, indent), indent)

    convert_ol = convert_ul

    def convert_dl(self, el: Element, indent: int) -> str:
        return self.indented_block("dl", el.attr, self.inner(el, indent), indent)

    def convert_li(self, el: Element, indent: int) -> str:
        attr = el.attr
        name = el.type
        pad = " " * indent
        res = self.inner(el, indent)
        kids = el.children
        if not kids or (kids[0].type == "p" and kids[0].options.get("transparent")):
            if res.endswith("\n"):
                res += pad
        else:
            res = f"\n{res}{pad}"
        return f"{pad}<{name}{html_attributes(attr) if attr else ''}>{res}</{name}>\n"

    convert_dd = convert_li

    def convert_dt(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        parent_ial = self.stack[-1].options.get("ial") if self.stack else None
        if attr.get("id") is None and parent_ial and parent_ial.get(":refs"):
            for ref in parent_ial[":refs"]:
                m = re.match(r"auto_ids(?:-([\w-]+))?", ref, re.ASCII)
                if m:
                    attr["id"] = (f"{m.group(1) or ''}"
                                  f"{basic_generate_id(el.options.get('raw_text', ''))}").lstrip()
                    break
        return self.block("dt", attr, self.inner(el, indent), indent)

    def _parent_is_raw(self) -> bool:
        parent = self.stack[-1] if self.stack else None
        return (parent is not None and parent.type == "html_element"
                and parent.options.get("content_model") == "raw")

    def convert_html_element(self, el: Element, indent: int) -> str:
        res = self.inner(el, indent)
        name = el.value
        attrs = html_attributes(el.attr)
        if el.options.get("category") == "span":
            if not res and name in HTML_ELEMENTS_WITHOUT_BODY:
                return f"<{name}{attrs} />"
            return f"<{name}{attrs}>{res}</{name}>"
        raw_parent = self._parent_is_raw()
        output = "" if raw_parent else " " * indent
        output += f"<{name}{attrs}"
        model = el.options.get("content_model")
        if el.options.get("is_closed") and model == "raw":
            output += " />"
        elif res and model != "block":
            output += f">{res}</{name}>"
        elif res:
            body = res[:-1] if res.endswith("\n") else res
            output += f">\n{body}\n{' ' * indent}</{name}>"
        elif name in HTML_ELEMENTS_WITHOUT_BODY:
            output += " />"
        else:
            output += f"></{name}>"
        if not raw_parent:
            output += "\n"
        return output

    def convert_xml_comment(self, el: Element, indent: int) -> str:
        if el.options.get("category") == "block" and not self._parent_is_raw():
            return f"{' ' * indent}{el.value}\n"
        return el.value

    convert_xml_pi = convert_xml_comment

    def convert_comment(self, el: Element, indent: int) -> str:
        if el.options.get("category") == "block":
            return f"{' ' * indent}<!-- {el.value} -->\n"
        return f"<!-- {el.value} -->"

    def convert_raw(self, el: Element, indent: int) -> str:
        types = el.options.get("type")
        if not types or "html" in types:
            return el.value + ("\n" if el.options.get("category") == "block" else "")
        return ""

    def convert_math(self, el: Element, indent: int) -> str:
        is_block = el.options.get("category") == "block"
        if self.options.math_engine == "mathjax":
            value = escape_html(el.value)
            result = f"\\[{value}\\]\n" if is_block else f"\\({value}\\)"
            if not el.attr:
                return result
            if is_block:
                return self.block("div", el.attr, result, indent)
            return self.span("span", el.attr, f"${el.value}$")
        attr = dict(el.attr)
        attr["class"] = f"{attr.get('class', '')} kdmath".lstrip()
        if is_block:
            return self.block("div", attr, f"$$\n{el.value}\n$$", indent)
        return self.span("span", attr, f"${el.value}$")

    # -- spans ---------------------------------------------------------------------------------

    def convert_br(self, el: Element, indent: int) -> str:
        return "<br />"

    def convert_a(self, el: Element, indent: int) -> str:
        attr = el.attr
        return f"<a{html_attributes(attr) if attr else ''}>{self.inner(el, indent)}</a>"

    def convert_img(self, el: Element, indent: int) -> str:
        return f"<img{html_attributes(el.attr)} />"

    def convert_em(self, el: Element, indent: int) -> str:
        attr = el.attr
        name = el.type
        return f"<{name}{html_attributes(attr) if attr else ''}>{self.inner(el, indent)}</{name}>"

    convert_strong = convert_em

    def convert_entity(self, el: Element, indent: int) -> str:
        return self.entity_to_str(el.value, el.options.get("original"))

    def convert_typographic_sym(self, el: Element, indent: int) -> str:
        custom = self.options.typographic_symbols.get(el.value)
        if custom is not None:
            return escape_html(str(custom), "text")
        return "".join(self.entity_to_str(entities.by_name(name))
                       for name in _TYPO_ENTITIES[el.value])

    def convert_smart_quote(self, el: Element, indent: int) -> str:
        name = self.options.smart_quotes[_QUOTE_INDEX[el.value]]
        ent = entities.by_name(name)
        if ent is None:
            return ""
        return self.entity_to_str(ent)

    def convert_abbreviation(self, el: Element, indent: int) -> str:
        title = self.root.options["abbrev_defs"].get(el.value, "")
        attr = dict(self.root.options["abbrev_attr"].get(el.value) or {})
        if title:
            attr["title"] = title
        return self.span("abbr", attr, el.value)

    def convert_root(self, el: Element, indent: int) -> str:
        return self.finish_root(self.inner(el, indent))


@cache
def _converters(cls: type) -> dict[str, Any]:
    """``type -> convert_<type>`` function of a converter class (kramdown's ``send("convert_#{type}")``)."""
    return {name[len("convert_"):]: getattr(cls, name) for name in dir(cls)
            if name.startswith("convert_")}


def basic_generate_id(text: str) -> str:
    """kramdown ``basic_generate_id``: ASCII letters, digits, spaces and dashes only."""
    gen = re.sub(r"^[^a-zA-Z]+", "", text)
    gen = re.sub(r"[^a-zA-Z0-9 -]", "", gen)
    return gen.replace(" ", "-").lower()
