"""sed scripts as Rouge 3.30.0's ``Rouge::Lexers::Sed`` (rouge lib/rouge/lexers/sed.rb) split them.

Addresses are ``Keyword.Namespace``, commands ``Keyword``; the pattern of ``s///`` and
``/addr/`` goes to Rouge's small regex lexer and the replacement to its replacement lexer,
both carrying their state from one piece to the next (one instance each, as in Rouge).
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer, lex_continuing

EDOT = r"(?:\\.|.)"
ADDR = Keyword.Namespace


class _RegexLexer(RougeRegexLexer):
    """The regular expressions inside a sed script."""

    flags = re.MULTILINE
    tokens = {
        "root": [
            (r"\\.", String.Escape),
            (r"\[", Punctuation, "brackets"),
            (r"[$^.*]", Operator),
            (r"[()]", Punctuation),
            (r".", String.Regex),
        ],
        "brackets": [(r"\^", Punctuation, ("#pop", "brackets_int")),
                     default(("#pop", "brackets_int"))],
        "brackets_int": [
            (r".-.", Name.Variable),
            (r"\]", Punctuation, "#pop"),
            (r".", String.Regex),
        ],
    }


class _ReplacementLexer(RougeRegexLexer):
    """The replacement text of ``s///`` and both parts of ``y///``."""

    flags = re.MULTILINE
    tokens = {
        "root": [(r"(?s)\\.", String.Escape), (r"&", Operator), (r"[^\\&]+", Text)],
    }


def _sub(kind: str, text: str, start: int, ctx):
    lexer = _RegexLexer() if kind == "regex" else _ReplacementLexer()
    saved = getattr(ctx, f"{kind}_state")
    tokens, saved = lex_continuing(lexer, text, saved)
    setattr(ctx, f"{kind}_state", saved)
    for pos, ttype, value in tokens:
        yield start + pos, ttype, value


def _substitute(kinds: tuple[str, str], next_state: tuple):
    """``s/re/rep/`` or ``y/abc/xyz/``: delimiters and the two parts, then ``next_state``."""

    def callback(lexer, match, ctx):
        yield match.start(1), Keyword, match.group(1)
        yield match.start(2), Punctuation, match.group(2)
        yield from _sub(kinds[0], match.group(3), match.start(3), ctx)
        yield match.start(4), Punctuation, match.group(4)
        yield from _sub(kinds[1], match.group(5), match.start(5), ctx)
        yield match.start(6), Punctuation, match.group(6)
        ctx.stack.pop()
        ctx.stack.extend(next_state)
        ctx.pos = match.end()

    return callback


def _address(lexer, match, ctx):
    yield match.start(1), ADDR, match.group(1)
    yield from _sub("regex", match.group(2), match.start(2), ctx)
    yield match.start(3), ADDR, match.group(3)
    ctx.pos = match.end()


def _escaped_address(lexer, match, ctx):
    yield match.start(1), ADDR, match.group(1) + match.group(2)
    yield from _sub("regex", match.group(3), match.start(3), ctx)
    yield match.start(4), ADDR, match.group(4)
    ctx.pos = match.end()


def _reset(token):
    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        ctx.stack[:] = ["root"]
        ctx.pos = match.end()

    return callback


class RougeSedLexer(RougeRegexLexer):
    """sed tokenised like Rouge 3.30.0."""

    name = "sed (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; both sub-lexers start afresh."""
        ctx = super().new_context(text)
        ctx.regex_state = ctx.replacement_state = None
        return ctx

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"#.*?\n", _reset(Comment)),
            (r"\n", _reset(Text)),
            (r";", _reset(Punctuation)),
        ],
        "root": [include("addr_range")],
        "command": [
            include("whitespace"),
            (rf"(?s)(s)(.)({EDOT}*?)(\2)({EDOT}*?)(\2)",
             _substitute(("regex", "replacement"), ("flags",))),
            (rf"(?s)(y)(.)({EDOT}*?)(\2)({EDOT}*?)(\2)",
             _substitute(("replacement", "replacement"), ())),
            (r"([aic])(\s*)", bygroups(Keyword, Text), ("#pop", "text")),
            (r"[pd]", Keyword),
            (r"(?i)([qQl])(\s+)(\d+)", bygroups(Keyword, Text, Number), "#pop"),
            (r"[={}dDgGhHlnpPqx]", Keyword, "#pop"),
            (r"([rRwW])(\s+)(\S+)", bygroups(Keyword, Text, Name), "#pop"),
            (r"([:btT])(\s+)(\S+)", bygroups(Keyword, Text, Name.Label), "#pop"),
        ],
        "addr_range": [
            include("whitespace"),
            (r"\d+", ADDR),
            (r"[$,~+!]", ADDR),
            (r"(/)((?:\\.|.)*?)(/)", _address),
            (r"(\\)(.)((?:\\.|.)*?)(\2)", _escaped_address),
            default("command"),
        ],
        "text": [
            (r"[^\\\n]+", String),
            (r"\\\n", String.Escape),
            (r"\\", String),
            (r"\n", Text, "#pop"),
        ],
        "flags": [
            (r"[gp]+", Keyword, "#pop"),
            (r"([wW])(\s+)(\S+)", bygroups(Keyword, Text, Name)),
            default("#pop"),
        ],
    }
