"""Nix as Rouge 3.30.0's ``Rouge::Lexers::Nix`` (rouge lib/rouge/lexers/nix.rb) splits it.

Bindings are ``Name.Variable``, paths and URLs ``String.Other``, ``with``/``in``/``inherit``
``Keyword.Namespace``, ``let`` ``Keyword.Declaration``; each digit is its own number token.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

WORD = r"[a-zA-Z0-9._-]+"
SECTION = rf"(/{WORD})"
PATH = (
    rf"({SECTION}+|~{SECTION}+|{WORD}(/{WORD})+|[a-z+]+://(/?{WORD}(/{WORD})+))"
)


def _keywords(words: str) -> str:
    return rf"(?:{'|'.join(words.split())})\b"


class RougeNixLexer(RougeRegexLexer):
    """Nix expressions tokenised like Rouge 3.30.0."""

    name = "Nix (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespaces": [(r"^\s*\n\s*$", Text), (r"\s+", Text)],
        "comment": [(r"#.*$", Comment), (r"/\*", Comment, "multiline_comment")],
        "multiline_comment": [(r"\*/", Comment, "#pop"), (r".", Comment)],
        "number": [(r"[0-9]", Number.Integer)],
        "null": [(r"(null)", Keyword.Constant)],
        "boolean": [(r"(true|false)", Keyword.Constant)],
        "binding": [(r"[a-zA-Z_][a-zA-Z0-9-]*", Name.Variable)],
        "path": [(PATH, String.Other)],
        "string": [
            (r'"', String.Double, "double_quoted_string"),
            (r"''", String.Double, "indented_string"),
        ],
        "string_content": [
            (r"\\.", String.Escape),
            (r"\$\$", String.Escape),
            (r"\$\{", String.Interpol, "string_interpolated_arg"),
        ],
        "indented_string_content": [
            (r"'''", String.Escape),
            (r"''\$", String.Escape),
            (r"\$\$", String.Escape),
            (r"''\\.", String.Escape),
            (r"\$\{", String.Interpol, "string_interpolated_arg"),
        ],
        "string_interpolated_arg": [include("expression"), (r"\}", String.Interpol, "#pop")],
        "indented_string": [
            include("indented_string_content"),
            (r"''", String.Double, "#pop"),
            (r".", String.Double),
        ],
        "double_quoted_string": [
            include("string_content"),
            (r'"', String.Double, "#pop"),
            (r".", String.Double),
        ],
        "operator": [(r"(\.|\?|\+\+|\+|!=|!|//|==|&&|\|\||->|/|\*|-|<|>|<=|=>)", Operator)],
        "assignment": [(r"(=)", Operator), (r"(@)", Operator)],
        "accessor": [(r"(\$)", Punctuation)],
        "delimiter": [(r"(;|,|:)", Punctuation)],
        "atom_content": [include("expression"), (r"\)", Punctuation, "#pop")],
        "atom": [(r"\(", Punctuation, "atom_content")],
        "list": [(r"\[", Punctuation, "list_content")],
        "list_content": [(r"\]", Punctuation, "#pop"), include("expression")],
        "set": [(r"\{", Punctuation, "set_content")],
        "set_content": [(r"\}", Punctuation, "#pop"), include("expression")],
        "expression": [
            include("ignore"),
            include("comment"),
            include("boolean"),
            include("null"),
            include("number"),
            include("path"),
            include("string"),
            include("keywords"),
            include("operator"),
            include("accessor"),
            include("assignment"),
            include("delimiter"),
            include("binding"),
            include("atom"),
            include("set"),
            include("list"),
        ],
        "keywords": [
            (_keywords("with in inherit"), Keyword.Namespace),
            (_keywords("let"), Keyword.Declaration),
            (_keywords("if then else"), Keyword),
            (_keywords("rec assert map"), Keyword.Reserved),
            (_keywords("abort baseNameOf builtins derivation fetchTarball import isNull "
                       "removeAttrs throw toString"), Keyword.Reserved),
        ],
        "ignore": [include("whitespaces")],
        "root": [include("ignore"), include("expression")],
    }
