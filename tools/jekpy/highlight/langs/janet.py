"""Janet as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/janet.rb).

The symbol after ``(`` is a special form (``Keyword``), a bundled function
(``Keyword.Reserved``) or ``Name.Function`` by Rouge's lists (``janet.*``); after it Rouge
*replaces* the call's state with ``root``, so a ``)`` there is plain punctuation and the state
stack only grows - kept as Rouge has it.  ``'(...)`` quotes (symbols ``String.Escape``),
``~(...)`` quasi-quotes with ``,unquote``; ``:keywords`` ``Keyword.Constant``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

PUNCT = r"[_!$%^&*+=~<>.?/-]"
SYMBOL = rf"([^\W\d_]|{PUNCT})(\w|{PUNCT}|:)*"
HEX = r"[0-9a-fA-F]"


def _call(lexer, match, ctx):
    name = match.group(0)
    ctx.pos = match.end()
    if name == "quote":
        token, state = Keyword, "quote"
    elif name == "quasiquote":
        token, state = Keyword, "quasiquote"
    else:
        if name in words("janet.specials"):
            token = Keyword
        elif name in words("janet.bundled"):
            token = Keyword.Reserved
        else:
            token = Name.Function
        state = "root"
    yield match.start(), token, name
    ctx.stack[-1] = state


class RougeJanetLexer(RougeRegexLexer):
    """Janet tokenised like Rouge 3.30.0."""

    name = "Janet (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"#.*?$", Comment.Single),
            (r"\s+", Text.Whitespace),
            (r"(true|false|nil)\b", Name.Constant),
            (rf"(['~])({SYMBOL})", bygroups(Operator, String.Symbol)),
            (rf":(\w|{PUNCT}|:)*", Keyword.Constant),
            (r"[+-]?[0-9]{1,2}r[a-zA-Z0-9_.]+(&[+-]?[a-zA-Z0-9_]+)?", Number.Float),
            (rf"[+-]?0x{HEX}[0-9a-fA-F_]*(\.{HEX}[0-9a-fA-F_]*)?", Number.Hex),
            (rf"[+-]?0x\.{HEX}[0-9a-fA-F_]*", Number.Hex),
            (r"(?i)[+-]?[0-9][0-9_]*(\.[0-9][0-9_]*)?([e][+-]?[0-9]+)?", Number.Float),
            (r"(?i)[+-]?\.[0-9][0-9_]*([e][+-]?[0-9]+)?", Number.Float),
            (r'@?"', String.Double, "string"),
            (r"(?s)@?(`+).*?\1", String.Heredoc),
            (r"\(", Punctuation, "function"),
            (r"(')(@?[(\[{])", bygroups(Operator, Punctuation), "quote"),
            (r"(~)(@?[(\[{])", bygroups(Operator, Punctuation), "quasiquote"),
            (r"[#~,';|]", Operator),
            (r"@?[(){}\[\]]", Punctuation),
            (SYMBOL, Name),
        ],
        "string": [
            (r'"', String.Double, "#pop"),
            (rf"\\(u{HEX}{{4}}|U{HEX}{{6}})", String.Escape),
            (r"\\.", String.Escape),
            (r'[^"\\]+', String.Double),
        ],
        "function": [(r"[)]", Punctuation, "#pop"), (SYMBOL, _call), include("root")],
        "quote": [
            (r"[(\[{]", Punctuation, "#push"),
            (r"[)\]}]", Punctuation, "#pop"),
            (SYMBOL, String.Escape),
            include("root"),
        ],
        "quasiquote": [
            (r"(,)(\()", bygroups(Operator, Punctuation), "function"),
            (r"(\()(\s*)(unquote)(\s+)(\()", bygroups(Punctuation, Text, Keyword, Text,
                                                      Punctuation), "function"),
            (rf"(,)({SYMBOL})", bygroups(Operator, Name)),
            (rf"(\()(\s*)(unquote)(\s+)({SYMBOL})", bygroups(Punctuation, Text, Keyword, Text,
                                                             Name)),
            include("quote"),
        ],
    }
