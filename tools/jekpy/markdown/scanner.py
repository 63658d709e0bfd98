"""A string scanner with the semantics of Ruby's ``StringScanner`` as kramdown uses it.

kramdown walks its source with ``Kramdown::Utils::StringScanner`` (gettalong/kramdown
lib/kramdown/utils/string_scanner.rb). Ruby's scanner matches as if the string began at the scan
pointer, so ``^`` always matches at the pointer. Python's ``Pattern.match(s, pos)`` only lets ``^``
match at a real line start. When the pointer is in the middle of a line (after block HTML such as
``</div> text``, or block math followed by an IAL) a pattern containing ``^`` is matched against
the rest of the string instead, and the block loop rebases the string (:meth:`Scanner.rebase`).

All patterns are compiled with ``re.MULTILINE`` (Ruby's ``^``/``$`` are always line anchors) and
``re.ASCII`` (Ruby's ``\\s``, ``\\w``, ``\\d`` are ASCII-only); the few Unicode classes kramdown
uses are written as scoped ``(?u:...)`` groups.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..regex_starts import has_line_anchor
from .triggers import TriggerSearch

_FLAGS = re.MULTILINE | re.ASCII


class Rx:
    """A regex with Ruby ``StringScanner`` anchoring semantics.

    Args:
        source: the pattern text.
        dotall: Ruby's ``/m`` flag (``.`` matches newlines).
    """

    __slots__ = ("_finder", "full", "has_caret", "pattern")

    def __init__(self, source: str, dotall: bool = False) -> None:
        flags = _FLAGS | (re.DOTALL if dotall else 0)
        self.pattern = source
        self.full = re.compile(source, flags)
        self.has_caret = has_line_anchor(self.full)
        self._finder = None

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """Search from ``pos`` (``^`` may match only at line starts)."""
        return self.full.search(string, pos)

    @property
    def finder(self):
        """``full.search``, through a trigger-character search when the pattern has one
        (``triggers.py``; built on first use)."""
        if self._finder is None:
            self._finder = (self.full.search if self.has_caret
                            else TriggerSearch(self.full).search)
        return self._finder


class _Shifted:
    """A match found in ``string[offset:]``, reporting positions in the whole string."""

    __slots__ = ("_m", "_offset")

    def __init__(self, m: re.Match[str], offset: int) -> None:
        self._m = m
        self._offset = offset

    def group(self, *index: int | str):
        """Groups of the underlying match."""
        return self._m.group(*index)

    def start(self, group: int | str = 0) -> int:
        """Start in the whole string."""
        return self._m.start(group) + self._offset

    def end(self, group: int | str = 0) -> int:
        """End in the whole string."""
        return self._m.end(group) + self._offset


@lru_cache(maxsize=4096)
def rx(source: str, dotall: bool = False) -> Rx:
    """Compile ``source`` into an :class:`Rx` (cached: rules build some patterns per call,
    e.g. emphasis stop patterns per delimiter; an ``Rx`` is never mutated)."""
    return Rx(source, dotall)


class Scanner:
    """Scan pointer over one string, mirroring the subset of Ruby's StringScanner kramdown uses.

    Args:
        string: the text to scan.
    """

    __slots__ = ("string", "pos", "last", "last_start", "_last_index", "memo", "plain",
                 "disposable")

    def __init__(self, string: str) -> None:
        self.string = string
        self.pos = 0
        self.last: re.Match[str] | None = None
        self.last_start = 0
        self._last_index: dict[str, int] = {}
        self.memo: dict[str, int] = {}
        #: ``(lo, hi)``: ``string[hi]`` is on the line of ``lo``, after it, and none of
        #: ``-*_``, blank, tab, newline: no horizontal rule starts in ``lo..hi`` (see
        #: :func:`plain_after`). ``(0, -1)``: nothing known.
        self.plain = (0, -1)
        #: Set by a rule that reads nothing of this scanner after its block loop ends: the
        #: text may then be dropped once consumed (:meth:`release`).
        self.disposable = False

    def release(self) -> None:
        """Drop the text of a fully scanned scanner (the pointer stays at the end)."""
        self.string = ""
        self.pos = self.last_start = 0
        self.last = None
        self._last_index.clear()
        self.memo.clear()
        self.plain = (0, -1)

    def _at_line_start(self) -> bool:
        return self.pos == 0 or self.string[self.pos - 1] == "\n"

    def check(self, pattern: Rx) -> re.Match[str] | None:
        """Match at the pointer without advancing (hot: the line-start test is inlined)."""
        pos = self.pos
        string = self.string
        if pattern.has_caret and pos and string[pos - 1] != "\n":
            # Ruby's ``^`` matches at the pointer: match against the rest of the string.
            m = pattern.full.match(string[pos:])
            if m is None:
                return None
            m = _Shifted(m, pos)
        else:
            m = pattern.full.match(string, pos)
            if m is None:
                return None
        self.last = m
        self.last_start = pos
        return m


    def scan(self, pattern: Rx) -> str | None:
        """Match at the pointer and advance past the match."""
        m = self.check(pattern)
        if m is None:
            return None
        self.pos = m.end()
        return m.group(0)

    def match_len(self, pattern: Rx) -> int | None:
        """Length of a match at the pointer (Ruby ``match?``), without advancing."""
        m = self.check(pattern)
        return None if m is None else m.end() - m.start()

    def scan_until(self, pattern: Rx) -> str | None:
        """Search forward; on success return the text up to the match end and advance."""
        start = self.pos
        if pattern.has_caret and not self._at_line_start():
            m = pattern.full.search(self.string[start:])
            m = _Shifted(m, start) if m is not None else None
        else:
            m = pattern.finder(self.string, start)
        if m is None:
            return None
        self.last = m
        self.last_start = m.start()
        self.pos = m.end()
        return self.string[start:m.end()]

    def occurs_after(self, needle: str, pos: int) -> bool:
        """Whether ``needle`` starts at or after ``pos`` (cached last occurrence; O(1) amortised).

        Rules use it to skip attempts that could only fail after scanning to the end.
        """
        last = self._last_index.get(needle)
        if last is None:
            last = self._last_index[needle] = self.string.rfind(needle)
        return last >= pos

    def rebase(self) -> None:
        """Drop the scanned text so that the pointer becomes a line start (see :meth:`at_line_start`).

        Ruby's scanner treats the pointer as the start of the string, so a block rule may start
        in the middle of a line (after block HTML). Block parsing calls this before trying its
        rules there; nothing before the pointer is read again at that level.
        """
        pos = self.pos
        if pos:
            self.last = None  # before the copy: the match holds the old string
            self.string = self.string[pos:]
            self.pos = 0
            self.last_start = 0
            # An occurrence starting at or after the pointer is in the new string, shifted;
            # none before it is (rfind again at every level of nested ``markdown="1"``
            # elements read the whole rest of the text each time).
            index = self._last_index
            for needle, last in index.items():
                index[needle] = last - pos if last >= pos else -1
            self.memo.clear()
            self.plain = (0, -1)

    def at_line_start(self) -> bool:
        """Whether ``^`` matches at the pointer in Python's regex engine."""
        return self._at_line_start()

    def group(self, index: int | str) -> str | None:
        """A group of the last match (Ruby ``@src[n]``)."""
        if self.last is None:
            return None
        return self.last.group(index)

    @property
    def matched(self) -> str:
        """The whole text of the last match."""
        return self.last.group(0) if self.last is not None else ""

    def pre_match(self) -> str:
        """Text before the start of the last match."""
        return self.string[: self.last_start]

    def eos(self) -> bool:
        """True at the end of the string."""
        return self.pos >= len(self.string)

    def getch(self) -> str:
        """Consume one character."""
        ch = self.string[self.pos : self.pos + 1]
        self.pos += len(ch)
        return ch

    def rest(self) -> str:
        """The unscanned remainder."""
        return self.string[self.pos :]

    def terminate(self) -> None:
        """Move the pointer to the end."""
        self.pos = len(self.string)


_PLAIN = re.compile(r"[^-*_ \t\n]")


def plain_after(src: Scanner, start: int, end: int) -> int:
    """An index in ``src.string[start:end]`` (within one line) of a character that cannot be
    part of a horizontal rule, or -1; remembered in ``src.plain`` so that nested list items on
    one line (``- - - ... a``) search their line once, not once per level."""
    lo, hi = src.plain
    if lo <= start <= hi < end:
        return hi
    m = _PLAIN.search(src.string, start, end)
    if m is None:
        return -1
    src.plain = (start, m.start())
    return m.start()
