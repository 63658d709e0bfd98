"""Stata as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/stata.rb).

A command at the start of a line (with its indentation) is a ``Keyword``; ``*`` lines are
comments; ``function(`` is a ``Name.Function`` for Rouge's primitive functions; ``i.``,
``c.`` and similar factor-variable prefixes are operators; other words are
``Keyword.Reserved`` (control words), ``Keyword.Type`` (storage types) or ``Name``.
Strings include compound ``\\`"..."'`` quotes and local macros.  The word lists are Rouge's
(``stata.*``).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import word_list
from .base import RougeRegexLexer

TYPES = frozenset(
    "byte int long float double str strL numeric string integer scalar matrix local global "
    "numlist varlist newlist".split()
)
RESERVED = frozenset(
    "if else foreach forv forva forval forvalu forvalue forvalues to while in of continue break "
    "nobreak".split()
)


def _word(lexer, match, ctx):
    word = match.group(0)
    token = Keyword.Reserved if word in RESERVED else Keyword.Type if word in TYPES else Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _stata_tokens() -> dict[str, list]:
    keywords = "|".join(word_list("stata.KEYWORDS"))
    functions = "|".join(word_list("stata.PRIMITIVE_FUNCTIONS"))
    return {
        "root": [
            (r"^\s*#.*$", Comment.Preproc),
            (r"^\*!.*$", Comment.Hashbang),
            (r"^\s*\*.*$", Comment.Single),
            (rf"^\s*({keywords})\b", Keyword),
            (r"[ \t]+", Text.Whitespace),
            (r"[\n\r]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
            (r'`"(\\.|.)*?"\'', String.Double),
            (r'"(\\.|.)*?"', String.Double),
            (r"`(\\.|.)*?'", String.Double),
            (r"\$[a-zA-Z0-9_]+", String.Double),
            (r"%\S+", Name.Property),
            (r"(?=\w)str(204[0-5]|20[0-3][0-9]|[01][0-9][0-9][0-9]|[0-9][0-9][0-9]|[0-9][0-9]"
             r"|[1-9])\b", Keyword.Type),
            (rf"(?=\w)({functions})(?=\()", Name.Function),
            (r"\.\.(?=.*\])", Operator),
            (r"[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?", Number),
            (r"(?=\w)[ICOicoLFDSlfds][a-zA-Z0-9_]*\.", Operator),
            (r"(?=\w)[ICOicoLFDSlfds][a-zA-Z0-9_]*(?=\(.*\)\.)", Operator),
            (r"[a-zA-Z0-9_]+", _word),
            (r"[\[\]{}();,]", Punctuation),
            (r"[-<>?*+'^/\\!#.=~:&|]", Operator),
        ],
    }


class RougeStataLexer(RougeRegexLexer):
    """Stata tokenised like Rouge 3.30.0."""

    name = "Stata (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _stata_tokens()
