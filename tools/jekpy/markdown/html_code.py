"""Code blocks and code spans for the HTML converter (kramdown's Rouge wrapper markup).

Emulates ``convert_codeblock``/``convert_codespan`` and ``add_syntax_highlighter_to_class_attr``
of gettalong/kramdown lib/kramdown/converter/html.rb and ``extract_code_language`` of
converter/base.rb; the highlighter glue is ``codehl.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .codehl import minted, rouge
from .element import Element
from .html_escape import escape_html, html_attributes

if TYPE_CHECKING:
    from .options import Options


class CodeMixin:
    """Code conversion; mixed into :class:`~jekpy.markdown.html.HtmlConverter`."""

    options: Options

    def highlight(self, code: str, lang: str | None, kind: str) -> tuple[str | None, str | None]:
        """Run the configured highlighter (None when there is none or it declines)."""
        name = self.options.syntax_highlighter
        opts = self.options.syntax_highlighter_opts
        if name == "rouge":
            return rouge(code, lang, kind, opts)
        if name == "minted":
            return minted(code, lang, kind, opts)
        return None, None

    def add_highlighter_class(self, attr: dict[str, Any], lang: str | None) -> None:
        """Append ``highlighter-X`` and put ``language-L`` first (converter/html.rb)."""
        cls = (attr.get("class") or "") + f" highlighter-{self.options.syntax_highlighter}"
        cls = cls.lstrip()
        if lang:
            m = re.search(r"(?u:\b)language-\S+", cls, re.ASCII)
            if m:
                cls = cls[: m.start()] + f"language-{lang}" + cls[m.end():]
            else:
                cls = f"language-{lang} " + cls
        attr["class"] = cls

    def convert_codeblock(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        lang = _extract_language(attr, remove=True)
        code = el.value
        highlighted, default_lang = self.highlight(code, el.options.get("lang") or lang, "block")
        if highlighted is not None:
            self.add_highlighter_class(attr, lang or default_lang)
            pad = " " * indent
            return f"{pad}<div{html_attributes(attr)}>{highlighted}{pad}</div>\n"
        result = escape_html(code)
        if result.endswith("\n"):
            result = result[:-1]
        if re.search(r"\bshow-whitespaces\b", el.attr.get("class") or ""):
            result = _show_whitespace(result)
        code_attr = {"class": f"language-{lang}"} if lang else {}
        return (f"{' ' * indent}<pre{html_attributes(attr)}><code{html_attributes(code_attr)}>"
                f"{result}\n</code></pre>\n")

    def convert_codespan(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        lang = _extract_language(attr, remove=False)
        result, default_lang = self.highlight(el.value, lang, "span")
        if result is not None:
            self.add_highlighter_class(attr, lang or default_lang)
        else:
            result = escape_html(el.value)
        return self.span("code", attr, result)


def _extract_language(attr: dict[str, Any], remove: bool) -> str | None:
    cls = attr.get("class")
    if not cls:
        return None
    m = re.search(r"(?u:\b)language-(\S+)", cls, re.ASCII)
    if not m:
        return None
    if remove:
        rest = re.sub(r"(?u:\b)language-\S+", "", cls, count=1, flags=re.ASCII).strip(" \t\n\v\f\r\0")
        if rest:
            attr["class"] = rest
        else:
            del attr["class"]
    return m.group(1)


def _show_whitespace(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        suffix = "-l" if m.group(1) else ("-r" if m.group(2) else "")
        out = []
        for ch in m.group(0):
            if ch == "\t":
                out.append(f'<span class="ws-tab{suffix}">\t</span>')
            else:
                out.append(f'<span class="ws-space{suffix}">&#8901;</span>')
        return "".join(out)

    return re.sub(r"(^[ \t]+)|([ \t]+$)|([ \t]+)", repl, text, flags=re.MULTILINE)
