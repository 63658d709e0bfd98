"""CoffeeScript as Rouge 3.30.0's ``Rouge::Lexers::Coffeescript`` (rouge lib/rouge/lexers/
coffeescript.rb) splits it.

Object keys and ``@x``/``.x`` members are ``Name.Attribute``, ``->``/``=>`` ``Name.Function``,
other names ``Name.Other``; after an operator, name or opening bracket a ``/`` starts a regex
(``slash_starts_regex``), and ``///`` block regexes allow comments and interpolation.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset(
    "for by while until loop break continue return switch when then if else do yield throw try "
    "catch finally await new delete typeof instanceof super extends this class import export "
    "debugger".split()
)
CONSTANTS = frozenset("true false yes no on off null NaN Infinity undefined".split())
BUILTINS = frozenset(
    "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun "
    "decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat "
    "parseInt document window".split()
)
ID = r"[$a-zA-Z_][a-zA-Z0-9_]*"
SLASH = "slash_starts_regex"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in CONSTANTS:
        token = Name.Constant
    elif word in BUILTINS:
        token = Name.Builtin
    else:
        token = Name.Other
    yield match.start(), token, word
    ctx.stack.append(SLASH)
    ctx.pos = match.end()


class RougeCoffeeScriptLexer(RougeRegexLexer):
    """CoffeeScript tokenised like Rouge 3.30.0."""

    name = "CoffeeScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "comments": [(r"(?s)###[^#].*?###", Comment.Multiline), (r"#.*$", Comment.Single)],
        "whitespace": [(r"\s+", Text)],
        "regex_comment": [
            (r"^#(?!\{).*$", Comment.Single),
            (r"(\s+)(#(?!\{).*)$", bygroups(Text, Comment.Single)),
        ],
        "multiline_regex_begin": [(r"///", String.Regex, ("#pop", "multiline_regex"))],
        "multiline_regex_end": [(r"///([gimy]+\b|\B)", String.Regex, "#pop")],
        "multiline_regex": [
            include("multiline_regex_end"),
            include("regex_comment"),
            include("has_interpolation"),
            include("comments"),
            include("whitespace"),
            include("code_escape"),
            (r"\\\D", String.Escape),
            (r"\\\d+", Name.Variable),
            (r"(?s).", String.Regex),
        ],
        SLASH: [
            include("comments"),
            include("whitespace"),
            include("multiline_regex_begin"),
            (r"/(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/([gimy]+\b|\B)", String.Regex, "#pop"),
            default("#pop"),
        ],
        "root": [
            (r"^(?=\s|/|<!--)", Text, SLASH),
            include("comments"),
            include("whitespace"),
            (r"[+][+]|--|~|&&|(?=\w)and\b|(?=\w)or\b|(?=\w)is\b|(?=\w)isnt\b|(?=\w)not\b"
             r"|(?=\w)in\b|(?=\w)of\b|[?]|:|=|[|][|]|\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*`%&|^/])=?",
             Operator, SLASH),
            (r"[-=]>", Name.Function),
            (rf"(@)([ \t]*)({ID})", bygroups(Name.Variable.Instance, Text, Name.Attribute), SLASH),
            (rf"([.])([ \t]*)({ID})", bygroups(Punctuation, Text, Name.Attribute), SLASH),
            (rf"{ID}(?=\s*:)", Name.Attribute, SLASH),
            (ID, _word),
            (r"[{(\[;,]", Punctuation, SLASH),
            (r"[})\].]", Punctuation),
            (r"\d+[.]\d+([eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r'"""', String, "tdqs"),
            (r"'''", String, "tsqs"),
            (r'"', String, "dqs"),
            (r"'", String, "sqs"),
        ],
        "code_escape": [
            (r"\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})", String.Escape),
        ],
        "strings": [
            (r"[^#\\'\"]+", String),
            include("code_escape"),
            (r"\\.", String.Escape),
            (r"#", String),
        ],
        "double_strings": [(r"'", String), include("has_interpolation"), include("strings")],
        "single_strings": [(r'"', String), include("strings")],
        "interpolation": [(r"\}", String.Interpol, "#pop"), include("root")],
        "has_interpolation": [(r"[#][{]", String.Interpol, "interpolation")],
        "dqs": [(r'"', String, "#pop"), include("double_strings")],
        "tdqs": [(r'"""', String, "#pop"), (r'"', String), include("double_strings")],
        "sqs": [(r"'", String, "#pop"), include("single_strings")],
        "tsqs": [(r"'''", String, "#pop"), (r"'", String), include("single_strings")],
    }
