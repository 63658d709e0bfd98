"""Jekyll 3.10's date filters and Liquid 4.0.4's ``date`` (Ruby strftime)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liquid.filter import with_context

from jekpy.dates import local_time
from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.ruby import inspect, is_nil, to_s
from jekpy.liquid.rubytime import strftime, to_date

if TYPE_CHECKING:
    import datetime as dt

    from liquid import Environment
    from liquid.context import RenderContext


def _time(value: object, context: RenderContext) -> dt.datetime:
    """date_filters.rb ``time``: parse, or raise Jekyll's InvalidDateError."""
    zone = context.env.jekyll.zone
    parsed = to_date(value, zone)
    if parsed is None:
        raise JekyllTagError(f"Invalid Date: '{inspect(value)}' is not a valid datetime.")
    return local_time(parsed, zone)


def _ordinal(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _stringify(value: object, month: str, kind: object, style: object,
               context: RenderContext) -> object:
    if is_nil(value) or to_s(value) == "":
        return value
    time = _time(value, context)
    if kind == "ordinal":
        day = f"{time.day}{_ordinal(time.day)}"
        if style == "US":
            return strftime(time, f"{month} {day}, %Y")
        return strftime(time, f"{day} {month} %Y")
    return strftime(time, f"%d {month} %Y")


@with_context
def date_to_string(value: object, kind: object = None, style: object = None, *,
                   context: RenderContext) -> object:
    """``05 Jan 2023`` / ``5th Jan 2023`` / ``Jan 5th, 2023``."""
    return _stringify(value, "%b", kind, style, context)


@with_context
def date_to_long_string(value: object, kind: object = None, style: object = None, *,
                        context: RenderContext) -> object:
    """``05 January 2023`` and the ordinal forms."""
    return _stringify(value, "%B", kind, style, context)


@with_context
def date_to_xmlschema(value: object, *, context: RenderContext) -> object:
    """``Time#xmlschema`` in the site's timezone."""
    if is_nil(value) or to_s(value) == "":
        return value
    return strftime(_time(value, context), "%Y-%m-%dT%H:%M:%S%:z")


@with_context
def date_to_rfc822(value: object, *, context: RenderContext) -> object:
    """``Time#rfc822``: ``Thu, 05 Jan 2023 04:50:30 +0000``."""
    if is_nil(value) or to_s(value) == "":
        return value
    return strftime(_time(value, context), "%a, %d %b %Y %H:%M:%S %z")


@with_context
def date(value: object, fmt: object, *, context: RenderContext) -> object:
    """Liquid 4.0.4 ``date(input, format)``: input unchanged for an empty format or a non-date."""
    if is_nil(fmt) or to_s(fmt) == "":
        return value
    parsed = to_date(value, context.env.jekyll.zone)
    if parsed is None:
        return value
    return strftime(parsed, to_s(fmt))


def register(env: Environment) -> None:
    """Install the date filters."""
    env.add_filter("date_to_string", date_to_string)
    env.add_filter("date_to_long_string", date_to_long_string)
    env.add_filter("date_to_xmlschema", date_to_xmlschema)
    env.add_filter("date_to_rfc822", date_to_rfc822)
    env.add_filter("date", date)
