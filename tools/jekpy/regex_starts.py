"""What a regular expression can start with, read from Python's parsed regex.

``first_chars`` gives a superset of the characters a match can begin with (its FIRST set);
``has_line_anchor`` tells whether a pattern uses ``^``. Anything the analysis does not model (a
Unicode category, a back-reference, a pattern that can match the empty string) counts as "any
character", so a caller that skips a pattern at a character outside its FIRST set skips only
attempts that cannot match. Used by the Markdown rule dispatch (``jekpy.markdown.dispatch``,
``triggers``) and by the highlighter's per-character matchers (``jekpy.highlight.langs.combined``);
a module of its own so that the highlighter does not import the Markdown package.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the regex parser's opcodes
from re import _parser as sre_parse
from typing import NamedTuple


class CharSet(NamedTuple):
    """A set of characters: ``chars`` or, when ``negated``, everything but ``chars``."""

    chars: frozenset[str]
    negated: bool

    def union(self, other: CharSet) -> CharSet:
        """The union of two sets."""
        if not self.negated and not other.negated:
            return CharSet(self.chars | other.chars, False)
        if self.negated and other.negated:
            return CharSet(self.chars & other.chars, True)
        neg, pos = (self, other) if self.negated else (other, self)
        return CharSet(neg.chars - pos.chars, True)

    def __contains__(self, ch: object) -> bool:
        return (ch in self.chars) != self.negated


EMPTY = CharSet(frozenset(), False)
ANY = CharSet(frozenset(), True)

_ASCII_CATEGORIES = {
    C.CATEGORY_DIGIT: CharSet(frozenset("0123456789"), False),
    C.CATEGORY_SPACE: CharSet(frozenset(" \t\n\r\f\v"), False),
    C.CATEGORY_WORD: CharSet(frozenset(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), False),
}
_ASCII_CATEGORIES.update({
    C.CATEGORY_NOT_DIGIT: CharSet(_ASCII_CATEGORIES[C.CATEGORY_DIGIT].chars, True),
    C.CATEGORY_NOT_SPACE: CharSet(_ASCII_CATEGORIES[C.CATEGORY_SPACE].chars, True),
    C.CATEGORY_NOT_WORD: CharSet(_ASCII_CATEGORIES[C.CATEGORY_WORD].chars, True),
})
#: Ranges up to this size are enumerated; larger ones count as "any" (or nothing, inside a
#: negated class).
_MAX_RANGE = 2048
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def first_chars(pattern: re.Pattern[str]) -> CharSet:
    """A superset of the characters a match of ``pattern`` can start with.

    A pattern that can match the empty string may "start" with any character.
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unexpected parser shape: be conservative
        return ANY
    chars, nullable = _seq(list(parsed), pattern.flags)
    return ANY if nullable else chars


def _seq(items: list, flags: int) -> tuple[CharSet, bool]:
    result = EMPTY
    for op, arg in items:
        chars, nullable = _item(op, arg, flags)
        result = result.union(chars)
        if not nullable:
            return result, False
    return result, True


def single_char(op, arg, flags: int) -> CharSet | None:
    """The characters a one-character item matches (a superset), or None for other items."""
    if op not in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        return None
    if flags & re.IGNORECASE or op is C.ANY:
        return ANY
    if op is C.LITERAL:
        return CharSet(frozenset(chr(arg)), False)
    if op is C.NOT_LITERAL:
        return CharSet(frozenset(chr(arg)), True)
    return char_class(arg, flags)


def _item(op, arg, flags: int) -> tuple[CharSet, bool]:
    chars = single_char(op, arg, flags)
    if chars is not None:
        return chars, False
    if flags & re.IGNORECASE:
        return ANY, True
    if op in _REPEATS:
        low, high, sub = arg
        chars, nullable = _seq(list(sub), flags)
        return (EMPTY, True) if high == 0 else (chars, nullable or low == 0)
    if op is C.SUBPATTERN:
        _group, add, remove, sub = arg
        return _seq(list(sub), (flags | add) & ~remove)
    if op is C.ATOMIC_GROUP:
        return _seq(list(arg), flags)
    if op is C.BRANCH:
        result, nullable = EMPTY, False
        for alternative in arg[1]:
            chars, alt_nullable = _seq(list(alternative), flags)
            result, nullable = result.union(chars), nullable or alt_nullable
        return result, nullable
    if op in _ZERO_WIDTH:
        return EMPTY, True  # ignoring a zero-width constraint only widens the set
    return ANY, True  # back-references and anything else not modelled


def char_class(members: list, flags: int) -> CharSet:
    """The characters a ``[...]`` class matches (a superset)."""
    negated = bool(members) and members[0][0] is C.NEGATE
    if negated:
        members = members[1:]
    ascii_only = bool(flags & re.ASCII) and not flags & re.UNICODE
    # For a negated class a subset of the members gives a superset of the matches.
    result = EMPTY
    for op, arg in members:
        if op is C.LITERAL:
            part = CharSet(frozenset(chr(arg)), False)
        elif op is C.RANGE and arg[1] - arg[0] < _MAX_RANGE:
            part = CharSet(frozenset(map(chr, range(arg[0], arg[1] + 1))), False)
        elif op is C.CATEGORY and ascii_only and arg in _ASCII_CATEGORIES:
            part = _ASCII_CATEGORIES[arg]
        else:
            part = EMPTY if negated else ANY
        result = result.union(part)
    return CharSet(result.chars, not result.negated) if negated else result


def has_line_anchor(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` contains ``^`` or ``\\A`` (anywhere, also inside lookarounds)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - be conservative
        return True
    return _has_anchor(list(parsed))


def _has_anchor(items: list) -> bool:
    for op, arg in items:
        if op is C.AT:
            if arg in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                return True
        elif op is C.SUBPATTERN:
            if _has_anchor(list(arg[3])):
                return True
        elif op is C.ATOMIC_GROUP:
            if _has_anchor(list(arg)):
                return True
        elif op in _REPEATS:
            if _has_anchor(list(arg[2])):
                return True
        elif op is C.BRANCH:
            if any(_has_anchor(list(alt)) for alt in arg[1]):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if _has_anchor(list(arg[1])):
                return True
        elif op is C.GROUPREF_EXISTS:
            return True  # not modelled: be conservative
    return False
