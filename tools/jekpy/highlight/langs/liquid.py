"""Liquid as Rouge 3.30.0's ``Rouge::Lexers::Liquid`` (rouge lib/rouge/lexers/liquid.rb) splits it.

Tags and outputs are read with a small state machine: ``{%``/``{{`` and their closers are
``Punctuation`` and every closer returns to the top (``reset_stack``); tag names are
``Name.Tag`` except the control-flow ones (``Keyword.Reserved``); blanks inside tags are
``Text.Whitespace``; variables ``Name.Variable``, filters ``Name.Function``; everything outside
tags is plain text, ``comment`` bodies ``Comment``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

WS = Text.Whitespace


def _reset(lexer, match, ctx):
    yield match.start(), Punctuation, match.group(0)
    ctx.stack[:] = ["root"]
    ctx.pos = match.end()


def _groups_then_reset(*types):
    """Like ``bygroups``, then back to the top level."""

    def callback(lexer, match, ctx):
        for group, ttype in enumerate(types, start=1):
            if match.group(group):
                yield match.start(group), ttype, match.group(group)
        ctx.stack[:] = ["root"]
        ctx.pos = match.end()

    return callback


def _quoted_type(text: str | None, default):
    """Rouge picks a string type when the text contains a quoted part anywhere."""
    if text and re.search(r"'[^']*'", text):
        return String.Single
    if text and re.search(r'"[^"]*"', text):
        return String.Double
    return default


def _cycle(lexer, match, ctx):
    types = (Name.Tag, WS, _quoted_type(match.group(3), Name.Attribute), WS, Punctuation, WS)
    for group, ttype in enumerate(types, start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    ctx.stack.append("variable_tag_markup")
    ctx.pos = match.end()


def _for(lexer, match, ctx):
    types = (Name.Tag, WS, Name.Variable, WS, Name.Tag, WS,
             _quoted_type(match.group(7), Name.Variable), WS)
    for group, ttype in enumerate(types, start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    ctx.stack.append("tag_markup")
    ctx.pos = match.end()


FILTER = bygroups(Punctuation, WS, Name.Function)


class RougeLiquidLexer(RougeRegexLexer):
    """Liquid tokenised like Rouge 3.30.0."""

    name = "Liquid (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"[^{]+", Text),
            (r"(\{%-?)(\s*)", bygroups(Punctuation, WS), "tag_or_block"),
            (r"(\{\{-?)(\s*)", bygroups(Punctuation, WS), "output"),
            (r"\{", Text),
        ],
        "tag_or_block": [
            (r"(if|elsif|unless|case)\b", Keyword.Reserved, "condition"),
            (r"(when)\b", Keyword.Reserved, "when"),
            (r"(else)(\s*)(-?%\})", bygroups(Keyword.Reserved, WS, Punctuation), "#pop"),
            (r"(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})",
             bygroups(Name.Tag, WS, Name.Variable, WS, Punctuation), "#pop"),
            (r"(comment)(\s*)(-?%\})", bygroups(Name.Tag, WS, Punctuation), "comment"),
            (r"(raw)(\s*)(-?%\})", bygroups(Name.Tag, WS, Punctuation), "raw"),
            (r"(end(?:if|unless|case))(\s*)(-?%\})",
             bygroups(Keyword.Reserved, WS, Punctuation), "#pop"),
            (r"(end(?:[^\s%]+))(\s*)(-?%\})", bygroups(Name.Tag, WS, Punctuation), "#pop"),
            (r"(assign|echo)\b", Name.Tag, "assign"),
            (r"(include|render)\b", Name.Tag, "include"),
            (r"(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)", _cycle),
            (r"(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)"
             r"((?:[^\s%,|'\"]|(?:\"[^\"]*\"|'[^']*'))+)(\s*)", _for),
            (r"([^\s%]+)(\s*)", bygroups(Name.Tag, WS), "tag_markup"),
        ],
        "output": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}|:]*)", FILTER, "filters"),
            include("end_of_tag"),
            include("generic"),
        ],
        "filters": [
            (r"(\|)(\s*)([a-zA-Z_][^\s%}|:]*)", FILTER),
            include("end_of_tag"),
            include("end_of_block"),
            include("variable_param_markup"),
        ],
        "condition": [
            (r"([=!]=|[<>]=?)", Operator),
            (r"(and|or|contains)\b", Operator.Word),
            include("end_of_block"),
            include("generic"),
        ],
        "when": [include("end_of_block"), include("generic")],
        "end_of_tag": [(r"-?\}\}", _reset)],
        "end_of_block": [(r"-?%\}", _reset)],
        "param_markup": [
            include("whitespace"),
            include("keyword"),
            include("string"),
            include("number"),
            (r"([^\s=:]+)(\s*)(=|:)", bygroups(Name.Attribute, WS, Operator)),
            (r"[,:]", Punctuation),
        ],
        "default_param_markup": [include("param_markup"), (r"\S+", Text)],
        "variable_param_markup": [
            include("param_markup"),
            include("variable"),
            (r"\S+", Text),
        ],
        "tag_markup": [
            (r"(reversed)\b", Name.Attribute),
            include("end_of_block"),
            include("default_param_markup"),
        ],
        "variable_tag_markup": [include("end_of_block"), include("variable_param_markup")],
        "keyword": [(r"(false|true|nil)\b", Keyword.Constant)],
        "variable": [
            (r"(empty|blank|forloop\.[^\s%}|:]+)\b", Name.Builtin),
            (r"\.(?=\w)|\[|\]", Punctuation),
            (r"(first|last|size)\b", Name.Function),
            (r"[a-zA-Z_][\w-]*\??", Name.Variable),
        ],
        "string": [(r"'[^']*'", String.Single), (r'"[^"]*"', String.Double)],
        "number": [(r"-", Operator), (r"\d+\.\d+", Number.Float), (r"\d+", Number.Integer)],
        "generic": [
            include("whitespace"),
            include("keyword"),
            include("string"),
            include("number"),
            include("variable"),
        ],
        "whitespace": [(r"[ \t]+", WS)],
        "comment": [
            (r"[^{]+", Comment),
            (r"(\{%-?)(\s*)(endcomment)(\s*)(-?%\})",
             _groups_then_reset(Punctuation, WS, Name.Tag, WS, Punctuation)),
            (r"\{", Comment),
        ],
        "raw": [
            (r"[^{]+", Text),
            (r"(\{%-?)(\s*)(endraw)(\s*)(-?%\})",
             _groups_then_reset(Punctuation, WS, Name.Tag, WS, Punctuation)),
            (r"\{", Text),
        ],
        "assign": [
            (r"=", Operator),
            (r"(\|)(\s*)([a-zA-Z_][^\s%|:]*)", FILTER, "filters"),
            include("end_of_block"),
            include("generic"),
        ],
        "include": [
            (r"(\{\{-?)(\s*)", bygroups(Punctuation, WS), "output_embed"),
            (r"(with|for)\b", Name.Tag),
            (r"[/\w-]+(\.[\w-]+)+\b", Text),
            include("variable_tag_markup"),
        ],
        "output_embed": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}|:]*)", FILTER),
            (r"-?\}\}", Punctuation, "#pop"),
            include("variable_param_markup"),
        ],
    }
