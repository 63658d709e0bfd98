"""Recover Ruby Sass's ``tabs`` and ``group_end`` from libsass's nested output.

In Ruby Sass (``lib/sass/tree/visitors/cssize.rb``) rules written inside other rules are
flattened into siblings.  Each flattened rule's ``tabs`` (the nested style's extra indent)
grows by one for every enclosing rule that has declarations of its own, and the last node
flattened out of a top-level rule gets ``group_end`` (a blank line follows it in the nested,
expanded and compact styles).  Top-level ``@media`` blocks and ``@at-root`` rules never get it.

The source was given a marker declaration in every style rule (:mod:`.source`), so libsass
indents every nesting level; the markers are read here and then dropped.
"""
from __future__ import annotations

from .css_tree import Block, Comment, Decl, Sheet
from .source import AT_ROOT_MARKER, IN_RULE_MARKER, MARKER

INDENT = 2
_MARKERS = (MARKER, AT_ROOT_MARKER, IN_RULE_MARKER)


def annotate(sheet: Sheet) -> None:
    """Set ``tabs`` and ``group_end`` on every node of a tree parsed from nested output."""
    _container(sheet.children, base=0)


def drop_markers(sheet: Sheet) -> None:
    """Remove the marker declarations everywhere."""
    _drop(sheet.children)


def _drop(children: list) -> None:
    children[:] = [c for c in children if not (isinstance(c, Decl) and c.name in _MARKERS)]
    for child in children:
        if isinstance(child, Block) and child.children:
            _drop(child.children)


def _has_props(node: Block) -> bool:
    """Ruby's "props": declarations (other than markers) and comments directly in the rule."""
    return any((isinstance(c, Decl) and c.name not in _MARKERS) or isinstance(c, Comment)
               for c in node.children or ())


def _at_root(node: Block) -> bool:
    return any(isinstance(c, Decl) and c.name == AT_ROOT_MARKER for c in node.children or ())


def _in_rule(node: Block) -> bool:
    """A marker directly inside the at-rule: it was written inside a style rule (directly,
    or as the content block of an ``@include`` there)."""
    return any(isinstance(c, Decl) and c.name in (IN_RULE_MARKER, MARKER)
               for c in node.children or ())


def _container(children: list, base: int) -> None:
    """Children of the root (base 0) or of an at-rule whose content starts at ``base``."""
    stack: list[tuple[int, Block, bool]] = []
    groups: list[list[Block]] = []
    for node in children:
        if not isinstance(node, Block):
            continue
        level = node.indent // INDENT
        if node.is_directive and not node.bubbles:
            if node.has_children:
                _container(node.children, base=level + 1)
            _decl_tabs(node, level)
            if groups and _in_rule(node):
                groups[-1].append(node)  # bubbled out of the group's rule (@keyframes)
            continue
        depth = level - base
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if not stack or depth <= 0:
            node.tabs = 0
            groups.append([])
            closed = node.bubbles or _at_root(node)
        elif stack[-1][1].bubbles:
            # a media query merged out of an enclosing @media: libsass keeps the depth
            node.tabs = depth
            closed = False
        else:
            parent_tabs = stack[-1][1].tabs
            node.tabs = parent_tabs + (1 if stack[-1][2] else 0)
            closed = False
        props = not node.bubbles and _has_props(node)
        stack.append((depth, node, props))
        if node.bubbles:
            _container(node.children, base=level + 1)
        else:
            _decl_tabs(node, level)
        if (node.bubbles or props) and not closed:
            groups[-1].append(node)
    for group in groups:
        if group and not (group[-1].is_directive and not group[-1].bubbles):
            group[-1].group_end = True


def _decl_tabs(node: Block, level: int) -> None:
    """Nested-property declarations are indented further than the block's first level."""
    for child in node.children or ():
        if isinstance(child, Decl):
            child.tabs = max(child.indent // INDENT - level - 1, 0)
