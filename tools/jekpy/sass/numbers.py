"""Number printing as Ruby Sass 3.7.4 does it (``Sass::Script::Value::Number#inspect``)."""
from __future__ import annotations

import math
import re

PRECISION = 10
_SPLIT = re.compile(r"([+-]?(?:[0-9]*\.[0-9]+|[0-9]+)(?:[eE][+-]?\d+)?)(.*)\Z", re.S)


def _ruby_round(value: float) -> float | int:
    """``Number.round``: integers when within 1e-11 of one, else 10 decimal places
    (halves away from zero, as Ruby's ``Float#round``)."""
    if math.isinf(value) or math.isnan(value):
        return value
    if abs(value % 1) < 10 ** -(PRECISION + 1) or abs(value % 1 - 1) < 10 ** -(PRECISION + 1):
        return int(math.floor(value + 0.5)) if value >= 0 else -int(math.floor(-value + 0.5))
    scaled = value * 10 ** PRECISION
    rounded = math.floor(abs(scaled) + 0.5) * (1 if scaled >= 0 else -1)
    return rounded / 10 ** PRECISION


def format_value(value: float) -> str:
    """Print a number's value the way Ruby Sass does (no unit)."""
    num = _ruby_round(value)
    if isinstance(num, int):
        return str(num)
    text = repr(num)
    if "e" in text:
        text = (f"%0.{PRECISION}f" % num).rstrip("0")
    if text.endswith(".0"):
        text = text[:-2]
    return text


def format_number(literal: str) -> str:
    """A number literal (with its unit) as Ruby prints it after evaluation:
    ``0.50px`` -> ``0.5px``, ``+1`` -> ``1``, ``1e3`` -> ``1000``."""
    m = _SPLIT.match(literal)
    if not m:
        return literal
    return format_value(float(m.group(1))) + m.group(2)


_UNARY_MINUS = re.compile(
    r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')"
    r"|(?<=[(,:])-(\$[\w-]+)(?![\w-]*\()"
    r"|(?<=[(,:])(\s*)-(?:\s*(\$[\w-]+)|\s+(map-get\()|(\())")
_SPECIAL = re.compile(r"(?<![\w-])(?:-[a-z]+-)?(?:calc|url|expression|element)\(", re.I)


def _call_end(text: str, start: int) -> int | None:
    """Index just past the ``)`` closing the call whose ``(`` is at ``start - 1``."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def special_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``calc()``/``url()``... calls, whose text Ruby copies as written."""
    spans = []
    for m in _SPECIAL.finditer(text):
        end = _call_end(text, m.end())
        spans.append((m.start(), end if end is not None else len(text)))
    return spans


def keep_unary_minus_zero(statement: str) -> str:
    """Ruby prints a negated number with its leading zero even when compressed (``-$x``,
    ``- map-get(...)`` -> ``-0.25rem``: the value made by unary minus carries no output
    options); libsass drops it.  libsass keeps the zero of a subtraction from ``0.0``, so the
    negation goes through :data:`NEG_NAME` (``0.0 - $v`` for numbers, ``-$v`` otherwise;
    compressed output only, where the helpers are defined)."""
    if "-" not in statement:
        return statement
    out, last = [], 0
    skip = special_spans(statement)
    for m in _UNARY_MINUS.finditer(statement):
        if m.group(1) or any(a <= m.start() < b for a, b in skip):
            continue
        if m.group(2):
            if _feeds_operator(statement, m.start(), m.end()):
                continue
            out.append(statement[last:m.start()] + f"{NEG_NAME}({m.group(2)})")
            last = m.end()
            continue
        group = 4 if m.group(4) else (5 if m.group(5) else 6)
        operand_start = m.start(group)
        end = m.end()
        if group in (5, 6):
            end = _call_end(statement, m.end())
            if end is None:
                continue
        if _feeds_operator(statement, m.start() + len(m.group(3)), end):
            continue
        out.append(statement[last:m.start()] + m.group(3)
                   + f"{NEG_NAME}({statement[operand_start:end]})")
        last = end
    out.append(statement[last:])
    return "".join(out)


_OPERATOR = re.compile(r"\s*(?:[*/%+]|-(?=[\s$(]))")


def _feeds_operator(statement: str, start: int, end: int) -> bool:
    """True if the negation at ``start:end`` is an operand of a further ``*``, ``/``, ``+``
    or ``-`` (also through grouping parentheses): that result is a computed number, which
    Ruby prints without the zero (``-$y / 2`` -> ``-.375rem``), as libsass does anyway."""
    if start > 0 and statement[start - 1] == "(" and not re.search(r"[\w-]\($", statement[:start]):
        close = re.compile(r"\s*\)").match(statement, end)
        if close:
            end = close.end()
    return bool(_OPERATOR.match(statement, end))


# Ruby prints numbers taken out of maps and lists, or chosen by if(), without the leading
# zero when compressed (they are evaluated values); libsass keeps the zero of the literal.
# ``1 * $v`` makes libsass print the zero-less form, so such calls are wrapped in this
# helper (prepended to the page; compressed output only).
HELPER_NAME = "_jekpy-n"
NEG_NAME = "_jekpy-neg"
HELPER = ("@function _jekpy-n($v){@if type-of($v)==number{@return 1*$v;}@return $v;}"
          "@function _jekpy-neg($v){@if type-of($v)==number{@return 0.0 - $v;}@return -$v;}")
_PICKERS = re.compile(r"(?<![\w$.@#-])(map-get|nth|if|abs|round|ceil|floor|min|max)\(", re.I)


def strip_picked_zero(statement: str) -> str:
    """Wrap ``map-get()``/``nth()``/``if()`` calls in :data:`HELPER_NAME` (see above)."""
    if "(" not in statement or not _PICKERS.search(statement):
        return statement
    skip = special_spans(statement) + string_spans(statement)
    out, last = [], 0
    for m in _PICKERS.finditer(statement):
        if m.start() < last or any(a <= m.start() < b for a, b in skip):
            continue
        end = _call_end(statement, m.end())
        if end is None:
            continue
        inner = strip_picked_zero(statement[m.end():end - 1])
        out.append(statement[last:m.start()] + f"{HELPER_NAME}({m.group(1)}({inner}))")
        last = end
    out.append(statement[last:])
    return "".join(out)


def string_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'", text)]



# A number written with a leading zero on the left of an operator: libsass's result keeps
# that literal's "print the zero" flag (``0.1 + 0.2`` -> ``0.3``, ``1 - 0.7`` -> ``.3``) where
# Ruby prints every computed number without the zero when compressed (``Number#inspect``);
# ``(1*0.1)`` carries the flag of ``1`` instead.  ``/`` only counts right after ``(``
# (elsewhere ``0.5/2`` may be a plain slash that both keep).
_ZERO_NUMBER = r"-?0\.\d+(?:[a-zA-Z]+|%)?"
_ZERO_LEFT = re.compile(
    rf"(?<![\w.$#)%-])({_ZERO_NUMBER})(?=\s*(?:[+*]|-\s))|(?<=\()({_ZERO_NUMBER})(?=\s*/)")


def strip_computed_zero(statement: str) -> str:
    """Compressed output: make libsass drop the leading zero of a result computed from a
    ``0.x`` literal (see above); ``calc()``/``url()`` and strings are left alone."""
    if "0." not in statement:
        return statement
    skip = special_spans(statement) + string_spans(statement)

    def wrap(m: re.Match) -> str:
        if any(a <= m.start() < b for a, b in skip):
            return m.group(0)
        return f"(1*{m.group(1) or m.group(2)})"
    return _ZERO_LEFT.sub(wrap, statement)
