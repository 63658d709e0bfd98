"""NESASM (6502 assembly) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/nesasm.rb): words
are looked up upper-cased - opcodes ``Keyword``, data directives ``Keyword.Type``, other
directives ``Keyword.Reserved`` - else ``Name.Function``; ``#$1f`` / ``%0101`` numbers.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

OPCODES = frozenset("""
ADC AND ASL BIT BRK CMP CPX CPY DEC EOR INC JMP JSR LDA LDX LDY LSR NOP ORA ROL ROR RTI RTS SBC STA
STX STY TAX TXA DEX INX TAY TYA DEY INY BPL BMI BVC BVS BCC BCS BNE BEQ CLC SEC CLI SEI CLV CLD SED
TXS TSX PHA PLA PHP PLP
""".split())
TYPES = frozenset("DB DW BYTE WORD".split())
RESERVED = frozenset("""
INCBIN INCLUDE ORG BANK RSSET RS MACRO ENDM DS PROC ENDP PROCGROUP ENDPROCGROUP INCCHR DEFCHR ZP
BSS CODE DATA IF IFDEF IFNDEF ELSE ENDIF FAIL INESPRG INESCHR INESMAP INESMIR FUNC
""".split())


def _word(lexer, match, ctx):
    name = match.group(0).upper()
    if name in OPCODES:
        token = Keyword
    elif name in TYPES:
        token = Keyword.Type
    elif name in RESERVED:
        token = Keyword.Reserved
    else:
        token = Name.Function
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeNesAsmLexer(RougeRegexLexer):
    """NESASM tokenised like Rouge 3.30.0."""

    name = "NesAsm (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r";.*", Comment.Single),
            (r"[(),.\[\]]", Punctuation),
            (r"#?%[0-1]+", Number.Bin),
            (r"#?\$[0-9a-fA-F]+", Number.Hex),
            (r"#?\d+", Number),
            (r"[~&*+=|?:<>/-]", Operator),
            (r"#?[a-zA-Z0-9_]+:?", _word),
            (r"(?i)#?(?:LOW|HIGH)\(.*\)", Keyword.Reserved),
            (r"#\(", Punctuation),
            (r'"', String, "string"),
            (r"'[a-zA-Z0-9_]'", String.Char),
            (r"\\\??[\d@#]", Name.Builtin),
        ],
        "string": [(r'"', String, "#pop"), (r'\\"?', String.Escape), (r'[^"\\]+', String)],
    }
