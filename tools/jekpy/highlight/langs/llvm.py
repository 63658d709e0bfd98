"""LLVM IR as Rouge 3.30.0's ``Rouge::Lexers::LLVM`` (rouge lib/rouge/lexers/llvm.rb) splits it.

``@globals``/``%locals`` are variables, words are types, instructions or keywords from Rouge's
lists - any other word is an ``Error`` token, as in Rouge.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Error, Keyword, Name, Number, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

STRING = r'"[^"]*?"'
IDENTIFIER = rf"([-a-zA-Z$._][-a-zA-Z$._0-9]*|{STRING})"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in words("llvm.types"):
        token = Keyword.Type
    elif word in words("llvm.instructions") or word in words("llvm.keywords"):
        token = Keyword
    else:
        token = Error
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeLLVMLexer(RougeRegexLexer):
    """LLVM IR tokenised like Rouge 3.30.0."""

    name = "LLVM (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "basic": [
            (r";.*?$", Comment.Single),
            (r"\s+", Text),
            (rf"{IDENTIFIER}\s*:", Name.Label),
            (rf"@({IDENTIFIER}|\d+)", Name.Variable.Global),
            (r"#\d+", Name.Variable.Global),
            (rf"(%|!){IDENTIFIER}", Name.Variable),
            (r"(%|!)\d+", Name.Variable),
            (rf"c?{STRING}", String),
            (r"0[xX][a-fA-F0-9]+", Number),
            (r"-?\d+(?:[.]\d+)?(?:[eE][-+]?\d+(?:[.]\d+)?)?", Number),
            (r"[=<>{}\[\]()*.,!]|x", Punctuation),
        ],
        "root": [include("basic"), (r"i[1-9]\d*", Keyword.Type), (r"\w+", _word)],
    }
