"""Motorola 68k assembly as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/m68k.rb).

A word at the start of a line is a ``Name.Label``; words are looked up lower-cased in Rouge's
instruction (``Keyword``), data (``Keyword.Type``), directive (``Keyword.Reserved``) and
register (``Name.Builtin``) lists; ``.b``/``.w``/``.l`` sizes and ``#`` are decorators.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

INSTRUCTIONS = frozenset("""
abcd add adda addi addq addx and andi asl asr bcc bcs beq bge bgt bhi ble bls blt bmi bne bpl bvc
bvs bhs blo bchg bclr bfchg bfclr bfests bfextu bfffo bfins bfset bftst bkpt bra bse bsr btst callm
cas cas2 chk chk2 clr cmp cmpa cmpi cmpm cmp2 dbcc dbcs dbeq dbge dbgt dbhi dble dbls dblt dbmi
dbne dbpl dbvc dbvs dbhs dblo dbra dbf dbt divs divsl divu divul eor eori exg ext extb illegal jmp
jsr lea link lsl lsr move movea move16 movem movep moveq muls mulu nbcd neg negx nop not or ori pack
pea rol ror roxl roxr rtd rtm rtr rts sbcd seq sne spl smi svc svs st sf sge sgt sle slt scc shi
sls scs shs slo sub suba subi subq subx swap tas trap trapcc TODO trapv tst unlk unpk eori
""".split())
DATA = frozenset("dc ds dcb".split())
DIRECTIVES = frozenset("""
include incdir incbin end endf endfunc endmain endproc fpu func machine main mmu opword proc set
opt section rept endr ifeq ifne ifgt ifge iflt ifle iif ifd ifnd ifc ifnc elseif else endc even
cnop fail machine output radix __G2 __LK list nolist plen llen ttl subttl spc page listchar format
equ equenv equr set reg rsreset rsset offset cargs fequ.s fequ.d fequ.x fequ.p fequ.w fequ.l fopt
macro endm mexit narg
""".split())
REGISTERS = frozenset("d0 d1 d2 d3 d4 d5 d6 d7 a0 a1 a2 a3 a4 a5 a6 a7 a7' pc usp ssp ccr".split())
LISTS = ((INSTRUCTIONS, Keyword), (DATA, Keyword.Type), (DIRECTIVES, Keyword.Reserved),
         (REGISTERS, Name.Builtin))


def _word(lexer, match, ctx):
    name = match.group(0)
    lower = name.lower()
    plain = Name.Variable if re.search(r"[a-zA-Z0-9]", name) else Name
    token = next((tok for words, tok in LISTS if lower in words), plain)
    yield match.start(), token, name
    ctx.pos = match.end()


class RougeM68kLexer(RougeRegexLexer):
    """M68k assembly tokenised like Rouge 3.30.0."""

    name = "M68k (Rouge)"
    aliases = []
    flags = re.MULTILINE
    start_stack = ("root", "expr_bol")

    tokens = {
        "expr_bol": [include("inline_whitespace"), default("#pop")],
        "inline_whitespace": [(r"\s+", Text)],
        "whitespace": [
            (r"\n+", Text, "expr_bol"),
            (r"^\*(\\.|.)*?$", Comment.Single, "expr_bol"),
            (r";(\\.|.)*?$", Comment.Single, "expr_bol"),
            include("inline_whitespace"),
        ],
        "root": [default("statements")],
        "statements": [
            include("whitespace"),
            (r'"', String, "string"),
            (r"#", Name.Decorator),
            (r"^\.?[a-zA-Z0-9_]+:?", Name.Label),
            (r"(?i)\.[bswl]\s", Name.Decorator),
            (r"(?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", String.Char),
            (r"(?i)\$[0-9a-f]+", Number.Hex),
            (r"@[0-8]+", Number.Oct),
            (r"%[01]+", Number.Bin),
            (r"\d+", Number.Integer),
            (r"[*~&+=|?:<>/-]", Operator),
            (r"\\.", Comment.Preproc),
            (r"[(),.]", Punctuation),
            (r"\[[a-zA-Z0-9]*\]", Punctuation),
            (r"[a-zA-Z_][a-zA-Z0-9_]*", _word),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\([\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
    }
