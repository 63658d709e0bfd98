"""IDL (Interactive Data Language) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/idlang.rb):
names are looked up upper-cased - keywords and conditionals ``Keyword``, ``COMPILE_OPT``
``Name.Decorator``, ``COMMON`` ``Keyword.Reserved``, ``AND=``-style operators, Rouge's long
routine list ``Name.Builtin`` - after ``pro``/``function`` comes the routine name;
``!system`` variables ``Name.Variable.Global``; IDL's typed number suffixes.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
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

from . import words
from .base import RougeRegexLexer

NAME = r"(?i:[_A-Z]\w*)"
KIND = rf"(\d+|{NAME})"
EXPONENT = r"[dDeE][+-]\d+"
LISTS = (("keywords", Keyword), ("conditionals", Keyword), ("decorators", Name.Decorator),
         ("standalone_statements", Keyword.Reserved), ("operators", Operator.Word),
         ("routines", Name.Builtin))


def _name(lexer, match, ctx):
    upper = match.group(0).upper()
    token = next((tok for key, tok in LISTS if upper in words(f"idlang.{key}")), Name)
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeIDLangLexer(RougeRegexLexer):
    """IDL tokenised like Rouge 3.30.0."""

    name = "IDL (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r";.*$", Comment.Single),
            (r",\s*,", Error),
            (rf"!{NAME}", Name.Variable.Global),
            (r"[(),:&$]", Punctuation),
            (rf"(?i)[+-]?((\d+[.]\d*|[.]\d+)({EXPONENT})?|\d+{EXPONENT})(_{KIND})?", Number.Float),
            (r"(?i)\d+(B|S|U|US|LL|L|ULL|UL)?", Number.Integer),
            (r'(?i)"[0-7]+(B|O|U|ULL|UL|LL|L)?', Number.Oct),
            (r"(?i)'[0-9A-F]+'X(B|S|US|ULL|UL|U|LL|L)?", Number.Hex),
            (rf"({KIND}_)?'", String.Single, "string_single"),
            (rf'({KIND}_)?"', String.Double, "string_double"),
            (r"##|#|&&|\|\||/=|<=|>=|->|@|\?|[-+*/<=~^{}]", Operator),
            (rf"(?i)({NAME})(\.)([^\s,]*)", bygroups(Name, Operator, Name)),
            (r"(?i)(function|pro)((?:\s|\$\s)+)", bygroups(Keyword, Text.Whitespace), "funcname"),
            (NAME, _name),
        ],
        "funcname": [
            (NAME, Name.Function),
            (r"\s+", Text.Whitespace),
            (r"(:+|\$)", Operator),
            (r";.*", Comment.Single),
            (r"$", Text.Whitespace, "#pop"),
            (r",", Operator, "#pop"),
        ],
        "string_single": [
            (r"[^']+", String.Single),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
        ],
        "string_double": [(r'[^"]+', String.Double), (r'"', String.Double, "#pop")],
    }
