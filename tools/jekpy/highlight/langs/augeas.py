"""Augeas lenses as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/augeas.rb): reserved
words ``Keyword.Reserved``, capitalised names ``Keyword.Namespace``, ``:type`` annotations,
``/regexps/``, nested ``(* *)`` comments and Haskell-style string escapes.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

RESERVED = frozenset("""
_ let del store value counter seq key label autoload incl excl transform test get put in after set
clear insa insb print_string print_regexp print_endline print_tree lens_ctype lens_atype lens_ktype
lens_vtype lens_format_atype regexp_match
""".split())


def _word(lexer, match, ctx):
    name = match.group(0)
    ctx.pos = match.end()
    if name == "module":
        yield match.start(), Keyword.Reserved, name
        ctx.stack.append("module")
        return
    if name in RESERVED:
        token = Keyword.Reserved
    elif name[0].isascii() and name[0].isupper():
        token = Keyword.Namespace
    else:
        token = Name
    yield match.start(), token, name


class RougeAugeasLexer(RougeRegexLexer):
    """Augeas tokenised like Rouge 3.30.0."""

    name = "Augeas (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "basic": [(r"\s+", Text), (r"\(\*", Comment.Multiline, "comment")],
        "comment": [
            (r"\*\)", Comment.Multiline, "#pop"),
            (r"\(\*", Comment.Multiline, "comment"),
            (r"[^*)]+", Comment.Multiline),
            (r"[*)]", Comment.Multiline),
        ],
        "root": [
            include("basic"),
            (r"(:)(\w\w*)", bygroups(Punctuation, Keyword.Type)),
            (r"\w[\w']*", _word),
            (r'"', String, "string"),
            (r"/", String, "regexp"),
            (r"[-*+.=?|]+", Operator),
            (r"[\[\](){}:;]", Punctuation),
        ],
        "module": [(r"\s+", Text), (r"[A-Z][a-zA-Z0-9_.]*", Name.Namespace, "#pop")],
        "regexp": [
            (r"/", String.Regex, "#pop"),
            (r"[^\\/]+", String.Regex),
            (r"\\[\\/]", String.Regex),
            (r"\\", String.Regex),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\", String.Escape, "escape"),
            (r'[^\\"]+', String),
        ],
        "escape": [
            (r"[abfnrtv\"'&\\]", String.Escape, "#pop"),
            (r"\^[\]\[A-Z@^_]", String.Escape, "#pop"),
            (r"(?i)o[0-7]+", String.Escape, "#pop"),
            (r"(?i)x[\da-f]+", String.Escape, "#pop"),
            (r"\d+", String.Escape, "#pop"),
            (r"\s+", String.Escape, "#pop"),
            (r".", String, "#pop"),
        ],
    }
