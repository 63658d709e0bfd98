"""Syzprog, syzkaller's program language, as Rouge 3.30.0 splits it (rouge
lib/rouge/lexers/syzprog.rb): ``r0 = call$variant(args) (mods)`` lines - result variables
``Keyword.Pseudo``, calls ``Name.Function`` (variants ``Name.Function.Magic``), arguments
as terms (Rouge's keywords ``ANY``/``AUTO``/... ``Keyword``).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
ANY ANYBLOB ANYPTR ANYPTR64 ANYPTRS ANYRES16 ANYRES32 ANYRES64 ANYRESDEC ANYRESHEX ANYRESOCT
ANYUNION AUTO false nil true void async fail_nth rerun
""".split())
COMMENT = r"#.*$"
ID = r"[a-zA-Z_][a-zA-Z0-9_]*"


def _word(lexer, match, ctx):
    yield match.start(), Keyword if match.group(0) in KEYWORDS else Name, match.group(0)
    ctx.pos = match.end()


class RougeSyzprogLexer(RougeRegexLexer):
    """Syzprog tokenised like Rouge 3.30.0."""

    name = "Syzprog (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "inline_break": [(r"[ \t]+", Text), default("#pop")],
        "eol_break": [(r"[\n\r]+", Text), (COMMENT, Comment), default("#pop")],
        "space_break": [(r"\s+", Text), (COMMENT, Comment), default("#pop")],
        "mixin_number": [(r"(?i)-?0x[\da-f]+", Number.Hex), (r"-?\d+", Number.Integer)],
        "mixin_string": [
            (r'"[^"]*"', String.Double),
            (r"`[^`]*`", String.Backtick),
            (r"'[^']*'", String.Single),
        ],
        "mixin_term": [
            include("mixin_number"),
            include("mixin_string"),
            (r"r[0-9]+", Keyword.Pseudo),
            (ID, _word),
        ],
        "mods_list": [
            (r"\s+", Text),
            (COMMENT, Comment),
            include("mixin_term"),
            (r"[,:]", Punctuation),
            (r"\)", Punctuation, "#pop"),
        ],
        "syscall_mods": [(r"\(", Punctuation, "mods_list"), default("#pop")],
        "syscall_args": [
            (r"\s+", Text),
            (COMMENT, Comment),
            include("mixin_term"),
            include("mixin_number"),
            include("mixin_string"),
            (r"[@&=,<>{}\[\]]", Punctuation),
            (r"[!#$%^*\-+/|~:;.?]", Punctuation),
            (r"\(", Punctuation, "syscall_args"),
            (r"\)", Punctuation, "#pop"),
        ],
        "root": [
            (r"\s+", Text),
            (COMMENT, Comment),
            (r"(r[0-9]+)(\s+)(=)", bygroups(Keyword.Pseudo, Text, Punctuation)),
            (rf"({ID})(\$)?([a-zA-Z0-9_]+)?(\s+)?(\()",
             bygroups(Name.Function, Punctuation, Name.Function.Magic, Text, Punctuation),
             ("syscall_mods", "inline_break", "syscall_args", "space_break")),
        ],
    }
