"""Plain YAML scalars are typed as GitHub Pages' SafeYAML 1.0.5 types them.

``data/safe_yaml_1.0.5.json`` was written by safe_yaml 1.0.5's own lib (tag 1.0.5 of
dtao/safe_yaml, run with ``ruby -I lib``: ``SafeYAML.load("k: <value>")``): for each value, the
Ruby class and the value. Jekyll 3.10 reads front matter, config and data files this way; the
reference renderer (Jekyll 4.3, Psych 4) does not, so these expectations cannot come from it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest

from jekpy import safe_yaml
from jekpy.utils import load_yaml

CASES = json.loads((Path(__file__).parent / "data" / "safe_yaml_1.0.5.json").read_text(encoding="utf-8"))
PYTHON_TYPES = {"int": int, "float": float, "bool": bool, "nil": type(None), "str": str,
                "date": dt.date, "time": dt.datetime}


@pytest.mark.parametrize(("text", "kind", "expected"), CASES, ids=[c[0] for c in CASES])
def test_scalar_typed_as_safe_yaml(text: str, kind: str, expected: object, count) -> None:
    if kind == "error":
        pytest.skip(f"SafeYAML raises {expected} here (the Pages build fails); jekpy keeps the text")
    value = load_yaml(f"k: {text}\n", "probe.yml")["k"]
    ok = type(value) is PYTHON_TYPES[kind] and _same(value, kind, expected)
    count("safe_yaml scalars", ok)
    assert type(value) is PYTHON_TYPES[kind], f"{text!r}: {value!r}"
    assert _same(value, kind, expected), f"{text!r}: {value!r} != {expected!r}"


def _same(value: object, kind: str, expected: object) -> bool:
    if kind == "float" and isinstance(expected, str):
        return str(value) == expected or (expected == "nan" and math.isnan(value))
    if kind == "time":
        return value.strftime("%Y-%m-%d %H:%M:%S") == expected[:19]
    if kind == "date":
        return value.isoformat() == expected
    return value == expected


def test_merge_keys_and_quoted_scalars_keep_their_meaning() -> None:
    data = load_yaml("base: &b\n  x: 1,000\nchild:\n  <<: *b\n  y: '1,000'\n", "probe.yml")
    assert data["child"] == {"x": 1000, "y": "1,000"}


def test_negative_base60_keeps_safe_yamls_sign() -> None:
    assert safe_yaml.base60("-1:30") == 30.0
    assert safe_yaml.base60("19:00") == 1140.0
