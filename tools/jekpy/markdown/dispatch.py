"""Rule dispatch by the character at the scan pointer.

kramdown tries every rule's start pattern, in order, at every position where a rule may start.
Most of those attempts fail on the first character (a paragraph line is tried against the
fence, blockquote, header, list, HTML, math, footnote, link definition ... patterns first).
This module takes, for each start pattern, the set of characters a match can begin with (its
FIRST set, ``jekpy.regex_starts.first_chars``, derived from Python's parsed regex), and builds
one table
``character -> rules that can match there``, in the original order. Looking rules up in that
table skips only attempts whose pattern cannot match, so the first rule that matches and
accepts is the same one kramdown's loop picks.

The FIRST set is a superset (conservative): anything the analysis does not model (a Unicode
category, a back-reference, a pattern that can match the empty string) counts as "any
character".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..regex_starts import first_chars


class Table(NamedTuple):
    """Candidates by character; ``default`` for characters no pattern names explicitly."""

    by_char: dict[str, tuple]
    default: tuple

    def get(self, ch: str) -> tuple:
        """The candidate entries for a position starting with ``ch``."""
        return self.by_char.get(ch, self.default)


def build_table(entries: list[tuple], patterns: list[re.Pattern[str]]) -> Table:
    """Dispatch ``entries`` (parallel to ``patterns``) by first character, order kept."""
    sets = [first_chars(p) for p in patterns]
    named = set().union(*(s.chars for s in sets)) if sets else set()
    by_char = {ch: tuple(e for e, s in zip(entries, sets, strict=True) if ch in s) for ch in named}
    default = tuple(e for e, s in zip(entries, sets, strict=True) if s.negated)
    return Table(by_char, default)
