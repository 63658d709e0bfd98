"""Factor as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/factor.rb): parsing words
(``:``, ``M:``, ``TUPLE:``, ``USING:`` ...) with the names they define, ``( a -- b )`` stack
effects, strings, ``!`` comments, numbers and operators that must be followed by a blank,
and any other word a ``Name.Builtin`` when Rouge's vocabulary lists have it
(``factor.builtins``).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer


def _word(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Name.Builtin if word in words("factor.builtins") else Name, word
    ctx.pos = match.end()


CLASS_DEF = bygroups(Keyword, Text, Name.Class, Text, Punctuation, Text, Name.Class)


class RougeFactorLexer(RougeRegexLexer):
    """Factor tokenised like Rouge 3.30.0."""

    name = "Factor (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"(:|::|MACRO:|MEMO:|GENERIC:|HELP:)(\s+)(\S+)",
             bygroups(Keyword, Text, Name.Function)),
            (r"(M:|HOOK:|GENERIC#)(\s+)(\S+)(\s+)(\S+)",
             bygroups(Keyword, Text, Name.Class, Text, Name.Function)),
            (r"\((?=\s)", Name.Function, "stack_effect"),
            (r";(?=\s)", Keyword),
            (r"(USING:)((?:\s|\\\s)+)", bygroups(Keyword.Namespace, Text), "import"),
            (r"(IN:|USE:|UNUSE:|QUALIFIED:|QUALIFIED-WITH:)(\s+)(\S+)",
             bygroups(Keyword.Namespace, Text, Name.Namespace)),
            (r"(FROM:|EXCLUDE:)(\s+)(\S+)(\s+)(=>)",
             bygroups(Keyword.Namespace, Text, Name.Namespace, Text, Punctuation)),
            (r"(?:ALIAS|DEFER|FORGET|POSTPONE):", Keyword.Namespace),
            (r"(TUPLE:)(\s+)(\S+)(\s+)(<)(\s+)(\S+)", CLASS_DEF, "slots"),
            (r"(TUPLE:)(\s+)(\S+)", bygroups(Keyword, Text, Name.Class), "slots"),
            (r"(UNION:|INTERSECTION:)(\s+)(\S+)", bygroups(Keyword, Text, Name.Class)),
            (r"(PREDICATE:)(\s+)(\S+)(\s+)(<)(\s+)(\S+)", CLASS_DEF),
            (r"(C:)(\s+)(\S+)(\s+)(\S+)", bygroups(Keyword, Text, Name.Function, Text,
                                                  Name.Class)),
            (r"(INSTANCE|SLOT|MIXIN|SINGLETONS?|CONSTANT|SYMBOLS?|ERROR|SYNTAX|ALIEN|TYPEDEF"
             r"|FUNCTION|STRUCT):", Keyword),
            (r"(?:<PRIVATE|PRIVATE>)", Keyword.Namespace),
            (r"(MAIN:)(\s+)(\S+)", bygroups(Keyword.Namespace, Text, Name.Function)),
            (r'"(?:\\\\|\\"|[^"])*"', String),
            (r'\S+"\s+(?:\\\\|\\"|[^"])*"', String),
            (r"(CHAR:)(\s+)(\\[\\abfnrstv]*|\S)(?=\s)", String.Char),
            (r"!\s+.*$", Comment),
            (r"#!\s+.*$", Comment),
            (r"[tf](?=\s)", Name.Constant),
            (r"-?\d+\.\d+(?=\s)", Number.Float),
            (r"-?\d+(?=\s)", Number.Integer),
            (r"HEX:\s+[a-fA-F\d]+(?=\s)", Number.Hex),
            (r"BIN:\s+[01]+(?=\s)", Number.Bin),
            (r"OCT:\s+[0-7]+(?=\s)", Number.Oct),
            (r"[-+/*=<>^](?=\s)", Operator),
            (r"(?:deprecated|final|foldable|flushable|inline|recursive)(?=\s)", Keyword),
            (r"\S+", _word),
        ],
        "stack_effect": [
            (r"\s+", Text),
            (r"\(", Name.Function, "stack_effect"),
            (r"\)", Name.Function, "#pop"),
            (r"--", Name.Function),
            (r"\S+", Name.Variable),
        ],
        "slots": [(r"\s+", Text), (r";(?=\s)", Keyword, "#pop"), (r"\S+", Name.Variable)],
        "import": [(r";(?=\s)", Keyword, "#pop"), (r"\s+", Text), (r"\S+", Name.Namespace)],
    }
