"""C-family dialects on Rouge's C/C++ tables (``clike.c_tokens``): Slice (rouge
lib/rouge/lexers/slice.rb, C with Slice's word lists) and FreeFEM (freefem.rb, C++ with its own
``expr_bol`` and ``statements``).
"""

from __future__ import annotations

from pygments.lexer import default, include
from pygments.token import Comment, Keyword, Name, Operator

from . import words
from .clike import ID, RougeCLexer, c_statements, c_tokens


class RougeSliceLexer(RougeCLexer):
    """Slice (ZeroC Ice's interface language: C with Slice's keywords and types) tokenised like
    Rouge 3.30.0 (rouge lib/rouge/lexers/slice.rb)."""

    name = "Slice (Rouge)"
    tokens = c_tokens("slice")


def _freefem_word(lexer, match, ctx):
    name = match.group(0)
    token = next((tok for key, tok in FREEFEM_LISTS if name in words(f"freefem.{key}")), Name)
    yield match.start(), token, name
    ctx.pos = match.end()


FREEFEM_LISTS = (("keywords", Keyword), ("keywords_type", Keyword.Type),
                 ("reserved", Keyword.Reserved), ("builtins", Name.Builtin),
                 ("attributes", Name.Attribute))


def _freefem_tokens() -> dict[str, list]:
    """FreeFEM (rouge lib/rouge/lexers/freefem.rb): Rouge's C++ lexer with its own
    ``expr_bol`` (``include``/``load``/``IFMACRO`` lines) and ``statements`` (C's, without
    C++'s additions, and FreeFEM's word lists with attributes)."""
    table = c_tokens("freefem", cpp=True)
    table["expr_bol"] = [
        include("inline_whitespace"),
        (r"include", Comment.Preproc, "macro"),
        (r"load", Comment.Preproc, "macro"),
        (r"ENDIFMACRO", Comment.Preproc, "macro"),
        (r"IFMACRO", Comment.Preproc, "macro"),
        default("#pop"),
    ]
    statements = c_statements("freefem")
    operators = statements.index((r"[~!%^&*+=|?:<>/-]", Operator))
    statements.insert(operators + 1, (r"'", Operator))
    statements[-2] = (r"(?:true|false|NaN)\b", Name.Builtin)
    statements[-1] = (ID, _freefem_word)
    table["statements"] = statements
    return table


class RougeFreeFEMLexer(RougeCLexer):
    """FreeFEM tokenised like Rouge 3.30.0."""

    name = "FreeFEM (Rouge)"
    tokens = _freefem_tokens()
