"""kramdown's Rouge syntax-highlighter glue: which code gets highlighted, and the wrappers.

Emulates gettalong/kramdown lib/kramdown/converter/syntax_highlighter/rouge.rb (option handling,
``find_fancy`` of ``lang`` or ``default_lang``, ``HTMLLegacy`` wrapper with css class
``highlight``) and minted.rb. The token markup itself comes from :mod:`jekpy.highlight`
(imported lazily; when it is missing the code is only HTML-escaped, as Rouge's plain-text lexer
would write it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import ModuleType
from typing import Any


def _escape(text: str) -> str:
    if "&" not in text and "<" not in text and ">" not in text:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=1)
def _highlighter() -> ModuleType | None:
    """``jekpy.highlight``, imported on first use (None when it is not available)."""
    try:
        from jekpy import highlight
    except ImportError:
        return None
    return highlight


@lru_cache(maxsize=1024)
def _lexer_tag(lang: str) -> str | None:
    """The Rouge lexer tag ``Lexer.find_fancy`` picks for ``lang`` (None: no such lexer)."""
    module = _highlighter()
    if module is None:  # highlighter not available: treat every language as plain text
        return "plaintext"
    try:
        return module.lexer_tag(lang)
    except RecursionError:  # a deep document: the caller retries with more room (deep.py)
        raise
    except Exception:  # noqa: BLE001 - a highlighter bug must not break Markdown
        return None


def _tokens(code: str, lang: str, tag: str) -> str:
    module = _highlighter()
    if module is None or tag in getattr(module, "PLAIN_TAGS", ()):
        # Rouge's PlainText lexer: one Text token, written escaped without a span (what
        # ``highlight`` itself returns for these tags; skipped for speed: every code span).
        return _escape(code)
    try:
        return module.highlight(code, lang)
    except RecursionError:  # a deep document: the caller retries with more room (deep.py)
        raise
    except Exception:  # noqa: BLE001 - fall back to plain text
        return _escape(code)


def _plain_formatter(formatter: Any) -> bool:
    """Whether the formatter is ``Rouge::Formatters::HTML`` (no wrapper) instead of HTMLLegacy.

    A capitalised name is looked up as a Rouge formatter class; a name Rouge lacks falls back
    to ``HTML`` (rouge.rb ``formatter_class``). Anything else means ``HTMLLegacy``.
    """
    if not isinstance(formatter, str) or not re.fullmatch(r"[A-Z][A-Za-z0-9_]*", formatter):
        return False
    return formatter != "HTMLLegacy"


def rouge_options(opts: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """Options for ``kind`` (``block``/``span``): top level merged with the kind's own."""
    result = {str(k).lstrip(":"): v for k, v in opts.items() if str(k) not in ("span", "block")}
    own = opts.get(kind) or {}
    if isinstance(own, Mapping):
        result.update({str(k).lstrip(":"): v for k, v in own.items()})
    if kind == "span":
        result["wrap"] = False
    return result


class RougeSetup:
    """kramdown's Rouge glue for one kind (``block``/``span``) of one option set, with the
    options resolved once (they are the same for every code element of a document).

    Args:
        opts: ``syntax_highlighter_opts``.
        kind: ``block`` or ``span``.
    """

    __slots__ = ("kind", "options", "default_lang", "guess_lang", "disable", "plain", "wrap",
                 "line_numbers", "css_class")

    def __init__(self, opts: Mapping[str, Any], kind: str) -> None:
        options = rouge_options(opts, kind)
        self.kind = kind
        self.options = options
        self.default_lang = options.get("default_lang")
        self.guess_lang = options.get("guess_lang")
        self.disable = options.get("disable")
        self.plain = _plain_formatter(options.get("formatter"))
        self.line_numbers = options.get("line_numbers")
        self.wrap = not (kind == "span" or options.get("wrap", True) is False)
        self.css_class = options.get("css_class") or "highlight"

    def plain_default(self) -> bool:
        """Whether ``run(code, None)`` is ``(escaped code, default_lang)`` for every code: the
        default language is a plain-text lexer and no line-number table or wrapper is added
        (code spans without a language, on Pages' options)."""
        name = self.default_lang or (self.guess_lang and "guess")
        if not name or self.disable:
            return False
        tag = _lexer_tag(str(name))
        if tag is None or (tag == "plaintext" and not self.guess_lang):
            return False
        module = _highlighter()
        if module is not None and tag not in getattr(module, "PLAIN_TAGS", ()):
            return False
        return bool(self.plain or not (self.line_numbers or self.wrap))

    def run(self, code: str, lang: str | None) -> tuple[str | None, str | None]:
        """Highlighted HTML (or None) and the default language, as kramdown's Rouge glue
        returns them for ``code`` in ``lang``."""
        default_lang = self.default_lang
        if not (lang or default_lang or self.guess_lang):
            return None, default_lang
        name = str(lang or default_lang or "guess")  # find_fancy(nil) guesses, like "guess"
        tag = _lexer_tag(name)
        if self.disable or tag is None or (tag == "plaintext" and not self.guess_lang):
            return None, default_lang
        tokens = _tokens(code, name, tag)
        if self.plain:
            return tokens, default_lang
        # Rouge::Formatters::HTMLLegacy: optional HTMLTable, then the HTMLPygments wrapper.
        if self.line_numbers:
            tokens = _table(tokens, code, self.options)
        if not self.wrap:
            return tokens, default_lang
        return (f'<div class="highlight"><pre class="{self.css_class}"><code>{tokens}</code>'
                "</pre></div>", default_lang)


def rouge(code: str, lang: str | None, kind: str,
          opts: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Highlighted HTML (or None) and the default language, as kramdown's Rouge glue returns."""
    return RougeSetup(opts, kind).run(code, lang)


def _table(tokens: str, code: str, options: Mapping[str, Any]) -> str:
    """``Rouge::Formatters::HTMLTable`` (rouge 3.30 formatters/html_table.rb)."""
    lines = code.count("\n")
    if not code.endswith("\n"):
        lines += 1
        tokens += "\n"
    try:
        start = int(options.get("start_line", 1))
    except (TypeError, ValueError):
        start = 1
    line_format = str(options.get("line_format", "%i"))
    try:
        numbers = "\n".join(line_format % n for n in range(start, start + lines)) + "\n"
    except (TypeError, ValueError):
        numbers = "\n".join(str(n) for n in range(start, start + lines)) + "\n"
    table_class = options.get("table_class", "rouge-table")
    gutter_class = options.get("gutter_class", "rouge-gutter")
    code_class = options.get("code_class", "rouge-code")
    return (f'<table class="{table_class}"><tbody><tr><td class="{gutter_class} gl">'
            f'<pre class="lineno">{numbers}</pre></td><td class="{code_class}"><pre>{tokens}'
            "</pre></td></tr></tbody></table>")


def minted(code: str, lang: str | None, kind: str,
           opts: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The LaTeX ``minted`` environment kramdown writes for the minted highlighter."""
    options = {str(k).lstrip(":"): v for k, v in opts.items()}
    lang = lang or options.get("default_lang")
    if not lang:
        return None, None
    flags = []
    if options.get("wrap"):
        flags.append("breaklines")
    if options.get("line_numbers"):
        flags.append("linenos")
    if options.get("frame"):
        flags.append(f"frame={options['frame']}")
    if kind == "span":
        return f"\\mintinline{{{lang}}}{{{code}}}", None
    return f"\\begin{{minted}}[{','.join(flags)}]{{{lang}}}\n{code}\n\\end{{minted}}", None
