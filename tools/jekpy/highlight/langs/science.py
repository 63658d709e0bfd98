"""R and MATLAB as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/r.rb, matlab.rb).

R: names are looked up in Rouge's keyword/constant lists, a primitive function before ``(`` is
``Name.Function``, ``%op%`` operators ``Operator``, blanks ``Text.Whitespace``.  MATLAB: words
are keywords, builtins (Rouge's list) or names; ``'`` starts a char array only when another
``'`` follows on the line, else it is the transpose operator; ``!`` lines go to the shell lexer.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import word_list, words
from .base import RougeRegexLexer
from .shell import RougeShellLexer


def _r_word(lexer, match, ctx):
    word = match.group(0)
    if word in words("r.keywords"):
        token = Keyword
    elif word in words("r.keyword_constants"):
        token = Keyword.Constant
    elif word in words("r.builtin_constants"):
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _r_tokens() -> dict[str, list]:
    primitives = "|".join(re.escape(w) for w in word_list("r.primitive_functions"))
    return {
        "root": [
            (r"#'.*?$", Comment.Doc),
            (r"#.*?$", Comment.Single),
            (r"\s+", Text.Whitespace),
            (r"`[^`]+?`", Name),
            (r"(?s)'(\\.|.)*?'", String.Single),
            (r'(?s)"(\\.|.)*?"', String.Double),
            (r"%[^%]*?%", Operator),
            (r"0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?", Number.Hex),
            (r"[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?", Number),
            (rf"(?=\w)({primitives})(?=\()", Name.Function),
            (r"(?:(?:[^\W\d_]|[.][._]|[.][^\W\d_])[.\w]*)|[.]", _r_word),
            (r"[\[\]{}();,]", Punctuation),
            (r"[-<>?*+^/!=~$@:%&|]", Operator),
        ],
    }


class RougeRLexer(RougeRegexLexer):
    """R tokenised like Rouge 3.30.0."""

    name = "R (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = _r_tokens()


def _matlab_word(lexer, match, ctx):
    word = match.group(0)
    if word in words("matlab.keywords"):
        token = Keyword
    elif word in words("matlab.builtins"):
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _shell_escape(lexer, match, ctx):
    """``!command``: the bang, then a fresh shell lexer over the command."""
    yield match.start(1), Keyword, match.group(1)
    for pos, ttype, value in RougeShellLexer().get_tokens_unprocessed(match.group(2)):
        yield match.start(2) + pos, ttype, value
    ctx.pos = match.end()


class RougeMatlabLexer(RougeRegexLexer):
    """MATLAB tokenised like Rouge 3.30.0."""

    name = "MATLAB (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"(?s)[{]%.*?%[}]", Comment.Multiline),
            (r"%.*$", Comment.Single),
            (r"([.][.][.])(.*?)$", bygroups(Keyword, Comment)),
            (r"^(!)(.*?)(?=%|$)", _shell_escape),
            (r"[a-zA-Z][_a-zA-Z0-9]*", _matlab_word),
            (r"[(){};:,/\\\]\[]", Punctuation),
            (r"~=|==|<<|>>|[-~+/*%=<>&^|.@]", Operator),
            (r"(?i)(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?", Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"\d+L", Number.Integer.Long),
            (r"\d+", Number.Integer),
            (r"'(?=(.*'))", String.Single, "chararray"),
            (r'"(?=(.*"))', String.Double, "string"),
            (r"'", Operator),
        ],
        "chararray": [(r"[^']+", String.Single), (r"''", String.Escape),
                      (r"'", String.Single, "#pop")],
        "string": [(r'[^"]+', String.Double), (r'""', String.Escape),
                   (r'"', String.Double, "#pop")],
    }
