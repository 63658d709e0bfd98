"""Put the selectors that ``@extend`` adds in Ruby Sass's order.

Ruby Sass appends the selectors an ``@extend`` produces in the order the ``@extend``s were
seen; libsass keeps that order only for ``@extend``s seen before the target rule and puts
later ones first, in reverse (each group's own order intact).
To find the groups, the stylesheet is compiled a second time with the ``@extend``s of every
rule moved into a sibling rule whose selector carries a class ``.jekpy-eN`` (one per rule);
every selector that extender contributes then carries its tag, while the rule's own output
stays untagged.  Tags are numbered in source order (imports in the order libsass loads them),
so sorting each run of extension selectors by tag restores Ruby's order.  The two outputs have the same shape, so the tags of the
second tell how to regroup the selector lists of the first.
"""
from __future__ import annotations

import itertools
import re

from .css_tree import Block, Sheet
from .extend_duplicates import MARKER as DUPLICATES_MARKER
from .extend_duplicates import add_duplicates, collect_extenders
from .extend_missing import add_missing
from .extend_unify import restore_types
from .scanner import scan_statements, strip_comments
from .selectors import split_selector_list
from .source import is_style_rule

TAG = re.compile(r"\.jekpy-e(\d+)(?![\w-])")
_PSEUDO_ELEMENT = re.compile(r"::|:(before|after|first-line|first-letter)\b", re.I)


def tag_selector(prelude: str, number: int | str) -> str:
    """Append ``.jekpy-eN`` to every selector of a (source) selector list."""
    parts = []
    for lead, member in split_selector_list(prelude):
        stripped = member.rstrip()
        tail = member[len(stripped):]
        last_compound = re.split(r"[\s>+~]", stripped)[-1]
        pseudo = _PSEUDO_ELEMENT.search(last_compound)
        if pseudo:  # a class must come before a pseudo-element
            at = len(stripped) - len(last_compound) + pseudo.start()
            stripped = stripped[:at] + f".jekpy-e{number}" + stripped[at:]
        elif stripped:
            stripped += f".jekpy-e{number}"
        parts.append(lead + stripped + tail)
    return ",".join(parts)


# The tags are numbered when the stylesheet runs (a global counter bumped where a rule's
# first @extend is), so @extends in loops and mixins are told apart, in evaluation order.
# (The values live in a map: libsass warns about a !global variable not declared at the top.)
COUNTER_DECLARATION = "$jekpy-k:0;$jekpy-t:();"


def _count_statements(number: int, separator: str) -> str:
    """Bump the counter and keep its value for the tag of source rule ``number``."""
    return (f"$jekpy-k:$jekpy-k + 1 !global{separator}"
            f"$jekpy-t:map-merge($jekpy-t, ({number}: $jekpy-k)) !global")


def _runtime_tag(number: int) -> str:
    return f"#{{map-get($jekpy-t, {number})}}"


class TagCounter:
    """Numbers the source rules that ``@extend`` (``next(counter)``) and keeps each one's
    ``@extend`` targets (``targets[N]``, for :mod:`.extend_duplicates`)."""

    def __init__(self):
        self._numbers = itertools.count(1)
        self.targets: dict[int, list[str]] = {}

    def __next__(self) -> int:
        return next(self._numbers)

    def note(self, number: int, bodies: list[str]) -> None:
        """Record the simple selectors the ``@extend`` statements ``bodies`` name."""
        found = self.targets.setdefault(number, [])
        for body in bodies:
            names = re.sub(r"!optional", "", body.strip()[len("@extend"):])
            found.extend(t.strip() for t in names.split(",") if t.strip())


def _marker(number: int) -> str:
    """The probe's declaration naming the run-time tag and the source rule."""
    return f"{DUPLICATES_MARKER}: {_runtime_tag(number)} {number}"


def split_extends(text: str, counter) -> str:
    """Move each style rule's ``@extend`` statements into a tagged sibling rule placed right
    after it (same line, so line numbers stay); ``counter`` (an ``itertools.count``) numbers
    the tags across all files of one compilation."""
    statements = scan_statements(text)
    stack, extends, closers = [], {}, {}
    for index, (start, end, term) in enumerate(statements):
        if stack and term in (";", "}") and text[start:end].lstrip().startswith("@extend"):
            extends.setdefault(stack[-1], []).append((start, end))
        if term == "{":
            stack.append(index)
        elif term == "}" and stack:
            closers[stack.pop()] = end
    edits = []
    for opener, found in extends.items():
        prelude = strip_comments(text[statements[opener][0]:statements[opener][1]])
        if opener not in closers or not is_style_rule(prelude):
            continue
        bodies = []
        number = next(counter)
        for k, (start, end) in enumerate(found):
            bodies.append(text[start:end].strip())
            lines = "\n" * text[start:end].count("\n")
            edits.append((start, end, lines + (_count_statements(number, "; ") if k == 0 else "")))
        tagged = tag_selector(prelude, _runtime_tag(number)).strip()
        if isinstance(counter, TagCounter):
            counter.note(number, bodies)
            bodies.append(_marker(number))
        edits.append((closers[opener] + 1, closers[opener] + 1,
                      f" {tagged}{{{'; '.join(bodies)};}}"))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def reorder_extends(sheet: Sheet, tagged: Sheet, targets: dict | None = None) -> None:
    """Reorder extension groups in ``sheet``'s selector lists using ``tagged``'s tags (and
    put back what libsass's unification lost: :mod:`.extend_unify`, :mod:`.extend_missing`,
    :mod:`.extend_duplicates`; ``targets``: :attr:`TagCounter.targets` of the probe)."""
    extenders = collect_extenders(tagged.children, targets or {})
    _walk(sheet.children, tagged.children, sheet.extend_targets, extenders)


def _walk(nodes: list, twins: list, extended: set, extenders: dict) -> None:
    blocks = [n for n in nodes if isinstance(n, Block)]
    tblocks = [n for n in twins if isinstance(n, Block)]
    if len(blocks) != len(tblocks):
        return
    for node, twin in zip(blocks, tblocks, strict=True):
        if not node.is_directive and not node.prelude.startswith("@"):
            prelude, tagged = node.prelude, twin.prelude
            if "jekpy-e" in tagged:
                prelude, tagged = restore_types(prelude, tagged, extended)
                prelude, tagged = add_missing(prelude, tagged)
            prelude, tagged = add_duplicates(prelude, tagged, extenders)
            if "jekpy-e" in tagged:
                node.prelude = _regroup(prelude, tagged)
            else:
                node.prelude = prelude
        if node.children and twin.children:
            _walk(node.children, twin.children, extended, extenders)


def _regroup(selector: str, tagged: str) -> str:
    """Put each run of tagged selectors (after an untagged one) in tag-number order."""
    members = split_selector_list(selector)
    twins = split_selector_list(tagged)
    tags = [TAG.findall(_outside_parens(m)) for _, m in twins]
    if not any(tags):
        return selector
    # a selector added through a chain of @extends carries its parent's tag first
    keys = [tuple(int(n) for n in t) if t else None for t in tags]
    if len(members) != len(tags):
        keys = _keys_by_text(members, twins, keys)
        if keys is None:
            return selector
    order: list[int] = []
    segment: list[int] = []

    def flush() -> None:
        order.extend(sorted(segment, key=lambda j: keys[j]))
        segment.clear()

    for i, key in enumerate(keys):
        if key is None:
            flush()
            order.append(i)
        elif segment and key != keys[segment[-1]] and key in {keys[j] for j in segment}:
            flush()  # a tag seen again: the extensions of the next (placeholder) selector
            segment.append(i)
        else:
            segment.append(i)
    flush()
    if order == list(range(len(members))):
        return selector
    out = members[0][0] + members[order[0]][1]
    for k, i in enumerate(order[1:], start=1):
        # a line break belongs to its selector (Ruby keeps it with the sequence); the one
        # that was first has no separator of its own and takes its new place's
        own = members[i][0] or members[k][0].replace("\n", " ")
        out += "," + own + members[i][1]
    return out


def _keys_by_text(members: list, twins: list, keys: list) -> list | None:
    """Keys for ``members`` when the probe has more selectors: an extender that
    ``@extend``s the same target again yields one selector in libsass's list but one per
    ``@extend`` in the probe; Ruby keeps it where its first ``@extend`` put it, so it takes
    the smallest key of its twins (None if it is also one of the rule's own)."""
    found: dict[str, list] = {}
    for (_, twin), key in zip(twins, keys, strict=True):
        found.setdefault(TAG.sub("", twin).strip(), []).append(key)
    out = []
    for _, member in members:
        candidates = found.get(member.strip())
        if not candidates:
            return None
        out.append(None if None in candidates else min(candidates))
    return out


def _outside_parens(selector: str) -> str:
    """The selector without parenthesised arguments (tags inside ``:not()`` don't count)."""
    previous = None
    while previous != selector:
        previous, selector = selector, re.sub(r"\([^()]*\)", "", selector)
    return selector


def split_extends_indented(text: str, counter) -> str:
    """:func:`split_extends` for the indented syntax: each selector block's ``@extend`` lines
    move into a tagged sibling block inserted right after it (only for the probe compile,
    where line numbers do not matter)."""
    lines = text.split("\n")
    parents: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if not line.strip().startswith("@extend"):
            continue
        parent = _indented_parent(lines, i)
        if parent is not None and _is_indented_selector(lines[parent]):
            parents.setdefault(parent, []).append(i)
    inserts: dict[int, list[str]] = {}
    for parent, found in parents.items():
        indent = _indent_of(lines[parent])
        end = parent + 1
        while end < len(lines) and (not lines[end].strip() or _indent_of(lines[end]) > indent):
            end += 1
        first = parent
        while first > 0 and lines[first - 1].rstrip().endswith(",") \
                and _indent_of(lines[first - 1]) == indent:
            first -= 1
        selector = " ".join(line.strip() for line in lines[first:parent + 1])
        number = next(counter)
        tagged = tag_selector(selector, _runtime_tag(number))
        block = [lines[parent][:indent] + tagged] + [lines[j] for j in found]
        if isinstance(counter, TagCounter):
            counter.note(number, [lines[j] for j in found])
            block.append(" " * _indent_of(block[1]) + _marker(number))
        inserts.setdefault(end, []).extend(block)
        for j in found:
            lines[j] = ""
        pad = " " * _indent_of(block[1])
        lines[found[0]] = pad + _count_statements(number, "\n" + pad)
    out = []
    for i, line in enumerate(lines):
        out.extend(inserts.get(i, []))
        out.append(line)
    out.extend(inserts.get(len(lines), []))
    return "\n".join(out)


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _indented_parent(lines: list[str], i: int) -> int | None:
    indent = _indent_of(lines[i])
    for j in range(i - 1, -1, -1):
        if lines[j].strip() and _indent_of(lines[j]) < indent:
            return j
    return None


def _is_indented_selector(line: str) -> bool:
    body = line.strip()
    if not body or body[0] in "@=+$/" or body.endswith(","):
        return False
    return is_style_rule(body) and not re.match(r"[\w-]+\s*:\s", body)
