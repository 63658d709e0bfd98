"""BrightScript (Roku) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/brightscript.rb):
``ro...`` components (case-sensitive) and reserved words ``Keyword.Reserved``, types
``Keyword.Type``, global functions ``Name.Builtin``, operator words, all by Rouge's lists
(``brightscript.*``, looked up upper-cased); a name before ``(`` is a ``Name.Function``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

ID = r"[$a-zA-Z_][a-zA-Z0-9_]*"
LISTS = (
    ("keyword_reserved", Keyword.Reserved),
    ("keyword_reserved_unsupported", Keyword.Reserved),
    ("keyword_type", Keyword.Type),
    ("name_builtin", Name.Builtin),
    ("operator_word", Operator.Word),
)


def _word(lexer, match, ctx):
    word = match.group(0)
    upper = word.upper()
    if word in words("brightscript.builtins"):
        token = Keyword.Reserved
    else:
        token = next((tok for key, tok in LISTS if upper in words(f"brightscript.{key}")), Name)
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeBrightScriptLexer(RougeRegexLexer):
    """BrightScript tokenised like Rouge 3.30.0."""

    name = "BrightScript (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"'.*", Comment.Single),
            (r"(?i)REM.*", Comment.Single),
            (r"[~!%^&*+=|?:<>/-]", Operator),
            (r"(?i)\d*\.\d+(e-?\d+)?", Number.Float),
            (r"(?i)\d+[lu]*", Number.Integer),
            (r'".*?"', String.Double),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (r"[()\[\],.;{}]", Punctuation),
            (ID, _word),
        ],
    }
