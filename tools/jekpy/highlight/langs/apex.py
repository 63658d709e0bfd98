"""Apex (Salesforce) as Rouge 3.30.0's ``Rouge::Lexers::Apex`` (rouge lib/rouge/lexers/apex.rb)
splits it.

Words are looked up lower-cased in Rouge's keyword, declaration, type and constant lists (SOQL
words upper-cased); otherwise ``@x`` is a decorator, ``x:`` a label, ``x(`` a function and
``.x`` a property, the punctuation around them ``Operator``/``Punctuation``.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"


def _word(lexer, match, ctx):
    text = match.group(0)
    low, up = text.lower(), text.upper()
    if low in words("apex.keywords") or up in words("apex.soql"):
        yield match.start(), Keyword, text
    elif low in words("apex.declarations"):
        yield match.start(), Keyword.Declaration, text
    elif low in words("apex.types"):
        yield match.start(), Keyword.Type, text
    elif low in words("apex.constants"):
        yield match.start(), Keyword.Constant, text
    elif low == "package":
        yield match.start(), Keyword.Namespace, text
    elif match.group(1) == "@":
        yield match.start(), Name.Decorator, text
    elif match.group(3) in (":", "(") or match.group(1) == ".":
        name = {":": Name.Label, "(": Name.Function}.get(match.group(3), Name.Property)
        for group, ttype in enumerate((Operator, name, Punctuation), start=1):
            if match.group(group):
                yield match.start(group), ttype, match.group(group)
    else:
        yield match.start(), Name, text
    ctx.pos = match.end()


class RougeApexLexer(RougeRegexLexer):
    """Apex tokenised like Rouge 3.30.0."""

    name = "Apex (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r"(?:class|interface)\b", Keyword.Declaration, "class"),
            (r"import\b", Keyword.Namespace, "import"),
            (rf"(?i)([@$.]?)({ID})([:(]?)", _word),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (rf"{DIGIT}+\.{DIGIT}+([eE]{DIGIT}+)?[fd]?", Number.Float),
            (r"(?i)0b(?:[01]_+[01]|[01])+", Number.Bin),
            (r"(?i)0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+", Number.Hex),
            (r"0(?:[0-7]_+[0-7]|[0-7])+", Number.Oct),
            (rf"{DIGIT}+L?", Number.Integer),
            (r"[-+/*~^!%&<>|=.?]", Operator),
            (r"[\[\](){},:;]", Punctuation),
        ],
        "class": [(r"\s+", Text), (ID, Name.Class, "#pop")],
        "import": [(r"\s+", Text), (r"(?i)[a-z0-9_.]+\*?", Name.Namespace, "#pop")],
        "escape": [(r"\\[btnfr\\\"']", String.Escape)],
        "dq": [include("escape"), (r'[^\\"]+', String.Double), (r'"', String.Double, "#pop")],
        "sq": [include("escape"), (r"[^\\']+", String.Double), (r"'", String.Double, "#pop")],
    }
