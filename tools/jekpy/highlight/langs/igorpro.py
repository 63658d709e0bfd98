"""Igor Pro procedures as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/igorpro.rb).

Names are looked up lower-cased in Rouge's lists (``igorpro.*``): any name containing
``function`` declares one, declarations (``variable``, ``wave``...) read variable lists with
assignments, keywords, constants, builtin functions, operations (``Keyword.Reserved``, then
``/flags``); ``v_``/``s_``/``w_`` names are ``Name.Constant``.  Rouge's ``number_float``
pattern matches hex and its ``number_hex`` decimals, with the tokens named after them - kept.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Generic, Keyword, Literal, Name, Operator, Punctuation, Text

from . import words
from .base import RougeRegexLexer

OBJECT = r"(?=\w)[a-zA-Z][a-zA-Z0-9_.]*?\b"
NO_LINE_BREAK = r"(?:[ \t]|(?:\\\s*[\r\n]))+"
NUMBER_FLOAT = r"(?i:0x[a-f0-9]+)"
NUMBER_HEX = r"\d+\.\d+(e[+\-]?\d+)?"
NUMBER_INT = r"[\d]+(?:_\d+)*"


def _in(key: str, name: str) -> bool:
    return name in words(f"igorpro.{key}")


def _object(lexer, match, ctx):
    name = match.group(0).lower()
    push = None
    if "function" in name:
        token, push = Keyword.Declaration, "parse_function"
    elif _in("igorDeclarations", name):
        token, push = Keyword.Declaration, "parse_variables"
    elif _in("keywords", name):
        token = Keyword
    elif _in("igorConstants", name):
        token = Keyword.Constant
    elif _in("igorFunction", name):
        token = Name.Builtin
    elif _in("igorOperation", name):
        token, push = Keyword.Reserved, "operationFlags"
    elif re.search(r"\b(v|s|w)_[a-z]+[a-z0-9]*", name):
        token = Name.Constant
    else:
        token = Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()
    if push:
        ctx.stack.append(push)


def _preprocessor(lexer, match, ctx):
    if _in("preprocessor", match.group(2).lower()):
        yield match.start(), Comment.Preproc, match.group(0)
    else:
        yield match.start(1), Punctuation, match.group(1)
        yield match.start(2), Name, match.group(2)
    ctx.pos = match.end()


class RougeIgorProLexer(RougeRegexLexer):
    """Igor Pro tokenised like Rouge 3.30.0."""

    name = "Igor Pro (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"//", Comment, "comments"),
            (OBJECT, _object),
            include("preprocessor"),
            include("waveFlag"),
            include("characters"),
            include("numbers"),
            include("whitespace"),
        ],
        "preprocessor": [(rf"(#)({OBJECT})", _preprocessor)],
        "assignment": [
            include("whitespace"),
            (r'"', Literal.String.Double, "string1"),
            include("string2"),
            (NUMBER_FLOAT, Literal.Number.Float, "#pop"),
            (NUMBER_INT, Literal.Number.Integer, "#pop"),
            (r"[(\[{][^)\]}]+[)\]}]", Generic, "#pop"),
            (r"[^\s/(]+", Generic, "#pop"),
            default("#pop"),
        ],
        "parse_variables": [
            include("whitespace"),
            (r"[=]", Punctuation, "assignment"),
            (OBJECT, Name.Variable),
            (r"[\[\]]", Punctuation),
            (r"[,]", Punctuation, "parse_variables"),
            (r"\)", Punctuation, "#pop"),
            (r"(?i)[/][a-z]+", Keyword.Pseudo, "parse_variables"),
            default("#pop"),
        ],
        "parse_function": [
            (r"(?i)[/][a-z]+", Keyword.Pseudo),
            include("whitespace"),
            (OBJECT, Name.Function),
            (r"[(]", Punctuation, "parse_variables"),
            default("#pop"),
        ],
        "operationFlags": [
            (NO_LINE_BREAK, Text),
            (r"[=]", Punctuation, "assignment"),
            (r"(?i)[/][a-z]+", Keyword.Pseudo, "operationFlags"),
            (rf"(?i)(as)(\s*)({OBJECT})", bygroups(Keyword.Type, Text, Name.Label)),
            default("#pop"),
        ],
        "waveFlag": [
            (rf"(?i)(/(?:wave|X|Y))(\s*)(=)(\s*)({OBJECT})",
             bygroups(Keyword.Pseudo, Text, Punctuation, Text, Name.Variable)),
        ],
        "characters": [
            (r"\s", Text),
            (r"[#$~!%^&*+=|?:<>/-]", Operator),
            (r"[{}()\[\],.;]", Punctuation),
            (r'"', Literal.String.Double, "string1"),
            include("string2"),
        ],
        "numbers": [
            (NUMBER_FLOAT, Literal.Number.Float),
            (NUMBER_HEX, Literal.Number.Hex),
            (NUMBER_INT, Literal.Number.Integer),
        ],
        "whitespace": [(NO_LINE_BREAK, Text)],
        "string1": [
            (r"%\w\b", Literal.String.Other),
            (r"\\\\", Literal.String.Escape),
            (r'\\"', Literal.String.Escape),
            (r"\\", Literal.String.Escape),
            (r'[^"]', Literal.String),
            (r'"', Literal.String.Double, "#pop"),
        ],
        "string2": [(r"'[^']*'", Literal.String.Single)],
        "comments": [
            (r"(?i)([/]\s*)([@]\w+\b)", bygroups(Comment, Comment.Special)),
            (r"[^\r\n]", Comment),
            default("#pop"),
        ],
    }
