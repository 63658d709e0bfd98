"""Front matter dates are read as Jekyll's ``Time.parse(...).localtime`` reads them.

``data/ruby_time_parse.json`` was written by Ruby 3.1's ``Time.parse(s).localtime`` with TZ=UTC
(``strftime("%Y-%m-%d %H:%M:%S.%6N %z")``, or ``error``): Jekyll 3.10's utils.rb ``parse_date``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from jekpy.dates import parse_date

CASES = json.loads((Path(__file__).parent / "data" / "ruby_time_parse.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_parse_date_as_ruby_time_parse(text: str, expected: str, count) -> None:
    try:
        got = parse_date(text, dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f %z")
    except ValueError:
        got = "error"
    count("ruby Time.parse dates", got == expected)
    assert got == expected


def test_yaml_dates_keep_their_zone() -> None:
    stamp = dt.datetime(2024, 1, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert parse_date(stamp, dt.UTC) == dt.datetime(2024, 1, 2, 8, 0, tzinfo=dt.UTC)
    assert parse_date(dt.date(2024, 1, 2), dt.UTC) == dt.datetime(2024, 1, 2, tzinfo=dt.UTC)
