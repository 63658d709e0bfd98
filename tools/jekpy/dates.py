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

# Ruby's Date._parse (ext/date/date_parse.c ``date__parse``) first looks for a time anywhere in
# the text (``parse_time``: h:m[:s[.frac]], or 10h, with am/pm, and a zone only right after the
# time), blanks it out, then reads the date from what is left (``parse_iso``: y-m-d); other
# text is ignored. So "2015-07-10-20-00" is midnight (no time there), "2024-01-02 +0100" is
# midnight local (a zone without a time is not read), "2024-01-02 foo 10:00" is 10:00.
_TIME_RE = re.compile(
    r"""(?P<time>
          (?P<H>\d+)\s*(?:
              :\s*(?P<M>\d+)(?:\s*:\s*(?P<S>\d+)(?P<frac>[,.]\d*)?)?
            | h(?:\s*(?P<hM>\d+)m?(?:\s*(?P<hS>\d+)s?)?)?
          )
          (?:\s*(?P<ampm>[ap])(?:m\b|\.m\.))?
        | (?P<H2>\d+)\s*(?P<ampm2>[ap])(?:m\b|\.m\.)
        )
        (?:\s*(?P<tz>(?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?|[a-z]+\b))?""",
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)
_ISO_DATE_RE = re.compile(r"(?<![\d])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)", re.ASCII)


def local_zone(timezone: str | None = None) -> dt.tzinfo:
    """The zone Jekyll formats local times in: config ``timezone``, else TZ, else the system's."""
    name = timezone or os.environ.get("TZ")
    if name:
        try:
            return ZoneInfo(name.lstrip(":"))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


# Time.zone_offset (lib/time.rb): the names of its ZoneOffset table and [+-]HH, [+-]HH[:]MM[[:]SS];
# anything else ("GMT+2", "+5") is no zone, so the time is local.
ZONE_HOURS = {"UTC": 0, "Z": 0, "UT": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
               "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}
_NUMERIC_ZONE = re.compile(r"([+-])(\d\d)(?:(:?)(\d\d)(?:\3(\d\d))?)?\Z", re.ASCII)


def _offset(text: str) -> dt.tzinfo | None:
    """The zone ``Time.parse`` applies for ``text``, or None (local time)."""
    if text.upper() in ZONE_HOURS:
        return dt.timezone(dt.timedelta(hours=ZONE_HOURS[text.upper()]))
    match = _NUMERIC_ZONE.match(text)
    if not match:
        return None
    sign = -1 if match[1] == "-" else 1
    delta = dt.timedelta(hours=int(match[2]), minutes=int(match[4] or 0), seconds=int(match[5] or 0))
    return dt.timezone(sign * delta)


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
    text = str(value)
    time = _TIME_RE.search(text)
    rest = text if time is None else text[: time.start()] + " " * len(time.group(0)) + text[time.end():]
    date = _ISO_DATE_RE.search(rest)
    if date is None:
        return _parse_loose(text, zone)
    year, month, day = int(date["y"]), int(date["m"]), int(date["d"])
    hour, minute, second, micro, tz = _clock(time, zone)
    # Ruby's Time rolls a day past the month's end over (Time.parse("2020-02-30") is March 1st);
    # days above 31 and months above 12 are errors there too.
    overflow = 0
    if 1 <= month <= 12 and 28 < day <= 31:
        last = calendar.monthrange(year, month)[1]
        if day > last:
            overflow, day = day - last, last
    stamp = dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=tz) + dt.timedelta(days=overflow)
    return stamp.astimezone(zone)


def _clock(time: re.Match | None, zone: dt.tzinfo) -> tuple[int, int, int, int, dt.tzinfo]:
    """Hour, minute, second, microsecond and zone of a ``_TIME_RE`` match (midnight without)."""
    if time is None:
        return 0, 0, 0, 0, zone
    hour = int(time["H"] or time["H2"])
    ampm = (time["ampm"] or time["ampm2"] or "").lower()
    if ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    minute = int(time["M"] or time["hM"] or 0)
    second = int(time["S"] or time["hS"] or 0)
    frac = (time["frac"] or "")[1:]
    micro = int((frac + "000000")[:6]) if frac else 0
    tz = (_offset(time["tz"]) if time["tz"] else None) or zone
    return hour, minute, second, micro, tz


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
