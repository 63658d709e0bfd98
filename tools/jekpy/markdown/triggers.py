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

from ..regex_starts import ANY, CharSet, single_char
from ..regex_starts import _seq as _first_seq

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
    """Any match has, for some ``(literal, k, first)`` in ``entries``, ``literal`` starting at
    most ``k`` characters after the match start, and its first character is in ``first``
    (``ANY`` unless the entry comes from an alternative of a branch at the pattern start)."""

    entries: tuple[tuple[str, float, CharSet], ...]

    @classmethod
    def of(cls, literals: frozenset[str], offset: float) -> Trigger:
        """Every literal with the same offset."""
        return cls(tuple((lit, offset, ANY) for lit in sorted(literals)))

    def backs(self) -> dict[str, float]:
        """The largest offset per literal."""
        result: dict[str, float] = {}
        for lit, k, _first in self.entries:
            result[lit] = max(k, result.get(lit, k))
        return result

    def cost(self) -> tuple[float, float]:
        """Lower is better: rare literals, then small offsets."""
        backs = self.backs()
        return (sum(_weight(lit) for lit in backs), max(backs.values(), default=0))

    def starting(self, first: CharSet) -> Trigger:
        """The same trigger for an alternative whose matches start with ``first``."""
        return Trigger(tuple((lit, k, first) for lit, k, _ in self.entries))

    def union(self, other: Trigger) -> Trigger:
        """A trigger for "a match of either", made prefix-free: a literal that starts with
        another one is replaced by the shorter (whose occurrence it implies), so that at most
        one literal matches at any position."""
        entries = set(self.entries) | set(other.entries)
        literals = sorted({lit for lit, _, _ in entries}, key=len)
        keep = [lit for i, lit in enumerate(literals)
                if not any(lit.startswith(shorter) for shorter in literals[:i])]
        result = set()
        for lit, k, first in entries:
            result.add((next(short for short in keep if lit.startswith(short)), k, first))
        return Trigger(tuple(sorted(result, key=lambda e: (e[0], e[1], sorted(e[2].chars)))))


def trigger_set(pattern: re.Pattern[str]) -> Trigger | None:
    """A trigger for ``pattern``, or None when the analysis finds none."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - unexpected parser shape: no fast search
        return None
    found = _best(_seq(list(parsed), pattern.flags, 0, True))
    if found is None or not found.entries or any(k == _INF for _, k, _ in found.entries):
        return None
    return found.union(Trigger(()))  # prefix-free


def _best(candidates: list[Trigger]) -> Trigger | None:
    return min(candidates, key=Trigger.cost, default=None)


def _width(op, arg) -> tuple[int, float]:
    low, high = sre_parse.SubPattern(sre_parse.State(), [(op, arg)]).getwidth()
    return low, (_INF if high >= sre_parse.MAXREPEAT else high)


def _seq(items: list, flags: int, high: float, at_start: bool) -> list[Trigger]:
    """Triggers of a sequence whose first item starts at most ``high`` chars into the match
    (``at_start``: exactly at the match start).

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
            candidates += _item(op, arg, flags, high, at_start)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        try:
            low, width = _width(op, arg)
        except Exception:  # noqa: BLE001 - unknown width: nothing after it is usable
            break
        high += width
        at_start = at_start and width == 0
        if high == _INF:
            break
    return candidates


def _item(op, arg, flags: int, high: float, at_start: bool) -> list[Trigger]:
    chars = single_char(op, arg, flags)
    if chars is not None:
        return [] if chars.negated else [Trigger.of(chars.chars, high)]
    if op in _REPEATS:
        return _seq(list(arg[2]), flags, high, False) if arg[0] >= 1 else []
    if op is C.SUBPATTERN:
        _group, add, remove, sub = arg
        return _seq(list(sub), (flags | add) & ~remove, high, at_start)
    if op is C.ATOMIC_GROUP:
        return _seq(list(arg), flags, high, at_start)
    if op is C.ASSERT and arg[0] == 1:  # a lookahead: its characters follow this position
        return _seq(list(arg[1]), flags, high, at_start)
    if op is C.BRANCH:
        return _branch(arg[1], flags, high, at_start)
    return []


def _branch(alternatives: list, flags: int, high: float, at_start: bool) -> list[Trigger]:
    result = None
    for alt in alternatives:
        best = _best(_seq(list(alt), flags, high, at_start))
        if best is None:
            return []
        if at_start:  # remember what this alternative's matches start with
            first, nullable = _first_seq(list(alt), flags)
            best = best.starting(ANY if nullable else first)
        result = best if result is None else result.union(best)
    return [] if result is None else [result]


class TriggerSearch:
    """``pattern.search(string, pos)`` through a trigger search (same result).

    Args:
        pattern: a pattern without ``^``/lookbehind dependence on text before ``pos``.
    """

    __slots__ = ("back", "before", "find", "firsts", "match", "near", "plain", "reach", "sure",
                 "trigger_at")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        found = trigger_set(pattern)
        self.plain = pattern.search if found is None else None
        self.match = pattern.match
        if found is not None:
            backs = found.backs()
            literals = sorted(backs)
            self.firsts = frozenset(lit[0] for lit in literals)
            # One alternation of the literals: the regex engine skips to their first
            # characters (a character-set prefix) and checks the rest in C.
            literal_re = re.compile("|".join(re.escape(lit) for lit in literals))
            self.find = literal_re.search
            self.trigger_at = literal_re.match
            self.near = re.compile(
                "[" + "".join(re.escape(ch) for ch in sorted(self.firsts)) + "]").search
            self.back = {lit: int(k) for lit, k in backs.items()}
            self.reach = max(self.back.values())
            self.before = {lit: _starts_before(found, lit) for lit in literals}
            self.sure = _sure_literals(pattern, literals)

    def search(self, string: str, pos: int) -> re.Match[str] | None:
        """The leftmost match at or after ``pos``.

        Triggers are found by one search for the literals.
        Invariant: no match starts in ``pos..checked-1``. The next trigger at or after
        ``checked`` starts at ``found``; a match starting at ``q <= found`` has its trigger
        starting in ``found..found+reach`` (none starts in ``checked..found-1``), so it starts
        at or after the smallest ``t - back[t]`` over the triggers ``t`` there (at most one
        literal starts at a position: the set is prefix-free). Those positions up to ``found``
        are tried in order; later ones belong to later triggers. When ``found`` is the only
        trigger there (no first character of a literal follows within ``reach``), a position
        before it is tried only if its character can start one of the alternatives
        ``found``'s literal triggers from a distance (``before``).
        """
        if self.plain is not None:
            return self.plain(string, pos)
        find, match = self.find, self.match
        checked = pos
        while True:
            hit = find(string, checked)
            if hit is None:
                return None
            found = hit.start()
            if found > checked:
                m = self._before(string, checked, found, hit.group())
                if m is not None:
                    return m
            m = match(string, found)
            if m is not None:
                return m
            checked = found + 1

    def position(self, string: str, pos: int) -> int:
        """Where the leftmost match at or after ``pos`` starts (-1: none), as :meth:`search`
        finds it, without building the match where the pattern must match (``sure``)."""
        if self.plain is not None:
            m = self.plain(string, pos)
            return -1 if m is None else m.start()
        find, match = self.find, self.match
        checked = pos
        while True:
            hit = find(string, checked)
            if hit is None:
                return -1
            found = hit.start()
            literal = hit.group()
            if found > checked:
                m = self._before(string, checked, found, literal)
                if m is not None:
                    return m.start()
            if literal in self.sure or match(string, found) is not None:
                return found
            checked = found + 1

    def _before(self, string: str, checked: int, found: int, literal: str) -> re.Match[str] | None:
        """The leftmost match starting in ``checked..found-1`` (see :meth:`search`'s invariant):
        only positions from ``found - back[literal]`` (or lower, when another trigger follows
        within ``reach``) whose character may start a match triggered from a distance."""
        lower = found - self.back[literal]
        if self.near(string, found + 1, found + 1 + self.reach) is None:
            allowed = self.before[literal]
        else:
            lower, allowed = self._window(string, found, lower, literal)
        match = self.match
        for start in range(lower if lower > checked else checked, found):
            if allowed is None or (string[start] in allowed[0]) != allowed[1]:
                m = match(string, start)
                if m is not None:
                    return m
        return None

    def _window(self, string: str, found: int, lower: int,
                literal: str) -> tuple[int, tuple[frozenset[str], bool] | None]:
        """The lowest possible start before ``found``, and the characters allowed there
        (None: any; only known when no other trigger follows within ``reach``)."""
        allowed = self.before[literal]
        for t in range(found + 1, min(found + self.reach + 1, len(string))):
            if string[t] in self.firsts:
                other = self.trigger_at(string, t)
                if other is not None:
                    allowed = None
                    lower = min(lower, t - self.back[other.group()])
        return lower, allowed


def _starts_before(found: Trigger, literal: str) -> tuple[frozenset[str], bool]:
    """The characters a match can start with when it starts before ``literal`` (the union of
    the first characters of the entries of ``literal`` with a positive offset)."""
    result = CharSet(frozenset(), False)
    for lit, k, first in found.entries:
        if lit == literal and k > 0:
            result = result.union(first)
    return result.chars, result.negated


def _sure_literals(pattern: re.Pattern[str], literals: list[str]) -> frozenset[str]:
    """The literals at whose every occurrence the pattern matches: an alternative of its
    top-level alternation (inside a leading lookahead or group) is optional items followed
    by exactly that literal (``\\*`` for ``*``, ``[^\\\\]?["']`` for a quote)."""
    if pattern.flags & re.IGNORECASE:
        return frozenset()
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - unexpected parser shape: nothing is sure
        return frozenset()
    while len(items) == 1 and items[0][0] in (C.ASSERT, C.SUBPATTERN):
        op, arg = items[0]
        if op is C.ASSERT and arg[0] != 1:
            return frozenset()
        items = list(arg[1] if op is C.ASSERT else arg[3])
    return frozenset(lit for lit in literals if _spells(items, lit))


def _spells(items: list, literal: str) -> bool:
    """Whether ``items`` (a sequence) matches ``literal`` wherever it occurs: optional items,
    then one single-character item per character of ``literal`` (a branch: any alternative)."""
    while items and items[0][0] in _REPEATS and items[0][1][0] == 0:
        items = items[1:]
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return any(_spells(list(alt), literal) for alt in items[0][1][1])
    if len(items) == 1 and items[0][0] is C.SUBPATTERN and not items[0][1][1]:
        return _spells(list(items[0][1][3]), literal)
    if len(items) != len(literal):
        return False
    return all(_single(op, arg, ch) for (op, arg), ch in zip(items, literal, strict=True))


def _single(op, arg, ch: str) -> bool:
    """Whether the item always matches the character ``ch``."""
    if op is C.LITERAL:
        return arg == ord(ch)
    if op is C.IN:
        return all(o is C.LITERAL for o, _ in arg) and any(a == ord(ch) for _, a in arg)
    return False
