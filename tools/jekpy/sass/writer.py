"""Write a CSS tree the way Ruby Sass 3.7.4 does, in its four output styles.

The layout rules (where newlines, spaces and semicolons go, how comments are folded, the blank
line after a "group" of rules) follow Ruby Sass 3.7.4's CSS writer,
``lib/sass/tree/visitors/to_css.rb``; ``tabs`` and ``group_end`` are the attributes its
``cssize.rb`` computes and :func:`annotate` reconstructs.
"""
from __future__ import annotations

import re

from .css_tree import Block, Comment, Decl, Sheet
from .selectors import compress_selector

_COMPACT_FOLD = re.compile(r"\n +(\* *(?!/))?")


class _Out:
    """An output buffer with Ruby Sass's cursor helpers (erase, rstrip, lstrip)."""

    def __init__(self):
        self.parts: list[str] = []
        self.lstrip_next = False

    def text(self) -> str:
        """Everything written so far."""
        joined = "".join(self.parts)
        self.parts = [joined]
        return joined

    def write(self, s: str) -> None:
        """Append ``s`` (left-stripped if an lstrip is pending)."""
        if self.lstrip_next:
            s = s.lstrip(" \t\r\n\f")
            self.lstrip_next = False
        self.parts.append(s)

    def erase(self, n: int) -> None:
        """Remove the last ``n`` characters."""
        if n > 0:
            self.parts = [self.text()[:-n]]

    def rstrip(self) -> None:
        """Remove trailing whitespace."""
        self.parts = [self.text().rstrip(" \t\r\n\f")]

    def trailing_semicolon(self) -> bool:
        """True when the output ends with an unescaped ``;``."""
        t = self.text()
        return t.endswith(";") and not t.endswith("\\;")


class Writer:
    """Serialises a :class:`Sheet` in one of Ruby Sass's styles."""

    def __init__(self, style: str):
        self.style = style
        self.out = _Out()
        self.tabs = 0

    # -- entry point -------------------------------------------------------------------
    def sheet(self, sheet: Sheet) -> str:
        """Ruby's ``visit_root``: the finished CSS (no charset/BOM handling)."""
        compressed = self.style == "compressed"
        for child in sheet.children:
            if _invisible(child, self.style):
                continue
            self.visit(child)
            if compressed:
                continue
            self.out.write("\n")
        self.out.rstrip()
        if compressed and self.out.trailing_semicolon():
            self.out.erase(1)
        text = self.out.text()
        return text + "\n" if text else ""

    def visit(self, node) -> None:
        """Dispatch on the node kind."""
        if isinstance(node, Comment):
            self.comment(node)
        elif isinstance(node, Decl):
            self.decl(node)
        elif node.bubbles:
            self.media(node)
        elif node.is_directive:
            self.directive(node)
        else:
            self.rule(node)

    def _tabs_of(self, node) -> int:
        """A node's own extra indentation; only the nested style has any."""
        return node.tabs if self.style == "nested" else 0

    def _with_tabs(self, tabs: int, fn, *args) -> None:
        old, self.tabs = self.tabs, tabs
        try:
            fn(*args)
        finally:
            self.tabs = old

    # -- leaves ------------------------------------------------------------------------
    def comment(self, node: Comment) -> None:
        """Ruby's ``visit_comment``."""
        lead = len(node.text) - len(node.text.lstrip(" "))
        spaces = "  " * max(self.tabs - lead, 0)
        self.out.write(spaces)
        content = node.text.replace("\n", "\n" + spaces)
        if self.style in ("compact", "compressed") and not node.loud:
            content = _COMPACT_FOLD.sub(" ", content)
        self.out.write(content)

    def decl(self, node: Decl) -> None:
        """Ruby's ``visit_prop``."""
        custom = node.name.startswith("--")
        if not node.value and not custom:
            return
        self.out.write("  " * (self.tabs + self._tabs_of(node)) + node.name + ":")
        if self.style != "compressed" and not custom:
            self.out.write(" ")
        self.out.write(_custom_value(node.value, self.style) if custom else node.value)
        if self.style != "compressed":
            self.out.write(";")

    # -- blocks ------------------------------------------------------------------------
    def media(self, node: Block) -> None:
        """Ruby's ``visit_media``/``visit_supports``."""
        self._with_tabs(self.tabs + self._tabs_of(node), self.directive, node)
        if self.style != "compressed" and node.group_end:
            self.out.write("\n")

    def directive(self, node: Block) -> None:
        """Ruby's ``visit_directive`` (also used for keyframe selectors)."""
        style, out = self.style, self.out
        tab_str = "  " * self.tabs
        kids = [c for c in (node.children or []) if not _invisible(c, style)]
        if not node.has_children or not kids:
            out.write(tab_str + node.prelude)
            if node.has_children:
                out.write("{}" if style == "compressed" else " {}")
            else:
                out.write(";")
            return
        if style != "compressed":
            out.write(tab_str)
        out.write(node.prelude + ("{" if style == "compressed" else " {"))
        if style != "compressed":
            out.write(" " if style == "compact" else "\n")
        if style == "compact":
            self._directive_compact(kids)
        elif style == "compressed":
            self._directive_compressed(kids)
        else:
            for child in kids:
                self._with_tabs(self.tabs + 1, self.visit, child)
                out.write("\n")
        out.rstrip()
        if style == "compressed" and out.trailing_semicolon():
            out.erase(1)
        if style == "expanded":
            out.write("\n" + tab_str)
        elif style != "compressed":
            out.write(" ")
        out.write("}")

    def _directive_compact(self, kids: list) -> None:
        out, had_children, first = self.out, True, True
        for child in kids:
            if isinstance(child, Decl):
                tabs = 0 if first or not had_children else self.tabs + 1
                self._with_tabs(tabs, self.visit, child)
                out.write(" ")
            else:
                if not had_children:
                    out.erase(1)
                    out.write("\n")
                if first:
                    out.lstrip_next = True
                self._with_tabs(self.tabs + 1, self.visit, child)
                out.lstrip_next = False
                out.rstrip()
                out.write("\n")
            had_children = child.has_children
            first = False

    def _directive_compressed(self, kids: list) -> None:
        out, had_children = self.out, True
        for child in kids:
            if not had_children and not out.trailing_semicolon():
                out.write(";")
            self._with_tabs(0, self.visit, child)
            had_children = child.has_children

    def rule(self, node: Block) -> None:
        """Ruby's ``visit_rule``."""
        self._with_tabs(self.tabs + self._tabs_of(node), self._rule, node)

    def _rule(self, node: Block) -> None:
        style, out = self.style, self.out
        rule_indent = "  " * self.tabs
        spread = style in ("nested", "expanded")
        per_rule, total = (rule_indent, "") if spread else ("", rule_indent)
        line_sep = {"nested": "\n", "expanded": "\n", "compressed": ""}.get(style, " ")
        selector = compress_selector(node.prelude) if style == "compressed" else node.prelude
        selector = re.sub(r"[ \t\r\f]*\n[ \t\r\n\f]*", lambda _m: line_sep + per_rule,
                          selector.lstrip(" \t\r\n\f"))
        trailer = "\n" if node.group_end and style != "compressed" else ""
        if style == "compact":
            sep, end_props, bracket, tabs = " ", " ", " { ", 0
        elif style == "compressed":
            sep, end_props, bracket, tabs = ";", "", "{", 0
        else:
            sep, bracket, tabs = "\n", " {\n", self.tabs + 1
            end_props = "\n" + rule_indent if style == "expanded" else " "
        out.write(total + per_rule + selector + bracket)
        kids = [c for c in node.children if not _invisible(c, style)]
        old, self.tabs = self.tabs, tabs
        try:
            for i, child in enumerate(kids):
                if i > 0:
                    if sep.startswith(";") and out.trailing_semicolon():
                        out.erase(1)
                    out.write(sep)
                self.visit(child)
        finally:
            self.tabs = old
        if style == "compressed" and out.trailing_semicolon():
            out.erase(1)
        out.write(end_props + "}" + trailer)


def _invisible(node, style: str) -> bool:
    """Nodes Ruby Sass leaves out: non-loud comments when compressed, empty rules."""
    if isinstance(node, Comment):
        return style == "compressed" and not node.loud
    if isinstance(node, Block) and node.has_children and (not node.is_directive or node.bubbles):
        # empty rules, and @media/@supports left empty (e.g. only held marker declarations)
        return not any(not _invisible(c, style) for c in node.children)
    return False


def _custom_value(value: str, style: str) -> str:
    """Custom property values: newlines folded to one space in compact/compressed."""
    if style in ("compact", "compressed") or "\n" not in value:
        return re.sub(r"[ \t\r\f]*\n[ \t\r\f\n]*", " ", value)
    return value
