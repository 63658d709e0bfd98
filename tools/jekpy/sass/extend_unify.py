"""Restore the type selector libsass loses when it unifies an ``@extend``.

When the extended simple selector is the last one of a compound that starts with a type
selector and has something in between (``input[type="date"].input-sm``, ``div:hover.d``),
libsass 3.6 unifies the extender with the rest of the compound but drops the type:
``.p > .fc { @extend .input-sm }`` gives ``.p>[type="date"].fc`` where Ruby Sass 3.7.4
(``Sass::Selector::SimpleSequence#unify`` keeps the element name, ``lib/sass/selector``)
gives ``.p>input[type="date"].fc``; an extender with another type (``z``) even yields
``z[type="date"]`` where Ruby's unification fails and adds nothing.

The extend-order probe (:mod:`.extend_order`) marks the selectors each extender adds with
``.jekpy-eN``; the compound holding the tag is the unified one.  The target compound is
looked for among the rule's own (untagged) selectors: a type, at least one simple selector
that the unified compound also has, then a last simple selector it lacks (the extended
one).  The type is put back in front (or, for a different type, the selector is dropped).
"""
from __future__ import annotations

import re

from .selectors import split_selector_list, top_level_chars

_TAG = re.compile(r"\.jekpy-e\d+(?![\w-])")
_NAME = r"(?:[\w-]|\\.)+"
_TYPE = re.compile(rf"(?:(?:{_NAME}|\*)?\|)?(?:{_NAME}|\*)")
_SIMPLE = re.compile(rf"[.#%]{_NAME}|\[[^\]]*\]|::?{_NAME}(?:\((?:[^()]|\([^()]*\))*\))?")


def _compounds(selector: str) -> list[tuple[int, int]]:
    """(start, end) of each compound of a complex selector."""
    spans, start = [], None
    for i, ch, depth in top_level_chars(selector):
        boundary = depth == 0 and ch in " \t\n>+~"
        if boundary and start is not None:
            spans.append((start, i))
            start = None
        elif not boundary and start is None:
            start = i
    if start is not None:
        spans.append((start, len(selector)))
    return spans


def _parse(compound: str) -> tuple[str, list[str]] | None:
    """(type or "", simple selectors) of a compound, or None if it does not parse."""
    m = _TYPE.match(compound)
    kind, pos = (m.group(0), m.end()) if m else ("", 0)
    simples = []
    while pos < len(compound):
        m = _SIMPLE.match(compound, pos)
        if not m:
            return None
        simples.append(m.group(0))
        pos = m.end()
    return kind, simples


_EXTEND = re.compile(r"@extend\s+([^;{}!\n]+)")


def extend_targets(text: str, found: set) -> None:
    """Add to ``found`` the simple selectors ``text`` ``@extend``s (``.input-sm``)."""
    for m in _EXTEND.finditer(text):
        for target in m.group(1).split(","):
            target = target.strip()
            if _SIMPLE.fullmatch(target):
                found.add(target)


def _targets(selectors: list[str], extended: set) -> list[tuple[str, list[str], str]]:
    """Compounds ``TYPE middle... LAST`` of the rule's own selectors whose LAST is
    ``@extend``ed somewhere: (type, middle, last)."""
    found = []
    for selector in selectors:
        for start, end in _compounds(selector):
            parsed = _parse(selector[start:end])
            if parsed and parsed[0] and len(parsed[1]) >= 2 and parsed[1][-1] in extended:
                found.append((parsed[0], parsed[1][:-1], parsed[1][-1]))
    return found


def _fix(member: str, tagged: str, targets) -> str | None:
    """The member with its type restored, None to drop it, or the member unchanged."""
    tagged_spans = _compounds(tagged)
    spans = _compounds(member)
    if len(spans) != len(tagged_spans):
        return member
    index = next((k for k, (a, b) in enumerate(tagged_spans) if _TAG.search(tagged[a:b])), None)
    if index is None:
        return member
    start, end = spans[index]
    parsed = _parse(member[start:end])
    if parsed is None:
        return member
    kind, simples = parsed
    for target_type, middle, last in targets:
        if last in simples or not all(s in simples for s in middle):
            continue
        if not kind:
            return member[:start] + target_type + member[start:]
        if kind != target_type and "*" not in (kind, target_type) and "|" not in kind:
            return None
        return member
    return member


def restore_types(selector: str, tagged: str, extended: set) -> tuple[str, str]:
    """Fix the extension selectors of one rule (``selector``: libsass's list; ``tagged``: the
    same list from the probe compile; ``extended``: :func:`extend_targets`); returns both
    lists, members kept in step."""
    members = split_selector_list(selector)
    twins = split_selector_list(tagged)
    if not extended or len(members) != len(twins) or "jekpy-e" not in tagged:
        return selector, tagged
    own = [m for (_, m), (_, t) in zip(members, twins, strict=True) if not _TAG.search(t)]
    targets = _targets(own, extended)
    if not targets:
        return selector, tagged
    kept, kept_twins = [], []
    for (lead, member), (tlead, twin) in zip(members, twins, strict=True):
        fixed = _fix(member, twin, targets) if _TAG.search(twin) else member
        if fixed is not None:
            kept.append(lead + fixed)
            kept_twins.append(tlead + twin)
    if len(kept) == len(members):
        return ",".join(kept), tagged
    if kept:
        kept[0] = kept[0].lstrip(" \t\n")
    return ",".join(kept), ",".join(kept_twins)
