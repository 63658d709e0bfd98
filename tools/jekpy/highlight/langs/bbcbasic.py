"""BBC BASIC as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/bbcbasic.rb).

Statements (``Keyword``), functions and pseudo-variables (``Name.Builtin``), operators and
constants are Rouge's regex fragments (``bbcbasic.*``), joined as Rouge joins them, matched
anywhere (crunched BASIC needs no blanks); ``*`` commands, ``REM`` comments, and ``[ ... ]``
inline assembler with its two-state statement reader.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from . import word_list
from .base import RougeRegexLexer

STATEMENT_EXTRAS = (
    r"CIRCLE(?: *FILL)?|DEF *(?:FN|PROC)|DRAW(?: *BY)?|DIM(?!\()|ELLIPSE(?: *FILL)?"
    r"|ERROR(?: *EXT)?|FILL(?: *BY)?|INPUT(?:#| *LINE)?|LINE(?: *INPUT)?"
    r"|LOCAL(?: *DATA| *ERROR)?|MOUSE(?: *COLOUR| *OFF| *ON| *RECTANGLE| *STEP| *TO)?"
    r"|MOVE(?: *BY)?|ON(?! *ERROR)|ON *ERROR *(?:LOCAL|OFF)?|POINT(?: *BY)?(?!\()"
    r"|RECTANGE(?: *FILL)?|RESTORE(?: *DATA| *ERROR)?"
    r"|TRACE(?: *CLOSE| *ENDPROC| *OFF| *STEP(?: *FN| *ON| *PROC)?| *TO)?"
)


def _alt(key: str) -> str:
    return "|".join(word_list(f"bbcbasic.{key}"))


def _tokens() -> dict[str, list]:
    return {
        "expression": [
            (_alt("function"), Name.Builtin),
            (_alt("operator"), Operator),
            (_alt("constant"), Name.Constant),
            (r'"[^"]*"', Literal.String),
            (r"(?i)[a-z_`][a-zA-Z0-9_`]*[$%]?", Name.Variable),
            (r"@%", Name.Variable),
            (r"[\d.]+", Literal.Number),
            (r"%[01]+", Literal.Number.Bin),
            (r"&[0-9a-fA-F]+", Literal.Number.Hex),
        ],
        "root": [
            (r"(:+)( *)(\*)(.*)", bygroups(Punctuation, Text, Keyword, Text)),
            (r"(\n+ *)(\*)(.*)", bygroups(Text, Keyword, Text)),
            (r"(ELSE|OTHERWISE|REPEAT|THEN)( *)(\*)(.*)", bygroups(Keyword, Text, Keyword, Text)),
            (r"[ \n]+", Text),
            (r":+", Punctuation),
            (r"[\[]", Keyword, "assembly1"),
            (r"REM *>.*", Comment.Special),
            (r"REM.*", Comment),
            (rf"(?:{_alt('statement')}|{STATEMENT_EXTRAS})", Keyword),
            include("expression"),
            (_alt("punctuation"), Punctuation),
        ],
        "assembly1": [
            (r" +", Text),
            (r"]", Keyword, "#pop"),
            (r"[:\n]", Punctuation),
            (r"(?i)\.[a-z_`][a-zA-Z0-9_`]*%? *", Name.Label),
            (r"(?:REM|;)[^:\n]*", Comment),
            (r"[^ :\n]+", Keyword, "assembly2"),
        ],
        "assembly2": [
            (r" +", Text),
            (r"[:\n]", Punctuation, "#pop"),
            (r"(?:REM|;)[^:\n]*", Comment, "#pop"),
            include("expression"),
            (r"[!#,@\[\]^{}]", Punctuation),
        ],
    }


class RougeBBCBASICLexer(RougeRegexLexer):
    """BBC BASIC tokenised like Rouge 3.30.0."""

    name = "BBC BASIC (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = _tokens()
