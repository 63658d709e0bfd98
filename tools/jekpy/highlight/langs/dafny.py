"""Dafny as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/dafny.rb).

Ordered rules as in Rouge: malformed characters, strings, numbers and identifiers are
``Error`` tokens; ``arrayN``/``bvN`` types and Rouge's type list ``Keyword.Type``, literals
``Keyword.Constant``, ``as``/``is``/``in`` ``Operator.Word``, keywords ``Keyword.Reserved``.
"""

from __future__ import annotations

import re

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

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
abstract allocated assert assume break by calc case class codatatype const constructor datatype
decreases downto else ensures exists expect export extends false for forall fresh function ghost
greatest if import include invariant iterator label least lemma match method modifies modify module
nameonly new newtype null old opened predicate print provides reads refines requires return returns
reveal reveals static then this to trait true twostate type unchanged var while witness yield
yields
""".split())
LITERALS = frozenset(("true", "false", "null"))
TEXT_OPERATORS = frozenset(("as", "is", "in"))
TYPES = frozenset(
    "bool char int real string nat array array? object object? ORDINAL seq set iset map imap "
    "multiset".split()
)
IDCHAR = r"[0-9a-zA-Z_'?]"
ID = rf"[0-9a-zA-Z?]{IDCHAR}*"
DIGITS = r"\d+(?:_\d+)*"
HEX = r"[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*"
CCHAR = r"(?:[^\\'\n\r]|\\[\"'ntr\\0])"
SCHAR = r"(?:[^\\\"\n\r]|\\[\"'ntr\\0])"
UCHAR = r"(?:\\u[0-9a-fA-F]{4})"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in TYPES:
        token = Keyword.Type
    elif word in LITERALS:
        token = Keyword.Constant
    elif word in TEXT_OPERATORS:
        token = Operator.Word
    elif word in KEYWORDS:
        token = Keyword.Reserved
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeDafnyLexer(RougeRegexLexer):
    """Dafny tokenised like Rouge 3.30.0."""

    name = "Dafny (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"/\*", Comment.Multiline, "comment"),
            (r"//.*?$", Comment.Single),
            (r"\*/", Error),
            (rf"'{CCHAR}'", String.Char),
            (rf"'{UCHAR}'", String.Char),
            (r"'[^'\n\r]*'", Error),
            (r"'[^'\n\r]*$", Error),
            (rf'"(?:{SCHAR}|{UCHAR})*"', String.Double),
            (r'".*"', Error),
            (r'".*$', Error),
            (r'@"([^"]|"")*"', String.Other),
            (r'(?s)@".*', Error),
            (rf"{DIGITS}\.{DIGITS}(?!{IDCHAR})", Number.Float),
            (rf"0b[01]+(?:_[01]+)*(?!{IDCHAR})", Number.Bin),
            (rf"0b{IDCHAR}*", Error),
            (rf"0x{HEX}(?!{IDCHAR})", Number.Hex),
            (rf"0x{IDCHAR}*", Error),
            (rf"{DIGITS}(?!{IDCHAR})", Number.Integer),
            (rf"_(?!{IDCHAR})", Name),
            (rf"_[0-9_]+[_]?(?!{IDCHAR})", Error),
            (rf"[0-9_]+_(?!{IDCHAR})", Error),
            (rf"[0-9]{IDCHAR}+", Error),
            (rf"array(?:1[0-9]+|[2-9][0-9]*)\??(?!{IDCHAR})", Keyword.Type),
            (rf"bv(?:0|[1-9][0-9]*)(?!{IDCHAR})", Keyword.Type),
            (ID, _word),
            (r"\.\.", Operator),
            (r"[*!%&<>|^+=:./-]", Operator),
            (r"[\[\](){},;`]", Punctuation),
            (r"[^\S\n]+", Text),
            (r"\n", Text),
            (r".", Error),
        ],
        "comment": [
            (r"\*/", Comment.Multiline, "#pop"),
            (r"/\*", Comment.Multiline, "comment"),
            (r"[^*/]+", Comment.Multiline),
            (r".", Comment.Multiline),
        ],
    }
