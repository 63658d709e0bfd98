"""Tcl as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/tcl.rb).

Rouge's Tcl lexer marks structure, not words: a command's first run of characters up to a
line or word end (a blank is not a word end there) is a ``Keyword``/``Name.Builtin`` only when
the whole run is one, else plain text; brackets, braces and parentheses are punctuation with
states of their own, ``$var`` a ``Name.Variable``, strings ``String.Double``.  A ``}`` inside
a brace block closes it whatever is open inside (Rouge's "brace abort"); strings count their
own braces (``ctx.tcl_braces``).  Where Rouge would crash (a ``}`` in a string outside any
brace block, before any ``{``), jekpy counts on.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Error, Keyword, Name, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
after apply array break catch continue elseif else error eval expr for foreach global if namespace
proc rename return set switch then trace unset update uplevel upvar variable vwait while
""".split())
BUILTINS = frozenset("""
append bgerror binary cd chan clock close concat dde dict encoding eof exec exit fblocked
fconfigure fcopy file fileevent flush format gets glob history http incr info interp join lappend
lassign lindex linsert list llength load loadTk lrange lrepeat lreplace lreverse lsearch lset lsort
mathfunc mathop memory msgcat open package pid pkg::create pkg_mkIndex platform platform::shell
puts pwd re_syntax read refchan regexp registry regsub scan seek socket source split string subst
tell time tm unknown unload
""".split())
END_LINE = r"\)\]\};\n"
END_WORD = END_LINE + r"\r\t\v"


def _command_word(lexer, match, ctx):
    word = match.group(0)
    token = Keyword if word in KEYWORDS else Name.Builtin if word in BUILTINS else Text
    yield match.start(), token, word
    ctx.pos = match.end()


def _close_brace_block(ctx) -> bool:
    """Rouge's ``pop! until state? :brace; pop!`` when a brace block is open."""
    if "brace" not in ctx.stack:
        return False
    while ctx.stack[-1] != "brace":
        ctx.stack.pop()
    ctx.stack.pop()
    return True


def _brace_abort(lexer, match, ctx):
    token = Punctuation if _close_brace_block(ctx) else Error
    yield match.start(), token, "}"
    ctx.pos = match.end()


def _string_open_brace(lexer, match, ctx):
    ctx.tcl_braces = getattr(ctx, "tcl_braces", 0) + 1
    yield match.start(), String.Double, "{"
    ctx.pos = match.end()


def _string_close_brace(lexer, match, ctx):
    count = getattr(ctx, "tcl_braces", 0)
    if count == 0 and _close_brace_block(ctx):
        token = Punctuation
    else:
        ctx.tcl_braces = count - 1
        token = String.Double
    yield match.start(), token, "}"
    ctx.pos = match.end()


def _command_state(name: str) -> dict[str, list]:
    return {
        f"command{name}": [
            include("word"),
            (rf"#[^{END_LINE}]+", Comment.Single),
            (rf"(?=[{END_WORD}])", Text, f"params{name}"),
            (rf"[^{END_WORD}]+", _command_word),
            include("whitespace"),
        ],
    }


def _delimiter_states(name: str, close: str, mismatched) -> dict[str, list]:
    return {
        **_command_state(f"_in_{name}"),
        f"params_in_{name}": [
            (close, Punctuation, "#pop:2"),
            (r"[\)\]\}]", mismatched),
            include("params"),
        ],
        name: [(close, Punctuation, "#pop"), include(f"command_in_{name}")],
    }


def _tcl_tokens() -> dict[str, list]:
    return {
        "word": [
            (r"\{\*\}", Keyword),
            (r"\}", _brace_abort),
            include("interp"),
            (r"\{", Punctuation, "brace"),
            (r"\(", Punctuation, "paren"),
            (r'"', String.Double, "string"),
            (rf"[^{END_WORD}]+?(?=[\(\[\{{\"\\])", Text),
        ],
        "params": [
            (r";", Punctuation, "#pop"),
            (r"\n", Text, "#pop"),
            (r"else|elseif|then", Keyword),
            include("word"),
            include("whitespace"),
            (rf"[^{END_WORD}]+", Text),
        ],
        **_delimiter_states("brace", r"\}", Text),
        **_delimiter_states("paren", r"\)", Error),
        **_delimiter_states("bracket", r"\]", Error),
        **_command_state(""),
        "root": [include("command")],
        "whitespace": [(r"\s+", Text)],
        "interp": [
            (r"\[", Punctuation, "bracket"),
            (r"\$[a-z0-9.:-]+", Name.Variable),
            (r"(?s)\$\{.*?\}", Name.Variable),
            (r"\$", Text),
            (r"\\[0-7]{3}", String.Escape),
            (r"(?i)\\x[0-9a-f]{2}", String.Escape),
            (r"(?i)\\u[0-9a-f]{4}", String.Escape),
            (r"(?s)\\.", String.Escape),
        ],
        "string": [
            (r'"', String.Double, "#pop"),
            include("interp"),
            (r'[^\\\[$"{}]+', String.Double),
            (r"\{", _string_open_brace),
            (r"\}", _string_close_brace),
        ],
    }


class RougeTclLexer(RougeRegexLexer):
    """Tcl tokenised like Rouge 3.30.0."""

    name = "Tcl (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _tcl_tokens()
