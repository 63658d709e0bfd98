"""Ruby time semantics: ``Liquid::Utils.to_date`` and ``Time#strftime``.

Liquid 4.0.4 (lib/liquid/utils.rb ``to_date``) turns "now"/"today", digit strings and integers
(epoch seconds) and other strings (``Time.parse``: jekpy.dates.parse_time, the parser front
matter dates use too) into times; Jekyll's date filters then call
``to_time.localtime`` in the site's timezone (lib/jekyll/filters/date_filters.rb ``time``:
jekpy.dates.local_time).
"""

from __future__ import annotations

import datetime as dt
import re

from jekpy.dates import parse_time, yaml_time
from jekpy.liquid.ruby import is_nil


def to_date(value: object, zone: dt.tzinfo) -> dt.datetime | dt.date | None:
    """``Liquid::Utils.to_date``: a datetime/date, or None when the input is not a date."""
    if isinstance(value, dt.datetime):
        return yaml_time(value, zone)
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
    zone_name = value.tzname() if is_time else "+00:00"
    zone_name = "UTC" if zone_name is None else zone_name
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
