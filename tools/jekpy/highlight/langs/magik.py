"""Smallworld Magik as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/magik.rb): ``_keywords``,
``:symbols``, ``@labels`` and ``@package:global`` references, ``%c`` characters, Magik numbers
(radix, ``&``-exponents), ``|piped identifiers|``; after ``_method`` comes
``Class.method`` (nothing else is allowed there: an ``Error`` in Rouge).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = """
_package _pragma _block _endblock _handling _default _protect _protection _endprotect _try _with
_when _endtry _catch _endcatch _throw _lock _endlock _if _then _elif _else _endif _for _over _while
_loop _finally _endloop _loopbody _continue _leave _return _class _local _constant _recursive
_global _dynamic _import _private _iter _abstract _method _endmethod _proc _endproc _gather
_scatter _allresults _optional _thisthread _self _clone _super _primitive _unset _true _false
_maybe _is _isnt _not _and _or _xor _cf _andif _orif _div _mod
""".split()
DIGITS = "[0-9]+"
NUMBER = rf"{DIGITS}((?i:r[0-9a-z])|(?i:(e|&)[+-]?{DIGITS})|\.{DIGITS})*"
SIMPLE_ID = r"(?>(?:[a-zA-Z0-9_!?]|\\.)+)"
PIPED_ID = r"\|[^|\n]*\|"
IDENT = rf"(?:{SIMPLE_ID}|{PIPED_ID})+"


class RougeMagikLexer(RougeRegexLexer):
    """Magik tokenised like Rouge 3.30.0."""

    name = "Magik (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"##(.*)?", Comment.Doc),
            (r"#(.*)?", Comment.Single),
            (r"(_method)(\s+)", bygroups(Keyword, Text.Whitespace), "method_name"),
            (rf"(?:{'|'.join(KEYWORDS)})\b", Keyword),
            (r'"[^"\n]*?"', Literal.String),
            (r"'[^'\n]*?'", Literal.String),
            (rf"(?i::{IDENT})", String.Symbol),
            (rf"@[\s]*{IDENT}:{IDENT}", Name.Label),
            (rf"@[\s]*{IDENT}", Name.Label),
            (r"(?i)%u[0-9a-z]{4}|%[^\s]+", Literal.String.Char),
            (NUMBER, Literal.Number),
            (rf"{IDENT}:{IDENT}", Name),
            (IDENT, Name),
            (r"[\[\]{}().,;]", Punctuation),
            (r"\$", Punctuation),
            (r"<<", Operator),
            (r"(>>)", Operator),
            (r"[-~+/*%=&^<>]|!=", Operator),
            (r"[\s]+", Text.Whitespace),
        ],
        "method_name": [
            (rf"({IDENT})(\.)({IDENT})", bygroups(Name.Class, Punctuation, Name.Function),
             "#pop"),
        ],
    }
