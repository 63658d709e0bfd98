"""Put the selectors that ``@extend`` adds in Ruby Sass's order.

Ruby Sass appends the selectors an ``@extend`` produces in the order the ``@extend``s were
seen; libsass appends the same groups in the reverse order (each group's own order intact).
To find the groups, the stylesheet is compiled a second time with every rule that holds an
``@extend`` tagged by a class ``.jekpy-eN`` (one per rule); every selector an extender
contributes then carries its tag.  The two outputs have the same shape, so the tags of the
second tell how to regroup the selector lists of the first.
"""
from __future__ import annotations

import re

from .css_tree import Block, Sheet
from .selectors import split_selector_list

TAG = re.compile(r"\.jekpy-e(\d+)(?![\w-])")
_PSEUDO_ELEMENT = re.compile(r"::|:(before|after|first-line|first-letter)\b", re.I)


def tag_selector(prelude: str, number: int) -> str:
    """Append ``.jekpy-eN`` to every selector of a (source) selector list."""
    parts = []
    for lead, member in split_selector_list(prelude):
        stripped = member.rstrip()
        tail = member[len(stripped):]
        last_compound = re.split(r"[\s>+~]", stripped)[-1]
        if stripped and not _PSEUDO_ELEMENT.search(last_compound):
            stripped += f".jekpy-e{number}"
        parts.append(lead + stripped + tail)
    return ",".join(parts)


def reorder_extends(sheet: Sheet, tagged: Sheet) -> None:
    """Reorder extension groups in ``sheet``'s selector lists using ``tagged``'s tags."""
    _walk(sheet.children, tagged.children)


def _walk(nodes: list, twins: list) -> None:
    blocks = [n for n in nodes if isinstance(n, Block)]
    tblocks = [n for n in twins if isinstance(n, Block)]
    if len(blocks) != len(tblocks):
        return
    for node, twin in zip(blocks, tblocks, strict=True):
        if not node.is_directive and not node.prelude.startswith("@"):
            node.prelude = _regroup(node.prelude, twin.prelude)
        if node.children and twin.children:
            _walk(node.children, twin.children)


def _regroup(selector: str, tagged: str) -> str:
    members = split_selector_list(selector)
    tags = [TAG.findall(m) for _, m in split_selector_list(tagged)]
    if len(members) != len(tags) or not any(tags):
        return selector
    keys = [t[-1] if t else None for t in tags]
    head = 0
    while head < len(keys) and keys[head] is None:
        head += 1
    groups: list[list[int]] = []
    for i in range(head, len(keys)):
        if keys[i] is None:
            return selector  # untagged selector among the extensions: leave as is
        if groups and keys[groups[-1][0]] == keys[i]:
            groups[-1].append(i)
        elif any(keys[g[0]] == keys[i] for g in groups):
            return selector  # a tag in two places: not the simple reversed layout
        else:
            groups.append([i])
    if len(groups) < 2:
        return selector
    order = list(range(head)) + [i for g in reversed(groups) for i in g]
    out = members[0][0] + members[order[0]][1]
    for k, i in enumerate(order[1:], start=1):
        own = members[i][0]
        out += "," + (own if "\n" in own else members[k][0]) + members[i][1]
    return out
