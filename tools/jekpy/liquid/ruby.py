"""Ruby value semantics that Liquid output depends on: ``to_s``, ``inspect`` and comparison.

Liquid 4.0.4 prints values with Ruby's ``to_s`` (arrays joined, hashes inspected) and Jekyll's
``inspect`` filter uses Ruby's ``inspect``; both are reproduced here for the value kinds the
pipeline hands us (str, int, float, bool, None, list, Mapping, date, datetime).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal

from liquid.undefined import Undefined


def is_nil(value: object) -> bool:
    """True for Ruby ``nil``: ``None`` or a python-liquid ``Undefined``."""
    return value is None or isinstance(value, Undefined)


def float_to_s(value: float) -> str:
    """Ruby ``Float#to_s``: ``1.0``, ``1.5``, ``1.0e+20``, ``Infinity``, ``NaN``."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value != 0 and (abs(value) >= 1e16 or abs(value) < 1e-4):
        mantissa, exp = repr(value).split("e") if "e" in repr(value) else (f"{value:e}", "")
        if not exp:
            mantissa, exp = f"{value:.17e}".split("e")
        if "." not in mantissa:
            mantissa += ".0"
        sign = "-" if int(exp) < 0 else "+"
        return f"{mantissa}e{sign}{abs(int(exp)):02d}"
    text = repr(value)
    return text if "." in text else text + ".0"


def time_to_s(value: dt.datetime) -> str:
    """Ruby ``Time#to_s``: ``2020-01-02 00:00:00 +0000``."""
    offset = value.strftime("%z") or "+0000"
    return value.strftime("%Y-%m-%d %H:%M:%S ") + offset


def to_s(value: object) -> str:
    """Ruby ``to_s`` as Liquid 4 output uses it (``Array#join`` for arrays, see variable.rb)."""
    if isinstance(value, str):
        return value
    if is_nil(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return float_to_s(value)
    if isinstance(value, Decimal):
        return float_to_s(float(value))
    if isinstance(value, (list, tuple)):
        return "".join(to_s(item) for item in value)
    if isinstance(value, Mapping):
        if type(value).__str__ is not object.__str__ and not isinstance(value, dict):
            return str(value)  # a drop with its own to_s (e.g. a document prints its output)
        return inspect(value)
    if isinstance(value, dt.datetime):
        return time_to_s(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, range):
        return f"{value.start}..{value.stop - 1}"
    return str(value)


def ruby_str(value: object) -> str:
    """Ruby's own ``to_s`` (what filters call): arrays and hashes print as ``inspect``."""
    if isinstance(value, (list, tuple)):
        return inspect(value)
    if isinstance(value, Mapping) and (type(value).__str__ is object.__str__
                                       or isinstance(value, dict)):
        return inspect(value)
    return to_s(value)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x1b": "\\e",
            "#": "#"}


def inspect_str(value: str) -> str:
    """Ruby ``String#inspect`` for UTF-8 strings."""
    out = ['"']
    for i, char in enumerate(value):
        if char == "#" and value[i + 1:i + 2] in ("{", "$", "@"):
            out.append("\\#")
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 32 or ord(char) == 127:
            out.append(f"\\x{ord(char):02X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def inspect(value: object) -> str:
    """Ruby ``inspect`` (Ruby 3.1 style hashes: ``{"a"=>1}``)."""
    if isinstance(value, str):
        return inspect_str(value)
    if is_nil(value):
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(inspect(item) for item in value) + "]"
    if isinstance(value, Mapping):
        pairs = (f"{inspect(k)}=>{inspect(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    return to_s(value)


def to_integer(value: object) -> int:
    """Ruby ``to_i`` as Liquid's ``Utils.to_integer`` falls back to it (leading digits)."""
    if isinstance(value, bool):
        raise TypeError("invalid integer")
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)):
        return int(value)
    if is_nil(value):
        return 0
    text = str(value).strip().replace("_", "")
    digits = ""
    for i, char in enumerate(text):
        if char.isdigit() or (i == 0 and char in "+-"):
            digits += char
        else:
            break
    try:
        return int(digits)
    except ValueError:
        return 0


_RUBY_INTEGER = re.compile(
    r"\s*[+-]?(?:0[xX][0-9a-fA-F]+(?:_[0-9a-fA-F]+)*|0[bB][01]+(?:_[01]+)*"
    r"|0[oO_]?[0-7]+(?:_[0-7]+)*|0[dD]\d+(?:_\d+)*|[1-9]\d*(?:_\d+)*|0)\s*\Z", re.ASCII)


def utils_to_integer(value: object) -> int:
    """Liquid 4.0.4 ``Utils.to_integer``: an Integer, else ``Integer(value.to_s)``, which
    accepts only a whole integer literal (``"2.2"``, ``""`` and ``nil`` fail).

    Raises:
        ValueError: ``invalid integer`` (Liquid::ArgumentError).
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = to_s(value)
    if not _RUBY_INTEGER.match(text):
        raise ValueError("invalid integer")
    body = text.strip().replace("_", "")
    sign = -1 if body.startswith("-") else 1
    body = body.lstrip("+-")
    if body[:2] in ("0d", "0D"):
        return sign * int(body[2:])
    if re.fullmatch(r"0[oO]?[0-7]+", body):
        return sign * int(body.lstrip("0oO") or "0", 8)
    return sign * int(body, 0)


class CompareError(Exception):
    """Ruby ``<=>`` returned nil (``comparison of String with Integer failed``)."""


def ruby_class(value: object) -> str:
    """The Ruby class name of a Python value, for error messages."""
    if isinstance(value, bool):
        return "TrueClass" if value else "FalseClass"
    if is_nil(value):
        return "NilClass"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, str):
        return "String"
    if isinstance(value, (list, tuple)):
        return "Array"
    if isinstance(value, Mapping):
        return "Hash"
    if isinstance(value, dt.datetime):
        return "Time"
    if isinstance(value, dt.date):
        return "Date"
    return type(value).__name__


def implicit_name(value: object) -> str:
    """How Ruby's TypeError names a value (``no implicit conversion of X into String``):
    ``nil``, ``true``, ``false`` or its class."""
    if is_nil(value):
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    return ruby_class(value)


def spaceship(left: object, right: object) -> int:
    """Ruby ``left <=> right``; raises `CompareError` where Ruby returns nil."""
    numbers = (int, float, Decimal)
    if isinstance(left, bool) or isinstance(right, bool):
        if left is right:
            return 0
        raise CompareError(f"comparison of {ruby_class(left)} with {ruby_class(right)} failed")
    if isinstance(left, numbers) and isinstance(right, numbers):
        return (left > right) - (left < right)
    if isinstance(left, str) and isinstance(right, str):
        lb, rb = left.encode(), right.encode()
        return (lb > rb) - (lb < rb)
    if isinstance(left, dt.datetime) == isinstance(right, dt.datetime) \
            and isinstance(left, dt.date) and isinstance(right, dt.date):
        try:
            return (left > right) - (left < right)
        except TypeError:  # naive against aware
            pass
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        for a, b in zip(left, right, strict=False):
            c = spaceship(a, b)
            if c:
                return c
        return (len(left) > len(right)) - (len(left) < len(right))
    raise CompareError(f"comparison of {ruby_class(left)} with {ruby_class(right)} failed")


_RUBY_SPACE = re.compile(r"[ \t\n\v\f\r]+")


def ruby_words(text: str) -> list[str]:
    """Ruby's ``String#split`` with no pattern: runs of ASCII whitespace only (a no-break or
    ideographic space is part of a word), leading whitespace ignored."""
    return [w for w in _RUBY_SPACE.split(text) if w]
