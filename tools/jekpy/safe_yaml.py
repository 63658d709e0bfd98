"""How GitHub Pages types plain YAML scalars: SafeYAML 1.0.5's guesses, not YAML 1.1's.

Jekyll 3.10 reads front matter, ``_config.yml`` and ``_data`` with ``SafeYAML.load`` /
``load_file`` (convertible.rb, document.rb, configuration.rb, readers/data_reader.rb). SafeYAML
parses with Psych but types every plain (unquoted) scalar itself, trying in order
(safe_yaml 1.0.5 lib/safe_yaml/transform.rb ``TRANSFORMERS``; symbols are off):

* integers (transform/to_integer.rb): ``_`` and ``,`` are removed first, so ``1,000`` is 1000;
  then decimal, octal ``0[0-7]+``, hex ``0x..`` and binary ``0b..``; then the edge cases: a
  signed hex number, and base-60 ``19:00``, whose value parse/sexagesimal.rb sums as Floats
  (1140.0) and, for a leading ``-``, negates the sum in which the leading part already was
  negative (``-1:30`` is -60 + 30 negated: 30.0);
* floats (transform/to_float.rb): a ``.`` followed by digits is required (``1.`` stays a
  string, ``-.5`` is a float), ``.inf``/``.nan`` spellings, base-60 with a fraction;
* nil (``""``, ``~``, ``null``) and booleans (``yes on true no off false``), in any letter case
  (transform/transformation_map.rb ``CaseAgnosticMap``);
* dates and times (transform/to_date.rb), as YAML's timestamps.

PyYAML's YAML 1.1 resolver differs on each of the first three points; `install` puts these
rules into a PyYAML loader class. The reference renderer (Jekyll 4.3, Psych 4) differs again
(``19:00`` is 68400 there); the golden case tests/sites_found/yaml_sexagesimal carries the
Pages values.
"""

from __future__ import annotations

import math
import re

import yaml

INT_TAG = "tag:jekpy,2026:safe-yaml-int"
FLOAT_TAG = "tag:jekpy,2026:safe-yaml-float"
BASE60_TAG = "tag:jekpy,2026:safe-yaml-base60"

# Ruby's \d and \s are ASCII; \Z is the end of a plain scalar (no trailing newline there).
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_OCTAL = re.compile(r"0[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-f]+\Z", re.I)
_BINARY = re.compile(r"0b[01]+\Z")
_SIGNED_HEX = re.compile(r"[-+]?0x[0-9a-fA-F_]+\Z")
_BASE60_INT = re.compile(r"[ \t\n\r\f\v]*[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+[ \t\n\r\f\v]*\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+][0-9]+)?\Z")
_BASE60_FLOAT = re.compile(r"[ \t\n\r\f\v]*[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*[ \t\n\r\f\v]*\Z")
_PYYAML_TIMESTAMP = yaml.constructor.SafeConstructor.timestamp_regexp
_SPECIAL_FLOATS = {".inf": math.inf, ".Inf": math.inf, ".INF": math.inf,
                   "-.inf": -math.inf, "-.Inf": -math.inf, "-.INF": -math.inf,
                   ".nan": math.nan, ".NaN": math.nan, ".NAN": math.nan}
_NULLS = ("", "~", "null")
_BOOLEANS = {"yes": True, "on": True, "true": True, "no": False, "off": False, "false": False}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_TIME = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t\n\r\f\v]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
                   r"(?:\.[0-9]*)?[ \t\n\r\f\v]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?)?\Z")


def scalar_tag(value: str) -> str:
    """The tag SafeYAML's guess gives a plain scalar (``str`` when nothing matches)."""
    stripped = value.replace("_", "").replace(",", "")
    if (_DECIMAL.match(stripped) or _OCTAL.match(stripped) or _HEX.match(stripped)
            or _BINARY.match(stripped) or _SIGNED_HEX.match(stripped)):
        return INT_TAG
    if _BASE60_INT.match(stripped):
        return BASE60_TAG
    if _FLOAT.match(value) or value in _SPECIAL_FLOATS or _BASE60_FLOAT.match(value):
        return FLOAT_TAG
    if len(value) <= 4 and value.lower() in _NULLS:
        return "tag:yaml.org,2002:null"
    if len(value) <= 5 and value.lower() in _BOOLEANS:
        return "tag:yaml.org,2002:bool"
    if (_DATE.match(value) or _TIME.match(value)) and _PYYAML_TIMESTAMP.match(value):
        # Offsets without a colon (+0100) are SafeYAML times that PyYAML's constructor cannot
        # read: they stay strings, which dates.py parses as Jekyll's Time.parse would.
        return "tag:yaml.org,2002:timestamp"
    return "tag:yaml.org,2002:str"


def to_integer(value: str) -> int:
    """Ruby ``Integer()`` of the scalar without ``_``/``,`` (a leading 0 means octal)."""
    text = value.replace("_", "").replace(",", "")
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-")
    low = digits.lower()
    if low.startswith("0x"):
        return sign * int(low[2:], 16)
    if low.startswith("0b"):
        return sign * int(low[2:], 2)
    if len(digits) > 1 and digits.startswith("0"):
        return sign * int(digits[1:], 8)
    return sign * int(digits)


def base60(value: str) -> float:
    """parse/sexagesimal.rb ``value``: Float parts summed with powers of 60, a fraction added,
    and the result negated when the text starts with ``-`` (the leading part already was)."""
    text = value.strip(" \t\n\r\f\v")
    whole, _, fraction = text.partition(".")
    total = 0.0
    for power, part in enumerate(reversed(whole.split(":"))):
        total += float(part) * 60 ** power
    if fraction:
        total += float("." + fraction)
    return -total if text.startswith("-") else total


def _ruby_float(value: str) -> float:
    if value in _SPECIAL_FLOATS:
        return _SPECIAL_FLOATS[value]
    if _BASE60_FLOAT.match(value):
        return base60(value)
    return float(value)


def _resolve(self, kind, value, implicit):  # noqa: ANN001 - PyYAML's resolver signature
    """Plain scalars are typed by SafeYAML's rules; everything else as PyYAML does."""
    if kind is yaml.ScalarNode and implicit[0]:
        if value == "<<":
            return "tag:yaml.org,2002:merge"
        return scalar_tag(value)
    return yaml.resolver.Resolver.resolve(self, kind, value, implicit)


def _construct(convert):
    def construct(loader: yaml.SafeLoader, node: yaml.ScalarNode):
        text = loader.construct_scalar(node)
        try:
            return convert(text)
        except ValueError:  # Ruby would raise here too (e.g. "1__0"); keep the text
            return text
    return construct


def install(loader: type) -> None:
    """Make ``loader`` (a PyYAML loader class of jekpy's own) type scalars as SafeYAML 1.0.5."""
    loader.resolve = _resolve
    loader.add_constructor(INT_TAG, _construct(to_integer))
    loader.add_constructor(FLOAT_TAG, _construct(_ruby_float))
    loader.add_constructor(BASE60_TAG, _construct(base60))
