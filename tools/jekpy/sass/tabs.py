"""Recover Ruby Sass's ``tabs`` and ``group_end`` from libsass's nested-style indentation.

In Ruby Sass (``lib/sass/tree/visitors/cssize.rb``) a rule written inside another rule is
flattened to a sibling whose ``tabs`` grows by one per level (used by the nested style), and
the last node flattened out of a top-level rule is marked ``group_end`` (a blank line follows
it in the nested, expanded and compact styles).  libsass's nested style indents the same way,
so the indentation tells both.
"""
from __future__ import annotations

from .css_tree import Block, Decl, Sheet

INDENT = 2


def annotate(sheet: Sheet) -> None:
    """Set ``tabs`` and ``group_end`` on every node of a tree parsed from nested output."""
    _container(sheet.children, base=0)


def _container(children: list, base: int) -> None:
    """Children of the root (base 0) or of an at-rule whose content starts at ``base``."""
    grouped = []
    for node in children:
        if isinstance(node, Block):
            node.tabs = max(node.indent // INDENT - base, 0)
            if node.has_children:
                _inner(node, base)
            if not node.keyframe_rule and (not node.is_directive or node.bubbles):
                grouped.append(node)
    for i, node in enumerate(grouped):
        nxt = grouped[i + 1] if i + 1 < len(grouped) else None
        last_of_group = nxt is None or nxt.tabs == 0
        if last_of_group and not (node.bubbles and node.tabs == 0):
            node.group_end = True


def _inner(node: Block, base: int) -> None:
    """Declarations get ``tabs`` relative to the block; at-rules recurse."""
    level = base + node.tabs
    for child in node.children:
        if isinstance(child, Decl):
            child.tabs = max(child.indent // INDENT - level - 1, 0)
    if node.is_directive:
        _container(node.children, base=level + 1)
