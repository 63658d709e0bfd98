"""VimL, Prolog and Rego as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/viml.rb,
prolog.rb, rego.rb).

VimL: Ex commands are ``Keyword``, functions/options/autocommand events ``Name.Builtin``
(Rouge's lists), other words plain text; a line starting with ``"`` is a comment.  Rouge's
``(?<=\\s)"`` comment rule can never match at a StringScanner position and is left out.
Prolog: atoms are ``String.Symbol``, variables ``Name.Variable``.
"""

from __future__ import annotations

import re

from pygments import unistring as uni
from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer


def _vim_word(lexer, match, ctx):
    word = match.group(0)
    if word in words("viml.command"):
        token = Keyword
    elif any(word in words(f"viml.{kind}") for kind in ("function", "option", "auto")):
        token = Name.Builtin
    else:
        token = Text
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeVimLLexer(RougeRegexLexer):
    """Vim script tokenised like Rouge 3.30.0."""

    name = "VimL (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r'^(\s*)(".*?)$', bygroups(Text, Comment)),
            (r"^\s*\\", String.Escape),
            (r"[ \t]+", Text),
            (r"/(\\\\|\\/|[^\n/])*/", String.Regex),
            (r'"(\\\\|\\"|[^\n"])*"', String.Double),
            (r"'(\\\\|\\'|[^\n'])*'", String.Single),
            (r"-?\d+", Number),
            (r"(?i)#[0-9a-f]{6}", Number.Hex),
            (r"^:", Punctuation),
            (r"[():<>+=!\[\]{}|,~.-]", Punctuation),
            (r"(?=\w)(let|if|else|endif|elseif|fun|function|endfunction)\b", Keyword),
            (r"(?=\w)(NONE|bold|italic|underline|dark|light)\b", Name.Builtin),
            (r"[absg]:\w+\b", Name.Variable),
            (r"(?=\w)\w+\b", _vim_word),
            (r"(?s).", Text),
        ],
    }


class RougePrologLexer(RougeRegexLexer):
    """Prolog tokenised like Rouge 3.30.0."""

    name = "Prolog (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    start_stack = ("root", "bol")

    tokens = {
        "bol": [(r"#.*", Comment.Single), default("#pop")],
        "basic": [
            (r"\s+", Text),
            (r"%.*", Comment.Single),
            (r"/\*", Comment.Multiline, "nested_comment"),
            (r"[\[\](){}|.,;!]", Punctuation),
            (r":-|-->", Punctuation),
            (r'"[^"]*"', String.Double),
            (r"\d+\.\d+", Number.Float),
            (r"\d+", Number),
        ],
        # Rouge: [[:lower:]][[:word:]]* - Unicode, unlike Ruby's \w
        "atoms": [(rf"[{uni.Ll}](?u:\w)*", String.Symbol), (r"'[^']*'", String.Symbol)],
        "operators": [
            (r"(<|>|=<|>=|==|=:=|=|/|//|\*|\+|-)(?=\s|[a-zA-Z0-9\[])", Operator),
            (r"is", Operator),
            (r"(mod|div|not)", Operator),
            (r"[#&*+-./:<=>?@^~]+", Operator),
        ],
        "variables": [(r"[A-Z]+\w*", Name.Variable), (r"_(?u:\w)*", Name.Variable)],
        "root": [
            include("basic"),
            include("atoms"),
            include("variables"),
            include("operators"),
        ],
        "nested_comment": [
            (r"/\*", Comment.Multiline, "#push"),
            (r"\s*\*[^*/]+", Comment.Multiline),
            (r"\*/", Comment.Multiline, "#pop"),
        ],
    }


REGO_CONSTANTS = frozenset(["true", "false", "null"])
REGO_OPERATORS = frozenset("as default else import not package some with".split())


def _rego_word(lexer, match, ctx):
    word = match.group(0)
    if word in REGO_CONSTANTS:
        token = Keyword.Constant
    elif word in REGO_OPERATORS:
        token = Operator.Word
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeRegoLexer(RougeRegexLexer):
    """Rego (Open Policy Agent) tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/rego.rb)."""

    name = "Rego (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "basic": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"[\[\](){}|.,;!]", Punctuation),
            (r'"[^"]*"', String.Double),
            (r"-?\d+\.\d+([eE][+-]?\d+)?", Number.Float),
            (r"-?\d+([eE][+-]?\d+)?", Number),
            (r"\\u[0-9a-fA-F]{4}", Number.Hex),
            (r"\\[\"/bfnrt]", String.Escape),
        ],
        "operators": [
            (r"(=|!=|>=|<=|>|<|\+|-|\*|%|/|\||&|:=)", Operator),
            (r"[/:?@^~]+", Operator),
        ],
        "root": [include("basic"), include("operators"), (r"\w+", _rego_word)],
    }
