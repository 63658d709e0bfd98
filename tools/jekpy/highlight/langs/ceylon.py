"""Ceylon as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/ceylon.rb).

Rouge's first two word rules are written over three source lines without the ``x`` flag, so
the line breaks and indentation are part of the pattern: ``late``, ``annotation``, ``if``
and ``nonempty`` only match right after a newline and ten spaces.  Kept as Rouge has it.
``/*`` marks a comment opener only (Rouge never enters its comment state).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Operator, Text

from .base import RougeRegexLexer

BREAK = "\n          "  # the line break and indentation inside Rouge's patterns
ANNOTATIONS = (
    f"(shared|abstract|formal|default|actual|variable|deprecated|small|{BREAK}late|literal|doc|"
    f"by|see|throws|optional|license|tagged|final|native|{BREAK}annotation|sealed)\\b"
)
KEYWORDS = (
    f"(break|case|catch|continue|else|finally|for|in|{BREAK}if|return|switch|this|throw|try|"
    f"while|is|exists|dynamic|{BREAK}nonempty|then|outer|assert|let)\\b"
)
FLOAT_SUFFIX = "[kMGTPmunpf]?"


class RougeCeylonLexer(RougeRegexLexer):
    """Ceylon tokenised like Rouge 3.30.0."""

    name = "Ceylon (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespace": [
            (r"[^\S\n]+", Text),
            (r"//.*?\n", Comment.Single),
            (r"/\*", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            (ANNOTATIONS, Name.Decorator),
            (KEYWORDS, Keyword),
            (r"(abstracts|extends|satisfies|super|given|of|out|assign)\b", Keyword.Declaration),
            (r"(function|value|void|new)\b", Keyword.Type),
            (r"(assembly|module|package)(\s+)", bygroups(Keyword.Namespace, Text), "import"),
            (r"(true|false|null)\b", Keyword.Constant),
            (r"(class|interface|object|alias)(\s+)", bygroups(Keyword.Declaration, Text),
             "class"),
            (r"(import)(\s+)", bygroups(Keyword.Namespace, Text), "import"),
            (r'"(\\\\|\\"|[^"])*"', Literal.String),
            (r"'\\.'|'[^\\]'|'\\\{#[0-9a-fA-F]{4}\}'", Literal.String.Char),
            (r'"[^`]*``[^`]*``[^`]*"', Literal.String.Interpol),
            (r"(\.)([a-z_][a-zA-Z0-9_]*)", bygroups(Operator, Name.Attribute)),
            (r"[a-zA-Z_][a-zA-Z0-9_]*:", Name.Label),
            (r"(\\I[a-z]|[A-Z])[a-zA-Z0-9_]*", Name.Decorator),
            (r"[a-zA-Z_][a-zA-Z0-9_]*", Name),
            (r"[~^*!%&\[\](){}<>|+=:;,./?`-]", Operator),
            (rf"\d{{1,3}}(_\d{{3}})+\.\d{{1,3}}(_\d{{3}})+{FLOAT_SUFFIX}", Literal.Number.Float),
            (rf"\d{{1,3}}(_\d{{3}})+\.[0-9]+([eE][+-]?[0-9]+)?{FLOAT_SUFFIX}",
             Literal.Number.Float),
            (rf"[0-9][0-9]*\.\d{{1,3}}(_\d{{3}})+{FLOAT_SUFFIX}", Literal.Number.Float),
            (rf"[0-9][0-9]*\.[0-9]+([eE][+-]?[0-9]+)?{FLOAT_SUFFIX}", Literal.Number.Float),
            (r"#([0-9a-fA-F]{4})(_[0-9a-fA-F]{4})+", Literal.Number.Hex),
            (r"#[0-9a-fA-F]+", Literal.Number.Hex),
            (r"\$([01]{4})(_[01]{4})+", Literal.Number.Bin),
            (r"\$[01]+", Literal.Number.Bin),
            (r"\d{1,3}(_\d{3})+[kMGTP]?", Literal.Number.Integer),
            (r"[0-9]+[kMGTP]?", Literal.Number.Integer),
            (r"\n", Text),
        ],
        "class": [include("whitespace"), (r"[A-Za-z_][a-zA-Z0-9_]*", Name.Class, "#pop")],
        "import": [
            (r"[a-z][a-zA-Z0-9_.]*", Name.Namespace, "#pop"),
            (r'"(\\\\|\\"|[^"])*"', Literal.String, "#pop"),
        ],
    }
