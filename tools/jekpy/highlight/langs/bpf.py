"""BPF bytecode listings (bpftool/llvm-objdump output) as Rouge 3.30.0 splits them (rouge
lib/rouge/lexers/bpf.rb): line numbers ``Generic.Lineno``, raw bytes ``Generic``, helper
calls, jumps with their targets (``Name.Label``), registers ``Name``, ``*(u32 *)``
dereferences with their address, comments; anything else plain text.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Generic, Keyword, Literal, Name, Operator, Punctuation, Text

from .base import RougeRegexLexer

WS = Text.Whitespace
TYPES = "u8|u16|u32|u64|ll"
MISC = "be16|be32|be64|exit|lock|map"
HEX2 = "[0-9a-fA-F]{2}"
JUMP_TAIL = r"(\s*)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)"


class RougeBPFLexer(RougeRegexLexer):
    """BPF tokenised like Rouge 3.30.0."""

    name = "BPF (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII | re.IGNORECASE

    tokens = {
        "root": [
            (rf"(\d+)(:)(\s+)(\({HEX2}\))", bygroups(Generic.Lineno, Punctuation, WS, Generic)),
            (rf"(\d+)(:)(\s+)((?:{HEX2} ){{8}})",
             bygroups(Generic.Lineno, Punctuation, WS, Generic)),
            (r"(\d+)(:)(\s+)", bygroups(Generic.Lineno, Punctuation, WS)),
            (r"(call)(\s+)(\d+)", bygroups(Keyword, WS, Literal.Number.Integer)),
            (r"(call)(\s+)(\w+)(#)(\d+)",
             bygroups(Keyword, WS, Name.Builtin, Punctuation, Literal.Number.Integer)),
            (r"(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)",
             bygroups(Keyword, WS, Literal.Number.Integer, WS, Name.Label)),
            (rf"(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)(0x[0-9a-f]+|[-]?\d+){JUMP_TAIL}",
             bygroups(Keyword, WS, Name, WS, Operator, WS, Literal.Number, WS, Keyword, WS,
                      Literal.Number.Integer, WS, Name.Label)),
            (rf"(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)([rw]\d+){JUMP_TAIL}",
             bygroups(Keyword, WS, Name, WS, Operator, WS, Name, WS, Keyword, WS,
                      Literal.Number.Integer, WS, Name.Label)),
            (rf"(\*)(\s*)(\()({TYPES})(\s*)(\*)(\))",
             bygroups(Operator, WS, Punctuation, Keyword.Type, WS, Operator, Punctuation),
             "address"),
            (r"[+-/*&|><^s]{0,3}=", Operator),  # +-/ is a range, as in Rouge
            (r"([+-]?)([rw]\d+)", bygroups(Punctuation, Name)),
            (r"//", Comment.Single, "linecomment"),
            (r"/\*", Comment.Multiline, "multilinescomment"),
            (MISC, Keyword),
            (r"(0x[0-9a-f]+|[-]?\d+)(\s*)(ll)?", bygroups(Literal.Number, WS, Keyword.Type)),
            (r"(\w+)(\s*)(ll)", bygroups(Name, WS, Keyword.Type)),
            (r"(\w+)(\s*)(:)", bygroups(Name.Label, WS, Punctuation)),
            (r"(?s).", Text),
        ],
        "address": [
            (r"(\()([rw]\d+)(\s*)([+-])(\s*)(\d+)(\))",
             bygroups(Punctuation, Name, WS, Operator, WS, Literal.Number.Integer, Punctuation),
             "#pop"),
            (r"(\w+)(\[)(\d+)(\])", bygroups(Name, Punctuation, Literal.Number.Integer,
                                             Punctuation), "#pop"),
            (r"(\w+)(\[)([rw]\d+)(\])", bygroups(Name, Punctuation, Name, Punctuation), "#pop"),
        ],
        "linecomment": [(r"\n", Comment.Single, "#pop"), (r".+", Comment.Single)],
        "multilinescomment": [
            (r"\*/", Comment.Multiline, "#pop"),
            (r"([^*/]+)", Comment.Multiline),
            (r"([*/])", Comment.Multiline),
        ],
    }
