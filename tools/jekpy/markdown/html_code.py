"""Code blocks and code spans for the HTML converter (kramdown's Rouge wrapper markup).

Emulates ``convert_codeblock``/``convert_codespan`` and ``add_syntax_highlighter_to_class_attr``
of gettalong/kramdown lib/kramdown/converter/html.rb and ``extract_code_language`` of
converter/base.rb; the highlighter glue is ``codehl.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .codehl import RougeSetup, minted
from .element import Element
from .html_escape import escape_html, html_attributes

if TYPE_CHECKING:
    from .options import Options

_LANGUAGE_CLASS = re.compile(r"(?u:\b)language-(\S+)", re.ASCII)
_SHOW_WHITESPACES = re.compile(r"\bshow-whitespaces\b")


class CodeMixin:
    """Code conversion; mixed into :class:`~jekpy.markdown.html.HtmlConverter`."""

    options: Options

    def init_code(self) -> None:
        """No Rouge options resolved yet (done once per kind on first use)."""
        self._rouge_setups: dict[str, RougeSetup] = {}
        self._plain_span_open: str | None = None

    def _rouge_setup(self, kind: str) -> RougeSetup:
        setup = self._rouge_setups.get(kind)
        if setup is None:
            setup = RougeSetup(self.options.syntax_highlighter_opts, kind)
            self._rouge_setups[kind] = setup
        return setup

    def plain_span_opening(self) -> str:
        """The ``<code ...>`` tag of a code span without attributes when the highlighter
        writes such spans as escaped text (Pages: ``language-plaintext highlighter-rouge``),
        else ""."""
        if self.options.syntax_highlighter != "rouge":
            return ""
        setup = self._rouge_setup("span")
        if not setup.plain_default():
            return ""
        attr: dict[str, Any] = {}
        self.add_highlighter_class(attr, setup.default_lang)
        return f"<code{html_attributes(attr)}>"

    def highlight(self, code: str, lang: str | None, kind: str) -> tuple[str | None, str | None]:
        """Run the configured highlighter (None when there is none or it declines)."""
        name = self.options.syntax_highlighter
        if name == "rouge":
            return self._rouge_setup(kind).run(code, lang)
        if name == "minted":
            return minted(code, lang, kind, self.options.syntax_highlighter_opts)
        return None, None

    def add_highlighter_class(self, attr: dict[str, Any], lang: str | None) -> None:
        """Append ``highlighter-X`` and put ``language-L`` first (converter/html.rb)."""
        cls = attr.get("class")
        marker = f"highlighter-{self.options.syntax_highlighter}"
        cls = f"{cls} {marker}".lstrip() if cls else marker
        if lang:
            m = _LANGUAGE_CLASS.search(cls) if "language-" in cls else None
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
        if _SHOW_WHITESPACES.search(el.attr.get("class") or ""):
            result = _show_whitespace(result)
        code_attr = {"class": f"language-{lang}"} if lang else {}
        return (f"{' ' * indent}<pre{html_attributes(attr)}><code{html_attributes(code_attr)}>"
                f"{result}\n</code></pre>\n")

    def convert_codespan(self, el: Element, indent: int) -> str:
        attr = el.attr
        code = el.value
        if not attr:  # no language: the same opening tag for every such span
            opening = self._plain_span_open
            if opening is None:
                opening = self._plain_span_open = self.plain_span_opening()
            if opening:
                return f"{opening}{escape_html(code)}</code>"
        lang = _extract_language(attr, remove=False) if attr else None
        result, default_lang = self.highlight(code, lang, "span")
        if result is not None:
            attr = dict(attr)
            self.add_highlighter_class(attr, lang or default_lang)
        else:
            result = escape_html(code)
        return f"<code{html_attributes(attr) if attr else ''}>{result}</code>"


def _extract_language(attr: dict[str, Any], remove: bool) -> str | None:
    cls = attr.get("class")
    if not cls or "language-" not in cls:
        return None
    m = _LANGUAGE_CLASS.search(cls)
    if not m:
        return None
    if remove:
        rest = (cls[:m.start()] + cls[m.end():]).strip(" \t\n\v\f\r\0")
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
