"""PromQL as Rouge 3.30.0's ``Rouge::Lexers::Prometheus`` (rouge lib/rouge/lexers/prometheus.rb)
splits it.

Functions Rouge lists are ``Name.Builtin``, aggregations ``Name.Function``, label names in
``{...}``/``by (...)`` ``Name.Attribute``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

FUNCTIONS = frozenset(
    """
    abs absent ceil changes clamp_max clamp_min count_scalar day_of_month day_of_week
    days_in_month delta deriv drop_common_labels exp floor histogram_quantile holt_winters hour
    idelta increase irate label_replace ln log2 log10 month predict_linear rate resets round
    scalar sort sort_desc sqrt time vector year avg_over_time min_over_time max_over_time
    sum_over_time count_over_time quantile_over_time stddev_over_time stdvar_over_time
    """.split()
)


def _word(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Name.Builtin if word in FUNCTIONS else Name, word
    ctx.pos = match.end()


def _escaped_string(token, fin: str) -> list:
    return [
        (rf"\\[\\abfnrtv{fin}]", String.Escape),
        (rf"(?s)[^\\{fin}]+", token),
        (fin, token, "#pop"),
    ]


class RougePrometheusLexer(RougeRegexLexer):
    """PromQL tokenised like Rouge 3.30.0."""

    name = "Prometheus (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            include("strings"),
            include("whitespace"),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+[smhdwy]?", Number.Integer),
            include("operators"),
            (r"(ignoring|on)(\()", bygroups(Keyword.Pseudo, Punctuation), "label_list"),
            (r"(group_left|group_right)(\()", bygroups(Keyword.Type, Punctuation)),
            (r"(bool|offset)\b", Keyword),
            (r"(without|by)\b", Keyword, "label_list"),
            (r"[\w:]+", _word),
            include("metrics"),
        ],
        "metrics": [
            (r"[a-zA-Z0-9_-]+", Name),
            (r"[()\]:.,]", Punctuation),
            (r"\{", Punctuation, "filters"),
            (r"\[", Punctuation),
        ],
        "strings": [
            (r'"', String.Double, "double_string_escaped"),
            (r"'", String.Single, "single_string_escaped"),
            (r"`.*`", String.Backtick),
        ],
        "double_string_escaped": _escaped_string(String.Double, '"'),
        "single_string_escaped": _escaped_string(String.Single, "'"),
        "filters": [
            include("inline_whitespace"),
            (r",", Punctuation),
            include("labels"),
            include("filter_matching_operators"),
            include("strings"),
            (r"\}", Punctuation, "#pop"),
        ],
        "label_list": [
            (r"\(", Punctuation),
            (r"[a-zA-Z0-9_:-]+", Name.Attribute),
            (r",", Punctuation),
            include("whitespace"),
            (r"\)", Punctuation, "#pop"),
        ],
        "labels": [(r"[a-zA-Z0-9_:-]+", Name.Attribute)],
        "operators": [
            (r"[+\-*/%^]", Operator),
            (r"=|==|!=|<|>|<=|>=", Operator),
            (r"and|or|unless", Operator),
            (r"(sum|min|max|avg|stddev|stdvar|count|count_values|bottomk|topk)\b", Name.Function),
        ],
        "filter_matching_operators": [(r"!(=|~)|=~?", Operator)],
        "inline_whitespace": [(r"[ \t\r]+", Text)],
        "whitespace": [
            include("inline_whitespace"),
            (r"\n\s*", Text),
            (r"#.*?$", Comment),
        ],
    }
