"""Haskell as Rouge 3.30.0's ``Rouge::Lexers::Haskell`` (rouge lib/rouge/lexers/haskell.rb)
splits it.

Reserved words are ``Keyword.Reserved``, capitalised names ``Keyword.Type``, operators
``Operator`` (a lone ``\\`` ``Name.Function``), ``()`` ``Name.Builtin``; ``import``/``module``
lines name a ``Name.Namespace`` and list functions as ``Name.Function``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
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

RESERVED = frozenset(
    "_ case class data default deriving do else if in infix infixl infixr instance let newtype "
    "of then type where".split()
)
ASCII = (
    r"NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB"
    r"|ESC|[FGRU]S|SP|DEL"
)
SYMBOLS = r"[:!#$%&*+.\\/<=>?@^|~-]"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in ("import", "module"):
        ctx.stack.append(word)
        token = Keyword.Reserved
    elif word in RESERVED:
        token = Keyword.Reserved
    elif re.match(r"'?[A-Z]", word):
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def haskell_literal_states() -> dict[str, list]:
    """The import list, character, string, escape and quasi-quotation states Rouge's Haskell
    lexer shares with its Idris lexer (rouge lib/rouge/lexers/haskell.rb, idris.rb)."""
    return {
        "funclist": [
            include("basic"),
            (r"[A-Z][a-zA-Z0-9_]*", Keyword.Type),
            (r"(_[a-zA-Z0-9_']+|[a-z][a-zA-Z0-9_']*)", Name.Function),
            (r",", Punctuation),
            (rf"{SYMBOLS}+", Operator),
            (r"\(", Punctuation, "funclist"),
            (r"\)", Punctuation, "#pop"),
        ],
    "character": [
        (r"\\", String.Escape, ("#pop", "character_end", "escape")),
        (r".", String.Char, ("#pop", "character_end")),
    ],
    "character_end": [(r"'", String.Char, "#pop"), (r".", Error, "#pop")],
    "quasiquotation": [(r"\|\]", Operator, "#pop"), (r"[^|]+", Text), (r"\|", Text)],
    "string": [(r'"', String, "#pop"), (r"\\", String.Escape, "escape"),
               (r'[^\\"]+', String)],
    "escape": [
        (r"[abfnrtv\"'&\\]", String.Escape, "#pop"),
        (r"\^[\]\[A-Z@^_]", String.Escape, "#pop"),
        (ASCII, String.Escape, "#pop"),
        (r"(?i)o[0-7]+", String.Escape, "#pop"),
        (r"(?i)x[\da-f]+", String.Escape, "#pop"),
        (r"\d+", String.Escape, "#pop"),
        (r"\s+\\", String.Escape, "#pop"),
    ],
    }


class RougeHaskellLexer(RougeRegexLexer):
    """Haskell tokenised like Rouge 3.30.0."""

    name = "Haskell (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "basic": [
            (r"\s+", Text),
            (r"\{-#", Comment.Preproc, "comment_preproc"),
            (r"\{-", Comment.Multiline, "comment"),
            (r"^--\s+\|.*?$", Comment.Doc),
            (r"--(?![!#$%&*+./<=>?@^|_~]).*?$", Comment.Single),
        ],
        "comment": [
            (r"-\}", Comment.Multiline, "#pop"),
            (r"\{-", Comment.Multiline, "comment"),
            (r"[^-{}]+", Comment.Multiline),
            (r"[-{}]", Comment.Multiline),
        ],
        "comment_preproc": [
            (r"-\}", Comment.Preproc, "#pop"),
            (r"\{-", Comment.Preproc, "comment"),
            (r"[^-{}]+", Comment.Preproc),
            (r"[-{}]", Comment.Preproc),
        ],
        "root": [
            include("basic"),
            (r"'(?=(?:.|\\\S+)')", String.Char, "character"),
            (r'"', String, "string"),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)\d+\.\d+(e[+-]?\d+)?", Number.Float),
            (r"(?i)0o[0-7]+", Number.Oct),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r"[\w']+", _word),
            (rf"\\(?!{SYMBOLS}+)", Name.Function),
            (rf"(<-|::|->|=>|=)(?!{SYMBOLS}+)", Operator),
            (rf":{SYMBOLS}*", Operator),
            (rf"{SYMBOLS}+", Operator),
            (r"\[\s*\]", Keyword.Type),
            (r"\(\s*\)", Name.Builtin),
            (r"(\[)([_a-z][\w']*)(\|)", bygroups(Operator, Name, Operator), "quasiquotation"),
            (r"[\[\](),;`{}]", Punctuation),
        ],
        "import": [
            (r"\s+", Text),
            (r'"', String, "string"),
            (r"(?=\w)qualified\b", Keyword),
            (r"([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)",
             bygroups(Name.Namespace, Text, Keyword, Text, Name), "#pop"),
            (r"([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()",
             bygroups(Name.Namespace, Text, Keyword, Text, Punctuation), ("#pop", "funclist")),
            (r"([A-Z][\w.]*)(\s+)(\()", bygroups(Name.Namespace, Text, Punctuation),
             ("#pop", "funclist")),
            (r"[\w.]+", Name.Namespace, "#pop"),
        ],
        "module": [
            (r"\s+", Text),
            (r"([A-Z][\w.]*)(\s+)(\()", bygroups(Name.Namespace, Text, Punctuation), "funclist"),
            (r"(?=\w)where\b", Keyword.Reserved, "#pop"),
            (r"[A-Z][a-zA-Z0-9_.]*", Name.Namespace, "#pop"),
        ],
        **haskell_literal_states(),
    }
