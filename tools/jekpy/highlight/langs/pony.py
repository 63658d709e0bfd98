"""Pony as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/pony.rb): capitalised names are
``Name.Class``; lower-case words are reference capabilities (``Keyword.Declaration``),
keywords (``Keyword.Reserved``), a few numeric types, or names; ``\"\"\"`` doc strings.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
actor addressof and as be break class compiler_intrinsic consume continue do else elseif embed end
error for fun if ifdef in interface is isnt lambda let match new not object primitive recover
repeat return struct then this trait try type until use var where while with
""".split())
CAPABILITIES = frozenset("box iso ref tag trn val".split())
TYPES = frozenset("""
Number Signed Unsigned Float I8 I16 I32 I64 I128 U8 U32 U64 U128 F32 F64 EventID Align IntFormat
NumberPrefix FloatFormat Type
""".split())


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in CAPABILITIES:
        token = Keyword.Declaration
    elif word in KEYWORDS:
        token = Keyword.Reserved
    elif word in TYPES:
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougePonyLexer(RougeRegexLexer):
    """Pony tokenised like Rouge 3.30.0."""

    name = "Pony (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r'"""', String.Doc, "docstring"),
            (r"//.*", Comment.Single),
            (r"/(\\\n)?[*](.|\n)*?[*](\\\n)?/", Comment.Multiline),
            (r'"', String, "string"),
            (r"[~!%^&*+=|?:<>/-]", Operator),
            (r"(true|false|NULL)\b", Name.Constant),
            (r"(?:[A-Z_][a-zA-Z0-9_]*)", Name.Class),
            (r"[()\[\],.';]", Punctuation),
            (r"0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?",
             Number.Float),
            (r"[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?",
             Number.Float),
            (r"\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?", Number.Float),
            (r"0[xX][0-9a-fA-F_]+", Number.Hex),
            (r"(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?", Number.Integer),
            (r"(?i)[a-z_][a-z0-9_]*", _word),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\([\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "docstring": [(r'"""', String.Doc, "#pop"), (r"\n", String.Doc), (r".", String.Doc)],
    }
