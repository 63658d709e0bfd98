"""SAS as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/sas.rb).

Words are looked up upper-cased in Rouge's lists (``sas.*``): DATA step statements and
functions are ``Keyword``, macro statements and functions (``%let``) too; inside a ``PROC``
the procedure's own statements (``sas.proc_keywords``, ``PROC WORD`` pairs) also are.
``* ... ;`` statements are comments; ``datalines`` bodies heredocs; date literals
``Literal.Date``.  Rouge's ``[^¬~]?=`` operator rule takes the character before ``=`` with it
(``x=`` is one operator token), as here.
"""

from __future__ import annotations

import re
from functools import cache

from pygments.lexer import LexerContext, bygroups, include
from pygments.token import (
    Comment,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import word_list, words
from .base import RougeRegexLexer


@cache
def _proc_keywords(proc: str) -> frozenset[str]:
    prefix = proc + " "
    return frozenset(e[len(prefix):] for e in word_list("sas.proc_keywords")
                     if e.startswith(prefix))


def _is_statement(word: str) -> bool:
    return word in words("sas.data_step_statements") or word in words("sas.sas_functions")


def _word(lexer, match, ctx):
    upper = match.group(0).upper()
    in_proc = ctx.stack[-1] == "proc" and upper in _proc_keywords(ctx.sas_proc or "")
    token = Keyword if _is_statement(upper) or in_proc else Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


def _macro_word(lexer, match, ctx):
    upper = match.group(0).upper()
    known = upper in words("sas.sas_macro_statements") or upper in words("sas.sas_macro_functions")
    yield match.start(), Keyword if known else Name, match.group(0)
    ctx.pos = match.end()


def _proc(lexer, match, ctx):
    ctx.sas_proc = match.group(3).upper()
    name = Keyword if ctx.sas_proc in words("sas.sas_proc_names") else Name
    yield from bygroups(Keyword, Text, name)(lexer, match, ctx)
    ctx.stack.append("proc")


def _words(*names: str) -> str:
    return rf"(?i)(?=\w)({'|'.join(names)})\b"


class RougeSASLexer(RougeRegexLexer):
    """SAS tokenised like Rouge 3.30.0."""

    name = "SAS (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with no PROC open (Rouge's ``@proc_name``)."""
        ctx = super().new_context(text)
        ctx.sas_proc = None
        return ctx

    tokens = {
        "basics": [
            (r"\s+", Text),
            (r"(?s)^\s*%?\*[^;]*;", Comment.Single),
            (r"(;)(\s*)(%?\*[^;]*;)", bygroups(Punctuation, Text, Comment.Single)),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"(?i)'[0-9a-z]+?'d", Literal.Date),
            (r"(?i)'.+?'dt", Literal.Date),
            (r"(?i)'[0-9:]+?([a|p]m)?'t", Literal.Date),
            (r"'", String.Single, "single_string"),
            (r'"', String.Double, "double_string"),
            (r"(?i)&[a-z0-9_&.]+", Name.Variable),
            (r"(?i)\d[0-9a-f]*x", Number.Hex),
            (r"(?i)\d[0-9e\-.]+", Number),
            (_words("_n_", "_error_", "_file_", "_infile_", "_msg_", "_iorc_", "_cmd_"),
             Name.Builtin.Pseudo),
            (_words("_character_", "_numeric_", "_all_"), Name.Builtin),
            (r"(?i)(?=\w)(datalines|cards)(\s*)(;)", bygroups(Keyword, Text, Punctuation),
             "datalines"),
            (r"(?i)(?=\w)(datalines4|cards4)(\s*)(;)", bygroups(Keyword, Text, Punctuation),
             "datalines4"),
            (r"\*\*|[*/+-]", Operator),
            (r"[^¬~]?=:?|[<>]=?:?", Operator),
            (_words("eq", "ne", "gt", "lt", "ge", "le", "in"), Operator.Word),
            (r"[&|!¦¬∘~]", Operator),
            (_words("and", "or", "not"), Operator.Word),
            (r"(<>|><)", Operator),
            (r"\|\|", Operator),
            (_words("of"), Operator.Word),
            (_words("like"), Operator.Word),
            (r"\d+", Number.Integer),
            (r"\$", Keyword.Type),
            (r"(?i)(%macro|%mend)(\s*)(\w+)", bygroups(Keyword, Text, Name.Function)),
            (r"%mend", Keyword),
            (r"%\w+", _macro_word),
        ],
        "basics2": [
            (r"\s\.[;\s]", Keyword.Constant),
            (r"\s\.[a-z_]", Name.Constant),
            (r"[(),;:{}\[\]\\.]", Punctuation),
            (r"@", String.Symbol),
            (r"\?", String.Symbol),
            (r"[^\s]+", Text),
        ],
        "root": [
            include("basics"),
            (r"(?i)(proc)(\s+)(\w+)", _proc),
            (r"(?i)(data)(\s+)([\w.]+)", bygroups(Keyword, Text, Name.Variable)),
            (r"(?i)(libname)(\s+)(\w+)", bygroups(Keyword, Text, Name.Variable)),
            (r"\w+", _word),
            include("basics2"),
        ],
        "single_string": [(r"''", String.Escape), (r"'", String.Single, "#pop"),
                          (r"[^']+", String.Single)],
        "double_string": [
            (r"(?i)&[a-z0-9_&]+\.?", String.Interpol),
            (r'""', String.Escape),
            (r'"', String.Double, "#pop"),
            (r'[^&"]+', String.Double),
            (r"&", String.Double),
        ],
        "datalines": [(r"[^;]", String.Heredoc), (r";", Punctuation, "#pop")],
        "datalines4": [
            (r";{4}", Punctuation, "#pop"),
            (r"[^;]", String.Heredoc),
            (r";{,3}", String.Heredoc),
        ],
        "proc": [
            (r"(?i)(quit|run)", Keyword, "#pop"),
            include("basics"),
            (r"\w+", _word),
            include("basics2"),
        ],
    }
