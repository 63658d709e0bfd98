"""Ruby time semantics: ``Liquid::Utils.to_date``, ``Time.parse`` and ``Time#strftime``.

Liquid 4.0.4 (lib/liquid/utils.rb ``to_date``) turns "now"/"today", digit strings and integers
(epoch seconds) and other strings (``Time.parse``) into times; Jekyll's date filters then call
``to_time.localtime`` in the site's timezone (lib/jekyll/filters/date_filters.rb ``time``).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jekpy.dates import ZONE_HOURS
from jekpy.liquid.ruby import is_nil

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?\s*$",
    re.IGNORECASE,
)


def site_zone(name: str | None) -> dt.tzinfo:
    """The site's ``timezone`` setting as a tzinfo (UTC when unset or unknown)."""
    if not name:
        return dt.UTC
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _offset(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _ruby_time_local(year: int, month: int, day: int,
                     clock: tuple[int, int, int, int]) -> dt.datetime | None:
    """``Time.local``: a day up to 31 past the month's end rolls over (2020-02-30 is March 1st),
    24:00:00 is the next midnight; other out-of-range fields are ArgumentError (None)."""
    hour, minute, second, micro = clock
    if not (1 <= month <= 12 and 1 <= day <= 31 and minute < 60 and second < 61):
        return None
    if hour > 24 or (hour == 24 and (minute or second or micro)):
        return None
    try:
        start = dt.datetime(year, month, 1, 0, 0, 0, micro)
    except ValueError:
        return None
    return start + dt.timedelta(days=day - 1, hours=hour, minutes=minute, seconds=second)


# Ruby's Time::ZoneOffset (time.rb, the table jekpy.dates reads front matter dates with): the only
# zone names Time.parse knows besides the UTC spellings, which dateutil reads itself.
_RUBY_ZONES = {name: hours * 3600 for name, hours in ZONE_HOURS.items()
               if name not in ("UTC", "Z", "UT", "GMT")}
_SLASH = re.compile(r"^\s*(\d+)/(\d+)(?:/(\d+))?(?![\d/])[\s,]*(.*)$", re.DOTALL)
_YEAR_MONTH = re.compile(r"^\s*\d+(?:-\d+)?\s*$")


def _slash_date(match: re.Match[str], zone: dt.tzinfo) -> dt.datetime | None:
    """A numeric ``a/b[/c]`` date as Date._parse reads it (date_parse.c ``parse_sla``,
    ``s3e``): ``1/2/2020`` is 1 February (a long last part is the year, swapped with the
    first), ``2/3/04`` is 2002-03-04, ``1/2`` is 2 January of this year, ``01/2020`` a month."""
    first, second, third = match.groups()[:3]
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
    number = int(year)
    if len(year) <= 2:
        number += 1900 if number >= 69 else 2000
    value = _ruby_time_local(number, int(month), int(day), (0, 0, 0, 0))
    return value.replace(tzinfo=zone) if value else None


def parse_time(text: str, zone: dt.tzinfo) -> dt.datetime | None:
    """Ruby ``Time.parse`` for the forms sites use; None where Ruby raises ArgumentError."""
    match = _ISO.match(text)
    if match:
        year, month, day, hour, minute, second, frac, off = match.groups()
        micro = int((frac or "0")[:6].ljust(6, "0"))
        value = _ruby_time_local(int(year), int(month), int(day),
                                 (int(hour or 0), int(minute or 0), int(second or 0), micro))
        return value.replace(tzinfo=_offset(off) or zone) if value else None
    slash = _SLASH.match(text)
    if slash:
        day = _slash_date(slash, zone)
        rest = slash.group(4).strip()
        return _dateutil(rest, zone, day) if day and rest else day
    if _YEAR_MONTH.match(text):
        return None  # "2020", "2020-01": Date._parse finds no date (ArgumentError)
    return _dateutil(text, zone)


def _midnight(zone: dt.tzinfo) -> dt.datetime:
    """Today at 00:00 in ``zone`` (fields a text leaves out, as dateutil's own default)."""
    return dt.datetime.now(zone).replace(hour=0, minute=0, second=0, microsecond=0)


def _dateutil(text: str, zone: dt.tzinfo, day: dt.datetime | None = None) -> dt.datetime | None:
    """Other forms through dateutil (with the zone names Ruby knows); after a slash ``day``
    only the time of day is read from ``text``, and a text without one leaves the day as is."""
    try:
        from dateutil import parser as date_parser
    except ImportError:  # pragma: no cover - dateutil ships with python-liquid's deps
        return day
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # other zone names: local time, as in Ruby
        try:
            value = date_parser.parse(text, tzinfos=_RUBY_ZONES, fuzzy=day is not None,
                                      default=(day or _midnight(zone)).replace(tzinfo=None))
        except (ValueError, OverflowError):
            return day
    if day is not None:
        value = value.replace(year=day.year, month=day.month, day=day.day)
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    offset = value.utcoffset()
    # a numeric offset is a plain offset (Ruby's zone is nil, %Z empty); GMT/UTC stay UTC
    return value.replace(tzinfo=dt.timezone(offset) if offset else dt.UTC)


def to_date(value: object, zone: dt.tzinfo) -> dt.datetime | dt.date | None:
    """``Liquid::Utils.to_date``: a datetime/date, or None when the input is not a date."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, dt.date):
        return value
    if is_nil(value) or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return dt.datetime.fromtimestamp(value, zone)
    if isinstance(value, float):
        return None
    text = str(value)
    if not text:
        return None
    lowered = text.lower()
    if lowered in ("now", "today"):
        return dt.datetime.now(zone)
    if re.fullmatch(r"\d+", lowered):
        return dt.datetime.fromtimestamp(int(lowered), zone)
    return parse_time(text, zone)


def to_local_time(value: dt.datetime | dt.date, zone: dt.tzinfo) -> dt.datetime:
    """``to_time.localtime``: dates become local midnight, times move into the site zone."""
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=zone)
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIRECTIVE = re.compile(r"%([-_0^#]*)(\d*)(:{0,2})([a-zA-Z%+])")


def _zone_offset(value: dt.datetime | dt.date, colons: str) -> str:
    if not isinstance(value, dt.datetime):
        return "+00:00"  # Date#strftime('%z')
    delta = value.utcoffset() if isinstance(value, dt.datetime) else dt.timedelta(0)
    delta = delta or dt.timedelta(0)
    sign = "-" if delta < dt.timedelta(0) else "+"
    total = abs(int(delta.total_seconds()))
    hours, minutes, seconds = total // 3600, total % 3600 // 60, total % 60
    if colons == ":":
        return f"{sign}{hours:02d}:{minutes:02d}"
    if colons == "::":
        return f"{sign}{hours:02d}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{hours:02d}{minutes:02d}"


def _fields(value: dt.datetime | dt.date) -> dict[str, tuple[object, str, int]]:
    """Directive -> (value, default pad char, default width); strings have width 0."""
    is_time = isinstance(value, dt.datetime)
    hour = value.hour if is_time else 0
    minute = value.minute if is_time else 0
    second = value.second if is_time else 0
    micro = value.microsecond if is_time else 0
    hour12 = hour % 12 or 12
    iso = value.isocalendar()
    weekday = value.weekday()
    zone_name = (value.tzname() or "UTC") if is_time else "+00:00"
    if is_time and isinstance(value.tzinfo, dt.timezone) and value.utcoffset():
        zone_name = ""  # Time.parse("... +0100").zone is nil: %Z prints nothing
    epoch = int(value.timestamp()) if is_time else int(
        dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC).timestamp())
    return {
        "Y": (value.year, "0", 1), "C": (value.year // 100, "0", 2),
        "y": (value.year % 100, "0", 2), "m": (value.month, "0", 2),
        "B": (_MONTHS[value.month - 1], " ", 0), "b": (_MONTHS[value.month - 1][:3], " ", 0),
        "h": (_MONTHS[value.month - 1][:3], " ", 0), "d": (value.day, "0", 2),
        "e": (value.day, " ", 2), "j": (value.timetuple().tm_yday, "0", 3),
        "H": (hour, "0", 2), "k": (hour, " ", 2), "I": (hour12, "0", 2), "l": (hour12, " ", 2),
        "P": ("am" if hour < 12 else "pm", " ", 0), "p": ("AM" if hour < 12 else "PM", " ", 0),
        "M": (minute, "0", 2), "S": (second, "0", 2), "L": (micro // 1000, "0", 3),
        "N": (micro * 1000, "0", 9), "A": (_DAYS[weekday], " ", 0),
        "a": (_DAYS[weekday][:3], " ", 0), "u": (weekday + 1, "0", 1),
        "w": ((weekday + 1) % 7, "0", 1), "s": (epoch, "0", 1),
        "G": (iso[0], "0", 4), "g": (iso[0] % 100, "0", 2), "V": (iso[1], "0", 2),
        "U": (int(value.strftime("%U")), "0", 2), "W": (int(value.strftime("%W")), "0", 2),
        "Z": (zone_name, " ", 0), "n": ("\n", " ", 0), "t": ("\t", " ", 0), "%": ("%", " ", 0),
    }


_COMPOSITE = {"F": "%Y-%m-%d", "D": "%m/%d/%y", "x": "%m/%d/%y", "T": "%H:%M:%S",
              "X": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p", "c": "%a %b %e %H:%M:%S %Y",
              "v": "%e-%^b-%Y", "+": "%a %b %e %H:%M:%S %Z %Y"}


def strftime(value: dt.datetime | dt.date, fmt: str) -> str:
    """Ruby ``Time#strftime`` including the ``-``, ``_``, ``0``, ``^``, ``#`` flags and widths."""
    fields = _fields(value)

    def replace(match: re.Match[str]) -> str:
        flags, width, colons, code = match.groups()
        if code == "z":
            return _zone_offset(value, colons)
        if code in _COMPOSITE:
            text = _apply_case(strftime(value, _COMPOSITE[code]), flags, code)
            return _pad_text(text, flags, width)
        if code not in fields:
            return match.group(0)
        if code in "LN":
            return _fraction(value, 3 if code == "L" else 9, width)
        raw, pad, default_width = fields[code]
        if isinstance(raw, int):
            text = _pad_number(raw, flags, width, pad, default_width)
        else:
            text = _pad_text(_apply_case(str(raw), flags, code), flags, width)
        return text

    return _DIRECTIVE.sub(replace, fmt)


def _pad_number(raw: int, flags: str, width: str, pad: str, default_width: int) -> str:
    if "-" in flags:
        return str(raw)
    if "_" in flags:
        pad = " "
    elif "0" in flags:
        pad = "0"
    size = int(width) if width else default_width
    sign = "-" if raw < 0 else ""
    return sign + str(abs(raw)).rjust(size - len(sign), pad)


def _fraction(value: dt.datetime | dt.date, digits: int, width: str) -> str:
    """``%L``/``%N``: the width is the number of fraction digits (``%3N`` is milliseconds)."""
    micro = value.microsecond if isinstance(value, dt.datetime) else 0
    count = int(width) if width else digits
    return f"{micro:06d}000".ljust(count, "0")[:count]


def _pad_text(text: str, flags: str, width: str) -> str:
    """A text field's width: spaces (``0`` flag: zeros), none with the ``-`` flag."""
    if width and "-" not in flags:
        return text.rjust(int(width), "0" if "0" in flags else " ")
    return text


def _apply_case(text: str, flags: str, code: str) -> str:
    """``^`` upcases; ``#`` (change case) downcases ``%p``/``%Z`` and upcases the rest
    (Ruby strftime.c ``FLAG_CHCASE``)."""
    if "^" in flags:
        return text.upper()
    if "#" in flags:
        return text.lower() if code in "pZ" else text.upper()
    return text
