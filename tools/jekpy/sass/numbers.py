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
