"""Fast forward search for kramdown's span-start patterns.

kramdown's span loop searches for the next position where some span rule may start with one
lookahead alternation (``/(?=#{span_start})/``). Python's regex engine tries every alternative
at every position, which is the single largest cost of span parsing. Every alternative of
that pattern, however, contains a character from a small set (its *trigger*) within the first
few characters of any match: ``*``/``_`` for emphasis, the quote for smart quotes (which may
start one character earlier), the newline two characters after a line break's spaces, and so
on. :class:`TriggerSearch` finds the next trigger with a plain character-class search (a tight
C loop) and tries the real pattern only at the few positions a match could start from. It
returns the leftmost match, exactly as ``pattern.search`` would.

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
#: Characters too common in prose to make a good trigger.
_COMMON = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


class Trigger(NamedTuple):
    """Any match has, for some ``(ch, k)`` in ``offsets``, the character ``ch`` at most ``k``
    characters after its start."""

    offsets: tuple[tuple[str, float], ...]

    @classmethod
    def of(cls, chars: frozenset[str], offset: float) -> Trigger:
        """Every character of ``chars`` with the same offset."""
        return cls(tuple((ch, offset) for ch in sorted(chars)))

    def cost(self) -> tuple[int, float]:
        """Lower is better: few common characters, then small offsets."""
        return (sum(10 if ch in _COMMON else 1 for ch, _ in self.offsets),
                max((k for _, k in self.offsets), default=0))

    def union(self, other: Trigger) -> Trigger:
        """A trigger for "a match of either": per character, the larger offset."""
        merged = dict(self.offsets)
        for ch, k in other.offsets:
            merged[ch] = max(k, merged.get(ch, k))
        return Trigger(tuple(sorted(merged.items())))


def trigger_set(pattern: re.Pattern[str]) -> Trigger | None:
    """A trigger for ``pattern``, or None when the analysis finds none."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - unexpected parser shape: no fast search
        return None
    found = _best(_seq(list(parsed), pattern.flags, 0, 0))
    if found is None or not found.offsets or any(k == _INF for _, k in found.offsets):
        return None
    return found


def _best(candidates: list[Trigger]) -> Trigger | None:
    return min(candidates, key=Trigger.cost, default=None)


def _width(op, arg) -> tuple[int, float]:
    low, high = sre_parse.SubPattern(sre_parse.State(), [(op, arg)]).getwidth()
    return low, (_INF if high >= sre_parse.MAXREPEAT else high)


def _seq(items: list, flags: int, low: float, high: float) -> list[Trigger]:
    """Triggers of a sequence whose first item starts ``low``..``high`` chars into the match."""
    candidates: list[Trigger] = []
    for op, arg in items:
        candidates += _item(op, arg, flags, high)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        try:
            item_low, item_high = _width(op, arg)
        except Exception:  # noqa: BLE001 - unknown width: nothing after it is usable
            break
        low, high = low + item_low, high + item_high
        if high == _INF:
            break
    return candidates


def _item(op, arg, flags: int, high: float) -> list[Trigger]:
    chars = single_char(op, arg, flags)
    if chars is not None:
        return [] if chars.negated else [Trigger.of(chars.chars, high)]
    if op in _REPEATS:
        low_count, _high_count, sub = arg
        return _seq(list(sub), flags, 0, high) if low_count >= 1 else []
    if op is C.SUBPATTERN:
        _group, add, remove, sub = arg
        return _seq(list(sub), (flags | add) & ~remove, 0, high)
    if op is C.ATOMIC_GROUP:
        return _seq(list(arg), flags, 0, high)
    if op is C.ASSERT and arg[0] == 1:  # a lookahead: its characters follow this position
        return _seq(list(arg[1]), flags, 0, high)
    if op is C.BRANCH:
        best = [_best(_seq(list(alt), flags, 0, high)) for alt in arg[1]]
        if not best or any(b is None for b in best):
            return []
        result = best[0]
        for other in best[1:]:
            result = result.union(other)
        return [result]
    return []


class TriggerSearch:
    """``pattern.search(string, pos)`` through a trigger-character search (same result).

    Args:
        pattern: a pattern without ``^``/lookbehind dependence on text before ``pos``.
    """

    __slots__ = ("back", "match", "plain", "reach", "trigger")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        found = trigger_set(pattern)
        self.plain = pattern.search if found is None else None
        self.match = pattern.match
        if found is not None:
            self.trigger = re.compile(
                "[" + "".join(re.escape(ch) for ch, _ in found.offsets) + "]").search
            self.back = {ch: int(k) for ch, k in found.offsets}
            self.reach = max(self.back.values())

    def search(self, string: str, pos: int) -> re.Match[str] | None:
        """The leftmost match at or after ``pos``.

        Invariant: no match starts in ``pos..checked-1``. The next trigger at or after
        ``checked`` is ``found``; a match starting at ``q <= found`` has its trigger in
        ``found..found+reach`` (no trigger lies in ``checked..found-1``), so it starts at or
        after the smallest ``t - back[t]`` over the triggers ``t`` there. Those positions up
        to ``found`` are tried in order; later ones belong to later triggers.
        """
        if self.plain is not None:
            return self.plain(string, pos)
        match, trigger, back = self.match, self.trigger, self.back
        end = len(string)
        checked = pos
        while True:
            hit = trigger(string, checked)
            if hit is None:
                return None
            found = hit.start()
            lower = found - back[string[found]]
            for t in range(found + 1, min(found + self.reach, end - 1) + 1):
                k = back.get(string[t])
                if k is not None and t - k < lower:
                    lower = t - k
            for start in range(lower if lower > checked else checked, found + 1):
                m = match(string, start)
                if m is not None:
                    return m
            checked = found + 1
