"""1C:Enterprise (BSL) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/bsl.rb).

Russian and English keywords (``Keyword``) and builtin functions before ``(``
(``Name.Builtin``) are Rouge's two big patterns (``bsl.*``, matched case-insensitively);
other words are ``Name.Variable``; ``&`` and ``#`` lines are ``Keyword.Declaration``,
``'...'`` dates ``Literal.Date``, ``|`` lines continue a string.  Rouge opens several rules
with ``(?<=[^\\wа-яё]|^)``; at a StringScanner position its ``^`` always holds, so the
look-behind is left out.  Ruby's ``\\w`` is ASCII, spelled out here.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from . import word_list
from .base import RougeRegexLexer

WORD = "a-zA-Z0-9_а-яё"


def _pattern(key: str) -> str:
    return word_list(f"bsl.{key}")[0].replace(r"[^\wа-яё]", f"[^{WORD}]")


class RougeBSLLexer(RougeRegexLexer):
    """1C (BSL) tokenised like Rouge 3.30.0."""

    name = "1C (BSL) (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\n", Text),
            (r"[^\S\n]+", Text),
            (r"//.*$", Comment.Single),
            (r"[\[\]:(),;]", Punctuation),
            (r"&.*$", Keyword.Declaration),
            (r"[-+/*%=<>.?&]", Operator),
            (r"#.*$", Keyword.Declaration),
            (f"(?i){_pattern('KEYWORDS')}", Keyword),
            (f"(?i){_pattern('BUILTINS')}", Name.Builtin),
            (f"(?i)[{WORD}][{WORD}]*", Name.Variable),
            (r"(?=\w)((\h{8}-(\h{4}-){3}\h{12})|\d+\.?\d*)\b".replace(r"\h", "[0-9a-fA-F]"),
             Literal.Number),
            (r"'.*'", Literal.Date),
            (r'".*?("|$)', Literal.String.Single),
            (r'\|((?!"").)*?("|$)', Literal.String),
        ],
    }
