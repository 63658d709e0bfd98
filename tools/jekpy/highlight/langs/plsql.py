"""Oracle PL/SQL as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/plsql.rb).

Words are looked up upper-cased in Rouge's lists (``plsql.*``): types ``Keyword.Type``,
builtin functions ``Name.Function``, reserved words ``Keyword.Reserved``, keywords
``Keyword``; after ``name.`` the next name is a ``Name`` unless it is a builtin function.
Quotes are ``Operator`` tokens around ``String.Single`` text (double quotes around
``Name.Variable``); ``q'[...]'`` literals end at the matching delimiter and a quote.
``CREATE OR REPLACE ...`` and ``WHEN [NOT] MATCHED THEN ...`` are read as whole phrases.
"""

from __future__ import annotations

import re
from functools import cache

from pygments.lexer import bygroups
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer

PAIRS = {"{": "}", "[": "]", "(": ")", "<": ">"}
NAME = r"[a-zA-Z0-9_][a-zA-Z0-9_$]*"
# Rouge's lookup order for a word (upper-cased)
LISTS = (
    ("keywords_type", Keyword.Type),
    ("keywords_func", Name.Function),
    ("keywords_reserved", Keyword.Reserved),
    ("keywords", Keyword),
)


@cache
def _q_rules(close: str) -> tuple[re.Pattern, re.Pattern]:
    """The two rules of Rouge's anonymous state for a ``q'`` literal closed by ``close``."""
    c = re.escape(close)
    return re.compile(rf"(?s)(?:{c}[^']|[^{c}]'|[^{c}'])+"), re.compile(rf"{c}'")


def _q_open(lexer, match, ctx):
    yield match.start(), Operator, match.group(0)
    ctx.plsql_close = PAIRS.get(match.group(1), match.group(1))
    ctx.stack.append("q_string")
    ctx.pos = match.end()


def _q_step(lexer, match, ctx):
    """One step inside a ``q'`` literal (an unmatched character is an ``Error``, as in
    Rouge)."""
    body, end = _q_rules(ctx.plsql_close)
    start = match.start()
    if m := body.match(ctx.text, start):
        yield start, String.Other, m.group(0)
    elif m := end.match(ctx.text, start):
        yield start, Operator, m.group(0)
        ctx.stack.pop()
    else:
        yield start, Error, ctx.text[start]
        ctx.pos = start + 1
        return
    ctx.pos = m.end()


def _word(lexer, match, ctx):
    upper = match.group(1).upper()
    token = next((tok for key, tok in LISTS if upper in words(f"plsql.{key}")), Name)
    yield match.start(1), token, match.group(1)
    if match.group(2):
        yield match.start(2), Punctuation, "."
        ctx.stack.append("dotnames")
    ctx.pos = match.end()


def _dotted_last(lexer, match, ctx):
    word = match.group(0)
    token = Name.Function if word.upper() in words("plsql.keywords_func") else Name
    yield match.start(), token, word
    ctx.pos = match.end()
    ctx.stack.pop()


KR = Keyword.Reserved


class RougePLSQLLexer(RougeRegexLexer):
    """PL/SQL tokenised like Rouge 3.30.0."""

    name = "PL/SQL (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"/\*", Comment.Multiline, "multiline_comments"),
            (r"(?i)q'(.)", _q_open),
            (r"'", Operator, "single_string"),
            (r'"', Operator, "double_string"),
            (r"(?i)(\$(?:IF|THEN|ELSE|ELSIF|ERROR|END|(?:\$\$?[a-zA-Z0-9_][a-zA-Z0-9_]*)))(\s+)",
             bygroups(Comment.Preproc, Text)),
            (r"[+-]?(?:(?:\.\d+(?:[eE][+-]?\d+)?)|\d+\.(?:\d+(?:[eE][+-]?\d+)?)?)[fFdD]?",
             Number.Float),
            (r"[+-]?\d+", Number.Integer),
            (r"(?i)%(?:TYPE|ROWTYPE|FOUND|ISOPEN|NOTFOUND|ROWCOUNT)\b", Name.Attribute),
            (r"=>|\|\||\*\*|<<|>>|\.\.|<>|[:!~^<>]=|[-+%/*=<>@&!^\[\]]", Operator),
            (r"(?i)(NOT|AND|OR|LIKE|BETWEEN|IN)(\s)", bygroups(Operator.Word, Text)),
            (r"(?i)(IS)(\s+)(?:(NOT)(\s+))?(NULL\b)",
             bygroups(Operator.Word, Text, Operator.Word, Text, Operator.Word)),
            (r"\.(?=\w)", Punctuation, "dotnames"),
            (r"[;:()\[\],.]", Punctuation),
            (rf"(?i)(create)(\s+)(?:(or)(\s+)(replace)(\s+))?(package|function|procedure|type)"
             rf"(?:(\s+)(body))?(\s+)({NAME})",
             bygroups(KR, Text, KR, Text, KR, Text, KR, Text, KR, Text, Name)),
            (r"(?i)(when)(\s+)(?:(not)(\s+))?(matched)(\s+)(then)(\s+)(update|insert)\b"
             r"(?:(\s+)(set)(\s+))?",
             bygroups(KR, Text, KR, Text, KR, Text, KR, Text, KR, Text, KR, Text)),
            (rf"({NAME})(\.(?=\w))?", _word),
        ],
        "q_string": [(r"(?s).", _q_step)],
        "multiline_comments": [
            (r"([*][^/]|[^*])+", Comment.Multiline),
            (r"[*]/", Comment.Multiline, "#pop"),
        ],
        "single_string": [
            (r"\\.", String.Escape),
            (r"''", String.Escape),
            (r"'", Operator, "#pop"),
            (r"[^\\']+", String.Single),
        ],
        "double_string": [
            (r"\\.", String.Escape),
            (r'""', String.Escape),
            (r'"', Operator, "#pop"),
            (r'[^\\"]+', Name.Variable),
        ],
        "dotnames": [
            (rf"({NAME})(\.(?=\w))", bygroups(Name, Punctuation)),
            (NAME, _dotted_last),
        ],
    }
