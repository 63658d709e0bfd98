"""GraphQL as Rouge 3.30.0's ``Rouge::Lexers::GraphQL`` (rouge lib/rouge/lexers/graphql.rb)
splits it.

Field and type names are ``Name`` (``Int``/``String``/... ``Name.Builtin`` in type positions),
``$vars`` ``Name.Variable``, directives ``Keyword``, blanks ``Text.Whitespace``; a triple-quoted
block description is lexed as Markdown.  Rouge's rules begin with ``\\b``, true at a
StringScanner position whenever a word character follows - hence ``(?=\\w)``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer
from .embed import tokens_for

NAME = r"[_A-Za-z][_0-9A-Za-z]*"
W = r"(?=\w)"
WS = Text.Whitespace
BUILTIN_TYPES = rf"{W}(?:Int|Float|String|Boolean|ID)\b"


def _description(lexer, match, ctx):
    yield match.start(1), String.Double, match.group(1)
    yield match.start(2), WS, match.group(2)
    yield from tokens_for("markdown", match.group(3), match.start(3))
    yield match.start(4), WS, match.group(4)
    yield match.start(5), String.Double, match.group(5)
    ctx.pos = match.end()


def _close_then(states: tuple[str, ...]):
    """Punctuation; pop one state, and one more if the new top is one of ``states``."""

    def callback(lexer, match, ctx):
        yield match.start(), Punctuation, match.group(0)
        ctx.stack.pop()
        if ctx.stack[-1] in states and len(ctx.stack) > 1:
            ctx.stack.pop()
        ctx.pos = match.end()

    return callback


def _value(token):
    """A scalar value; the value state ends unless it is inside a list."""

    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        if ctx.stack[-1] != "list" and len(ctx.stack) > 1:
            ctx.stack.pop()
        ctx.pos = match.end()

    return callback


def _replace_top(state: str, token):
    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        ctx.stack[-1] = state
        ctx.pos = match.end()

    return callback


class RougeGraphQLLexer(RougeRegexLexer):
    """GraphQL tokenised like Rouge 3.30.0."""

    name = "GraphQL (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (rf"{W}(?:query|mutation|subscription)\b", Keyword, "query_definition"),
            (r"\{", Punctuation, ("query_definition", "selection_set")),
            (rf"{W}fragment\b", Keyword, "fragment_definition"),
            (rf"{W}scalar\b", Keyword, "value"),
            (rf"{W}(?:type|interface|enum)\b", Keyword, "type_definition"),
            (rf"{W}(?:input|schema)\b", Keyword, "type_definition"),
            (rf"{W}union\b", Keyword, "union_definition"),
            (rf"{W}extend\b", Keyword),
            include("basic"),
            (r'(?s)(""")(\n)(.*?)(\n)(""")', _description),
        ],
        "basic": [(r"\s+", WS), (r"#.*$", Comment), (r"[!,]", Punctuation)],
        "has_directives": [
            (rf"(@{NAME})(\s*)(\()", bygroups(Keyword, WS, Punctuation), "arguments"),
            (rf"@{NAME}\b", Keyword),
        ],
        "fragment_definition": [(rf"{W}on\b", Keyword), include("query_definition")],
        "query_definition": [
            include("has_directives"),
            (rf"{W}{NAME}\b", Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "selection_set"),
            include("basic"),
        ],
        "type_definition": [
            (rf"{W}implements\b", Keyword),
            (rf"{W}{NAME}\b", Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "type_definition_set"),
            include("basic"),
        ],
        "union_definition": [
            (rf"{W}{NAME}\b", Name),
            (r"=", Punctuation, "union_definition_variant"),
            include("basic"),
        ],
        "union_definition_variant": [
            (rf"{W}{NAME}\b", _replace_top("union_definition_pipe", Name)),
            include("basic"),
        ],
        "union_definition_pipe": [
            (r"\|", _replace_top("union_definition_variant", Punctuation)),
            (r"(?!\||\s+|#[^\n]*)", Text, "#pop:2"),
            include("basic"),
        ],
        "type_definition_set": [
            (r"\}", Punctuation, "#pop:2"),
            (rf"{W}({NAME})(\s*)(\()", bygroups(Name, WS, Punctuation), "variable_definitions"),
            (rf"{W}{NAME}\b", Name),
            (r":", Punctuation, "type_names"),
            include("basic"),
        ],
        "arguments": [
            (r"\)", Punctuation, "#pop"),
            (rf"{W}{NAME}\b", Name),
            (r":", Punctuation, "value"),
            include("basic"),
        ],
        "variable_definitions": [
            (r"\)", Punctuation, "#pop"),
            (rf"\${NAME}\b", Name.Variable),
            (rf"{W}{NAME}\b", Name),
            (r":", Punctuation, "type_names"),
            (r"=", Punctuation, "value"),
            include("basic"),
        ],
        "type_names": [
            (BUILTIN_TYPES, Name.Builtin, "#pop"),
            (rf"{W}{NAME}\b", Name, "#pop"),
            (r"\[", Punctuation, "type_name_list"),
            include("basic"),
        ],
        "type_name_list": [
            (BUILTIN_TYPES, Name.Builtin),
            (rf"{W}{NAME}\b", Name),
            (r"\]", Punctuation, "#pop:2"),
            include("basic"),
        ],
        "selection_set": [
            include("has_directives"),
            (r"\}", _close_then(("query_definition", "fragment_definition"))),
            (rf"{W}({NAME})(\s*)(\()", bygroups(Name, WS, Punctuation), "arguments"),
            (rf"{W}({NAME})(\s*)(:)", bygroups(Name, WS, Punctuation)),
            (rf"{W}{NAME}\b", Name),
            (r"(\.\.\.)(\s+)(on)\b", bygroups(Punctuation, WS, Keyword)),
            (r"\.\.\.", Punctuation),
            (r"\{", Punctuation, "selection_set"),
            include("basic"),
        ],
        "list": [(r"\]", _close_then(("value",))), include("value")],
        "object": [
            (r"\}", _close_then(("value",))),
            (rf"{W}({NAME})(\s*)(:)", bygroups(Name, WS, Punctuation), "value"),
            include("basic"),
        ],
        "value": [
            (r'(?s)""".*?"""', String.Double),
            (rf"\${NAME}\b", _value(Name.Variable)),
            (rf"{W}(?:true|false|null)\b", _value(Keyword.Constant)),
            (r"[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?", _value(Number.Float)),
            (r"[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?", _value(Number.Integer)),
            (r'"(\\[\\"]|[^"])*"', _value(String.Double)),
            (rf"{W}{NAME}\b", _value(Name)),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "list"),
            include("basic"),
        ],
    }
