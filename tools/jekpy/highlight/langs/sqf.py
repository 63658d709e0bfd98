"""SQF (Arma scripting) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/sqf.rb): words are
looked up lower-cased - word operators, ``private``/``params``, control flow, constants,
namespaces, diagnostic and engine commands (``sqf.commands``) - else a name with an
underscore followed by anything is a local ``Name.Variable``, any other a global one.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from . import words
from .base import RougeRegexLexer

LISTS = (
    ("and or not", Operator.Word),
    ("private param params", Keyword.Declaration),
    ("if then else exitwith switch do case default while for from to step foreach",
     Keyword.Reserved),
    ("""true false player confignull controlnull displaynull grpnull locationnull netobjnull
     objnull scriptnull tasknull teammembernull""", Keyword.Constant),
    ("currentnamespace missionnamespace parsingnamespace profilenamespace uinamespace",
     Keyword.Namespace),
    ("""diag_activemissionfsms diag_activesqfscripts diag_activesqsscripts diag_activescripts
     diag_captureframe diag_captureframetofile diag_captureslowframe diag_codeperformance
     diag_drawmode diag_enable diag_enabled diag_fps diag_fpsmin diag_frameno diag_lightnewload
     diag_list diag_log diag_logslowframe diag_mergeconfigfile diag_recordturretlimits
     diag_setlightnew diag_ticktime diag_toggle""", Name.Function),
)
WORDS = tuple((frozenset(names.split()), token) for names, token in LISTS)


def _word(lexer, match, ctx):
    name = match.group(0).lower()
    token = next((tok for names, tok in WORDS if name in names), None)
    if token is None:
        if name in words("sqf.commands"):
            token = Name.Function
        elif re.search(r"_.+", name):
            token = Name.Variable
        else:
            token = Name.Variable.Global
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeSQFLexer(RougeRegexLexer):
    """SQF tokenised like Rouge 3.30.0."""

    name = "SQF (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r"//.*", Comment.Single),
            (r"#(define|undef|if(n)?def|else|endif|include)", Comment.Preproc),
            (r"\\\r?\n", Comment.Preproc),
            (r"__(EVAL|EXEC|LINE__|FILE__)", Name.Builtin),
            (r'".*?"', Literal.String),
            (r"'.*?'", Literal.String),
            (r"(\$|0x)[0-9a-fA-F]+", Literal.Number.Hex),
            (r"[0-9]+(\.)?(e[0-9]+)?", Literal.Number.Float),
            (r"[!%&*+\-/<=>^|#]", Operator),
            (r"[(){}\[\],:;]", Punctuation),
            (r"[a-zA-Z0-9_]+", _word),
        ],
    }
