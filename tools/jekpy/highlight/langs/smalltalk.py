"""Smalltalk and Io as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/smalltalk.rb, io.rb).

Smalltalk: after an object Rouge reads messages - keyword and unary selectors are
``Name.Function``, ``ifTrue:``-style control messages ``Name.Builtin``; ``#symbols``
``String.Symbol``.  Io: capitalised names ``Name.Class``, a few builtins.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

OPS = r"[-+*/\\~<>=|&!?,@%]"


class RougeSmalltalkLexer(RougeRegexLexer):
    """Smalltalk tokenised like Rouge 3.30.0."""

    name = "Smalltalk (Rouge)"
    aliases = []
    flags = re.MULTILINE  # Ruby's \w spelled out as ASCII; \b stays Unicode, as in Ruby

    tokens = {
        "root": [
            (r"(<)([a-zA-Z0-9_]+:)(.*?)(>)", bygroups(Punctuation, Keyword, Text, Punctuation)),
            include("whitespaces"),
            include("method_definition"),
            (r"([|])([a-zA-Z0-9_\s]*)([|])", bygroups(Punctuation, Name.Variable, Punctuation)),
            include("objects"),
            (r"\^|:=|_", Operator),
            (r"[)}\]]", Punctuation, "after_object"),
            (r"[({\[!]", Punctuation),
        ],
        "method_definition": [
            (r"(?i)([a-z][a-zA-Z0-9_]*:)(\s*)([a-zA-Z0-9_]+)", bygroups(Name.Function, Text, Name.Variable)),
            (r"(?i)^(\s*)(\b[a-z][a-zA-Z0-9_]*\b)(\s*)$", bygroups(Text, Name.Function, Text)),
            (rf"^(\s*)({OPS}+)(\s*)([a-zA-Z0-9_]+)(\s*)$",
             bygroups(Text, Name.Function, Text, Name.Variable, Text)),
        ],
        "block_variables": [
            include("whitespaces"),
            (r"(:)(\s*)([a-zA-Z0-9_]+)", bygroups(Operator, Text, Name.Variable)),
            (r"[|]", Punctuation, "#pop"),
            default("#pop"),
        ],
        "literals": [
            (r"(?s)'(''|.)*?'", String, "after_object"),
            (r"[$].", String.Char, "after_object"),
            (r"#[(]", String.Symbol, "parenth"),
            (r"(\d+r)?-?\d+(\.\d+)?(e-?\d+)?", Number, "after_object"),
            (rf"#(\"[^\"]*\"|{OPS}+|[a-zA-Z0-9_:]+)", String.Symbol, "after_object"),
        ],
        "parenth": [(r"[)]", String.Symbol, ("#pop", "after_object")), include("inner_parenth")],
        "inner_parenth": [
            (r"#[(]", String.Symbol, "inner_parenth"),
            (r"[)]", String.Symbol, "#pop"),
            include("whitespaces"),
            include("literals"),
            (rf"({OPS}|[a-zA-Z0-9_:])+", String.Symbol),
        ],
        "whitespaces": [(r"! !$", Keyword), (r"\s+", Text), (r'(?s)".*?"', Comment)],
        "objects": [
            (r"\[", Punctuation, "block_variables"),
            (r"(self|super|true|false|nil|thisContext)\b", Name.Builtin.Pseudo, "after_object"),
            (r"[A-Z][a-zA-Z0-9_]*(?!:)\b", Name.Class, "after_object"),
            (r"[a-z][a-zA-Z0-9_]*(?!:)\b", Name.Variable, "after_object"),
            include("literals"),
        ],
        "after_object": [
            include("whitespaces"),
            (r"(ifTrue|ifFalse|whileTrue|whileFalse|timesRepeat):", Name.Builtin, "#pop"),
            (r"new(?!:)\b", Name.Builtin),
            (r":=|_", Operator, "#pop"),
            (r"(?i)[a-z]+[a-zA-Z0-9_]*:", Name.Function, "#pop"),
            (r"(?i)[a-z]+[a-zA-Z0-9_]*", Name.Function),
            (rf"{OPS}+", Name.Function, "#pop"),
            (r"[.]", Punctuation, "#pop"),
            (r";", Punctuation),
            default("#pop"),
        ],
    }


IO_BUILTINS = frozenset(
    "args call clone do doFile doString else elseif for if list method return super then".split()
)


def _io_word(lexer, match, ctx):
    word = match.group(0)
    if word in ("nil", "false", "true"):
        token = Keyword.Constant
    elif word in IO_BUILTINS:
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeIoLexer(RougeRegexLexer):
    """Io tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/io.rb)."""

    name = "Io (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"//.*", Comment.Single),
            (r"#.*", Comment.Single),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
            (r"/[+]", Comment.Multiline, "nested_comment"),
            (r'"(\\\\|\\"|[^"])*"', String),
            (r":?:=", Keyword),
            (r"[()]", Punctuation),
            (r"[-=;,*+><!/|^.%&\[\]{}]", Operator),
            (r"[A-Z]\w*", Name.Class),
            (r"[a-z_]\w*", _io_word),
            (r"(?i)(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?", Number.Float),
            (r"\d+", Number.Integer),
            (r"@@?", Keyword),
        ],
        "nested_comment": [
            (r"[^/+]+", Comment.Multiline),
            (r"/[+]", Comment.Multiline, "nested_comment"),
            (r"[+]/", Comment.Multiline, "#pop"),
        ],
    }
