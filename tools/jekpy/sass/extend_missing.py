"""Put back the extensions libsass trims from later selectors of a rule.

Ruby Sass 3.7.4 extends every selector of a rule on its own and only trims redundant results
among the extensions of *one* selector (``Sequence#do_extend`` / ``#trim`` in
``lib/sass/selector/sequence.rb``).  libsass 3.6 also drops an extension of a later selector
when an earlier extension is a superselector of it: ``.j a, .j a:hover`` with
``.k { @extend .j }`` gives ``.j a, .k a, .j a:hover`` (Ruby adds ``.k a:hover``); Bootstrap
3's ``.nav-tabs.nav-justified > .active > a:hover`` and jekyll-TeXt-theme's
``:not(.b):link`` links hit it.

With the extend-order probe (:mod:`.extend_order`) the rule's own selectors (untagged) and the
extensions following each are known.  When a later own selector is an earlier one plus simple
selectors (``:hover``), each extension of the earlier one plus the same simple selectors is
added after the later one unless that selector is in the list already.
"""
from __future__ import annotations

import re

from .selectors import split_selector_list

_TAG = re.compile(r"\.jekpy-e\d+(?![\w-])")
_SIMPLE_SUFFIX = re.compile(r"(?:[.#][\w-]+|\[[^\]]*\]|::?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?)+")


def _outside_parens(selector: str) -> str:
    previous = None
    while previous != selector:
        previous, selector = selector, re.sub(r"\([^()]*\)", "", selector)
    return selector


def _segments(twins: list) -> list[tuple[int, list[int]]]:
    """(index of an own selector, indexes of the extensions after it)."""
    segments: list[tuple[int, list[int]]] = []
    for i, (_, twin) in enumerate(twins):
        if not _TAG.search(_outside_parens(twin)):
            segments.append((i, []))
        elif segments:
            segments[-1][1].append(i)
    return segments


def add_missing(selector: str, tagged: str) -> tuple[str, str]:
    """Both selector lists with the missing extensions added (members kept in step)."""
    members = split_selector_list(selector)
    twins = split_selector_list(tagged)
    if len(members) != len(twins) or "jekpy-e" not in tagged:
        return selector, tagged
    segments = _segments(twins)
    present = {text.strip() for _, text in members}
    extra: dict[int, list[tuple[tuple[str, str], tuple[str, str]]]] = {}
    for k, (i, extensions) in enumerate(segments):
        own = members[i][1].strip()
        for j, _ in segments[k + 1:]:
            later = members[j][1].strip()
            suffix = later[len(own):]
            if not later.startswith(own) or not _SIMPLE_SUFFIX.fullmatch(suffix):
                continue
            lead = members[j][0].replace("\n", " ")
            for e in extensions:
                new = members[e][1].strip() + suffix
                if new in present:
                    continue
                present.add(new)
                extra.setdefault(j, []).append(((lead, new), (lead, twins[e][1].strip() + suffix)))
    if not extra:
        return selector, tagged
    out, out_twins = [], []
    ends = {(exts[-1] if exts else i): i for i, exts in segments}
    for n, (member, twin) in enumerate(zip(members, twins, strict=True)):
        out.append(member)
        out_twins.append(twin)
        for new, new_twin in extra.get(ends.get(n, -1), ()):
            out.append(new)
            out_twins.append(new_twin)
    return ",".join(a + b for a, b in out), ",".join(a + b for a, b in out_twins)
