"""Ada as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/ada.rb).

Identifiers are looked up case-insensitively: keywords, operator words, declaration words
(which name the next identifier, ``Name.Function``) and builtin types; anything else is a
``Name``.  After ``with`` the unit names are ``Name.Namespace``; ``'Attr`` is a
``Name.Attribute``; based numbers (``16#FF#``) have their own token types.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer

PC = "_\u203f\u2040\u2054\ufe33\ufe34\ufe4d-\ufe4f\uff3f"  # Unicode connector punctuation
ID = rf"[^\W\d_](?:[{PC}]?[^\W_])*\b"
NUM = r"\d(_?\d)*"
XNUM = r"[0-9a-fA-F](_?[0-9a-fA-F])*"
EXP = rf"([eE][-+]?{NUM})?"
IDENTS = {
    **dict.fromkeys("""
abort abstract accept access aliased all array at begin body case constant declare delay delta
digits do else elsif end exception exit for generic goto if in interface is limited loop new null
of others out overriding pragma private protected raise range record renames requeue return
reverse select separate some synchronized tagged task terminate then until use when while with
""".split(), Keyword),
    **dict.fromkeys("abs and mod not or rem xor".split(), Operator.Word),
    **dict.fromkeys("entry function package procedure subtype type".split(),
                    Keyword.Declaration),
    **dict.fromkeys("""
boolean character constraint_error duration float integer natural positive long_float
long_integer long_long_float long_long_integer program_error short_float short_integer
short_short_integer storage_error string tasking_error wide_character wide_string
wide_wide_character wide_wide_string
""".split(), Name.Builtin),
}


def _ident(lexer, match, ctx):
    token = IDENTS.get(match.group(0).lower(), Name)
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()
    if token is Keyword.Declaration:
        ctx.stack.append("decl_name")


def _unit_name(lexer, match, ctx):
    token = IDENTS.get(match.group(0).lower(), Name)
    ctx.pos = match.end()
    if token in Name:
        yield match.start(), Name.Namespace, match.group(0)
        return
    yield match.start(), token, match.group(0)
    ctx.stack.pop()
    if token is Keyword.Declaration:
        ctx.stack.append("decl_name")


class RougeAdaLexer(RougeRegexLexer):
    """Ada tokenised like Rouge 3.30.0."""

    name = "Ada (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespace": [(r"\s+", Text), (r"--.*$", Comment.Single)],
        "dquote_string": [
            (r'[^"\n]+', String.Double),
            (r'""', String.Escape),
            (r'"', String.Double, "#pop"),
            (r"\n", Error, "#pop"),
        ],
        "attr": [include("whitespace"), (ID, Name.Attribute, "#pop"), (r"", Text, "#pop")],
        "decl_name": [
            include("whitespace"),
            (r"(?i)body\b", Keyword.Declaration),
            (rf"({ID})(\.)", bygroups(Name.Namespace, Punctuation)),
            (rf'{ID}|"(and|or|xor|/?=|<=?|>=?|\+|–|&\|/|mod|rem|\*?\*|abs|not)"', Name.Function,
             "#pop"),
            (r"", Text, "#pop"),
        ],
        "libunit_name": [
            include("whitespace"),
            (ID, _unit_name),
            (r"[.,]", Punctuation),
            (r"", Text, "#pop"),
        ],
        "root": [
            include("whitespace"),
            (r"'.'", String.Char),
            (r'"[^"\n]*', String.Double, "dquote_string"),
            (rf"{NUM}\.{NUM}{EXP}", Number.Float),
            (rf"{NUM}#{XNUM}\.{XNUM}#{EXP}", Number.Float),
            (rf"2#[01](_?[01])*#{EXP}", Number.Bin),
            (rf"8#[0-7](_?[0-7])*#{EXP}", Number.Oct),
            (rf"16#(?:{XNUM})*#{EXP}", Number.Hex),
            (rf"{NUM}#{XNUM}#{EXP}", Number.Integer),
            (rf"{NUM}#[a-zA-Z0-9_]+#", Error),
            (rf"{NUM}{EXP}", Number.Integer),
            (r"'", Punctuation, "attr"),
            (rf"<<\b{ID}>>", Name.Label),
            (r"(?i)^(?:(limited)(\s+))?(?:(private)(\s+))?(with)\b",
             bygroups(Keyword.Namespace, Text, Keyword.Namespace, Text, Keyword.Namespace),
             "libunit_name"),
            (r"[+*/&<=>|]|-|=>|\.\.|\*\*|[:></]=|<<|>>|<>", Operator),
            (r"[.,:;()]", Punctuation),
            (ID, _ident),
            (r"(?:[_\u203f\u2040\u2054\ufe33\ufe34\ufe4d-\ufe4f\uff3f]|[alph])\w*", Error),
        ],
    }
