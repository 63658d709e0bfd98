"""Fast forward search for kramdown's span-start patterns.

kramdown's span loop searches for the next position where some span rule may start with one
lookahead alternation (``/(?=#{span_start})/``). Python's regex engine tries every alternative
at every position, which is the single largest cost of span parsing. Every alternative of
that pattern, however, contains one of a few short literal strings (its *triggers*) within the
first characters of any match: ``*``/``_`` for emphasis, the quote for smart quotes (which may
start one character earlier), ``...`` and ``--`` for typographic symbols, and so on.
:class:`TriggerSearch` finds the next trigger with a search for those literals (Python's
engine scans for their first characters in a tight C loop) and tries the real pattern only at
the few positions a match could start from. It returns the leftmost match, exactly as
``pattern.search`` would.

The triggers are derived from the parsed regex (:func:`trigger_set`); a pattern without a
usable trigger (one that could match without any rare character) keeps the plain search.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the regex parser's opcodes
from re import _parser as sre_parse
from typing import NamedTuple

from .dispatch import single_char

_INF = float("inf")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _weight(literal: str) -> float:
    """How often a literal is expected in prose (lower is rarer); longer literals are rarer."""
    first = literal[0]
    if first == " ":
        base = 100  # the first-character scan would stop at every space
    elif first.isalnum():
        base = 10
    elif first in ".,-'\n":
        base = 3
    else:
        base = 1
    return base / len(literal) ** 2


class Trigger(NamedTuple):
    """Any match has, for some ``(literal, k)`` in ``offsets``, ``literal`` starting at most
    ``k`` characters after the match start."""

    offsets: tuple[tuple[str, float], ...]

    @classmethod
    def of(cls, literals: frozenset[str], offset: float) -> Trigger:
        """Every literal with the same offset."""
        return cls(tuple((lit, offset) for lit in sorted(literals)))

    def cost(self) -> tuple[float, float]:
        """Lower is better: rare literals, then small offsets."""
        return (sum(_weight(lit) for lit, _ in self.offsets),
                max((k for _, k in self.offsets), default=0))

    def union(self, other: Trigger) -> Trigger:
        """A trigger for "a match of either" (per literal, the larger offset), made prefix-free:
        a literal that starts with another one is dropped and its offset kept by the shorter,
        so that at most one literal matches at any position."""
        merged = dict(self.offsets)
        for lit, k in other.offsets:
            merged[lit] = max(k, merged.get(lit, k))
        for lit in sorted(merged, key=len):
            if lit not in merged:
                continue
            for longer in [o for o in merged if o != lit and o.startswith(lit)]:
                merged[lit] = max(merged[lit], merged.pop(longer))
        return Trigger(tuple(sorted(merged.items())))


def trigger_set(pattern: re.Pattern[str]) -> Trigger | None:
    """A trigger for ``pattern``, or None when the analysis finds none."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - unexpected parser shape: no fast search
        return None
    found = _best(_seq(list(parsed), pattern.flags, 0))
    if found is None or not found.offsets or any(k == _INF for _, k in found.offsets):
        return None
    return found.union(Trigger(()))  # prefix-free


def _best(candidates: list[Trigger]) -> Trigger | None:
    return min(candidates, key=Trigger.cost, default=None)


def _width(op, arg) -> tuple[int, float]:
    low, high = sre_parse.SubPattern(sre_parse.State(), [(op, arg)]).getwidth()
    return low, (_INF if high >= sre_parse.MAXREPEAT else high)


def _seq(items: list, flags: int, high: float) -> list[Trigger]:
    """Triggers of a sequence whose first item starts at most ``high`` chars into the match.

    A run of literal characters gives a literal trigger at the offset of its first character.
    """
    candidates: list[Trigger] = []
    run, run_start = "", high
    for op, arg in items:
        if op is C.LITERAL and not flags & re.IGNORECASE:
            run, run_start = (run + chr(arg), run_start) if run else (chr(arg), high)
            candidates.append(Trigger.of(frozenset([run]), run_start))
        else:
            run = ""
            candidates += _item(op, arg, flags, high)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        try:
            high += _width(op, arg)[1]
        except Exception:  # noqa: BLE001 - unknown width: nothing after it is usable
            break
        if high == _INF:
            break
    return candidates


def _item(op, arg, flags: int, high: float) -> list[Trigger]:
    chars = single_char(op, arg, flags)
    if chars is not None:
        return [] if chars.negated else [Trigger.of(chars.chars, high)]
    if op in _REPEATS:
        return _seq(list(arg[2]), flags, high) if arg[0] >= 1 else []
    if op is C.SUBPATTERN:
        _group, add, remove, sub = arg
        return _seq(list(sub), (flags | add) & ~remove, high)
    if op is C.ATOMIC_GROUP:
        return _seq(list(arg), flags, high)
    if op is C.ASSERT and arg[0] == 1:  # a lookahead: its characters follow this position
        return _seq(list(arg[1]), flags, high)
    if op is C.BRANCH:
        best = [_best(_seq(list(alt), flags, high)) for alt in arg[1]]
        if not best or any(b is None for b in best):
            return []
        result = best[0]
        for other in best[1:]:
            result = result.union(other)
        return [result]
    return []


class TriggerSearch:
    """``pattern.search(string, pos)`` through a trigger search (same result).

    Args:
        pattern: a pattern without ``^``/lookbehind dependence on text before ``pos``.
    """

    __slots__ = ("back", "match", "plain", "reach", "trigger", "trigger_at")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        found = trigger_set(pattern)
        self.plain = pattern.search if found is None else None
        self.match = pattern.match
        if found is not None:
            literals = sorted(lit for lit, _ in found.offsets)
            # A character class finds candidates fastest; the literals are checked there.
            self.trigger = re.compile(
                "[" + "".join(re.escape(lit[0]) for lit in literals) + "]").search
            self.trigger_at = re.compile("|".join(re.escape(lit) for lit in literals)).match
            self.back = {lit: int(k) for lit, k in found.offsets}
            self.reach = max(self.back.values())

    def search(self, string: str, pos: int) -> re.Match[str] | None:
        """The leftmost match at or after ``pos``.

        Triggers are found by their first character, then checked in full.
        Invariant: no match starts in ``pos..checked-1``. The next trigger at or after
        ``checked`` starts at ``found``; a match starting at ``q <= found`` has its trigger
        starting in ``found..found+reach`` (none starts in ``checked..found-1``), so it starts
        at or after the smallest ``t - back[t]`` over the triggers ``t`` there (at most one
        literal starts at a position: the set is prefix-free). Those positions up to ``found``
        are tried in order; later ones belong to later triggers.
        """
        if self.plain is not None:
            return self.plain(string, pos)
        match, trigger, back = self.match, self.trigger, self.back
        checked = scan = pos
        while True:
            hit = trigger(string, scan)
            if hit is None:
                return None
            found = hit.start()
            scan = found + 1
            hit = self.trigger_at(string, found)
            if hit is None:  # only the first character of a longer literal: not a trigger
                continue
            lower = found - back[hit.group()]
            for t in range(found + 1, found + self.reach + 1):
                other = self.trigger_at(string, t)
                if other is not None and t - back[other.group()] < lower:
                    lower = t - back[other.group()]
            for start in range(lower if lower > checked else checked, found + 1):
                m = match(string, start)
                if m is not None:
                    return m
            checked = scan
