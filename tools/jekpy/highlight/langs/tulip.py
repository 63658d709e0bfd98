"""Tulip as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/tulip.rb): ``@annotations``
``Keyword``, ``\\func`` and ``%func`` ``Name.Function``, ``+flag`` ``Name.Decorator``,
``.tag`` ``Name.Tag``, ``$var``, ``-label:``; ``'{...}'`` and ``"{...}"`` strings nest (the
latter with ``$(...)`` interpolation); ``<Type>`` annotations are preprocessor-like.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

ID = r"[a-zA-Z][a-zA-Z0-9_-]*"


class RougeTulipLexer(RougeRegexLexer):
    """Tulip tokenised like Rouge 3.30.0."""

    name = "Tulip (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "comments_and_whitespace": [(r"\s+", Text), (r"#.*?$", Comment)],
        "root": [
            include("comments_and_whitespace"),
            (rf"@{ID}", Keyword),
            (rf"(\\{ID})([{{])", bygroups(Name.Function, String), "nested_string"),
            (rf"([+]{ID})([{{])", bygroups(Name.Decorator, String), "nested_string"),
            (rf"\\{ID}", Name.Function),
            (rf"[+]{ID}", Name.Decorator),
            (r'"[{]', String, "dqi"),
            (r'"', String, "dq"),
            (r"'\{", String, "nested_string"),
            (rf"'{ID}", String),
            (rf"[.]{ID}", Name.Tag),
            (rf"[$](?:{ID})?", Name.Variable),
            (rf"-{ID}:?", Name.Label),
            (rf"%{ID}", Name.Function),
            (rf"`{ID}", Operator.Word),
            (r"[?~%._>,!\[\]:{}()=;/-]", Punctuation),
            (r"[0-9]+([.][0-9]+)?", Number),
            (ID, Name),
            (r"<", Comment.Preproc, "angle_brackets"),
        ],
        "dq": [(r'[^\\"]+', String), (r'"', String, "#pop"), (r"\\.", String.Escape)],
        "dqi": [
            (r"[$][(]", String.Interpol, "interp_root"),
            (r"[{]", String, "dqi"),
            (r"[}]", String, "#pop"),
            (r"[^{}$]+", String),
            (r".", String),
        ],
        "interp_root": [(r"[)]", String.Interpol, "#pop"), include("interp")],
        "interp": [
            (r"[(]", Punctuation, "interp"),
            (r"[)]", Punctuation, "#pop"),
            include("root"),
        ],
        "nested_string": [
            (r"\\.", String.Escape),
            (r"\{", String, "nested_string"),
            (r"\}", String, "#pop"),
            (r"[^{}\\]+", String),
        ],
        "angle_brackets": [
            include("comments_and_whitespace"),
            (r">", Comment.Preproc, "#pop"),
            (r"[*:]", Punctuation),
            (r"[A-Z][a-zA-Z0-9_-]*", Keyword.Type),
            (ID, Name.Variable),
        ],
    }
