"""Awk as Rouge 3.30.0's ``Rouge::Lexers::Awk`` (rouge lib/rouge/lexers/awk.rb) splits it.

Like Rouge's JavaScript lexer, an ``expr_start`` state after operators decides whether ``/``
starts a regex.  Rouge's ``(?<=\\n)`` rule never fires at a StringScanner position and is
left out.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
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

KEYWORDS = frozenset(
    "if else while for do break continue return next nextfile delete exit print printf "
    "getline".split()
)
CONSTANTS = frozenset(
    "CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON".split()
)
BUILTINS = frozenset(
    "exp log sqrt sin cos atan2 length rand srand int substr index match split sub gsub sprintf "
    "system tolower toupper".split()
)


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS or word == "function":
        yield match.start(), Keyword if word in KEYWORDS else Keyword.Declaration, word
        ctx.stack.append("expr_start")
    else:
        if word in ("BEGIN", "END"):
            token = Keyword.Reserved
        elif word in CONSTANTS:
            token = Keyword.Constant
        elif word in BUILTINS:
            token = Name.Builtin
        elif word.startswith("$"):
            token = Name.Variable
        else:
            token = Name.Other
        yield match.start(), token, word
    ctx.pos = match.end()


class RougeAwkLexer(RougeRegexLexer):
    """Awk tokenised like Rouge 3.30.0."""

    name = "Awk (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "comments_and_whitespace": [(r"\s+", Text), (r"#.*?$", Comment.Single)],
        "expr_start": [
            include("comments_and_whitespace"),
            (r"/", String.Regex, ("#pop", "regex")),
            default("#pop"),
        ],
        "regex": [
            (r"/", String.Regex, ("#pop", "regex_end")),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^", String.Escape, "regex_group"),
            (r"\[", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [default("#pop")],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", Error, "#pop:2"),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
        "root": [
            include("comments_and_whitespace"),
            (r"[-<>+*/%^!=]=?|in\b|\+\+|--|\|", Operator, "expr_start"),
            (r"&&|\|\||~!?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[{}]", Punctuation, "statement"),
            (r"[$a-zA-Z_][a-zA-Z0-9_]*", _word),
            (r"[0-9]+\.[0-9]+", Number.Float),
            (r"[0-9]+", Number.Integer),
            (r'"(\\[\\"]|[^"])*"', String.Double),
            (r":", Punctuation),
        ],
        "statement": [(r"[{}]", Punctuation), include("expr_start")],
        "ternary": [(r":", Punctuation, ("#pop", "expr_start")), include("root")],
    }
