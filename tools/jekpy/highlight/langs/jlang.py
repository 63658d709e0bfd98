"""J as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/j.rb).

A primitive is a character plus its inflection (``.``/``:`` suffixes); Rouge's table gives
each inflection a part of speech - noun ``Keyword.Constant``, verb ``Name.Function``, modifier
``Operator``, parameter ``Name.Builtin.Pseudo``, other ``Punctuation``, and ``Error`` for an
inflection the primitive does not have.  ``NB.`` comments, control words (``if.``,
``for_x.``), explicit definitions (``3 : 0`` ... ``)``: code, noun bodies as heredocs,
``'...'`` bodies as code inside quotes) and ``Note`` blocks follow Rouge's states.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer

TOKEN_MAP = {"noun": Keyword.Constant, "verb": Name.Function, "modifier": Operator,
             "name": Name, "param": Name.Builtin.Pseudo, "other": Punctuation, None: Error}
INFLECTIONS = ("", ".", ":", "..", ".:", ":.", "::")
V, M, N = "verb", "modifier", "name"
PRIMITIVES = {
    "()": ["other"], "=": [V, "other", "other"], "<>+-*%$|,#": [V, V, V], "^": [V, V, M],
    '~"': [M, V, V], ".:@": [M, M, M], ";": [V, M, V], "!": [V, M, M], "/\\": [M, M, V],
    "[": [V, None, V], "]": [V], "{": [V, V, V, None, None, None, V],
    "}": [M, V, V, None, None, None, M], "`": [M, None, M], "&": [M, M, M, None, M],
    "?": [V, V], "a": [N, "noun", "noun"], "ACeEIjorv": [N, V], "bdfHMT": [N, M],
    "Dt": [N, M, M], "F": [N, M, M, M, M, M, M], "iu": [N, V, V], "L": [N, V, M],
    "mny": ["param"], "p": [N, V, V, V], "qsZ": [N, None, V], "S": [N, None, M],
    "u": ["param", V, V], "v": ["param", V], "x": ["param", None, V],
}
TABLE = {char: kinds for chars, kinds in PRIMITIVES.items() for char in chars}
CONTROL_WORDS = frozenset("""
assert break case catch catchd catcht continue do else elseif end fcase for if return select throw
try while whilst
""".split())
CONTROL_WORDS_ID = frozenset(("for", "goto", "label"))


def _primitive(lexer, match, ctx):
    inflection = match.group(2)
    if inflection in INFLECTIONS:
        kinds = TABLE.get(match.group(1), [N])
        i = INFLECTIONS.index(inflection)
        token = TOKEN_MAP[kinds[i] if i < len(kinds) else None]
    else:
        token = Error
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


def _suffixed(plain):
    """A number or ``n:`` verb: its token when no inflection follows, else ``Error``."""

    def callback(lexer, match, ctx):
        yield match.start(), Error if match.group(1) else plain, match.group(0)
        ctx.pos = match.end()

    return callback


def _name(lexer, match, ctx):
    name, suffix = match.group(1), match.group(2)
    ctx.pos = match.end()
    if suffix != ".":
        yield match.start(), Error if suffix else Name, match.group(0)
        return
    word, sep, ident = name.partition("_")
    words = CONTROL_WORDS if not sep else CONTROL_WORDS_ID if ident else None
    if words is None or word not in words:
        yield match.start(), Error, match.group(0)
        return
    yield match.start(), Keyword, word + sep
    yield match.start() + len(word + sep), Name if word == "for" else Name.Label, ident
    yield match.start(2), Keyword, suffix


def _newline(lexer, match, ctx):
    yield match.start(), Text, match.group(0)
    ctx.pos = match.end()
    if ctx.j_note_next:
        ctx.stack.append("note")
        ctx.j_note_next = False


def _definition(lexer, match, ctx):
    yield from bygroups(Keyword.Pseudo, Text, Keyword.Pseudo, Text)(lexer, match, ctx)
    ctx.j_def_body = "noun" if match.group(1) in ("0", "noun") else "code"
    if match.group(3) == "define":
        if len(ctx.stack) > 1:
            ctx.stack.pop()
        ctx.stack.extend([ctx.j_def_body, "def_next"])
    else:
        ctx.stack.append("expl_def")


def _note(lexer, match, ctx):
    yield from bygroups(Text, Name, Text)(lexer, match, ctx)
    ctx.j_note_next = True


def _explicit_zero(lexer, match, ctx):
    yield match.start(), Keyword.Pseudo, match.group(0)
    ctx.pos = match.end()
    if len(ctx.stack) > 2:
        ctx.stack.pop()
    ctx.stack[-1] = ctx.j_def_body
    ctx.stack.append("def_next")


def _explicit_quote(lexer, match, ctx):
    ctx.pos = match.end()
    if ctx.j_def_body == "noun":
        yield match.start(), String.Single, "'"
        ctx.stack[-1] = "str"
    else:
        yield match.start(), Punctuation, "'"
        ctx.stack[-1] = "q_expr"


class RougeJLexer(RougeRegexLexer):
    """J tokenised like Rouge 3.30.0."""

    name = "J (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with Rouge's ``@note_next`` and ``@def_body``."""
        ctx = super().new_context(text)
        ctx.j_note_next, ctx.j_def_body = False, None
        return ctx

    tokens = {
        "expr": [
            (r"\s+", Text),
            (r"([!-&(-/:-@\[-^`{-~]|[A-Za-z]\b)([.:]*)", _primitive),
            (r"(?:\d|_\d?):([.:]*)", _suffixed(Name.Function)),
            (r"[\d_][a-zA-Z0-9_.]*([.:]*)", _suffixed(Number)),
            (r"'", String.Single, "str"),
            (r"NB\.(?![.:]).*", Comment.Single),
            (r"([A-Za-z][a-zA-Z0-9_]*)([.:]*)", _name),
        ],
        "str": [(r"''", String.Escape), (r"[^'\n]+", String.Single),
                (r"'|$", String.Single, "#pop")],
        "root": [
            (r"\n", _newline),
            (r"([0-4]|13|adverb|conjunction|dyad|monad|noun|verb)([ \t]+)(def(?:ine)?\b|:)"
             r"(?![.:])([ \t]*)", _definition),
            (r"^([ \t]*)(Note\b(?![.:]))([ \t\r]*)(?!=[.:]|$)", _note),
            (r"[mnuvxy]\b(?![.:])", Name),
            include("expr"),
        ],
        "def_next": [(r"\n", Text, "#pop"), include("root")],
        "expl_def": [
            (r"0\b(?![.:])", _explicit_zero),
            (r"'", _explicit_quote),
            default("#pop"),
        ],
        "q_expr": [
            (r"''", String.Single, "q_str"),
            (r"'|$", Punctuation, "#pop"),
            (r"NB\.(?![.:])([^'\n]|'')*", Comment.Single),
            include("expr"),
        ],
        "q_str": [
            (r"''''", String.Escape),
            (r"[^'\n]+", String.Single),
            (r"''", String.Single, "#pop"),
            (r"'|$", Punctuation, "#pop:2"),
        ],
        "note": [include("delimiter"), (r".+\n?", Comment.Multiline)],
        "noun": [include("delimiter"), (r".+\n?", String.Heredoc)],
        "code": [
            include("delimiter"),
            (r"^([ \t]*)(:)([ \t\r]*)$", bygroups(Text, Punctuation, Text)),
            include("expr"),
        ],
        "delimiter": [
            (r"^([ \t]*)(\))([ \t\r]*$\n?)", bygroups(Text, Punctuation, Text), "#pop"),
        ],
    }
