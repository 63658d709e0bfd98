"""Clean as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/clean.rb): lower-case words
keywords or names, capitalised ones types (``True``/``False`` constants), ``//*`` and ``/**``
doc comments, nested block comments, ``['abc']`` character lists, and ``code { ... }``
blocks of ABC machine code (instructions ``Name.Builtin``, directives ``Keyword``).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
if otherwise let in with where case of infix infixl infixr class instance generic derive special
implementation definition system module from import qualified as dynamic code inline foreign export
ccall stdcall
""".split())


def _lower(lexer, match, ctx):
    yield match.start(), Keyword if match.group(0) in KEYWORDS else Name, match.group(0)
    ctx.pos = match.end()


def _upper(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Keyword.Constant if word in ("True", "False") else Keyword.Type, word
    ctx.pos = match.end()


def _comment_state(token) -> list:
    return [
        (r"\*/", token, "#pop"),
        (r"//.*", token),
        (r"/\*", token, "comment"),
        (r"[^*/]+", token),
        (r"[*/]", token),
    ]


class RougeCleanLexer(RougeRegexLexer):
    """Clean tokenised like Rouge 3.30.0."""

    name = "Clean (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "common_literals": [
            (r"'(?:[^'\\]|\\(?:x[0-9a-fA-F]+|\d+|.))'", String.Char),
            (r"[+~-]?\d+\.\d+(?:E[+-]?\d+)?\b", Number.Float),
            (r"[+~-]?\d+E[+-]?\d+\b", Number.Float),
            (r"[+~-]?\d+", Number.Integer),
            (r'"', String.Double, "string"),
        ],
        "basic": [
            (r"\s+", Text.Whitespace),
            (r"//\*.*", Comment.Doc),
            (r"//.*", Comment.Single),
            (r"/\*\*", Comment.Doc, "comment_doc"),
            (r"/\*", Comment.Multiline, "comment"),
            (r"[+~-]?0[0-7]+", Number.Oct),
            (r"[+~-]?0x[0-9a-fA-F]+", Number.Hex),
            include("common_literals"),
            (r"(\[)(\s*)(')(?=.*?'\])", bygroups(Punctuation, Text.Whitespace, String.Single),
             "charlist"),
        ],
        "comment_doc": _comment_state(Comment.Doc),
        "comment": _comment_state(Comment.Multiline),
        "root": [
            include("basic"),
            (r"code(\s+inline)?\s*\{", Comment.Preproc, "abc"),
            (r"_*[a-z][\w`]*", _lower),
            (r"_*[A-Z][\w`]*", _upper),
            (r"[^\w\s`]", Punctuation),
            (r"_\b", Punctuation),
        ],
        "escapes": [
            (r"(?i)\\x[0-9a-fA-F]{1,2}", String.Escape),
            (r"(?i)\\d\d{0,3}", String.Escape),
            (r"\\0[0-7]{0,3}", String.Escape),
            (r"\\[0-7]{1,3}", String.Escape),
            (r"\\[nrfbtv\\\"']", String.Escape),
        ],
        "string": [(r'"', String.Double, "#pop"), include("escapes"),
                   (r'[^\\"]+', String.Double)],
        "charlist": [
            (r"(')(\])", bygroups(String.Single, Punctuation), "#pop"),
            include("escapes"),
            (r"[^\\']", String.Single),
        ],
        "abc_basic": [
            (r"\s+", Text.Whitespace),
            (r"\|.*", Comment.Single),
            include("common_literals"),
        ],
        "abc": [
            include("abc_basic"),
            (r"\}", Comment.Preproc, "#pop"),
            (r"\.\w*", Keyword, "abc_rest_of_line"),
            (r"\w+", Name.Builtin, "abc_rest_of_line"),
        ],
        "abc_rest_of_line": [
            (r"\n", Text.Whitespace, "#pop"),
            (r"\}", Comment.Preproc, "#pop:2"),
            include("abc_basic"),
            (r"\S+", Name),
        ],
    }
