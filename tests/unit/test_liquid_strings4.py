"""Liquid 4.0.4 string filters and Ruby time parsing where Python's own methods differ.

Expected values were produced with Ruby 3.1 running Liquid 4.0.4's lib (Shopify/liquid tag
v4.0.4, standardfilters.rb) or ``Time.parse`` (TZ=UTC); the template-level cases are in
tests/unit/data/liquid4_filters_audit.json (run by test_liquid_parser_modes.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from jekpy.dates import parse_time
from jekpy.errors import LiquidException
from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.filters.standard import strip_html
from jekpy.liquid.filters.strings4 import capitalize, downcase, lstrip, rstrip, strip, url_decode
from jekpy.liquid.rubytime import strftime

STRIP_HTML = [  # (input, Liquid 4.0.4's strip_html)
    ("a < b and c > d", "a  d"),
    ("x <b>bold</b> <script>s()</script> <!-- c --> <style>p{}</style> y", "x bold    y"),
    ("1 <2 3> 4 <a href='>'>l</a>", "1  4 '>l"),
    ("<p>fish &amp; chips</p> <br/>", "fish &amp; chips "),
    ("a <SCRIPT>x</SCRIPT> b <x", "a x b <x"),
    ("<a\nhref=1>t</a>", "t"),
    ("<<b>>", ">"),
    ("<script>a<style>b</script>c</style>", "c"),
    ("<!-- a --> b <!-- c", " b <!-- c"),
    ("no tags at all", "no tags at all"),
]


@pytest.mark.parametrize(("text", "expected"), STRIP_HTML)
def test_strip_html_is_liquid4_regexes(text: str, expected: str) -> None:
    """Regex substitutions, not an HTML parser: ``<`` in text eats up to the next ``>``."""
    assert strip_html(text) == expected


def test_strip_html_nil_and_arrays() -> None:
    """nil is ``''``; an array is its ``inspect`` with tags removed."""
    assert strip_html(None) == ""
    assert strip_html(["<b>x</b>"]) == '["x"]'


def test_strip_html_large_input_is_linear() -> None:
    """An archive page's worth of excerpts (5000 x 2 kB) keeps only the text."""
    text = "<p>Some <em>post</em> excerpt &amp; more</p>\n" * 5000
    assert strip_html(text) == "Some post excerpt &amp; more\n" * 5000


def test_strip_family_uses_ruby_whitespace() -> None:
    """NUL and ASCII whitespace only: a no-break or ideographic space stays."""
    text = " \t\n\v\f\r a b \u00a0\u3000\0"
    assert strip(text) == "a b \u00a0\u3000"
    assert lstrip("\0x\0") == "x\0"
    assert rstrip("\0x\0") == "\0x"
    assert strip("\u00a0x\u00a0") == "\u00a0x\u00a0"
    assert strip(None) == ""
    assert strip(5) == "5"


def test_case_mapping_has_no_final_sigma() -> None:
    """Ruby's downcase maps every capital sigma to σ (Python uses ς at a word's end)."""
    assert downcase("ΣΑΣ") == "σασ"
    assert capitalize("ΑΣ ΣΑ") == "Ασ σα"
    assert capitalize("ǆa") == "ǅa"
    assert capitalize("ßtraße") == "Sstraße"
    assert downcase(None) == ""


def test_url_decode_rejects_invalid_utf8() -> None:
    """``CGI.unescape`` then Liquid's ``valid_encoding?`` check."""
    assert url_decode("caf%C3%A9+x") == "café x"
    assert url_decode("+%20%2B%zz%") == "  +%zz%"
    assert url_decode(None) is None
    with pytest.raises(JekyllTagError, match="invalid byte sequence in UTF-8"):
        url_decode("%ff")


@pytest.mark.parametrize(("text", "expected"), [
    ("2020/01/02", "2020-01-02"), ("99/1/2", "1999-01-02"), ("70/1/2", "1970-01-02"),
    ("1/2/2020", "2020-02-01"), ("25/12/2020", "2020-12-25"), ("2/3/04", "2002-03-04"),
    ("1/2/3", "2001-02-03"), ("2020/02/30", "2020-03-01"), ("2020/01", "2020-01-01"),
    ("01/2020", "2020-01-01"), ("2020-02-30", "2020-03-01"),
    ("1/2/99", None), ("13/13/2020", None), ("0/1/2020", None), ("12/25/2020", None),
    ("2020-01", None), ("2020-13-45", None), ("2020-01-02 25:00", None),
])
def test_time_parse_numeric_forms(text: str, expected: str | None) -> None:
    """Ruby 3.1 ``Time.parse`` (TZ=UTC): slash dates, day roll-over, out-of-range fields."""
    value = parse_time(text, dt.UTC)
    assert (value.strftime("%Y-%m-%d") if value else None) == expected


def test_time_parse_month_day_uses_this_year() -> None:
    """``1/2`` is 2 January of the current year."""
    value = parse_time("1/2", dt.UTC)
    assert value is not None
    assert (value.year, value.month, value.day) == (dt.datetime.now(dt.UTC).year, 1, 2)


def test_strftime_flags_on_text_and_composites() -> None:
    """``#`` upcases names but downcases ``%p``; ``-`` drops padding; composites take widths."""
    value = dt.datetime(2021, 3, 4, tzinfo=dt.UTC)
    assert strftime(value, "%#b|%#p|%-10A|%10A|%20F") == (
        "MAR|am|Thursday|  Thursday|          2021-03-04")


def test_filter_error_surfaces_as_liquid_exception(tmp_path) -> None:  # noqa: ANN001
    """The url_decode error carries Liquid's prefix and line."""
    from types import SimpleNamespace

    from jekpy.liquid import JekyllEnvironment

    site = SimpleNamespace(config={}, source=tmp_path, include_dirs=[], documents_for_link_tag=list,
                           logger=SimpleNamespace(warn=lambda *a: None))
    env = JekyllEnvironment(site)
    with pytest.raises(LiquidException, match=r"Liquid error \(line 2\): invalid byte sequence"):
        env.render_template(env.parse_template("x\n{{ '%ff' | url_decode }}", "t.html"), {})


@pytest.mark.parametrize(("text", "expected"), [
    ("2019-01-01 00:00:00 EST", "|-0500"), ("Tue, 1 Jan 2019 00:00:00 PDT", "|-0700"),
    ("2019-01-01 00:00:00 CET", "UTC|+0000"), ("Tue, 1 Jan 2019 00:00:00 +0100", "|+0100"),
    ("Tue, 1 Jan 2019 00:00:00 +0000", "UTC|+0000"), ("2019-01-01 00:00:00 GMT", "UTC|+0000"),
])
def test_time_parse_zone_names(text: str, expected: str) -> None:
    """Ruby 3.1 ``Time.parse`` (TZ=UTC): only UTC/GMT and the US zones of Time::ZoneOffset are
    known (a numeric or named offset leaves ``zone`` nil, so ``%Z`` is empty); others are local."""
    value = parse_time(text, dt.UTC)
    assert value is not None
    assert strftime(value, "%Z|%z") == expected


def test_strftime_fraction_width_is_digits() -> None:
    """``%3N`` is milliseconds, ``%6N`` microseconds, ``%N`` nanoseconds, ``%L`` milliseconds."""
    value = dt.datetime(2021, 3, 4, 15, 4, 5, 678000, tzinfo=dt.UTC)
    assert strftime(value, "%L %3N %6N %N %12N") == "678 678 678000 678000000 678000000000"


def _render(tmp_path, source: str, **variables: object) -> str:  # noqa: ANN001
    from types import SimpleNamespace

    from jekpy.liquid import JekyllEnvironment

    site = SimpleNamespace(config={}, source=tmp_path, include_dirs=[], documents_for_link_tag=list,
                           logger=SimpleNamespace(warn=lambda *a: None))
    env = JekyllEnvironment(site)
    return env.render_template(env.parse_template(source, "t.html"), variables)


def test_array_to_sentence_string_uses_ruby_to_s_and_join(tmp_path) -> None:  # noqa: ANN001
    """Reference build (same code in Jekyll 3.10 filters.rb): the last item is interpolated
    (``[1, 2]``), the others joined by ``Array#join`` (nested arrays flatten, nil is empty)."""
    items = [3, "a", None, [1, 2]]
    assert _render(tmp_path, "{{ l | array_to_sentence_string }}|"
                             "{{ l | array_to_sentence_string: 'or' }}|{{ l | slice: 3 | "
                             "array_to_sentence_string }}", l=items) == (
        "3, a, , and [1, 2]|3, a, , or [1, 2]|[1, 2]")


@pytest.mark.parametrize(("source", "message"), [
    ("{{ 5 | cgi_escape }}", "no implicit conversion of Integer into String"),
    ("{{ nil | cgi_escape }}", "no implicit conversion of nil into String"),
    ("{{ 5 | uri_escape }}", "Can't convert Integer into String."),
])
def test_escape_filters_need_strings(tmp_path, source: str, message: str) -> None:  # noqa: ANN001
    """``CGI.escape(input)`` and ``normalize_component(input)`` take no ``to_s`` (reference build:
    ``Liquid Exception: no implicit conversion of Integer into String``; Ruby 3.1 for the rest)."""
    with pytest.raises(LiquidException) as info:
        _render(tmp_path, source)
    assert info.value.message == message


def test_uri_escape_nil_is_empty(tmp_path) -> None:  # noqa: ANN001
    """``normalize_component(nil)`` is nil."""
    assert _render(tmp_path, "[{{ nil | uri_escape }}][{{ 'a b' | uri_escape }}]") == "[][a%20b]"


@pytest.mark.parametrize(("text", "expected"), [
    ("1/2/2020 5pm", "2020-02-01 17:00:00 +0000|UTC"),
    ("1/2/2020, 10:00", "2020-02-01 10:00:00 +0000|UTC"),
    ("2020/01/02 10:30:15 +0100", "2020-01-02 10:30:15 +0100|"),
    ("25/12/2020 23:59:59 EST", "2020-12-25 23:59:59 -0500|"),
    ("1/2/2020 foo", "2020-02-01 00:00:00 +0000|UTC"),
    ("12/25/2020 10:00", None),
])
def test_time_parse_slash_date_with_time(text: str, expected: str | None) -> None:
    """Ruby 3.1 ``Time.parse`` (TZ=UTC): the slash date as ``s3e`` reads it, then the time."""
    value = parse_time(text, dt.UTC)
    assert (strftime(value, "%F %T %z|%Z") if value else None) == expected
