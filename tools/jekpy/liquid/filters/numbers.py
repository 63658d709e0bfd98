"""Liquid 4.0.4's math filters: ``Utils.to_number`` then Ruby arithmetic (BigDecimal for floats).

Source: Shopify/liquid v4.0.4 lib/liquid/standardfilters.rb (``apply_operation``, ``round``,
``ceil``, ``floor``, ``abs``, ``at_least``, ``at_most``) and lib/liquid/utils.rb ``to_number``:
floats and ``"1.5"``-style strings become BigDecimal, other strings use ``to_i`` (``"5abc"`` is
5, ``"1e3"`` is 1), anything else (nil, true) is 0; half-way values round up.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.ruby import float_to_s, to_integer

if TYPE_CHECKING:
    from liquid import Environment

Number = int | Decimal


def to_number(value: object) -> Number:
    """``Liquid::Utils.to_number``."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return Decimal(str(value))
        return Decimal(float_to_s(value).replace("e+", "E+").replace("e-", "E-"))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"-?\d+\.\d+", text):
            return Decimal(text)
        return to_integer(value)
    return 0


def _out(value: Number) -> int | float:
    """``result.is_a?(BigDecimal) ? result.to_f : result``."""
    return float(value) if isinstance(value, Decimal) else value


def plus(value: object, operand: object) -> int | float:
    """Addition."""
    return _out(to_number(value) + to_number(operand))


def minus(value: object, operand: object) -> int | float:
    """Subtraction."""
    return _out(to_number(value) - to_number(operand))


def times(value: object, operand: object) -> int | float:
    """Multiplication."""
    return _out(to_number(value) * to_number(operand))


def divided_by(value: object, operand: object) -> int | float:
    """Division; integers divide with floor like Ruby's ``Integer#/``."""
    left, right = to_number(value), to_number(operand)
    if right == 0:
        if isinstance(left, int) and isinstance(right, int):
            raise JekyllTagError("divided by 0", prefixed=True)
        # BigDecimal division by zero is Infinity/NaN, not an error (checked with Liquid 4.0.4).
        if left == 0 or Decimal(left).is_nan():
            return math.nan
        negative = (Decimal(left) < 0) != Decimal(right).is_signed()
        return -math.inf if negative else math.inf
    if isinstance(left, int) and isinstance(right, int):
        return left // right
    return _out(Decimal(left) / Decimal(right))


def modulo(value: object, operand: object) -> int | float:
    """Ruby's floored modulo."""
    left, right = to_number(value), to_number(operand)
    if right == 0:
        raise JekyllTagError("divided by 0", prefixed=True)
    if isinstance(left, int) and isinstance(right, int):
        return left % right
    left, right = Decimal(left), Decimal(right)
    quotient = (left / right).to_integral_value(rounding=ROUND_FLOOR)
    return _out(left - right * quotient)


def round_(value: object, digits: object = 0) -> int | float:
    """``to_number(input).round(to_number(n))``, half away from zero; integer when n <= 0."""
    number = to_number(value)
    places = int(to_number(digits))
    if isinstance(number, Decimal):
        try:
            result = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        except InvalidOperation:
            result = number
    elif places >= 0:
        result = number
    else:
        step = 10 ** (-places)
        whole = (Decimal(number) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        result = int(whole) * step
    if places <= 0:
        # BigDecimal#round(n) with n <= 0 gives an Integer (golden-liquid, rendered by Ruby:
        # `5.666 | round: -2` is 0, `round: 'foo'` is 6).
        return int(result)
    return _out(result)


def ceil(value: object) -> int:
    """``to_number(input).ceil.to_i``."""
    number = to_number(value)
    return int(Decimal(number).to_integral_value(rounding=ROUND_CEILING))


def floor(value: object) -> int:
    """``to_number(input).floor.to_i``."""
    number = to_number(value)
    return int(Decimal(number).to_integral_value(rounding=ROUND_FLOOR))


def abs_(value: object) -> int | float:
    """Absolute value."""
    return _out(abs(to_number(value)))


def at_least(value: object, limit: object) -> int | float:
    """The larger of the two numbers."""
    return _out(max(to_number(value), to_number(limit)))


def at_most(value: object, limit: object) -> int | float:
    """The smaller of the two numbers."""
    return _out(min(to_number(value), to_number(limit)))


def register(env: Environment) -> None:
    """Install the Liquid 4.0.4 math filters."""
    for name, func in (("plus", plus), ("minus", minus), ("times", times),
                       ("divided_by", divided_by), ("modulo", modulo), ("round", round_),
                       ("ceil", ceil), ("floor", floor), ("abs", abs_),
                       ("at_least", at_least), ("at_most", at_most)):
        env.add_filter(name, func)
