"""OCaml as Rouge 3.30.0's ``Rouge::Lexers::OCaml`` (rouge lib/rouge/lexers/ocaml.rb,
ocaml/common.rb) splits it.

``Module.`` paths are ``Name.Namespace`` (the final capitalised name ``Name.Class``), primitive
types ``Keyword.Type``, ``true``/``()``/``[]`` ``Name.Builtin.Pseudo``, a lone ``'``
``Keyword``; comments nest.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

COMMON_KEYWORDS = frozenset(
    "as assert begin class constraint do done downto else end exception external false for fun "
    "function functor if in include inherit initializer lazy let module mutable new nonrec "
    "object of open rec sig struct then to true try type val virtual when while with".split()
)
KEYWORDS = COMMON_KEYWORDS | {"match", "raise"}
REASON_KEYWORDS = COMMON_KEYWORDS | {"switch"}
WORD_OPERATORS = frozenset("and asr land lor lsl lxor mod or".split())
PRIMITIVES = frozenset("unit int float bool string char list array".split())
OPERATOR = r"[;,_!$%&*+./:<=>?@^|~#-]+"
ID = r"(?i:[a-z_][a-zA-Z0-9_']*)"  # Ruby's \w is ASCII
UPPER_ID = r"[A-Z][a-zA-Z0-9_']*"


def _word_callback(keywords: frozenset[str]):
    def callback(lexer, match, ctx):
        yield from _word(match, ctx, keywords)

    return callback


def _word(match, ctx, keywords):
    word = match.group(0)
    if word in keywords:
        token = Keyword
    elif word in WORD_OPERATORS:
        token = Operator.Word
    elif word in PRIMITIVES:
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeOCamlLexer(RougeRegexLexer):
    """OCaml tokenised like Rouge 3.30.0."""

    name = "OCaml (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "string": [
            (r'[^\\"]+', String.Double),
            include("escape_sequence"),
            (r"\\\n", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "escape_sequence": [
            (r"\\[\\\"'ntbr]", String.Escape),
            (r"\\\d{3}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
        ],
        "dotted": [
            (r"\s+", Text),
            (r"[.]", Punctuation),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace),
            (UPPER_ID, Name.Class, "#pop"),
            (ID, Name, "#pop"),
            (r"[({\[]", Punctuation, "#pop"),
        ],
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace, "dotted"),
            (rf"`{ID}", Name.Tag),
            (UPPER_ID, Name.Class),
            (r"[(][*](?![)])", Comment, "comment"),
            (ID, _word_callback(KEYWORDS)),
            (r"[(){}\[\];]+", Punctuation),
            (OPERATOR, Operator),
            (r"(?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", Number.Float),
            (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'", String.Char),
            (r"'[.]'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (rf"[~?]{ID}", Name.Variable),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"[(][*]", Comment, "#push"),
            (r"[*][)]", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
    }


def _reason_tokens() -> dict[str, list]:
    table = dict(RougeOCamlLexer.tokens)
    table["root"] = [
        (r"\s+", Text),
        (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
        (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace, "dotted"),
        (rf"`{ID}", Name.Tag),
        (UPPER_ID, Name.Class),
        (r"//.*", Comment.Single),
        (r"/\*", Comment.Multiline, "comment"),
        (ID, _word_callback(REASON_KEYWORDS)),
        (r"[(){}\[\];]+", Punctuation),
        (OPERATOR, Operator),
        (r"(?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", Number.Float),
        (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
        (r"(?i)0o[0-7][0-7_]*", Number.Oct),
        (r"(?i)0b[01][01_]*", Number.Bin),
        (r"\d[\d_]*", Number.Integer),
        (r"'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'", String.Char),
        (r"'[^'/]'", String.Char),
        (r"'", Keyword),
        (r'"', String.Double, "string"),
        (rf"[~?]{ID}", Name.Variable),
    ]
    table["comment"] = [
        (r"[^/*]+", Comment.Multiline),
        (r"/\*", Comment.Multiline, "comment"),
        (r"\*/", Comment.Multiline, "#pop"),
        (r"[*/]", Comment.Multiline),
    ]
    return table


class RougeReasonMLLexer(RougeRegexLexer):
    """ReasonML tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/reasonml.rb)."""

    name = "ReasonML (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _reason_tokens()
