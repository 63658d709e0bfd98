"""Liquid 4.0.4 string filters whose Ruby core method differs from Python's str method.

Source: Shopify/liquid v4.0.4 lib/liquid/standardfilters.rb (``input.to_s.strip``,
``.downcase``, ``.capitalize``, ``CGI.unescape``); expected values in
tests/unit/data/liquid4_filters_audit.json come from running that lib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.ruby import is_nil, ruby_str
from jekpy.utils import ruby_downcase

if TYPE_CHECKING:
    from liquid import Environment

# Ruby's String#strip set: NUL and ASCII whitespace only (a no-break or ideographic space stays).
_RUBY_STRIP = "\0\t\n\v\f\r "


def _text(value: object) -> str:
    """``input.to_s`` (nil is ``''``)."""
    if isinstance(value, str):
        return value
    return "" if is_nil(value) else ruby_str(value)


def strip(value: object) -> str:
    """``String#strip``: only NUL and ASCII whitespace, not Unicode spaces (Python's default)."""
    return _text(value).strip(_RUBY_STRIP)


def lstrip(value: object) -> str:
    """``String#lstrip`` (same set as ``strip``)."""
    return _text(value).lstrip(_RUBY_STRIP)


def rstrip(value: object) -> str:
    """``String#rstrip`` (same set as ``strip``)."""
    return _text(value).rstrip(_RUBY_STRIP)


def downcase(value: object) -> str:
    """``String#downcase``."""
    return ruby_downcase(_text(value))


def capitalize(value: object) -> str:
    """``String#capitalize``: the first character title-cased, the rest down-cased."""
    text = _text(value)
    return text[:1].capitalize() + ruby_downcase(text[1:]) if text else text


def url_decode(value: object) -> object:
    """``CGI.unescape`` (``+`` is a space, a bad ``%`` escape stays); a result that is not
    UTF-8 raises ``Liquid error: invalid byte sequence in UTF-8``; nil stays nil."""
    if is_nil(value):
        return None
    text = _text(value)
    if "%" not in text:
        return text.replace("+", " ")
    try:
        return unquote_to_bytes(text.replace("+", " ")).decode("utf-8")
    except UnicodeDecodeError:
        raise JekyllTagError("invalid byte sequence in UTF-8", prefixed=True) from None


def register(env: Environment) -> None:
    """Install the Ruby-exact versions."""
    for func in (strip, lstrip, rstrip, downcase, capitalize, url_decode):
        env.add_filter(func.__name__, func)
