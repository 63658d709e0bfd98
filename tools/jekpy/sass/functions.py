"""Built-in Sass functions re-implemented in Python where libsass computes differently.

Ruby Sass 3.7.4 rounds the red/green/blue channels of every colour to integers when the colour
is made (``Color#initialize`` and ``Color#hsl_to_rgb!`` in ``lib/sass/script/value/color.rb``
use ``Sass::Util.round``); libsass keeps fractional channels until the output.  The
difference shows when a colour made from HSL (``hsl()``, ``lighten()``...) or by ``mix()`` is
mixed again: ``mix(hsl(230deg, 18%, 60%), gray)`` is ``#848796`` in Ruby, ``#838696`` in
libsass.  ``mix`` is therefore replaced (libsass lets a custom function override a built-in)
by Ruby's algorithm (``Functions#mix`` in ``lib/sass/script/functions.rb``) on rounded
channels, and its result is rounded too.
"""
from __future__ import annotations

import math

import sass as libsass

# Number.epsilon in Ruby Sass 3.7.4: 10 ** -(precision + 1)
_EPSILON = 1e-11


def ruby_round(value: float) -> int:
    """``Sass::Util.round``: halves (within epsilon) away from zero."""
    mod = value % 1
    half = abs(mod - 0.5) < _EPSILON
    if value > 0:
        return math.floor(value) if not half and mod < 0.5 else math.ceil(value)
    return math.floor(value) if half or mod < 0.5 else math.ceil(value)


def _channel(value: float) -> int:
    """A colour channel as Ruby stores it: rounded and kept within 0..255."""
    return min(max(ruby_round(value), 0), 255)


def _number_text(number) -> str:
    """A number argument as Ruby's ``Number#to_s`` prints it in a message."""
    value = number.value
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text + (number.unit or "")


def _not_a(value, kind: str, name: str) -> libsass.SassError:
    if isinstance(value, libsass.SassNumber):
        shown = _number_text(value)
    else:
        shown = f'"{value}"' if isinstance(value, str) else str(value)
    return libsass.SassError(f"${name}: {shown} is not a {kind} for `mix'")


def mix(color1, color2, weight):
    """Ruby Sass 3.7.4's ``mix($color1, $color2, $weight: 50%)`` with integer channels."""
    for value, name in ((color1, "color1"), (color2, "color2")):
        if not isinstance(value, libsass.SassColor):
            return _not_a(value, "color", name)
    if not isinstance(weight, libsass.SassNumber):
        return _not_a(weight, "number", "weight")
    amount = weight.value
    if not 0 <= amount <= 100:
        if abs(amount) < 0.00001:
            amount = 0
        elif abs(amount - 100) < 0.00001:
            amount = 100
        else:
            return libsass.SassError(
                f"Weight {_number_text(weight)} must be between 0% and 100% for `mix'")
    p = amount / 100.0
    w = p * 2 - 1
    a = color1.a - color2.a
    w1 = ((w if w * a == -1 else (w + a) / (1 + w * a)) + 1) / 2.0
    w2 = 1 - w1
    rgb1 = [_channel(c) for c in (color1.r, color1.g, color1.b)]
    rgb2 = [_channel(c) for c in (color2.r, color2.g, color2.b)]
    mixed = [_channel(v1 * w1 + v2 * w2) for v1, v2 in zip(rgb1, rgb2, strict=True)]
    alpha = min(max(color1.a * p + color2.a * (1 - p), 0.0), 1.0)
    return libsass.SassColor(*mixed, alpha)


CUSTOM_FUNCTIONS = frozenset({
    libsass.SassFunction("mix", ("$color1", "$color2", "$weight: 50%"), mix),
})
