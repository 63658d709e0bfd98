"""Gherkin (Cucumber) as Rouge 3.30.0's ``Rouge::Lexers::Gherkin`` (rouge lib/rouge/lexers/
gherkin.rb) splits it.

``Feature:``/``Scenario:``/``Examples:`` keywords (in every language Rouge lists) start a
description, step keywords (``Given``, ``When``, ...) a step whose ``<params>`` are
``Name.Variable``; tables alternate ``Punctuation`` bars and cells.  Rouge's own keyword lists
and step regex (built from them in the same order) are used.
"""

from __future__ import annotations

import re
from functools import cache

from pygments.lexer import default, include
from pygments.token import Comment, Error, Keyword, Name, Punctuation, String, Text

from . import word_list, words
from .base import RougeRegexLexer

REST_OF_LINE = r".*?(?=[#\n])"


@cache
def step_regex() -> str:
    """Rouge's ``step_regex``: keywords ending in ``<`` lose it, others need a word end
    unless they end with a space."""
    parts = []
    for word in word_list("gherkin.step"):
        if word.endswith("<"):
            parts.append(re.escape(word[:-1]))
        elif word.endswith(" "):
            parts.append(re.escape(word))
        else:
            parts.append(re.escape(word) + r"\b")
    return "|".join(parts)


def _scenario(lexer, match, ctx):
    keyword = match.group(1)
    ctx.stack[:] = ["root"]
    if keyword in words("gherkin.element"):
        ctx.stack.append("description")
        token = Keyword.Namespace
    elif keyword in words("gherkin.feature"):
        ctx.stack.append("feature_description")
        token = Keyword.Declaration
    elif keyword in words("gherkin.examples"):
        ctx.stack.append("example_description")
        token = Name.Namespace
    else:
        token = Error
    if keyword:
        yield match.start(1), token, keyword
    yield match.start(2), Punctuation, match.group(2)
    ctx.pos = match.end()


def _step(lexer, match, ctx):
    yield match.start(), Name.Function, match.group(0)
    ctx.stack[:] = ["root", "step"]
    ctx.pos = match.end()


def _reset(lexer, match, ctx):
    ctx.stack[:] = ["root"]
    ctx.pos = match.end()
    yield from ()


def _tokens() -> dict[str, list]:
    return {
        "basic": [(r"#.*$", Comment), (r"[ \r\t]+", Text)],
        "root": [
            include("basic"),
            (r"\n", Text),
            (r'(?s)""".*?"""', String),
            (r"@[^\s@]+", Name.Tag),
            include("has_table"),
            include("has_examples"),
        ],
        "has_scenarios": [(r"(.*?)(:)", _scenario)],
        "has_examples": [include("has_scenarios"), (step_regex(), _step)],
        "has_table": [(r"(?=[|])", Text, "table_header")],
        "table_header": [
            (r"[^|\s]+", Name.Variable),
            (r"\n", Text, ("#pop", "table")),
            include("table"),
        ],
        "table": [
            include("basic"),
            (r"\n", Text, "table_bol"),
            (r"[|]", Punctuation),
            (r"[^|\s]+", Name),
        ],
        "table_bol": [(r"(?=\s*[^\s|])", _reset), default("#pop")],
        "description": [
            include("basic"),
            include("has_examples"),
            (r"\n", Text),
            (REST_OF_LINE, Text),
        ],
        "feature_description": [
            include("basic"),
            include("has_scenarios"),
            (r"\n", Text),
            (REST_OF_LINE, Text),
        ],
        "example_description": [
            include("basic"),
            include("has_table"),
            (r"\n", Text),
            (REST_OF_LINE, Text),
        ],
        "step": [
            include("basic"),
            (r"<.*?>", Name.Variable),
            (r'".*?"', String),
            (r"\S[^\s<]*", Text),
            (REST_OF_LINE, Text, "#pop"),
        ],
    }


class RougeGherkinLexer(RougeRegexLexer):
    """Gherkin tokenised like Rouge 3.30.0."""

    name = "Gherkin (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _tokens()
