"""BibTeX as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/bibtex.rb).

Outside an entry every line is a comment.  ``@type`` is ``Name.Class`` (``@comment`` a
``Comment``); an entry's key is ``Name.Label``, field names ``Name.Attribute``, bare values
``Name.Variable``, quoted and braced values ``String`` (braces nest).  ``@string`` holds one
field, ``@preamble`` one value.  A character an expected brace or ``=`` does not match is an
``Error`` token (Rouge has no fallback there).
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
from pygments.token import Comment, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

PUNCT = r"@!$&.\\:;<>?\[\]^`|~*/+\-"
NAME = rf"[a-zA-Z_{PUNCT}][a-zA-Z0-9_{PUNCT}]*"

# what an entry type pushes: the states Rouge pushes, innermost last
ENTRY_STATES = {
    "preamble": ("closing_brace", "value", "opening_brace"),
    "string": ("closing_brace", "field", "opening_brace"),
}


def _entry(lexer, match, ctx):
    kind = match.group(1).lower()
    if kind == "comment":
        yield match.start(), Comment, match.group(0)
    else:
        yield match.start(), Name.Class, match.group(0)
        ctx.stack.extend(ENTRY_STATES.get(kind, ("closing_brace", "command_body",
                                                 "opening_brace")))
    ctx.pos = match.end()


class RougeBibTeXLexer(RougeRegexLexer):
    """BibTeX tokenised like Rouge 3.30.0."""

    name = "BibTeX (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            include("whitespace"),
            (rf"@({NAME})", _entry),
            (r".+", Comment),
        ],
        "opening_brace": [include("whitespace"), (r"[{(]", Punctuation, "#pop")],
        "closing_brace": [include("whitespace"), (r"[})]", Punctuation, "#pop")],
        "command_body": [
            include("whitespace"),
            (r"[^\s,}]+", Name.Label, ("#pop", "fields")),
        ],
        "fields": [include("whitespace"), (r",", Punctuation, "field"), default("#pop")],
        "field": [
            include("whitespace"),
            (NAME, Name.Attribute, ("value", "equal_sign")),
            default("#pop"),
        ],
        "equal_sign": [include("whitespace"), (r"=", Punctuation, "#pop")],
        "value": [
            include("whitespace"),
            (NAME, Name.Variable),
            (r'"', String, "quoted_string"),
            (r"\{", String, "braced_string"),
            (r"\d+", Number),
            (r"#", Punctuation),
            default("#pop"),
        ],
        "quoted_string": [
            (r"\{", String, "braced_string"),
            (r'"', String, "#pop"),
            (r'[^{"]+', String),
        ],
        "braced_string": [
            (r"\{", String, "braced_string"),
            (r"\}", String, "#pop"),
            (r"[^{}]+", String),
        ],
        "whitespace": [(r"\s+", Text)],
    }
