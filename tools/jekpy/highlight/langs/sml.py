"""Standard ML as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/sml.rb).

Rouge follows SML's declarations: the name after ``val`` is a ``Name.Variable``, after
``fun`` (and ``|`` clauses) a ``Name.Function``, type names ``Keyword.Type``, datatype and
exception constructors ``Name.Class``, structure names ``Name.Namespace``; ``let``/``if``/
``local``/``struct``/``sig``/``while`` push states that ``end``/``in``/``then``/... pop.
A keyword ahead of a declaration's end "breaks out" of it.  In ``A.b`` paths the prefixes
are namespaces (a keyword there is an ``Error``).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Error, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = """
abstype and andalso as case datatype do else end exception fn fun handle if in infix infixr let
local nonfix of op open orelse raise rec then type val with withtype while eqtype functor include
sharing sig signature struct structure where
""".split()
KEYWORD_SET = frozenset(KEYWORDS)
SYMBOLIC_RESERVED = frozenset(": | = => -> # :>".split())
ID = r"[a-zA-Z0-9_']+"
SYMBOL = r"[!%&$#/:<=>?@\\~`^|*+-]+"


def _word(*words: str) -> str:
    """Rouge's ``\\b(words)\\b(?!')`` (the leading ``\\b`` sees no character before it)."""
    return rf"(?=\w)({'|'.join(words)})\b(?!')"


def _id_token(word: str):
    if word in KEYWORD_SET:
        return Keyword.Reserved
    return Punctuation if word in SYMBOLIC_RESERVED else Name


def _dotted_prefix(lexer, match, ctx):
    yield match.start(1), Error if match.group(1) in KEYWORD_SET else Name.Namespace, \
        match.group(1)
    yield match.start(2), Punctuation, "."
    ctx.pos = match.end()


def _identifier(pop: bool):
    def callback(lexer, match, ctx):
        yield match.start(), _id_token(match.group(0)), match.group(0)
        ctx.pos = match.end()
        if pop:
            ctx.stack.pop()

    return callback


def _push_twice(lexer, match, ctx):
    yield match.start(), Keyword.Reserved, match.group(0)
    ctx.stack.extend([ctx.stack[-1]] * 2)
    ctx.pos = match.end()


CORE = [
    (r"[()\[\]{},;_]|[.][.][.]", Punctuation),
    (r'#"', String.Char, "char"),
    (r'"', String.Double, "string"),
    (r"~?0x[0-9a-fA-F]+", Number.Hex),
    (r"0wx[0-9a-fA-F]+", Number.Hex),
    (r"0w\d+", Number.Integer),
    (r"~?\d+([.]\d+)?[eE]~?\d+", Number.Float),
    (r"~?\d+[.]\d+", Number.Float),
    (r"~?\d+", Number.Integer),
    (r"#\s*[1-9][0-9]*", Name.Label),
    (rf"#\s*{ID}", Name.Label),
    (rf"#\s+{SYMBOL}", Name.Label),
    (_word("datatype", "abstype"), Keyword.Reserved, "dname"),
    (r"(?=exception\b(?!'))", Text, "ename"),
    (_word("functor", "include", "open", "signature", "structure"), Keyword.Reserved, "sname"),
    (_word("type", "eqtype"), Keyword.Reserved, "tname"),
    (rf"'{ID}", Name.Decorator),
    (rf"({ID})([.])", _dotted_prefix, "dotted"),
    (ID, _identifier(pop=False)),
    (SYMBOL, _identifier(pop=False)),
]


class RougeSMLLexer(RougeRegexLexer):
    """Standard ML tokenised like Rouge 3.30.0."""

    name = "SML (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespace": [(r"\s+", Text), (r"[(][*]", Comment, "comment")],
        "delimiters": [
            (r"[(\[{]", Punctuation, "main"),
            (r"[)\]}]", Punctuation, "#pop"),
            (_word("let", "if", "local"), _push_twice),
            (_word("struct", "sig", "while"), Keyword.Reserved, "#push"),
            (_word("do", "else", "end", "in", "then"), Keyword.Reserved, "#pop"),
        ],
        "core": CORE,
        "dotted": [
            (rf"({ID})([.])", _dotted_prefix),
            (ID, _identifier(pop=True)),
            (SYMBOL, _identifier(pop=True)),
        ],
        "root": [(r"#!.*?\n", Comment.Preproc), default("main")],
        "main": [
            include("whitespace"),
            (_word("val", "and"), Keyword.Reserved, "vname"),
            (_word("fun"), Keyword.Reserved, ("#pop", "main_fun", "fname")),
            include("delimiters"),
            include("core"),
        ],
        "main_fun": [
            include("whitespace"),
            (_word("fun", "and"), Keyword.Reserved, "fname"),
            (r"(?=\w)val\b(?!')", Keyword.Reserved, ("#pop", "main", "vname")),
            (r"[|]", Punctuation, "fname"),
            (_word("case", "handle"), Keyword.Reserved, ("#pop", "main")),
            include("delimiters"),
            include("core"),
        ],
        "has_escapes": [
            (r'\\[\\"abtnvfr]', String.Escape),
            (r"\\\^[\x40-\x5e]", String.Escape),
            (r"\\[0-9]{3}", String.Escape),
            (r"\\u[0-9a-fA-F]{4}", String.Escape),
            (r"\\\s+\\", String.Interpol),
        ],
        "string": [
            (r'[^"\\]+', String.Double),
            (r'"', String.Double, "#pop"),
            include("has_escapes"),
        ],
        "char": [(r'[^"\\]+', String.Char), (r'"', String.Char, "#pop"), include("has_escapes")],
        "breakout": [(rf"(?=(?=\w)({'|'.join(KEYWORDS)})\b(?!'))", Text, "#pop")],
        "sname": [
            include("whitespace"),
            include("breakout"),
            (ID, Name.Namespace),
            default("#pop"),
        ],
        "has_annotations": [
            (r"'[a-zA-Z0-9_']*", Name.Decorator),
            (r"[(]", Punctuation, "tyvarseq"),
        ],
        "fname": [
            include("whitespace"),
            include("has_annotations"),
            (ID, Name.Function, "#pop"),
            (SYMBOL, Name.Function, "#pop"),
        ],
        "vname": [
            include("whitespace"),
            include("has_annotations"),
            (rf"({ID})(\s*)(=(?!{SYMBOL}))", bygroups(Name.Variable, Text, Punctuation), "#pop"),
            (rf"({SYMBOL})(\s*)(=(?!{SYMBOL}))", bygroups(Name.Variable, Text, Punctuation)),
            (ID, Name.Variable, "#pop"),
            (SYMBOL, Name.Variable, "#pop"),
            default("#pop"),
        ],
        "tname": [
            include("whitespace"),
            include("breakout"),
            include("has_annotations"),
            (r"'[a-zA-Z0-9_']*", Name.Decorator),
            (r"[(]", Punctuation, "tyvarseq"),
            (rf"=(?!{SYMBOL})", Punctuation, ("#pop", "typbind")),
            (ID, Keyword.Type),
            (SYMBOL, Keyword.Type),
        ],
        "typbind": [
            include("whitespace"),
            (_word("and"), Keyword.Reserved, ("#pop", "tname")),
            include("breakout"),
            include("core"),
        ],
        "dname": [
            include("whitespace"),
            include("breakout"),
            include("has_annotations"),
            (r"(=)(\s*)(datatype)\b", bygroups(Punctuation, Text, Keyword.Reserved), "#pop"),
            (rf"=(?!{SYMBOL})", Punctuation, ("#pop", "datbind", "datcon")),
            (ID, Keyword.Type),
            (SYMBOL, Keyword.Type),
        ],
        "datbind": [
            include("whitespace"),
            (_word("and"), Keyword.Reserved, ("#pop", "dname")),
            (_word("withtype"), Keyword.Reserved, ("#pop", "tname")),
            (r"(?=\w)of\b(?!')", Keyword.Reserved),
            (rf"([|])(\s*)({ID})", bygroups(Punctuation, Text, Name.Class)),
            (rf"([|])(\s+)({SYMBOL})", bygroups(Punctuation, Text, Name.Class)),
            include("breakout"),
            include("core"),
        ],
        "ename": [
            include("whitespace"),
            (rf"(exception|and)(\s+)({ID})", bygroups(Keyword.Reserved, Text, Name.Class)),
            (rf"(exception|and)(\s*)({SYMBOL})", bygroups(Keyword.Reserved, Text, Name.Class)),
            (_word("of"), Keyword.Reserved),
            include("breakout"),
            include("core"),
        ],
        "datcon": [
            include("whitespace"),
            (ID, Name.Class, "#pop"),
            (SYMBOL, Name.Class, "#pop"),
        ],
        "tyvarseq": [
            include("whitespace"),
            (r"'[a-zA-Z0-9_']*", Name.Decorator),
            (ID, Name),
            (r",", Punctuation),
            (r"[)]", Punctuation, "#pop"),
            (SYMBOL, Name),
        ],
        "comment": [
            (r"[^(*)]+", Comment.Multiline),
            (r"[(][*]", Comment.Multiline, "#push"),
            (r"[*][)]", Comment.Multiline, "#pop"),
            (r"[(*)]", Comment.Multiline),
        ],
    }
