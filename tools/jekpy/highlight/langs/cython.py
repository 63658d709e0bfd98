"""Cython as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/cython.rb): Rouge's Python lexer
with rules in front and three states of its own.

``cdef``/``cpdef``/``ctypedef`` (also inside a longer word, as in Rouge) start a C
definition: the first word that looks like a type (followed by ``*``, ``[`` or another word)
is a ``Keyword.Type``; ``(`` and ``,`` look for a type again.  Lines of an indented ``cdef:``
block stay in the definition until the indentation shrinks below the block's first line
(Rouge's ``@indentation``); an unindented line resets the state stack.  A word before ``(``
is a ``Name.Function`` unless it is a keyword or builtin.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Keyword, Name, Punctuation, Text

from .base import RougeRegexLexer
from .python import KEYWORDS, identifier_callback, python_tokens

CY_KEYWORDS = frozenset([*KEYWORDS, "by", "except?", "fused", "gil", "nogil"])
C_KEYWORDS = frozenset("public readonly extern api inline enum union".split())
IDENT = r"[a-zA-Z_][a-zA-Z0-9_]*"
DOTTED = r"[a-zA-Z_.][a-zA-Z0-9_.]*"
BLANKS = r"(?:\\\s|\s)+"


def _c_type(lexer, match, ctx):
    """A word in type position: keyword, ``def``, ``struct``/``class``, C keyword or type."""
    word = match.group(0)
    if word in CY_KEYWORDS:
        token, stack = Keyword, ["#pop"]
    elif word == "def":
        token, stack = Keyword, ["#pop", "funcname"]
    elif word in ("struct", "class"):
        token, stack = Keyword.Reserved, ["#pop", "classname"]
    elif word in C_KEYWORDS:
        token, stack = Keyword.Reserved, []
    else:
        token, stack = Keyword.Type, ["#pop"]
    yield match.start(), token, word
    ctx.pos = match.end()
    lexer._change_state(tuple(stack), ctx)


def _c_indent(lexer, match, ctx):
    """Indentation inside a C block: stay in it unless it shrinks below the first line's."""
    yield match.start(), Text, match.group(0)
    ctx.pos = match.end()
    ctx.stack[-1] = "c_start"
    indentation = getattr(ctx, "cy_indentation", None)
    if indentation is None:
        ctx.cy_indentation = match.group(0)
    elif len(indentation) > len(match.group(0)):
        ctx.cy_indentation = None
        del ctx.stack[max(1, len(ctx.stack) - 2):]


def _leave_c_block(lexer, match, ctx):
    ctx.cy_indentation = None
    ctx.stack[:] = ["root"]
    return iter(())


def _cython_tokens() -> dict[str, list]:
    table = python_tokens(CY_KEYWORDS)
    table["root"] = [
        (r"cp?def|ctypedef", Keyword, ("c_definitions", "c_start")),
        (rf"(from)({BLANKS})({DOTTED})({BLANKS})(cimport)",
         bygroups(Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace)),
        (rf"(cimport)(\s+)({DOTTED})", bygroups(Keyword.Namespace, Text, Name.Namespace)),
        (rf"(struct)({BLANKS})", bygroups(Keyword, Text), "classname"),
        (rf"{IDENT}(?=\()", identifier_callback(CY_KEYWORDS, Name.Function)),
        (r"[(,]", Punctuation, "c_start"),
        *table["root"],
    ]
    for state in ("classname", "funcname"):
        table[state] = [(BLANKS, Text), *table[state]]
    table["c_start"] = [
        (r"[^\S\n]+", Text),
        (r"cp?def|ctypedef", Keyword),
        (r"(?:un)?signed", Keyword.Type),
        (rf"{IDENT}(?=(?:\*+)|(?:[ \t]*\[)|(?:[ \t]+[a-zA-Z0-9_]))", _c_type),
        default("#pop"),
    ]
    table["c_definitions"] = [(r"\n", Text, "c_indent"), include("root")]
    table["c_indent"] = [(r"[ \t]+", _c_indent), (r"", _leave_c_block)]
    return table


class RougeCythonLexer(RougeRegexLexer):
    """Cython tokenised like Rouge 3.30.0."""

    name = "Cython (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _cython_tokens()
