"""MiniZinc as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/minizinc.rb): words are
keywords, types, builtins or set operators by Rouge's lists, else ``Name.Other``; operator
words such as ``not`` and ``div`` match even inside longer words (no boundary in Rouge).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from .base import RougeRegexLexer

BUILTINS = frozenset("""
abort abs acosh array_intersect array_union array1d array2d array3d array4d array5d array6d asin
assert atan bool2int card ceil concat cos cosh dom dom_array dom_size fix exp floor index_set
index_set_1of2 index_set_2of2 index_set_1of3 index_set_2of3 index_set_3of3 int2float is_fixed
join lb lb_array length ln log log2 log10 min max pow product round set2array show show_int
show_float sin sinh sqrt sum tan tanh trace ub ub_array
""".split())
KEYWORDS = frozenset("""
ann annotation any constraint else endif function for forall if include list of op output
minimize maximize par predicate record satisfy solve test then type var where
""".split())
TYPES = frozenset("array set bool enum float int string tuple".split())
OPERATORS = frozenset("in subset superset union diff symdiff intersect".split())
ID = r"[a-zA-Z_][a-zA-Z0-9_]*"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in TYPES:
        token = Keyword.Type
    elif word in BUILTINS:
        token = Name.Builtin
    elif word in OPERATORS:
        token = Operator
    else:
        token = Name.Other
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeMiniZincLexer(RougeRegexLexer):
    """MiniZinc tokenised like Rouge 3.30.0."""

    name = "MiniZinc (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"\\\n", Text.Whitespace),
            (r"%.*", Comment.Single),
            (r"/(\\\n)?[*](.|\n)*?[*](\\\n)?/", Comment.Multiline),
            (r'"(\\\\|\\"|[^"])*"', Literal.String),
            (r"not|<->|->|<-|\\/|xor|/\\", Operator),
            (r"<|>|<=|>=|==|=|!=", Operator),
            (r"\+|-|\*|/|div|mod", Operator),
            (r"\\|\.\.|\+\+", Operator),
            (r"[|()\[\]{},:;]", Punctuation),
            (r"(true|false)\b", Keyword.Constant),
            (r"([+-]?)\d+(\.(?!\.)\d*)?([eE][-+]?\d+)?", Literal.Number),
            (r"[$a-zA-Z_][a-zA-Z0-9_]*", _word),
            (rf"::\s*({ID})(\s*\([^)]*\))?", Name.Decorator),
            (rf"(?=\w)({ID})\b(\()", bygroups(Name.Function, Punctuation)),
            (ID, Name.Other),
        ],
    }
