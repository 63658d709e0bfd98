"""Statement scanning of SCSS text: statements with their terminators, comments skipped."""
from __future__ import annotations

import re

_LEADING_COMMENTS = re.compile(r"(?:\s*(?://[^\n]*(?=\n)|/\*.*?\*/))*", re.S)


class _Scanner:
    """Walks SCSS text statement by statement, skipping comments, strings and urls."""

    def __init__(self, text: str):
        self.text = text

    def statements(self):
        """Yield (start, end, terminator) of each statement; terminator is ``{``, ``;``,
        ``}`` or ``""`` at the end of input."""
        text, n = self.text, len(self.text)
        i = start = 0
        parens = interp = 0
        while i < n:
            ch = text[i]
            if ch == "/" and text.startswith("//", i) and not text.startswith("url(", i - 4):
                j = text.find("\n", i)
                i = n if j < 0 else j
                continue
            if ch == "/" and text.startswith("/*", i):
                j = text.find("*/", i + 2)
                i = n if j < 0 else j + 2
                continue
            if ch in "\"'":
                i = _skip_quoted(text, i)
                continue
            if ch == "\\":
                i += 2
                continue
            if ch == "#" and text.startswith("#{", i):
                interp += 1
                i += 2
                continue
            if ch == "(" :
                parens += 1
                if text[max(i - 3, 0):i].lower() == "url":
                    i = _skip_url(text, i)
                    parens -= 1
                    continue
            elif ch == ")":
                parens = max(parens - 1, 0)
            elif ch == "}" and interp:
                interp -= 1
            elif ch in "{;}" and not parens and not interp:
                yield start, i, ch
                start = i + 1
            i += 1
        yield start, n, ""


def _skip_quoted(text: str, i: int) -> int:
    quote, i = text[i], i + 1
    while i < len(text) and text[i] != quote and text[i] != "\n":
        i += 2 if text[i] == "\\" else 1
    return i + 1


def _skip_url(text: str, i: int) -> int:
    """Index just past an unquoted ``url(...)`` starting at its ``(``."""
    j = text.find(")", i)
    return len(text) if j < 0 else j + 1


def scan_statements(text: str) -> list[tuple[int, int, str]]:
    """(start, end, terminator) of every statement of an SCSS text."""
    return list(_Scanner(text).statements())


_COMMENT_OR_STRING = re.compile(r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')|/\*.*?\*/|//[^\n]*", re.S)


def strip_comments(text: str) -> str:
    """``text`` without ``/* */`` and ``//`` comments (strings kept)."""
    return _COMMENT_OR_STRING.sub(lambda m: m.group(1) or "", text)


def skip_leading_comments(statement: str) -> str:
    """``statement`` without the comments (and whitespace) in front of it."""
    return statement[_LEADING_COMMENTS.match(statement).end():]
