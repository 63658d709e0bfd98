"""TeX/LaTeX as Rouge 3.30.0's ``Rouge::Lexers::TeX`` (rouge lib/rouge/lexers/tex.rb) splits it.

Commands are ``Keyword`` (``Name.Variable`` in math), ``\\begin{..}``/``\\end{..}`` ``Name.Tag``,
math delimiters ``Punctuation`` and the letters between them ``Name.Builtin``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

COMMAND = r"(?i)\\([a-z]+|\s+|.)"


class RougeTeXLexer(RougeRegexLexer):
    """TeX tokenised like Rouge 3.30.0."""

    name = "TeX (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "general": [(r"%.*$", Comment), (r"[{}&_^]", Punctuation)],
        "root": [
            (r"\\\[", Punctuation, "displaymath"),
            (r"\\\(", Punctuation, "inlinemath"),
            (r"\$\$", Punctuation, "displaymath"),
            (r"\$", Punctuation, "inlinemath"),
            (r"\\(begin|end)\{.*?\}", Name.Tag),
            (r"(\\verb)\b(\S)(.*?)(\2)",
             bygroups(Name.Builtin, Keyword.Pseudo, String.Other, Keyword.Pseudo)),
            (COMMAND, Keyword, "command"),
            include("general"),
            (r"[^\\$%&_^{}]+", Text),
        ],
        "math": [
            (COMMAND, Name.Variable),
            include("general"),
            (r"[0-9]+", Number),
            (r"[-=!+*/()\[\]]", Operator),
            (r"[^=!+*/()\[\]\\$%&_^{}0-9-]+", Name.Builtin),
        ],
        "inlinemath": [(r"\\\)", Punctuation, "#pop"), (r"\$", Punctuation, "#pop"),
                       include("math")],
        "displaymath": [
            (r"\\\]", Punctuation, "#pop"),
            (r"\$\$", Punctuation, "#pop"),
            (r"\$", Name.Builtin),
            include("math"),
        ],
        "command": [(r"\[.*?\]", Name.Attribute), (r"\*", Keyword), default("#pop")],
    }
