"""CFScript (CFML) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/cfscript.rb).

JavaScript-like states (``expr_start``, ``statement``, object literals, ternaries); word
operators (``eq``, ``contains``, ``does not contain``, ...) match case-insensitively; a name
before ``(`` is a ``Name.Function`` (or ``Keyword``), ``name:`` a key; declarations, keywords
and types push ``expr_start``; other names are ``Name.Other``.  Rouge's object state pushes
``expr_start`` on ``}`` without popping, so the stack only grows - as here.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer
from .javascript import SLASH_COMMENTS_AND_WHITESPACE

KEYWORDS = frozenset("""
if else var xml default break switch do try catch throw in continue for return while required
""".split())
DECLARATIONS = frozenset("component property function remote public package private".split())
TYPES = frozenset(
    "any array binary boolean component date guid numeric query string struct uuid void xml".split()
)
CONSTANTS = "application|session|client|cookie|super|this|variables|arguments|cgi"
OPERATORS = (r"\+\+|--|&&|\|\||<=|>=|<|>|==|!=|mod|eq|lt|gt|lte|gte|not|is|and|or|xor|eqv|imp"
             r"|equal|contains|\?")
DOTTED_ID = r"[$a-zA-Z_][a-zA-Z0-9_.]*"


def _call(lexer, match, ctx):
    name = match.group(1)
    yield match.start(1), Keyword if name in KEYWORDS else Name.Function, name
    yield match.start(2), Text, match.group(2)
    yield match.start(3), Punctuation, match.group(3)
    ctx.pos = match.end()


def _word(lexer, match, ctx):
    word = match.group(0)
    ctx.pos = match.end()
    if word in DECLARATIONS:
        token = Keyword.Declaration
    elif word in KEYWORDS:
        token = Keyword
    elif word in TYPES:
        token = Keyword.Type
    else:
        yield match.start(), Name.Other, word
        return
    yield match.start(), token, word
    ctx.stack.append("expr_start")


class RougeCFScriptLexer(RougeRegexLexer):
    """CFScript tokenised like Rouge 3.30.0."""

    name = "CFScript (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            include("comments_and_whitespace"),
            (rf"(?i)(?:{OPERATORS}|does not contain|greater than(?: or equal to)?"
             r"|less than(?: or equal to)?)\b", Operator, "expr_start"),
            (r"[-<>+*%&|\^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[{}]", Punctuation, "statement"),
            (rf"(?:{CONSTANTS})\b", Name.Constant),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"import\b", Keyword.Namespace, "import"),
            (rf"({DOTTED_ID})(\s*)(:)(\s*)", bygroups(Name, Text, Punctuation, Text),
             "expr_start"),
            (r"([A-Za-z_$][\w.]*)(\s*)(\()", _call),
            (DOTTED_ID, _word),
            (r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"[0-9]+", Number.Integer),
            (r'"(\\\\|\\"|[^"])*"', String.Double),
            (r"'(\\\\|\\'|[^'])*'", String.Single),
        ],
        "comments_and_whitespace": SLASH_COMMENTS_AND_WHITESPACE,
        "expr_start": [
            include("comments_and_whitespace"),
            (r"[{]", Punctuation, "object"),
            default("#pop"),
        ],
        "statement": [(r"[{}]", Punctuation), include("expr_start")],
        "object": [
            include("comments_and_whitespace"),
            (r"[}]", Punctuation, "expr_start"),
            (rf"({DOTTED_ID})(\s*)(:)", bygroups(Name.Other, Text, Punctuation), "expr_start"),
            (r":", Punctuation),
            include("root"),
        ],
        "ternary": [(r":", Punctuation, ("#pop", "expr_start")), include("root")],
        "import": [(r"\s+", Text), (r"(?i)[a-z0-9_.]+\*?", Name.Namespace, "#pop")],
    }
