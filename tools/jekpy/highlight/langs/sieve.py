"""Sieve (mail filtering) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/sieve.rb):
control commands ``Keyword``, tests ``Name.Variable``, actions ``Name.Function``,
``:tags`` ``Operator``, other words ``Name.Other``; ``${...}`` variables in strings.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

CONTROLS = frozenset("if elsif else require stop".split())
ACTIONS = frozenset("""
keep fileinto redirect discard addheader deleteheader reject ereject notify setflag addflag
removeflag vacation replace enclose extracttext
""".split())
TESTS = frozenset("""
address allof anyof exists false header not size true body hasflag spamtest virustest date
currentdate valid_notify_method notify_method_capability mailboxexists metadata metadataexists
servermetadata servermetadataexists
""".split())


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in CONTROLS:
        token = Keyword
    elif word in TESTS:
        token = Name.Variable
    elif word in ACTIONS:
        token = Name.Function
    elif word.startswith(":"):
        token = Operator
    else:
        token = Name.Other
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeSieveLexer(RougeRegexLexer):
    """Sieve tokenised like Rouge 3.30.0."""

    name = "Sieve (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "string": [
            (r"\\.", String.Escape),
            (r'"', String.Double, "#pop"),
            (r"\$\{(?:[0-9][.0-9]*|[a-zA-Z_][.a-zA-Z0-9_]*)\}", String.Interpol),
            (r".", String.Double),
        ],
        "root": [
            include("comments_and_whitespace"),
            (r"[\[\](),;{}]", Punctuation),
            (r":?[a-zA-Z_][a-zA-Z0-9_]*", _word),
            (r'"', String.Double, "string"),
            (r"[0-9]+[KMG]", Number.Integer),
        ],
    }
