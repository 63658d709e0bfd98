"""Mosel (FICO Xpress) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/mosel.rb): core
keywords (case-insensitive) and functions, and the functions, constants and parameters of
the mmxprs, mmsystem and mmjobs modules, by Rouge's lists (``mosel.*``, read from Rouge's
source by the data generator); ``!`` and ``(! !)`` comments.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from . import word_list
from .base import RougeRegexLexer


def _words(key: str, ignore_case: bool = False) -> str:
    flag = "(?i)" if ignore_case else ""
    return rf"{flag}(?=\w)({'|'.join(word_list(f'mosel.{key}'))})\b"


def _tokens() -> dict[str, list]:
    return {
        "whitespace": [
            (r"\s+", Text),
            (r"(!).*$\n?", Comment.Single),
            (r"(?s)\(!.*?!\)", Comment.Multiline),
        ],
        "single_quotes": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "double_quotes": [
            (r'"', String.Double, "#pop"),
            (r'(\\"|\\[0-7]{1,3}\D|\\[abfnrtv]|\\\\)', String.Escape),
            (r'[^"]', String.Double),
        ],
        "base": [
            (r'"', String.Double, "double_quotes"),
            (r"'", String.Single, "single_quotes"),
            (r"((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?)"
             r"(L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?", Number),
            (r"[~!@#$%^&*()+`\-={}\[\]:;<>?,./|\\]", Punctuation),
            (r"(?i)(true|false)\b", Name.Builtin),
            (_words("core_keywords", True), Keyword),
            (_words("core_functions"), Name.Builtin),
            (_words("mmxprs_functions"), Name.Function),
            (_words("mmxpres_constants"), Name.Constant),
            (_words("mmxprs_parameters", True), Name.Property),
            (_words("mmsystem_functions", True), Name.Function),
            (_words("mmsystem_parameters"), Name.Property),
            (_words("mmjobs_functions", True), Name.Function),
            (_words("mmjobs_parameters"), Name.Property),
            (r"[a-zA-Z_][a-zA-Z0-9_]*", Name),
        ],
        "root": [include("whitespace"), include("base")],
    }


class RougeMoselLexer(RougeRegexLexer):
    """Mosel tokenised like Rouge 3.30.0."""

    name = "Mosel (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _tokens()
