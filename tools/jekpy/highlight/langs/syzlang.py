"""Syzlang, syzkaller's syscall description language, as Rouge 3.30.0 splits it (rouge
lib/rouge/lexers/syzlang.rb).

Rouge reads each declaration by pushing the states that follow it in one go (``include``,
``define``, ``resource``, flag lists, syscalls with arguments/return value/modifiers,
structs and unions with fields, ``type`` templates); the same stacks are pushed here as
state tuples.  Words in terms are keywords, types (``Keyword.Type``) or names.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
align breaks_returns dec define disabled hex ignore_return in incdir include inet inout oct opt out
packed parent prog_timeout pseudo resource size syscall timeout type varlen
""".split())
TYPES = frozenset("""
array bitsize bool16 bool32 bool64 bool8 boolptr buffer bytesize bytesize2 bytesize4 bytesize8
const csum filename fileoff flags fmt int16 int16be int32 int32be int64 int64be int8 int8be intptr
len offsetof optional proc ptr ptr64 string stringnoz text vma vma64 void
""".split())
COMMENT = r"#.*$"
ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
NUM_ID = r"[a-zA-Z0-9_]+"
POP = default("#pop")


def _term_word(lexer, match, ctx):
    word = match.group(0)
    token = Keyword if word in KEYWORDS else Keyword.Type if word in TYPES else Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _flags(lexer, match, ctx):
    first = Keyword if match.group(1) == "_" else Name
    yield from bygroups(first, Text, Punctuation)(lexer, match, ctx)
    ctx.stack.extend(["flags_list", "space_break"])


class RougeSyzlangLexer(RougeRegexLexer):
    """Syzlang tokenised like Rouge 3.30.0."""

    name = "Syzlang (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "inline_break": [(r"[ \t]+", Text), POP],
        "space_break": [(r"\s+", Text), (COMMENT, Comment), POP],
        "mixin_name": [(ID, Name)],
        "mixin_number": [
            (r"(?i)-?0x[\da-f]+", Number.Hex),
            (r"-?\d+", Number.Integer),
            (r"'[^']?'", String.Char),
        ],
        "mixin_string": [(r'"[^"]*"', String.Double), (r"`[^`]*`", String.Backtick)],
        "mixin_term": [
            include("mixin_number"),
            include("mixin_string"),
            (ID, _term_word),
            (r":", Punctuation),
            (r"\$", Name),
        ],
        "term_list": [
            (r"\s+", Text),
            (COMMENT, Comment),
            include("mixin_term"),
            (r"\[", Punctuation, "term_list"),
            (r",", Punctuation),
            (r"[\])]", Punctuation, "#pop"),
        ],
        "arg_type": [include("mixin_term"), (r"\[", Punctuation, "term_list"), POP],
        "include": [(r"(<)([^>]+)(>)", bygroups(Punctuation, String, Punctuation)), POP],
        "define_name": [include("mixin_name"), POP],
        "define_exp": [
            include("mixin_name"),
            include("mixin_number"),
            include("mixin_string"),
            (r"[~!%^&*\-+/|<>?:]", Operator),
            (r"[(){}\[\];,]", Punctuation),
            (r"[ \t]+", Text),
            POP,
        ],
        "resource_name": [include("mixin_name"), POP],
        "resource_type": [(r"\[", Punctuation, "arg_type"), (r"\]", Punctuation, "#pop")],
        "resource_values": [
            (r":", Punctuation, ("resource_values_list", "space_break")),
            POP,
        ],
        "resource_values_list": [
            (r"[ \t]+", Text),
            include("mixin_name"),
            include("mixin_number"),
            include("mixin_string"),
            (r",", Punctuation, "space_break"),
            POP,
        ],
        "flags_list": [
            (r"[ \t]+", Text),
            (r"\.", Punctuation),
            include("mixin_name"),
            include("mixin_number"),
            include("mixin_string"),
            (r",", Punctuation, "space_break"),
            POP,
        ],
        "syscall_args": [
            (r"\s+", Text),
            (COMMENT, Comment),
            (r"\.", Punctuation),
            (ID, Name, ("arg_type", "space_break")),
            (r",", Punctuation),
            (r"\)", Punctuation, "#pop"),
        ],
        "syscall_retval": [include("mixin_name"), POP],
        "syscall_mods": [(r"\(", Punctuation, "term_list"), POP],
        "struct_fields": [
            (ID, Name, ("space_break", "struct_field_mods", "inline_break", "arg_type",
                        "space_break")),
            (r"[}\]]", Punctuation, "#pop"),
        ],
        "struct_field_mods": [(r"\(", Punctuation, "term_list"), POP],
        "struct_mods": [(r"\[", Punctuation, "term_list"), POP],
        "type_name": [include("mixin_name"), POP],
        "type_args": [(r"\[", Punctuation, "type_args_list"), POP],
        "type_args_list": [
            (r"\s+", Text),
            (COMMENT, Comment),
            include("mixin_name"),
            (r",", Punctuation),
            (r"\]", Punctuation, "#pop"),
        ],
        "type_body": [
            (r"[{\[]", Punctuation, ("#pop", "space_break", "struct_mods", "inline_break",
                                     "struct_fields", "space_break")),
            default(("#pop", "arg_type")),
        ],
        "root": [
            (r"\s+", Text),
            (COMMENT, Comment),
            (r"(include|incdir)", Keyword, ("include", "space_break")),
            (r"define", Keyword, ("define_exp", "space_break", "define_name", "space_break")),
            (r"resource", Keyword, ("resource_values", "inline_break", "resource_type",
                                    "inline_break", "resource_name", "space_break")),
            (rf"({ID}|_)(\s+)(=)", _flags),
            (rf"({ID})(\$)?({NUM_ID})?(\s+)?(\()",
             bygroups(Name.Function, Punctuation, Name.Function.Magic, Text, Punctuation),
             ("syscall_mods", "inline_break", "syscall_retval", "inline_break", "syscall_args",
              "space_break")),
            (rf"({ID}|{ID}\${NUM_ID})(\s+)?([{{\[])", bygroups(Name, Text, Punctuation),
             ("inline_break", "struct_mods", "inline_break", "struct_fields", "space_break")),
            (r"type", Keyword, ("type_body", "space_break", "type_args", "type_name",
                                "space_break")),
        ],
    }
