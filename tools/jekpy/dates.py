"""Dates as Jekyll sees them: Ruby's ``Time.parse`` for strings, then local time.

Jekyll parses every date with ``Time.parse(input.to_s).localtime`` (jekyll/jekyll v3.10.0
lib/jekyll/utils.rb ``parse_date``); the local zone is ``timezone:`` from the config, else TZ.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_DATE_RE = re.compile(
    r"""^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})
        (?:[T\s]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<frac>\.\d+)?)?)?
        \s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{1,2})?(?:\s.*)?$""",
    re.VERBOSE | re.IGNORECASE,
)


# Ruby's Date._parse stops at the first date form it finds (date_parse.c ``date__parse``:
# ``goto ok`` after parse_iso) and reads a zone only right after the time (parse_time), so
# text after them is ignored: "2023-01-29 18:30:22 2023 -0800" is 18:30:22 local time.


def local_zone(timezone: str | None = None) -> dt.tzinfo:
    """The zone Jekyll formats local times in: config ``timezone``, else TZ, else the system's."""
    name = timezone or os.environ.get("TZ")
    if name:
        try:
            return ZoneInfo(name.lstrip(":"))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def _offset(text: str) -> dt.tzinfo:
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2] or 0) if len(digits) > 2 else int(digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def parse_date(value: object, zone: dt.tzinfo) -> dt.datetime:
    """A date from YAML or text as an aware datetime in ``zone``.

    Raises:
        ValueError: text Ruby's ``Time.parse`` would not understand.
    """
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(zone)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=zone)
    match = _DATE_RE.match(str(value))
    if not match:
        return _parse_loose(str(value), zone)
    parts = match.groupdict()
    frac = parts["frac"]
    micro = int((frac[1:] + "000000")[:6]) if frac else 0
    tz = _offset(parts["tz"]) if parts["tz"] else zone
    year, month, day = int(parts["y"]), int(parts["m"]), int(parts["d"])
    # Ruby's Time rolls a day past the month's end over (Time.parse("2020-02-30") is March 1st);
    # days above 31 and months above 12 are errors there too.
    overflow = 0
    if 1 <= month <= 12 and 28 < day <= 31:
        last = calendar.monthrange(year, month)[1]
        if day > last:
            overflow, day = day - last, last
    stamp = dt.datetime(
        year,
        month,
        day,
        int(parts["H"] or 0),
        int(parts["M"] or 0),
        int(parts["S"] or 0),
        micro,
        tzinfo=tz,
    ) + dt.timedelta(days=overflow)
    return stamp.astimezone(zone)


def _parse_loose(text: str, zone: dt.tzinfo) -> dt.datetime:
    """Other spellings Ruby's ``Time.parse`` accepts ("Jan 9, 2024 10:00", "9 January 2024").

    python-dateutil's parser is the closest well-kept equivalent; like Ruby it needs at least a
    date, and a text without one ("tuesday", "not-a-date") is an error.
    """
    from dateutil import parser as date_parser

    if not re.search(r"\d", text):
        raise ValueError(f"no time information in {text!r}")
    try:
        stamp = date_parser.parse(text)
    except (ValueError, OverflowError):
        raise ValueError(f"no time information in {text!r}") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=zone)
    return stamp.astimezone(zone)
