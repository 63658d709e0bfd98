"""Arm assembly (armasm syntax) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/armasm.rb).

A word at the start of a line is a ``Name.Label``; after blanks comes the command: a
directive (``Keyword``), an opcode written all upper- or all lower-case (``Name.Builtin``) or
a macro (``Name.Function``); then the arguments: shifts and conditions ``Name.Builtin``,
symbols ``Name.Variable``, numbers in Arm's bases, ``:OP:`` operators.  The lists are
Rouge's regex fragments (``armasm.*``), joined as Rouge joins them.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Literal, Name, Operator, Text

from . import word_list
from .base import RougeRegexLexer

SYMBOL = r"[a-zA-Z_][a-zA-Z0-9_]*|\|[^|\n]+\|"
SUBSTITUTION = r"(?i)\$[a-z][a-zA-Z0-9_]*\.?"


def _alt(key: str) -> str:
    return "|".join(word_list(f"armasm.{key}"))


def _quoted(token, quote: str) -> list:
    """A quoted argument: ``$$``, ``$var`` substitutions, the closing quote back to args."""
    return [
        (r"\n", Text, "#pop"),
        (r"\$\$", token),
        (SUBSTITUTION, Name.Namespace),
        (quote, token, ("#pop", "args")),
        (rf"[^${quote}\n]+", token),
    ]


def _armasm_tokens() -> dict[str, list]:
    return {
        "root": [
            (r"\n", Text),
            (rf"^([ \t]*)(#[ \t]*(?:(?:{_alt('preproc_keyword')})(?:[ \t].*)?)?)(\n)",
             bygroups(Text, Comment.Preproc, Text)),
            (r"[ \t]+", Text, "command"),
            (r";.*", Comment),
            (r"(?i)\$[a-z_][a-zA-Z0-9_]*\.?", Name.Namespace),
            (r"[a-zA-Z0-9_]+|\|[^|\n]+\|", Name.Label),
        ],
        "command": [
            (r"\n", Text, "#pop"),
            (r"[ \t]+", Text, ("#pop", "args")),
            (r";.*", Comment, "#pop"),
            (rf"(?:{_alt('file_directive')})\b", Keyword, ("#pop", "filespec")),
            (rf"(?:{_alt('general_directive')})(?=[; \t\n])", Keyword),
            (r"(?:[A-Z][\dA-Z]*|[a-z][\da-z]*)(?:\.[NWnw])?(?:\.[DFIPSUdfipsu]?(?:8|16|32|64)?)"
             r"{,3}\b", Name.Builtin),
            (rf"(?i){SYMBOL}", Name.Function),
            (SUBSTITUTION, Name.Namespace),
        ],
        "args": [
            (r"\n", Text, "#pop"),
            (r"[ \t]+", Text),
            (r";.*", Comment, "#pop"),
            (rf"(?:{_alt('shift_or_condition')})\b", Name.Builtin),
            (rf"(?i){SYMBOL}", Name.Variable),
            (r"(?i)%[bf]?[at]?\d+(?:[a-z_][a-zA-Z0-9_]*)?", Name.Label),
            (r"(?i)(?:&|0x)[0-9a-f]+(?!p)", Literal.Number.Hex),
            (r"(?i)(?:&|0x)[.0-9a-f]+(?:p[-+]?\d+)?", Literal.Number.Float),
            (r"(?i)0f_[0-9a-f]{8}|0d_[0-9a-f]{16}", Literal.Number.Float),
            (r"(?i)(?:2_[01]+|3_[0-2]+|4_[0-3]+|5_[0-4]+|6_[0-5]+|7_[0-6]+|8_[0-7]+|9_[0-8]+|\d+)"
             r"(?!e)", Literal.Number.Integer),
            (r"(?i)(?:2_[.01]+|3_[.0-2]+|4_[.0-3]+|5_[.0-4]+|6_[.0-5]+|7_[.0-6]+|8_[.0-7]+"
             r"|9_[.0-8]+|[.\d]+)(?:e[-+]?\d+)?", Literal.Number.Float),
            (r"[@:](?=[ \t]*(?:8|16|32|64|128|256)[^\d])", Operator),
            (rf"[.@]|\{{(?:{_alt('builtin')})\}}", Name.Constant),
            (r"[-!#%&()*+,/<=>?^{|}]|\[|\]|!=|&&|/=|<<|<=|<>|==|><|>=|>>|\|\|"
             rf"|:(?:{_alt('operator')}):", Operator),
            (SUBSTITUTION, Name.Namespace),
            (r"'", Literal.String.Char, ("#pop", "singlequoted")),
            (r'"', Literal.String.Double, ("#pop", "doublequoted")),
        ],
        "singlequoted": _quoted(Literal.String.Char, "'"),
        "doublequoted": _quoted(Literal.String.Double, '"'),
        "filespec": [
            (r"\n", Text, "#pop"),
            (r"\$\$", Literal.String.Other),
            (SUBSTITUTION, Name.Namespace),
            (r"[^$\n]+", Literal.String.Other),
        ],
    }


class RougeArmAsmLexer(RougeRegexLexer):
    """Arm assembly tokenised like Rouge 3.30.0."""

    name = "ArmAsm (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _armasm_tokens()
