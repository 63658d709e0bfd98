"""Puppet manifests as Rouge 3.30.0's ``Rouge::Lexers::Puppet`` (rouge lib/rouge/lexers/puppet.rb)
split them.

Resource attributes before ``=>`` are ``Name.Property`` (metaparameters ``Keyword.Pseudo``),
capitalised types ``Name.Class``, ``$vars`` ``Name.Variable``; after ``{``, ``,``, ``=~`` or
``node`` a ``/`` starts a regex.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset(
    "and case class default define else elsif if in import inherits node unless".split()
)
CONSTANTS = frozenset(["false", "true", "undef"])
METAPARAMETERS = frozenset(["before", "require", "notify", "subscribe"])
ID = r"[a-z]\w*"
QUALNAME = rf"(?:(::)?({ID}::)*\w+)"


def _property(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Keyword.Pseudo if word in METAPARAMETERS else Name.Property, word
    ctx.pos = match.end()


def _qualname(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in CONSTANTS:
        token = Keyword.Constant
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougePuppetLexer(RougeRegexLexer):
    """Puppet tokenised like Rouge 3.30.0."""

    name = "Puppet (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [(r"\s+", Text), (r"#.*?\n", Comment)],
        "root": [
            include("whitespace"),
            (rf"[$]{QUALNAME}", Name.Variable),
            (rf"({ID})(?=\s*[=+]>)", _property),
            (rf"({QUALNAME})(?=\s*[(])", Name.Function),
            (r"[A-Z]\w*", Name.Class),
            (r"[+=|~-]>|<[|~-]", Punctuation),
            (r"[|:}();\[\]]", Punctuation),
            (r"\{", Punctuation, "regex_allowed"),
            (r",", Punctuation, "regex_allowed"),
            (r"(in|and|or)\b", Operator.Word),
            (r"[=!<>]=", Operator),
            (r"[=!]~", Operator, "regex_allowed"),
            (r"[.=<>!+*/-]", Operator),
            (rf"(class|include)(\s*)({QUALNAME})", bygroups(Keyword, Text, Name.Class)),
            (r"node\b", Keyword, "regex_allowed"),
            (r"(?s)'(\\[\\']|[^'])*'", String.Single),
            (r'"', String.Double, "dquotes"),
            (r"\d+([.]\d+)?(e[+-]\d+)?", Number),
            (QUALNAME, _qualname),
        ],
        "regex_allowed": [
            include("whitespace"),
            (r"/", String.Regex, "regex"),
            default("#pop"),
        ],
        "regex": [
            (r"/", String.Regex, "#pop"),
            (r"\\.", String.Escape),
            (r"[(){}]", String.Interpol),
            (r"\[", String.Interpol, "regex_class"),
            (r".", String.Regex),
        ],
        "regex_class": [
            (r"\]", String.Interpol, "#pop"),
            (r"-(?=\])", String.Regex),
            (r"-", String.Interpol),
            (r"\\.", String.Escape),
            (r"[^\\\]-]+", String.Regex),
        ],
        "dquotes": [
            (r'"', String.Double, "#pop"),
            (r'[^$\\"]+', String.Double),
            (r"(?s)\\.", String.Escape),
            (rf"[$]{QUALNAME}", Name.Variable),
            (rf"[$][{{]{QUALNAME}[}}]", Name.Variable),
        ],
    }
