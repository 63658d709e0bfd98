"""RISC OS file formats as Rouge 3.30.0 splits them: CMHG module headers (rouge
lib/rouge/lexers/cmhg.rb) and MessageTrans message files (msgtrans.rb).

CMHG: ``name:`` fields are ``Keyword.Declaration``, other words ``Name.Entity``, ``;``
comments, ``#`` preprocessor lines.  MessageTrans: ``token:`` keys are ``Name.Variable``,
their values ``String`` with ``%0``-``%3`` parameters as operators.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from .base import RougeRegexLexer

PREPROC = "define elif else endif error if ifdef ifndef include line pragma undef warning"


class RougeCMHGLexer(RougeRegexLexer):
    """CMHG tokenised like Rouge 3.30.0."""

    name = "CMHG (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r";[^\n]*", Comment),
            (rf"^([ \t]*)(#[ \t]*(?:(?:{'|'.join(PREPROC.split())})(?:[ \t].*)?)?)(?=\n)",
             bygroups(Text, Comment.Preproc)),
            (r"[-a-z]+:", Keyword.Declaration),
            (r"(?i)[a-z_][a-zA-Z0-9_]+", Name.Entity),
            (r'"[^"]*"', Literal.String),
            (r"(?:&|0x)[0-9a-fA-F]+", Literal.Number.Hex),
            (r"\d+", Literal.Number),
            (r"[,/()]", Punctuation),
            (r"[ \t]+", Text),
            (r"\n+", Text),
        ],
    }


class RougeMsgTransLexer(RougeRegexLexer):
    """MessageTrans tokenised like Rouge 3.30.0."""

    name = "MessageTrans (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"^#[^\n]*", Comment),
            (r"[^\t\n\r ,):?/]+", Name.Variable),
            (r"[\n/?]", Operator),
            (r":", Operator, "value"),
        ],
        "value": [
            (r"\n", Text, "#pop"),
            (r"%[0-3%]", Operator),
            (r"[^\n%]", Literal.String),
        ],
    }
