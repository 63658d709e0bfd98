"""Sass errors with Ruby Sass 3.7.4's wording.

The converter on Pages (jekyll-sass-converter 1.5.2) re-raises Ruby Sass's error as
``"#{e} on line #{e.sass_line}"``; Jekyll then logs ``Conversion error:
Jekyll::Converters::Scss encountered an error while converting 'PATH':`` followed by that text.
libsass words a few errors differently; the common ones are translated here.
"""
from __future__ import annotations

import os
import re

from .parse_errors import invalid_css
from .scanner import scan_statements

_LOCATION = re.compile(r"\n\s*on line (\d+)(?::(\d+))? of ([^\n]*?)(?:, in function `[^`\n]*`)?(?=\n|\Z)")
# a custom function's error (functions.py) comes wrapped in libsass's prefix
_C_FUNCTION = re.compile(r"\Aerror in C function [\w-]+: ")
_IMPORT = re.compile(r"File to import not found or unreadable: (.*)\.$", re.S)
_MIXIN = re.compile(r"no mixin named ([\w-]+)$")
_EXTEND = re.compile(r'The target selector was not found\.\nUse "@extend (.*) !optional" to avoid '
                     r"this error\.$")


class SassError(Exception):
    """A Sass compilation error: ``message`` (Ruby's text plus `` on line N``), file, line."""

    def __init__(self, message: str, filename: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.line = line

    def __str__(self) -> str:
        return self.message


def conversion_error(path: str, error: SassError) -> str:
    """The text Jekyll logs when the Scss converter fails on ``path`` (site-relative)."""
    return ("Conversion error: Jekyll::Converters::Scss encountered an error while "
            f"converting '{path}':\n{error.message}")


def _ruby_wording(text: str, load_paths: list[str]) -> str:
    """Translate libsass's first message line(s) into Ruby Sass's wording where they differ."""
    m = _IMPORT.match(text)
    if m:
        lines = [f"File to import not found or unreadable: {m.group(1)}."]
        if len(load_paths) == 1:
            lines.append(f"Load path: {load_paths[0]}")
        elif load_paths:
            lines.append("Load paths:\n  " + "\n  ".join(load_paths))
        return "\n".join(lines)
    m = _MIXIN.match(text)
    if m:
        return f"Undefined mixin '{m.group(1)}'."
    return text


def from_libsass(raw: str, load_paths: list[str], filename: str | None,
                 source: str = "") -> SassError:
    """Build a :class:`SassError` from libsass's ``CompileError`` text (``source`` is the
    page's own text, to name the extender of a failed ``@extend``)."""
    raw = raw[len("Error: "):] if raw.startswith("Error: ") else raw
    raw = _C_FUNCTION.sub("", raw)
    loc = _LOCATION.search(raw)
    body = raw[:loc.start()] if loc else raw.split("\n", 1)[0]
    line = int(loc.group(1)) if loc else None
    origin = loc.group(3).strip() if loc else None
    if origin and origin != "stdin":
        filename = os.path.abspath(origin)
        source = _read(filename)
    body = re.sub(r"\n\s+", "\n", body).strip()
    message = _ruby_wording(body, load_paths)
    if loc and loc.group(2) and source:
        message = invalid_css(message, source, line, int(loc.group(2)))
    m = _EXTEND.match(body)
    if m and line is not None:
        message = _extend_failure(m.group(1), _extender(source, line))
    if line is not None:
        message += f" on line {line}"
    return SassError(message, filename, line)


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return ""


def _extend_failure(target: str, extender: str) -> str:
    """Ruby Sass's text for an ``@extend`` whose target does not exist
    (``lib/sass/tree/visitors/extend.rb``)."""
    return (f'"{extender}" failed to @extend "{target}".\n'
            f'The selector "{target}" was not found.\n'
            f'Use "@extend {target} !optional" if the extend should be able to fail.\n')


def _extender(text: str, line: int) -> str:
    """The selector of the rule around the ``@extend`` on ``line`` (parents resolved)."""
    stack: list[str] = []
    for start, end, term in scan_statements(text):
        statement = text[start:end]
        if statement.strip().startswith("@extend"):
            at = text.count("\n", 0, start + len(statement) - len(statement.lstrip())) + 1
            if at == line:
                return _resolve(stack)
        if term == "{":
            stack.append(re.sub(r"\s+", " ", statement.strip()))
        elif term == "}" and stack:
            stack.pop()
    return ""


def _resolve(preludes: list[str]) -> str:
    """Join nested selectors the way Sass does (``&`` is the parent); first selector only."""
    current = ""
    for prelude in preludes:
        if prelude.startswith("@"):
            continue
        first = prelude.split(",")[0].strip()
        if "&" in first:
            current = first.replace("&", current)
        else:
            current = f"{current} {first}".strip()
    return current
