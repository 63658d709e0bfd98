"""The element tree kramdown's parsers build and its converters walk.

Modelled on ``Kramdown::Element`` (gettalong/kramdown lib/kramdown/element.rb): a type, a value,
an ordered attribute dict, an options dict and children. Kept as a small class rather than
mistune's token dicts because kramdown mutates elements after creating them (IALs, list item
paragraphs turning "transparent", footnote definitions filled in later).
"""

from __future__ import annotations

from typing import Any

#: Fixed categories by type (element.rb CATEGORY); other types use ``options["category"]``.
CATEGORY = {
    **dict.fromkeys(("blank", "p", "header", "blockquote", "codeblock", "ul", "ol", "li", "dl",
                     "dt", "dd", "table", "td", "hr"), "block"),
    **dict.fromkeys(("text", "a", "br", "img", "codespan", "footnote", "em", "strong", "entity",
                     "typographic_sym", "smart_quote", "abbreviation"), "span"),
}


class Element:
    """One node of the document tree.

    Args:
        type: element type (``p``, ``header``, ``text``, ...).
        value: type-specific value (text, code, entity, ...).
        attr: HTML attributes, in insertion order.
        options: parser/converter options (``category``, ``ial``, ``transparent`` ...).
    """

    __slots__ = ("type", "_value", "_parts", "attr", "options", "children")

    def __init__(
        self,
        type: str,
        value: Any = None,
        attr: dict[str, str] | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self._value = value
        self._parts: list[str] | None = None
        self.attr: dict[str, str] = dict(attr) if attr else {}
        self.options: dict[str, Any] = dict(options) if options else {}
        self.children: list[Element] = []

    @property
    def value(self) -> Any:
        """The element's value (appended text is joined on first read)."""
        if self._parts is not None:
            self._value = "".join(self._parts)
            self._parts = None
        return self._value

    @value.setter
    def value(self, value: Any) -> None:
        self._value = value
        self._parts = None

    def append_text(self, text: str) -> None:
        """Append to a text value in amortised constant time (text grows piece by piece)."""
        if self._parts is None:
            self._parts = [self._value]
        self._parts.append(text)

    def category(self) -> str | None:
        """``span``, ``block`` or None, as ``Element.category`` decides it."""
        return CATEGORY.get(self.type) or self.options.get("category")

    def is_block(self) -> bool:
        """True for block-level elements."""
        return self.category() == "block"

    def deep_copy(self) -> Element:
        """Copy the subtree (kramdown's ``Marshal.load(Marshal.dump(...))``)."""
        el = Element(self.type, self.value, self.attr, _copy_options(self.options))
        # A footnote marker's value is the footnote's content, which may contain the marker
        # itself (Ruby's Marshal keeps such cycles); the content is shared, never copied.
        el.children = [c.deep_copy() for c in self.children]
        return el

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.type} {self.value!r} {self.attr} {len(self.children)} children>"


def _copy_options(options: dict[str, Any]) -> dict[str, Any]:
    result = {}
    for key, value in options.items():
        if isinstance(value, dict):
            value = dict(value)
        elif isinstance(value, list):
            value = list(value)
        result[key] = value
    return result


def ial_of(el: Element) -> dict[str, Any]:
    """The element's IAL dict, created on first use (Ruby's ``options[:ial] ||= {}``)."""
    ial = el.options.get("ial")
    if ial is None:
        ial = el.options["ial"] = {}
    return ial
