"""Put back the ``@extend`` results libsass drops as duplicates of other list members.

Ruby Sass 3.7.4 extends each selector of a rule on its own and keeps every result, even one
that another member of the list already is (``Sequence#do_extend`` only trims within one
selector's results): with ``.btn-large { @extend .btn }``, ``.btn.disabled,
.btn-large.disabled`` becomes ``.btn.disabled, .disabled.btn-large, .btn-large.disabled``
and ``.btn i, .btn-large i`` becomes ``.btn i, .btn-large i, .btn-large i``.  libsass (and
its probe compile) leave those results out.

The probe's tagged sibling rules (:func:`.extend_order.split_extends`) carry a declaration
``-jekpy-ext: K N`` (K: the run-time tag, N: the source rule, whose ``@extend`` targets are
known), so the probe output tells each tag's resolved extender selectors.  For a rule's own
selector with a compound holding a target, the result of a single-compound extender is
computed (``SimpleSequence#unify``: the rest of the compound, then the extender's simple
selectors, pseudo-classes last); when that selector is elsewhere in the list but not among
the selector's own results, it is added there.
"""
from __future__ import annotations

import re

from .css_tree import Block, Decl
from .extend_missing import _segments
from .extend_unify import _compounds, _parse
from .selectors import split_selector_list

MARKER = "-jekpy-ext"
_TAG = re.compile(r"\.jekpy-e(\d+)(?![\w-])")


def collect_extenders(children: list, targets: dict) -> dict:
    """Remove the probe's marker rules from ``children`` (recursively) and return
    ``{target: [(tag, extender selectors), ...]}``."""
    found: dict[int, tuple[list[str], list[str]]] = {}
    _collect(children, targets, found)
    index: dict[str, list[tuple[int, list[str]]]] = {}
    for tag, (selectors, names) in sorted(found.items()):
        for name in dict.fromkeys(names):
            index.setdefault(name, []).append((tag, selectors))
    return index


def _collect(children: list, targets: dict, found: dict) -> None:
    keep = []
    for node in children:
        if isinstance(node, Block) and node.children:
            marker = next((c for c in node.children
                           if isinstance(c, Decl) and c.name == MARKER), None)
            if marker is not None:
                _record(node.prelude, marker.value, targets, found)
                continue
            _collect(node.children, targets, found)
        keep.append(node)
    children[:] = keep


def _record(prelude: str, value: str, targets: dict, found: dict) -> None:
    parts = value.split()
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return
    tag, number = int(parts[0]), int(parts[1])
    selectors = []
    for _, member in split_selector_list(prelude):
        if f".jekpy-e{tag}" in member:
            plain = _TAG.sub("", member).strip()
            if plain not in selectors:
                selectors.append(plain)
    found[tag] = (selectors, targets.get(number, []))


def _unified(rest: list[str], kind: str, extender: str) -> str | None:
    """The compound ``rest`` (its type ``kind``) unified with a one-compound extender."""
    parsed = _parse(extender)
    if parsed is None:
        return None
    other_kind, simples = parsed
    if kind and other_kind and kind != other_kind:
        return None
    merged = list(dict.fromkeys(rest + simples))
    pseudo = [s for s in merged if s.startswith(":")]
    plain = [s for s in merged if not s.startswith(":")]
    return (kind or other_kind) + "".join(plain) + "".join(pseudo)


def _results(own: str, extenders: dict) -> list[tuple[str, int]]:
    """(selector, tag) for the extensions of one own selector that need no weaving: a
    one-compound extender anywhere, or a longer one when the target is in the first
    compound (its other compounds go in front)."""
    out = []
    for index, (start, end) in enumerate(_compounds(own)):
        parsed = _parse(own[start:end])
        if parsed is None:
            continue
        kind, simples = parsed
        for target in simples:
            for tag, selectors in extenders.get(target, ()):
                rest = [s for s in simples if s != target]
                for extender in selectors:
                    spans = _compounds(extender)
                    if not spans or (len(spans) > 1 and index > 0):
                        continue
                    last = spans[-1][0]
                    compound = _unified(rest, kind, extender[last:])
                    if compound:
                        out.append((own[:start] + extender[:last] + compound + own[end:], tag))
    return out


def _canonical(selector: str) -> str:
    """A selector with the simple selectors of each compound sorted (same meaning)."""
    out, last = [], 0
    for start, end in _compounds(selector):
        parsed = _parse(selector[start:end])
        body = selector[start:end] if parsed is None else parsed[0] + "".join(sorted(parsed[1]))
        out.append(selector[last:start] + body)
        last = end
    return "".join(out) + selector[last:]


def _from_probe(members: list, twins: list, extenders: dict) -> list | None:
    """libsass's list when its probe kept a result that duplicates another member (its tag
    made it differ): the probe's members, untagged, keeping a repeated selector only if it
    is the computed result of its own selector for its tag; None if that does not give
    the probe's length or the selectors differ."""
    texts = [_TAG.sub("", twin).strip() for _, twin in twins]
    if set(texts) != {m.strip() for _, m in members}:
        return None
    out, seen, own, segment = [], set(), "", {}
    for (lead, twin), text in zip(twins, texts, strict=True):
        tags = [int(t) for t in _TAG.findall(twin)]
        if not tags:
            own, segment = text, {}
        elif text in segment:
            # Ruby drops repeats among one selector's own results; the first @extend wins
            at = segment[text]
            if tags < [int(t) for t in _TAG.findall(out[at][1][1])]:
                out[at] = None  # it goes where its first @extend put it
                segment[text] = len(out)
                out.append(((lead, text), (lead, twin)))
            continue
        elif text in seen and (text, tags[-1]) not in _results(own, extenders):
            return None
        seen.add(text)
        segment[text] = len(out)
        out.append(((lead, text), (lead, twin)))
    out = [pair for pair in out if pair is not None]
    if out and out[0][0][0] != twins[0][0]:  # the first member has no separator
        out[0] = ((twins[0][0], out[0][0][1]), (twins[0][0], out[0][1][1]))
    return out


def add_duplicates(selector: str, tagged: str, extenders: dict) -> tuple[str, str]:
    """Both lists with the dropped duplicate results added after their own selector."""
    members = split_selector_list(selector)
    twins = split_selector_list(tagged)
    if not extenders:
        return selector, tagged
    if len(members) < len(twins):
        pairs = _from_probe(members, twins, extenders)
        if pairs is None:
            return selector, tagged
        members, twins = [m for m, _ in pairs], [t for _, t in pairs]
        selector = ",".join(a + b for a, b in members)
        tagged = ",".join(a + b for a, b in twins)
    if len(members) != len(twins):
        return selector, tagged
    texts = [_TAG.sub("", twin).strip() for _, twin in twins]
    if texts != [m.strip() for _, m in members] and \
            sorted(texts) == sorted(m.strip() for _, m in members):
        members = [(lead, text) for (lead, _), text in zip(twins, texts, strict=True)]
        selector = ",".join(a + b for a, b in members)  # the probe's order: tags match it
    present: set[str] | None = None  # computed when a result needs it
    extra: dict[int, list] = {}  # index of the member to insert before -> new pairs
    for own_index, extensions in _segments(twins):
        own = members[own_index][1].strip()
        results = _results(own, extenders)
        if not results:
            continue
        if present is None:
            present = {_canonical(text.strip()) for _, text in members}
        ranks: dict[str, int] = {}
        for rank, (result, _) in enumerate(results):
            ranks.setdefault(_canonical(result), rank)
        mine = {_canonical(members[e][1].strip()) for e in extensions}
        lead = members[own_index][0].replace("\n", " ") or members[-1][0].replace("\n", " ")
        for result, tag in results:
            key = _canonical(result)
            if key == _canonical(own) or key in mine or key not in present:
                continue
            mine.add(key)
            # among the results of the same @extend, the extender's selector order
            before = next((e for e in extensions if _TAG.findall(twins[e][1])[-1:] == [str(tag)]
                           and ranks.get(_canonical(members[e][1].strip()), -1) > ranks[key]),
                          (extensions[-1] if extensions else own_index) + 1)
            extra.setdefault(before, []).append(((lead, result), (lead, f"{result}.jekpy-e{tag}")))
    if not extra:
        return selector, tagged
    out, out_twins = [], []
    for n, (member, twin) in enumerate(zip(members, twins, strict=True)):
        for new, new_twin in extra.get(n, ()):
            out.append(new)
            out_twins.append(new_twin)
        out.append(member)
        out_twins.append(twin)
    for new, new_twin in extra.get(len(members), ()):
        out.append(new)
        out_twins.append(new_twin)
    return ",".join(a + b for a, b in out), ",".join(a + b for a, b in out_twins)
