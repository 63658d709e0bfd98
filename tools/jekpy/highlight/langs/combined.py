r"""One alternation per lexer state: which rule matches first, found in a single regex call.

Rouge (and ``base.RougeRegexLexer``) tries a state's rules one by one and takes the first that
matches at the scan position.  Python's alternation ``(?:(r0)|(r1)|...)``, anchored by
``Pattern.match``, tries its branches in the same order and the first branch that matches wins
with the very match the rule alone would make (nothing follows the alternation), so one call
of the combined pattern names the rule and its match.  The branch is read off ``lastindex``:
each rule is wrapped in a capturing group that closes after all of its own groups.

A state is left to the rule-by-rule loop when its rules cannot be combined without changing
them: numbered or named back-references, conditional groups (the group numbers shift),
duplicate group names, or a pattern that will not compile inside the alternation.
"""

from __future__ import annotations

import re
from functools import cache

# A pattern's leading global flags, ``(?i)``; moved into a scoped group ``(?i:...)``.
_LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
# Constructs whose group numbers would need more than ``renumbered`` does.
_GROUP_REFS = re.compile(r"\(\?\(|\\g<|\\[1-9][0-9]")
_FLAG_BITS = {"a": re.ASCII, "i": re.I, "L": re.L, "m": re.M, "s": re.S, "u": re.U, "x": re.X}


def scoped(pattern: str) -> tuple[str, int]:
    """``pattern`` with its leading global flags turned into a scoped group, and those flags."""
    flags, bits = "", 0
    while (m := _LEADING_FLAGS.match(pattern)) is not None:
        flags += m.group(1)
        pattern = pattern[m.end():]
    for ch in flags:
        bits |= _FLAG_BITS[ch]
    if not flags:
        return pattern, 0
    tail = "\n" if "x" in flags else ""  # a verbose pattern may end in a comment
    return f"(?{flags}:{pattern}{tail})", bits


def renumbered(pattern: str, offset: int) -> str | None:
    r"""``pattern`` with its back-references ``\N`` (outside character classes) moved up by
    ``offset`` groups, written ``(?:\M)`` so that no digit can follow; None when a reference
    would pass group 99 or a class holds an escaped digit."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            pair = pattern[i : i + 2]
            if pair[1].isdigit() and pair[1] != "0":
                if in_class or int(pair[1]) + offset > 99:
                    return None
                pair = f"(?:\\{int(pair[1]) + offset})"
            out.append(pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                out.append("[^")
                i += 1
                ch = ""
            if pattern[i + 1 : i + 2] == "]":  # a leading ] is a literal
                out.append(ch + "]")
                i += 2
                continue
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def combine(patterns: list[re.Pattern], flags: int, indices: tuple[int, ...] | None = None,
            checked: bool = False):
    """``(match, rule index by group number, rule has no groups)`` for one state's compiled
    patterns (only those at ``indices``, in order, when given), or None when they cannot be
    combined faithfully.  Rule indices are positions in ``patterns``.  ``checked``: the
    patterns' flags were found fit for ``flags`` already (by combining them all)."""
    verbose = bool(flags & re.X)
    branches, owner = [], [None]
    for index in range(len(patterns)) if indices is None else indices:
        pattern = patterns[index]
        if _GROUP_REFS.search(pattern.pattern):
            return None
        body, inline = scoped(pattern.pattern)
        if pattern.pattern and not checked and (
                pattern.flags != re.compile(pattern.pattern, flags).flags
                or (re.compile(body, flags).flags | inline) != pattern.flags):
            return None  # compiled with other flags than the class's (empty: no matter)
        if "\\" in body:
            body = renumbered(body, len(owner))  # this branch's group is number len(owner)
            if body is None:
                return None
        branches.append(f"({body}{chr(10) if verbose else ''})")
        owner.extend([index] * (pattern.groups + 1))
    try:
        combined = re.compile("|".join(branches), flags)
    except re.error:
        return None
    if combined.groups != len(owner) - 1:
        return None
    # a rule without groups can take the combined match as its own: only the whole match,
    # its start and end are visible to a callback then
    return combined.match, tuple(owner), tuple(p.groups == 0 for p in patterns)


def _no_match(text: str, pos: int, end: int) -> None:
    """The combined matcher of no rules."""
    return None


class StateDispatch:
    """The combined matchers of one lexer state by the character at the scan position.

    Each character's matcher combines only the rules whose FIRST set (a superset of the
    characters a match can start with, ``jekpy.markdown.dispatch.first_chars``; a pattern
    that can match the empty string may start anywhere) holds it.  A rule left out cannot
    match at a position starting with that character, so the first rule that matches there
    is the one the whole alternation picks, with the same match - and the alternation no
    longer tries, say, sixteen string openers before every identifier.

    Compiling a narrowed alternation costs about a millisecond, so a character gets its own
    matcher only once it has started ``HOT`` tokens in the state (until then the whole
    alternation serves it; each distinct rule subset is compiled once): building them all up
    front would cost a quarter of a second for Python alone.  ``by_char`` only grows, with
    values that depend on the lexer and the character alone.
    """

    HOT = 24

    __slots__ = ("by_char", "_patterns", "_flags", "_full", "_sets", "_built", "_seen")

    def __init__(self, patterns: list[re.Pattern], flags: int, full: tuple) -> None:
        self.by_char: dict[str, tuple] = {}
        self._patterns = patterns
        self._flags = flags
        self._full = full
        self._sets: list | None = None
        self._built: dict[tuple[int, ...], tuple] = {}
        self._seen: dict[str, int] = {}

    def build(self, ch: str) -> tuple:
        """The matcher for a position starting with ``ch`` (remembered in ``by_char`` once
        ``ch`` is frequent)."""
        seen = self._seen.get(ch, 0) + 1
        if seen < self.HOT:
            self._seen[ch] = seen
            return self._full
        if self._sets is None:
            from jekpy.regex_starts import first_chars

            self._sets = [first_chars(p) for p in self._patterns]
        indices = tuple(i for i, s in enumerate(self._sets) if ch in s)
        full = self._full
        if len(indices) == len(self._patterns):
            matcher = full
        elif not indices:
            matcher = (_no_match, full[1], full[2])
        else:
            matcher = self._built.get(indices)
            if matcher is None:
                matcher = combine(self._patterns, self._flags, indices, checked=True) or full
                self._built[indices] = matcher
        self.by_char[ch] = matcher
        return matcher


@cache
def dispatched_table(cls) -> dict[str, tuple[dict[str, tuple], object] | None]:
    """Per state of ``cls``: ``(matcher by character, function building a missing one)``
    (see :class:`StateDispatch`), or None when the state is not combined."""
    out: dict[str, tuple[dict[str, tuple], object] | None] = {}
    for state, full in combined_table(cls).items():
        if full is None:
            out[state] = None
            continue
        patterns = [rule[0].__self__ for rule in cls._tokens[state]]
        entry = StateDispatch(patterns, cls.flags, full)
        out[state] = (entry.by_char, entry.build)
    return out


@cache
def combined_table(cls) -> dict[str, tuple | None]:
    """Per state of ``cls`` (a processed lexer class): its combined matcher (see
    ``combine``), or None."""
    out = {}
    for state, rules in cls._tokens.items():
        patterns = [getattr(rule[0], "__self__", None) for rule in rules]
        ok = rules and all(isinstance(p, re.Pattern) for p in patterns)
        out[state] = combine(patterns, cls.flags) if ok else None
    return out
