"""Mathematica (Wolfram Language) as Rouge 3.30.0 splits it (rouge
lib/rouge/lexers/mathematica.rb).

Symbols (with contexts and named characters) are ``Name.Builtin.Pseudo`` for the scoping
constructs, ``Name.Builtin`` when Rouge's builtin list has them (``mathematica.builtins``),
else ``Name.Variable``; slots ``Name.Function``, ``sym::msg`` tags ``Name.Tag``, ``In[1]:=``
prompts ``Generic.Prompt``.  Comments nest; inside one, a newline matches no rule (an
``Error`` token, as in Rouge).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Generic, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

NUMBER = r"(?:\.\d+|\d+\.\d*|\d+)"
NUMBER_BASE = r"(?:\.[a-zA-Z0-9_]+|[a-zA-Z0-9_]+\.[a-zA-Z0-9_]*|[a-zA-Z0-9_]+)"
PRECISION = rf"(?:`(`?{NUMBER})?)"
STRING = r'"(\\\\|\\"|[^"])*"'
IDENT = r"[a-zA-Z$][$a-zA-Z0-9]*"
SYMBOL = rf"(?:({IDENT}|\\\[{IDENT}\]))+"
CONTEXT_SYMBOL = rf"`?{SYMBOL}(`{SYMBOL})*`?"
SLOT = rf"#({IDENT}|\"{IDENT}\")|#[0-9]*"
KEYWORDS = frozenset(("Module", "With", "Block"))


def _symbol(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Name.Builtin.Pseudo
    elif word in words("mathematica.builtins"):
        token = Name.Builtin
    else:
        token = Name.Variable
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeMathematicaLexer(RougeRegexLexer):
    """Mathematica tokenised like Rouge 3.30.0."""

    name = "Mathematica (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"\(\*", Comment, "comment"),
            (rf"(?:\d+)\^\^{NUMBER_BASE}{PRECISION}?(\*\^[+-]?\d+)?", Number),
            (rf"(?:{NUMBER}{PRECISION}?(?:\*\^[+-]?\d+)?)", Number),
            (rf"::({IDENT}|{STRING})", Name.Tag),
            (r"(In|Out)\[[0-9]+\]:?=", Generic.Prompt),
            (CONTEXT_SYMBOL, _symbol),
            (SLOT, Name.Function),
            (r"[+\-*/|,;.:@~=><&`'^?!_%]", Operator),
            (r"[\[\](){}]", Punctuation),
            (STRING, String),
        ],
        "comment": [
            (r"\(\*", Comment, "comment"),
            (r"\*\)", Comment, "#pop"),
            (rf"::{IDENT}::", Comment.Preproc),
            (rf"[ ]:({IDENT}|\s)+:[ ]", Comment.Preproc),
            (r".", Comment),
        ],
    }
