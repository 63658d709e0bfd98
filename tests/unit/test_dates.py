"""Front matter dates are read as Jekyll's ``Time.parse(...).localtime`` reads them.

``data/ruby_time_parse.json`` was written by Ruby 3.1's ``Time.parse(s).localtime`` with TZ=UTC
(``strftime("%Y-%m-%d %H:%M:%S.%6N %z")``, or ``error``): Jekyll 3.10's utils.rb ``parse_date``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jekpy.dates import parse_date, parse_time
from jekpy.liquid.rubytime import strftime, to_date

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


# ``data/ruby_time_parse_zones.json``: [text, Time.parse(text) with TZ=UTC, with TZ=Asia/Tokyo],
# each as ``strftime("%Y-%m-%d %H:%M:%S.%6N %z|%Z")`` or ``error`` (Ruby 3.1 time.rb; texts whose
# result depends on today left out). It holds the forms both former parsers covered (ISO dates
# with the time anywhere, slash dates, 24:00, digits alone, other spellings) and the zone each
# Time carries: UTC names, the local zone when it has the offset, else a nameless fixed offset.
ZONE_CASES = json.loads((Path(__file__).parent / "data" / "ruby_time_parse_zones.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "utc", "tokyo"), ZONE_CASES, ids=[c[0] for c in ZONE_CASES])
def test_parse_time_as_ruby_in_two_zones(text: str, utc: str, tokyo: str, count) -> None:
    """One parser for front matter and the Liquid date filters: Ruby's Time.parse, zone included."""
    got = []
    for zone in (dt.UTC, ZoneInfo("Asia/Tokyo")):
        value = parse_time(text, zone)
        got.append(strftime(value, "%Y-%m-%d %H:%M:%S.%6N %z|%Z") if value else "error")
    count("ruby Time.parse in UTC and Tokyo", got == [utc, tokyo])
    assert got == [utc, tokyo]


def test_parse_time_fills_today() -> None:
    """A time alone is today (in the parsed offset); ``1/2`` and ``12`` take this year/month."""
    now = dt.datetime.now(dt.UTC)
    at_ten = parse_time("10:00 +0100", dt.UTC)
    assert at_ten is not None
    assert at_ten.utcoffset() == dt.timedelta(hours=1)
    assert at_ten.hour == 10
    assert at_ten.date() == dt.datetime.now(dt.timezone(dt.timedelta(hours=1))).date()
    slash = parse_time("1/2", dt.UTC)
    assert slash is not None
    assert (slash.year, slash.month, slash.day) == (now.year, 1, 2)
    twelfth = parse_time("12", dt.UTC)
    assert twelfth is not None
    assert (twelfth.year, twelfth.month, twelfth.day) == (now.year, now.month, 12)


def test_parse_date_raises_where_ruby_raises() -> None:
    """Front matter keeps ValueError (Jekyll's "does not have a valid date"); Liquid gets None."""
    with pytest.raises(ValueError, match="no time information"):
        parse_date("2020-01", dt.UTC)
    assert parse_time("12/25/2020", dt.UTC) is None


def test_yaml_timestamp_without_zone_is_utc_in_both_paths() -> None:
    """Reference build (timezone: America/New_York, ``updated: 2024-01-02 10:00:00``):
    ``{{ page.updated | date: "%H:%M %z" }}`` is ``05:00 -0500``; with ``+01:00`` it stays
    ``10:00 +0100``. Front matter ``date`` reads the same instant (then local time)."""
    zone = ZoneInfo("America/New_York")
    naive = dt.datetime(2024, 1, 2, 10, 0)
    offset = dt.datetime(2024, 1, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert strftime(to_date(naive, zone), "%H:%M %z") == "05:00 -0500"
    assert strftime(to_date(offset, zone), "%H:%M %z") == "10:00 +0100"
    assert parse_date(naive, zone) == to_date(naive, zone)
    assert strftime(parse_date(offset, zone), "%H:%M %z") == "04:00 -0500"


def test_one_local_zone_for_dates_and_liquid(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    """Config ``timezone``, else TZ (Jekyll sets TZ from the config, and the Liquid filters run
    in the same process); a name the zone database does not know is UTC."""
    from types import SimpleNamespace

    from jekpy.dates import local_zone
    from jekpy.liquid import JekyllEnvironment

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert local_zone(None) == ZoneInfo("Asia/Tokyo")
    assert local_zone("Europe/Paris") == ZoneInfo("Europe/Paris")
    assert local_zone("Not/A_Zone") == dt.UTC
    site = SimpleNamespace(config={}, source=tmp_path, include_dirs=[], documents_for_link_tag=list,
                           logger=SimpleNamespace(warn=lambda *a: None))
    assert JekyllEnvironment(site).zone == ZoneInfo("Asia/Tokyo")
