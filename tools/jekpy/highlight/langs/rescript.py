"""ReScript as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/rescript.rb, on the OCaml
family's common states of ocaml/common.rb, shared here with ``ocaml.py``).

Capitalised names are ``Name.Class`` (``Name.Namespace`` before a dot, then the ``dotted``
path state), ``@decorators``, ``#polyvariants`` ``Name.Class``, words keywords/word
operators/types by Rouge's lists; backquoted strings interpolate ``${...}``.  Rouge's
``\\btrue|false\\b`` binds the boundaries to one alternative each (``trueish`` starts with a
constant).
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer
from .ocaml import ID, UPPER_ID, RougeOCamlLexer

KEYWORDS = frozenset("""
open let rec and as exception assert lazy if else for in to downto while switch when external
type private mutable constraint include module of with try import export
""".split())
TYPES = frozenset("bool int float char string unit list array option ref exn format".split())
WORD_OPERATORS = frozenset("mod land lor lxor lsl lsr asr or".split())


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in WORD_OPERATORS:
        token = Operator.Word
    elif word in TYPES:
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeReScriptLexer(RougeRegexLexer):
    """ReScript tokenised like Rouge 3.30.0."""

    name = "ReScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "string": RougeOCamlLexer.tokens["string"],
        "escape_sequence": RougeOCamlLexer.tokens["escape_sequence"],
        "dotted": RougeOCamlLexer.tokens["dotted"],
        "root": [
            (r"\s+", Text),
            (r"[,.:?~\\]", Text),
            (r"(?=\w)true|false\b", Keyword.Constant),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace, "dotted"),
            (rf"@{ID}(\.{ID})*", Name.Decorator),
            (rf"#{ID}", Name.Class),
            (UPPER_ID, Name.Class),
            (r"//.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            (ID, _word),
            (r"[(){}\[\];]+", Punctuation),
            (r"[;_!$%&*+/<=>@^|-]+", Operator),
            (r"(?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", Number.Float),
            (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'", String.Char),
            (r"'[^'/]'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (r"`", String.Double, "interpolated_string"),
        ],
        "comment": [
            (r"[^/*]+", Comment.Multiline),
            (r"/\*", Comment.Multiline, "comment"),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[*/]", Comment.Multiline),
        ],
        "interpolated_string": [
            (r"[$]\{", Punctuation, "interpolated_expression"),
            (r"`", String.Double, "#pop"),
            (r"\\[$`]", String.Escape),
            (r"[^$`\\]+", String.Double),
            (r"[\\$]", String.Double),
        ],
        "interpolated_expression": [(r"\}", Punctuation, "#pop"), include("root")],
    }
