"""Xojo (REALbasic) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/xojo.rb).

Keywords (``Keyword``), types (``Keyword.Declaration``) and operator words are matched
case-insensitively; other words are plain text.  ``rem``, ``//`` and ``'`` comments (Rouge's
class ``[//']`` also takes a single ``/``), ``#tag Note`` blocks and ``#`` lines are comments.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Literal, Operator, Punctuation, Text

from .base import RougeRegexLexer

KEYWORDS = """
addhandler aggregates array asc assigns attributes begin break byref byval call case catch class
const continue char ctype declare delegate dim do downto each else elseif end enum event exception
exit extends false finally for function global goto if implements inherits interface lib loop mod
module new next nil object of optional paramarray private property protected public raise
raiseevent rect redim removehandler return select shared soft static step sub super then to true
try until using uend uhile
""".split()
TYPES = """
boolean cfstringref cgfloat cstring curency date double int8 int16 int32 int64 integer ostype
pstring ptr short single single string structure variant uinteger uint8 uint16 uint32 uint64
ushort windowptr wstring
""".split()
OPERATOR_WORDS = "addressof weakaddressof and as in is isa mod not or xor".split()


class RougeXojoLexer(RougeRegexLexer):
    """Xojo tokenised like Rouge 3.30.0."""

    name = "Xojo (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"(?i)rem\b.*?$", Comment.Single),
            (r"[/'].*$", Comment.Single),
            (r"(?si)\#tag Note.*?\#tag EndNote", Comment.Preproc),
            (r"\s*[#].*$", Comment.Preproc),
            (r'".*?"', Literal.String.Double),
            (r"[(){}!#,:]", Punctuation),
            (rf"(?i)(?=\w)(?:{'|'.join(KEYWORDS)})\b", Keyword),
            (rf"(?i)(?=\w)(?:{'|'.join(TYPES)})\b", Keyword.Declaration),
            (rf"(?i)(?=\w)(?:{'|'.join(OPERATOR_WORDS)})\b", Operator),
            (r"[+-]?(\d+\.\d*|\d*\.\d+)", Literal.Number.Float),
            (r"[+-]?\d+", Literal.Number.Integer),
            (r"(?i)&[CH][0-9a-f]+", Literal.Number.Hex),
            (r"(?i)&O[0-7]+", Literal.Number.Oct),
            (r"(?=\w)[a-zA-Z0-9_.]+\b", Text),
            (r"<=|>=|<>|[=><+\-*/\\]", Operator),
        ],
    }
