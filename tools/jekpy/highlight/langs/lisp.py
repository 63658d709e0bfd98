"""Common Lisp (also Rouge's lexer for ``lisp``/``elisp``) as Rouge 3.30.0 splits it (rouge
lib/rouge/lexers/common_lisp.rb).

Symbols are looked up in Rouge's lists (``common_lisp.*`` in ``rouge_words.json``): builtin
functions and macros ``Name.Builtin``, special forms, lambda-list keywords and declarations
``Keyword``, types ``Keyword.Type``, classes ``Name.Class``, the rest ``Name.Variable``.
Numbers must end at a terminating character.  Every ``(`` pushes a state and ``)`` pops it;
a ``)`` with nothing open is an ``Error``.  ``#nil (form)`` is a comment (Rouge writes ``#+nil``:
one or more ``#`` before ``nil``).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Other,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer

NONMACRO = r"\\.|[a-zA-Z0-9!$%&*+-/<=>?@\[\]^_{}~]"  # +-/ is a range, as in Rouge
CONSTITUENT = rf"{NONMACRO}|[#.:]"
TERMINATED = r"(?=[ \"'()\n,;`])"
SYMBOL = rf"(\|[^|]+\||(?:{NONMACRO})(?:{CONSTITUENT})*)"
# Rouge's lookup order: the first list holding the symbol decides its token
LISTS = (
    ("BUILTIN_FUNCTIONS", Name.Builtin),
    ("SPECIAL_FORMS", Keyword),
    ("MACROS", Name.Builtin),
    ("LAMBDA_LIST_KEYWORDS", Keyword),
    ("DECLARATIONS", Keyword),
    ("BUILTIN_TYPES", Keyword.Type),
    ("BUILTIN_CLASSES", Name.Class),
)


def _symbol(lexer, match, ctx):
    sym = match.group(0)
    token = next((tok for key, tok in LISTS if sym in words(f"common_lisp.{key}")),
                 Name.Variable)
    yield match.start(), token, sym
    ctx.pos = match.end()


def _close(lexer, match, ctx):
    if len(ctx.stack) == 1:
        yield match.start(), Error, ")"
    else:
        yield match.start(), Punctuation, ")"
        ctx.stack.pop()
    ctx.pos = match.end()


class RougeCommonLispLexer(RougeRegexLexer):
    """Common Lisp tokenised like Rouge 3.30.0."""

    name = "Common Lisp (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r";.*$", Comment.Single),
            (r"#\|", Comment.Multiline, "multiline_comment"),
            (r"#\d*Y.*$", Comment.Special),
            (r'"(\\.|[^"\\])*"', String),
            (rf"[:']{SYMBOL}", String.Symbol),
            (r"['`]", Operator),
            (rf"[-+]?\d+\.?{TERMINATED}", Number.Integer),
            (rf"[-+]?\d+/\d+{TERMINATED}", Number.Integer),
            (rf"[-+]?(\d*\.\d+([defls][-+]?\d+)?|\d+(\.\d*)?[defls][-+]?\d+){TERMINATED}",
             Number.Float),
            (rf"#\\.{TERMINATED}", String.Char),
            (rf"#\\{SYMBOL}", String.Char),
            (r"#\(", Operator, "root"),
            (r"#\d*\*[01]*", Other),
            (rf"#:{SYMBOL}", String.Symbol),
            (r"#[.,]", Operator),
            (r"#'", Name.Function),
            (r"(?i)#b[+-]?[01]+(/[01]+)?", Number),
            (r"(?i)#o[+-]?[0-7]+(/[0-7]+)?", Number.Oct),
            (r"(?i)#x[+-]?[0-9a-f]+(/[0-9a-f]+)?", Number),
            (r"(?i)(#c)(\()", bygroups(Number, Punctuation), "root"),
            (r"(?i)(#(?:\d+a|s))(\()", bygroups(String.Other, Punctuation), "root"),
            (r'(?i)#p?"(\\.|[^"])*"', String.Symbol),
            (r"#\d+[=#]", Operator),
            (rf"#+nil{TERMINATED}\s*\(", Comment, "commented_form"),
            (r"#[+-]", Operator),
            (r"(,@|,|\.)", Operator),
            (rf"(t|nil){TERMINATED}", Name.Constant),
            (rf"\*{SYMBOL}\*", Name.Variable.Global),
            (SYMBOL, _symbol),
            (r"\(", Punctuation, "root"),
            (r"\)", _close),
        ],
        "multiline_comment": [
            (r"#\|", Comment.Multiline, "multiline_comment"),
            (r"\|#", Comment.Multiline, "#pop"),
            (r"[^|#]+", Comment.Multiline),
            (r"[|#]", Comment.Multiline),
        ],
        "commented_form": [
            (r"\(", Comment, "commented_form"),
            (r"\)", Comment, "#pop"),
            (r"[^()]+", Comment),
        ],
    }
