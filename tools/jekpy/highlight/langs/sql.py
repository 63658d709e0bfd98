"""SQL as Rouge 3.30.0's ``Rouge::Lexers::SQL`` (rouge lib/rouge/lexers/sql.rb) splits it.

Words are looked up upper-cased in Rouge's keyword lists (types are ``Name.Builtin``),
double-quoted and backquoted names are ``Name.Variable``, comments stop before the newline.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer


def word_callback(prefix: str):
    """Rouge's SQL word lookup over the ``<prefix>.keywords_type``/``.keywords`` lists."""

    def callback(lexer, match, ctx):
        word = match.group(0)
        upper = word.upper()
        if upper in words(f"{prefix}.keywords_type"):
            token = Name.Builtin
        elif upper in words(f"{prefix}.keywords"):
            token = Keyword
        else:
            token = Name
        yield match.start(), token, word
        ctx.pos = match.end()

    return callback


class RougeSQLLexer(RougeRegexLexer):
    """SQL tokenised like Rouge 3.30.0."""

    name = "SQL (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"/\*", Comment.Multiline, "multiline_comments"),
            (r"\d+", Number.Integer),
            (r"'", String.Single, "single_string"),
            (r'"', Name.Variable, "double_string"),
            (r"`", Name.Variable, "backtick"),
            (r"\w\w*", word_callback("sql")),
            (r"[+*/<>=~!@#%&|?^-]", Operator),
            (r"[;:()\[\]{},.]", Punctuation),
        ],
        "multiline_comments": [
            (r"/[*]", Comment.Multiline, "#push"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
        "backtick": [
            (r"\\.", String.Escape),
            (r"``", String.Escape),
            (r"`", Name.Variable, "#pop"),
            (r"[^\\`]+", Name.Variable),
        ],
        "single_string": [
            (r"\\.", String.Escape),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
            (r"[^\\']+", String.Single),
        ],
        "double_string": [
            (r"\\.", String.Escape),
            (r'""', String.Escape),
            (r'"', Name.Variable, "#pop"),
            (r'[^\\"]+', Name.Variable),
        ],
    }


def _hql_tokens() -> dict[str, list]:
    """Hive QL (rouge lib/rouge/lexers/hql.rb): Rouge's SQL lexer with Hive's word lists,
    double-quoted strings and ``${var}`` substitutions."""
    table = {state: list(rules) for state, rules in RougeSQLLexer.tokens.items()}
    table["root"] = [
        (r'"', String.Double, "double_string"),
        (r"\$\{", Name.Variable, "hive_variable"),
        *[(r"\w\w*", word_callback("hql")) if rule[0] == r"\w\w*" else rule
          for rule in table["root"]],
    ]
    table["single_string"] = [
        (r"\$\{", Name.Variable, "hive_variable"),
        (r"[^\\'$]+", String.Single),
        *table["single_string"],
    ]
    table["double_string"] = [
        (r"\$\{", Name.Variable, "hive_variable"),
        (r'"', String.Double, "#pop"),
        (r'[^\\"$]+', String.Double),
        *table["double_string"],
    ]
    table["hive_variable"] = [(r"\}", Name.Variable, "#pop"), (r"[^}]+", Name.Variable)]
    return table


class RougeHQLLexer(RougeSQLLexer):
    """Hive QL tokenised like Rouge 3.30.0."""

    name = "HQL (Rouge)"
    tokens = _hql_tokens()
