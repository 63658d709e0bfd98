"""Parse the plain CSS libsass writes into a small tree.

libsass has already evaluated everything; its output is plain, well-formed CSS.  The tree keeps
what Ruby Sass's CSS writer needs: rules, at-rules (with or without a block), declarations and
comments, plus the indentation each item had in libsass's ``nested`` output, which mirrors the
source nesting (Ruby Sass's ``tabs``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .comments import VERBATIM
from .selectors import skip_string

BUBBLING = ("@media", "@supports")
# CSS whitespace only: Ruby Sass and libsass keep other Unicode spaces (U+2002 EN SPACE in
# front of a property name stays part of the name), which Python's str.strip() would drop
CSS_SPACE = " \t\r\n\f"
_KEYFRAMES = re.compile(r"@(-[a-z]+-)?keyframes\b", re.I)


@dataclass
class Decl:
    """A property declaration ``name: value``."""

    name: str
    value: str
    indent: int = 0
    tabs: int = 0

    has_children = False


@dataclass
class Comment:
    """A ``/* */`` comment, text exactly as libsass wrote it (continuation lines dedented)."""

    text: str
    indent: int = 0

    has_children = False

    @property
    def loud(self) -> bool:
        """``/*!`` comments survive compressed output."""
        return self.text.startswith("/*!")


@dataclass
class Block:
    """A rule (``selector { }``) or an at-rule, with or without a ``{ }`` block."""

    prelude: str
    children: list | None = None
    indent: int = 0
    tabs: int = 0
    group_end: bool = False
    keyframe_rule: bool = False

    @property
    def has_children(self) -> bool:
        """Ruby Sass's ``has_children``: the node has a block."""
        return self.children is not None

    @property
    def is_directive(self) -> bool:
        """At-rules and keyframe selectors are written by Ruby's ``visit_directive``."""
        return self.prelude.startswith("@") or self.keyframe_rule

    @property
    def bubbles(self) -> bool:
        """``@media`` and ``@supports`` bubble (Ruby's ``MediaNode``/``SupportsNode``)."""
        low = self.prelude.lower()
        return any(low.startswith(b) and (len(low) == len(b) or not low[len(b)].isalnum())
                   for b in BUBBLING)

    @property
    def is_keyframes(self) -> bool:
        """True for ``@keyframes`` and vendor-prefixed variants."""
        return bool(_KEYFRAMES.match(self.prelude))


@dataclass
class Sheet:
    """The whole stylesheet: a list of top-level nodes.  ``alpha_hex``: the 4-/8-digit hex
    colours written in the sources (``colors.alpha_hex_table``); ``static_values``: static
    declaration values with commas (``media_lists.static_values``); ``extend_targets``:
    the simple selectors the sources ``@extend`` (``extend_unify.extend_targets``)."""

    children: list = field(default_factory=list)
    alpha_hex: dict = field(default_factory=dict)
    static_values: set = field(default_factory=set)
    extend_targets: set = field(default_factory=set)
    extend_tags: dict = field(default_factory=dict)


class _Reader:
    """A cursor over the CSS text."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def skip_ws(self) -> str:
        """Skip whitespace, returning it."""
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n\f":
            self.pos += 1
        return self.text[start:self.pos]

    def column(self) -> int:
        """Column of the cursor (0-based)."""
        nl = self.text.rfind("\n", 0, self.pos)
        return self.pos - nl - 1

    def comment(self) -> str:
        """Read a ``/* ... */`` comment at the cursor."""
        end = self.text.find("*/", self.pos + 2)
        end = len(self.text) if end < 0 else end + 2
        out = self.text[self.pos:end]
        self.pos = end
        return out

    def statement(self) -> tuple[str, str]:
        """Read up to a top-level ``{``, ``;`` or ``}``; return (text, terminator)."""
        text, i, depth, n = self.text, self.pos, 0, len(self.text)
        while i < n:
            ch = text[i]
            if ch in "\"'":
                i = skip_string(text, i)
                continue
            if ch == "\\":
                i += 2
                continue
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(depth - 1, 0)
            elif depth == 0 and ch in "{;}":
                out = text[self.pos:i]
                self.pos = i + (0 if ch == "}" else 1)
                return out, ch
            i += 1
        out = text[self.pos:]
        self.pos = n
        return out, ""


def _dedent_comment(text: str, column: int) -> str:
    """Undo the indentation libsass added to a comment's continuation lines (lines flagged
    by :mod:`.comments` are already in Ruby's form)."""
    if "\n" not in text:
        return text
    if "\n" + VERBATIM in text:
        return text.replace("\n" + VERBATIM, "\n")
    if column <= 0:
        return text
    pad = " " * column
    lines = text.split("\n")
    return "\n".join([lines[0]] + [ln[column:] if ln.startswith(pad) else ln for ln in lines[1:]])


def parse_css(text: str, compressed: bool = False) -> Sheet:
    """Parse libsass output into a :class:`Sheet` (``compressed``: written without the space
    after a declaration's colon; any other space there belongs to the value)."""
    reader = _Reader(text)
    sheet = Sheet()
    stack: list[list] = [sheet.children]
    blocks: list[Block] = []
    while True:
        reader.skip_ws()
        if reader.pos >= len(text):
            break
        col = reader.column()
        if text.startswith("/*", reader.pos):
            body = reader.comment()
            stack[-1].append(Comment(_dedent_comment(body, col), indent=col))
            continue
        if text[reader.pos] == "}":
            reader.pos += 1
            if len(stack) > 1:
                stack.pop()
                blocks.pop()
            continue
        chunk, term = reader.statement()
        # a value keeps trailing spaces: Ruby and libsass both write `1px #{null};` as `1px ;`
        chunk = chunk.lstrip(CSS_SPACE).rstrip("\t\r\n\f")
        if term == "{" or not chunk.strip(CSS_SPACE):
            chunk = chunk.strip(CSS_SPACE)
        if term == "{":
            node = Block(chunk, [], indent=col)
            node.keyframe_rule = bool(blocks) and blocks[-1].is_keyframes
            stack[-1].append(node)
            stack.append(node.children)
            blocks.append(node)
        elif chunk:
            stack[-1].append(_leaf(chunk, col, bool(blocks), compressed))
    return sheet


def _leaf(chunk: str, col: int, in_block: bool, compressed: bool = False):
    """A declaration, or a block-less at-rule such as ``@import``."""
    if chunk.startswith("@") and not in_block:
        return Block(chunk, None, indent=col)
    name, _, value = chunk.partition(":")
    if not name.startswith("--"):
        if not compressed and value.startswith(" "):
            value = value[1:]  # the separator libsass writes; more is the value's own
        if not value.strip(CSS_SPACE) or value[:1] in "\t\r\n\f":
            value = value.lstrip(CSS_SPACE)
    return Decl(name.strip(CSS_SPACE), value, indent=col)
