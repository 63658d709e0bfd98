"""AppleScript as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/apple_script.rb).

Rouge tries its phrase lists in a fixed order - operator words (``Operator.Word``), handler
heads, ``as <class>``, literals, commands, control words, declarations, reserved words,
builtins, handler parameters, AppleScript Studio properties (``Name.Attribute``), classes and
commands, references - then strings, identifiers (``Name.Variable``) and numbers.  The lists
are Rouge's own regex fragments (``rouge_words.json``, ``applescript.*``), joined in Rouge's
order.  ``(*`` is only marked as a comment opener: Rouge has no comment state, so the text of
a block comment is lexed as code.  A character no rule takes is an ``Error`` token.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import word_list
from .base import RougeRegexLexer


def _phrases(key: str, suffix: str = "") -> str:
    r"""Rouge's ``\b(a|b|...)\b`` over one of its lists; the leading ``\b`` becomes a
    look-ahead (a StringScanner position sees no character before it)."""
    return rf"(?=\w)({'|'.join(word_list('applescript.' + key))}){suffix}\b"


def _tokens() -> dict[str, list]:
    named = [
        ("literals", "", Name.Builtin),
        ("commands", "", Name.Builtin),
        ("controls", "", Keyword),
        ("declarations", "", Keyword),
        ("reserved", "", Name.Builtin),
        ("builtins", "s?", Name.Builtin),
        ("handler_params", "", Name.Builtin),
        ("studio_properties", "", Name.Attribute),
        ("studio_classes", "s?", Name.Builtin),
        ("studio_commands", "", Name.Builtin),
        ("references", "", Name.Builtin),
    ]
    return {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"¬\n", String.Escape),
            (r"'s\s+", Text),
            (r"(--|#).*?$", Comment.Single),
            (r"\(\*", Comment.Multiline),
            (r"[(){}!,.:]", Punctuation),
            (r"(«)([^»]+)(»)", bygroups(Text, Name.Builtin, Text)),
            (r"(?=\w)((?:considering|ignoring)\s*)(application responses|case|diacriticals|"
             r"hyphens|numeric strings|punctuation|white space)", bygroups(Keyword, Name.Builtin)),
            (r"(-|\*|\+|&|≠|>=?|<=?|=|≥|≤|/|÷|\^)", Operator),
            (_phrases("operators"), Operator.Word),
            (r"^(\s*(?:on|end)\s+)'r'(%s)", bygroups(Keyword, Name.Function)),
            (r"^(\s*)(in|on|script|to)(\s+)", bygroups(Text, Keyword, Text)),
            (rf"(?=\w)(as )({'|'.join(word_list('applescript.classes'))})\b",
             bygroups(Keyword, Name.Class)),
            *((_phrases(key, suffix), token) for key, suffix, token in named),
            (r'"(\\\\|\\"|[^"])*"', String.Double),
            (r"(?=\w)([a-zA-Z][a-zA-Z0-9_]*)\b", Name.Variable),
            (r"[-+]?(\d+\.\d*|\d*\.\d+)(E[-+][0-9]+)?", Number.Float),
            (r"[-+]?\d+", Number.Integer),
        ],
    }


class RougeAppleScriptLexer(RougeRegexLexer):
    """AppleScript tokenised like Rouge 3.30.0."""

    name = "AppleScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = _tokens()
