"""Nesting markers for the indented syntax (``.sass``), as :mod:`.source` adds them to SCSS.

The marker declaration goes on a line of its own at the start of every block that
:func:`.source.classify` gives one (style rules; ``@media``/``@supports``/``@include``
inside rules; ``@at-root SELECTOR``; ``@keyframes`` inside rules), indented like the block's
first line, so that libsass's nested output shows the source nesting (:mod:`.tabs`).
Only for the non-compressed styles.  The inserted lines shift line numbers, so errors are
always reported by the fallback compile, which reads the files unchanged.
"""
from __future__ import annotations

from .source import classify

_SKIPPED = ("//", "/*")


def _indent(line: str) -> str:
    return line[:len(line) - len(line.lstrip(" \t"))]


def _as_scss(text: str) -> str:
    """An indented-syntax block opener in SCSS words (``+m`` -> ``@include m``)."""
    if text.startswith("+"):
        return "@include " + text[1:]
    if text.startswith("="):
        return "@mixin " + text[1:]
    return text


def _openers(lines: list[str]):
    """Yield (index of a block's last opener line, opener text, indent, child indent)."""
    pending: list[str] = []
    comment: int | None = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        depth = len(_indent(line))
        if comment is not None and depth > comment:
            continue
        comment = None
        if stripped.startswith(_SKIPPED):
            comment = depth
            continue
        pending.append(stripped)
        if stripped.endswith(",") and not stripped.startswith(("$", "@", "+", "=")):
            continue  # a selector list going on on the next line
        text, pending = " ".join(pending), []
        child = _next_line(lines, i + 1)
        if child is not None and len(_indent(lines[child])) > depth:
            yield i, text, depth, _indent(lines[child])


def _next_line(lines: list[str], start: int) -> int | None:
    for j in range(start, len(lines)):
        if lines[j].strip():
            return j
    return None


def add_markers(text: str) -> str:
    """``text`` with a marker line at the start of each block that gets one."""
    lines = text.split("\n")
    stack: list[tuple[int, str]] = []
    inserts: dict[int, str] = {}
    for i, opener, depth, child_indent in _openers(lines):
        while stack and stack[-1][0] >= depth:
            stack.pop()
        kind, marker = classify(_as_scss(opener), any(k == "rule" for _, k in stack))
        stack.append((depth, kind))
        if marker:
            inserts[i] = f"{child_indent}{marker}: 1"
    if not inserts:
        return text
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i in inserts:
            out.append(inserts[i])
    return "\n".join(out)
