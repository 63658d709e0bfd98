"""Dates as Jekyll sees them: Ruby's ``Time.parse`` for strings, then local time.

Jekyll parses every date with ``Time.parse(input.to_s).localtime`` (jekyll/jekyll v3.10.0
lib/jekyll/utils.rb ``parse_date``); the local zone is ``timezone:`` from the config, else TZ.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import warnings
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
    """The zone Jekyll's local times are in, for dates and the Liquid date filters alike:
    config ``timezone`` (Jekyll sets TZ to it, ``Jekyll.set_timezone``), else TZ, else the
    system's; a name the zone database does not know is UTC (as glibc reads it)."""
    name = timezone or os.environ.get("TZ")
    if name:
        try:
            return ZoneInfo(str(name).lstrip(":"))
        except (ZoneInfoNotFoundError, ValueError):
            return dt.UTC
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


# Time.zone_offset (lib/time.rb): the names of its ZoneOffset table and [+-]HH, [+-]HH[:]MM[[:]SS];
# anything else ("GMT+2", "+5", "CET") is no zone, so the time is local.
ZONE_HOURS = {"UTC": 0, "Z": 0, "UT": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
              "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}
_NUMERIC_ZONE = re.compile(r"([+-])(\d\d)(?:(:?)(\d\d)(?:\3(\d\d))?)?\Z", re.ASCII)
# time.rb ``zone_utc?``: the zones that make a UTC time (%Z "UTC"); other offsets are local time
# when the local zone has that offset then, else a fixed offset (``force_zone!``).
_UTC_NAMES = frozenset({"-00:00", "-0000", "-00", "UTC", "Z", "UT"})
# date_parse.c ``parse_sla``: a/b[/c], the third part after any non-digit ("1/2-2020").
_SLASH_DATE_RE = re.compile(r"(?<!\d)(\d+)/\s*(\d+)(?:\D\s*(\d+))?", re.ASCII)
# "2020-01" (nothing else but a time): Date._parse finds no date (ArgumentError).
_YEAR_MONTH_RE = re.compile(r"\s*\d+-\d+\s*\Z", re.ASCII)


def _offset(text: str) -> dt.timedelta | None:
    """``Time.zone_offset(text)``: the offset of a zone name or number, or None (local time)."""
    if text.upper() in ZONE_HOURS:
        return dt.timedelta(hours=ZONE_HOURS[text.upper()])
    match = _NUMERIC_ZONE.match(text)
    if not match:
        return None
    sign = -1 if match[1] == "-" else 1
    return sign * dt.timedelta(hours=int(match[2]), minutes=int(match[4] or 0), seconds=int(match[5] or 0))


def parse_date(value: object, zone: dt.tzinfo) -> dt.datetime:
    """A date from YAML or text as an aware datetime in ``zone`` (``Time.parse(..).localtime``).

    Raises:
        ValueError: text Ruby's ``Time.parse`` would not understand.
    """
    if isinstance(value, dt.date):
        return local_time(value, zone)
    stamp = parse_time(str(value), zone)
    if stamp is None:
        raise ValueError(f"no time information in {value!r}")
    return stamp.astimezone(zone)


def local_time(value: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """``to_time.localtime``: a date is local midnight, a time moves into ``zone`` (a YAML
    timestamp without a zone is UTC, ``yaml_time``)."""
    if isinstance(value, dt.datetime):
        return yaml_time(value, zone).astimezone(zone)
    return dt.datetime(value.year, value.month, value.day, tzinfo=zone)


def yaml_time(value: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A YAML timestamp as the Time Ruby loads: one without a zone is UTC (SafeYAML 1.0.5
    parse/date.rb ``DateTime.parse(value).to_time``, Psych likewise) shown in local time; one
    with an offset keeps it."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC).astimezone(zone)


def parse_time(text: str, zone: dt.tzinfo) -> dt.datetime | None:
    """Ruby's ``Time.parse(text)`` with ``zone`` as the local zone; None where Ruby raises
    ArgumentError. The result keeps the zone Ruby's Time has (``%Z``/``%z`` print it).

    Like Date._parse, the time (with its zone) is read first and blanked out; the date is then
    an ISO ``y-m-d``, a slash date, or another spelling (dateutil); a time alone is today.
    """
    time = _TIME_RE.search(text)
    rest = text if time is None else text[: time.start()] + " " * len(time.group(0)) + text[time.end():]
    clock = _clock(time)
    tz_text = time["tz"] if time is not None else None
    offset = _offset(tz_text) if tz_text else None
    day = _date(rest, time is not None, zone if offset is None else dt.timezone(offset))
    if day is None:
        return None
    local = _time_local(*day, clock)
    if local is None:
        return None
    if offset is None:
        return local.replace(tzinfo=zone)
    return _force_zone(local, tz_text, offset, zone)


def _date(rest: str, has_time: bool, zone: dt.tzinfo) -> tuple[int, int, int] | None:
    """Year, month and day of the text left once the time is blanked out (None: no date)."""
    iso = _ISO_DATE_RE.search(rest)
    if iso:
        return int(iso["y"]), int(iso["m"]), int(iso["d"])
    slash = _SLASH_DATE_RE.search(rest)
    if slash:
        return _slash_date(slash, zone)
    if _YEAR_MONTH_RE.match(rest):
        return None
    if rest.strip().isascii() and rest.strip().isdigit():
        return _digits_date(rest.strip(), zone)
    if has_time and not rest.strip():
        today = dt.datetime.now(zone)
        return today.year, today.month, today.day
    return _loose_date(rest, zone)


def _clock(time: re.Match | None) -> tuple[int, int, int, int]:
    """Hour, minute, second and microsecond of a ``_TIME_RE`` match (midnight without)."""
    if time is None:
        return 0, 0, 0, 0
    hour = int(time["H"] or time["H2"])
    ampm = (time["ampm"] or time["ampm2"] or "").lower()
    if ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    minute = int(time["M"] or time["hM"] or 0)
    second = int(time["S"] or time["hS"] or 0)
    frac = (time["frac"] or "")[1:]
    micro = int((frac + "000000")[:6]) if frac else 0
    return hour, minute, second, micro


def _time_local(year: int, month: int, day: int, clock: tuple[int, int, int, int]) -> dt.datetime | None:
    """Ruby's ``Time.local`` (naive): a day up to 31 past the month's end rolls over (2020-02-30 is
    March 1st), 24:00:00 is the next midnight, second 60 the next minute; other out-of-range
    fields are ArgumentError (None)."""
    hour, minute, second, micro = clock
    if not (1 <= month <= 12 and 1 <= day <= 31 and minute < 60 and second <= 60):
        return None
    if hour > 24 or (hour == 24 and (minute or second or micro)):
        return None
    try:
        start = dt.datetime(year, month, 1, 0, 0, 0, micro)
    except ValueError:
        return None
    return start + dt.timedelta(days=day - 1, hours=hour, minutes=minute, seconds=second)


def _force_zone(local: dt.datetime, tz_text: str, offset: dt.timedelta, zone: dt.tzinfo) -> dt.datetime:
    """time.rb ``make_time``/``force_zone!``: the fields are at ``offset``; the Time is UTC for
    the UTC names, local when the local zone has that offset then, else a fixed offset."""
    utc = (local - offset).replace(tzinfo=dt.UTC)
    if tz_text.upper() in _UTC_NAMES:
        return utc
    here = utc.astimezone(zone)
    # a fixed offset has no zone name in Ruby (%Z prints nothing, even for +0000 or GMT)
    return here if here.utcoffset() == offset else utc.astimezone(dt.timezone(offset, ""))


def _slash_date(match: re.Match[str], zone: dt.tzinfo) -> tuple[int, int, int]:
    """A numeric ``a/b[/c]`` date as Date._parse reads it (date_parse.c ``parse_sla``,
    ``s3e``): ``1/2/2020`` is 1 February (a long last part is the year, swapped with the
    first), ``2/3/04`` is 2002-03-04, ``1/2`` is 2 January of this year, ``01/2020`` a month."""
    first, second, third = match.groups()
    if third is None:
        if len(first) > 2:
            year, month, day = first, second, "1"
        elif len(second) > 2:
            year, month, day = second, first, "1"
        else:
            year, month, day = str(dt.datetime.now(zone).year), first, second
    elif len(first) <= 2 < len(third):
        year, month, day = third, second, first
    else:
        year, month, day = first, second, third
    number = _two_digit_year(int(year)) if len(year) <= 2 else int(year)
    return number, int(month), int(day)


def _digits_date(digits: str, zone: dt.tzinfo) -> tuple[int, int, int] | None:
    """A date of digits alone (date_parse.c ``parse_ddd``): dd, ddd (day of the year), mmdd,
    yymmdd, yyyyddd, yyyymmdd; the fields left out are today's ("12" is the 12th of this month)."""
    today = dt.datetime.now(zone)
    size = len(digits)
    if size in (3, 5, 7):
        year = _two_digit_year(int(digits[:2])) if size == 5 else int(digits[:4]) if size == 7 else today.year
        start = dt.date(year, 1, 1) + dt.timedelta(days=int(digits[-3:]) - 1)
        return (start.year, start.month, start.day) if 0 < int(digits[-3:]) <= 366 else None
    if size == 6:
        return _two_digit_year(int(digits[:2])), int(digits[2:4]), int(digits[4:])
    if size == 8:
        return int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if size == 4:
        return today.year, int(digits[:2]), int(digits[2:])
    return (today.year, today.month, int(digits)) if size == 2 else None


def _two_digit_year(year: int) -> int:
    """Date._parse's completion of a two-digit year: 69-99 are 19xx, 00-68 20xx."""
    return year + (1900 if year >= 69 else 2000)


# A zone with no time before it, which Date._parse leaves unread and dateutil cannot place.
_ZONE_NAMES = "|".join(ZONE_HOURS)
_ZONE_WORD_RE = re.compile(rf"(?<!\S)(?:[+-]\d\d(?::?\d\d)?|{_ZONE_NAMES})(?!\S)", re.IGNORECASE | re.ASCII)


def _loose_date(text: str, zone: dt.tzinfo) -> tuple[int, int, int] | None:
    """Other spellings of a date ("Jan 9, 2024", "9 January 2024", "20150710") through
    python-dateutil, the closest well-kept equivalent; like Ruby it needs a number, and the
    fields after the first one given start at their lowest ("January 2020" is the 1st)."""
    from dateutil import parser as date_parser

    if not re.search(r"\d", text):
        return None
    start = dt.datetime.now(zone).replace(day=1, hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown zone names: a zone without a time is not read
        try:
            stamp = date_parser.parse(_ZONE_WORD_RE.sub(" ", text), default=start, ignoretz=True)
        except (ValueError, OverflowError):
            return None
    return stamp.year, stamp.month, stamp.day
