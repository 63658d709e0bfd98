"""TTCN-3 as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/ttcn3.rb): C-like statements,
``'0101'B``/``'FF'H``/``'17'O`` bit, hex and octet strings, Rouge's keyword, type and reserved
lists, ``module``/``import`` heads.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
module import group type port component signature external execute const template function
altstep testcase var timer if else select case for while do label goto start stop return break
int2char int2unichar int2bit int2enum int2hex int2oct int2str int2float float2int char2int
char2oct unichar2int unichar2oct bit2int bit2hex bit2oct bit2str hex2int hex2bit hex2oct hex2str
oct2int oct2bit oct2hex oct2str oct2char oct2unichar str2int str2hex str2oct str2float enum2int
any2unistr lengthof sizeof ispresent ischosen isvalue isbound istemplatekind regexp substr replace
encvalue decvalue encvalue_unichar decvalue_unichar encvalue_o decvalue_o get_stringencoding
remove_bom rnd hostid send receive setverdict
""".split())
RESERVED = frozenset("""
all alt apply assert at configuration conjunct const control delta deterministic disjunct
duration fail finished fuzzy from history implies inconc inv lazy mod mode notinv now omit onentry
onexit par pass prev realtime seq setstate static stepsize stream timestamp until values wait
""".split())
TYPES = frozenset("""
anytype address boolean bitstring charstring hexstring octetstring component enumerated float
integer port record set of union universal
""".split())
ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
DIGIT = r"(?:\d_+\d|\d)"


def _word(lexer, match, ctx):
    name = match.group(0)
    if name in KEYWORDS:
        token = Keyword
    elif name in TYPES:
        token = Keyword.Type
    elif name in RESERVED:
        token = Keyword.Reserved
    else:
        token = Name
    yield match.start(), token, name
    ctx.pos = match.end()


class RougeTTCN3Lexer(RougeRegexLexer):
    """TTCN-3 tokenised like Rouge 3.30.0."""

    name = "TTCN3 (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "statements": [
            (r"\n+", Text),
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"//(\\.|.)*?$", Comment.Single),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
            (r'"', String, "string"),
            (r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", String.Char),
            (rf"(?i){DIGIT}+\.{DIGIT}+([eE]{DIGIT}+)?[fd]?", Number.Float),
            (r"(?i)'(?:[01]_+[01]|[01])+'B", Number.Bin),
            (r"(?i)'(?:[0-9a-fA-F]_+[0-9a-fA-F]|[0-9a-fA-F])+'H", Number.Hex),
            (r"(?i)'(?:[0-7]_+[0-7]|[0-7])+'O", Number.Oct),
            (rf"{DIGIT}+", Number.Integer),
            (r"[~!%^&*+:=|?<>/-]", Operator),
            (r"[()\[\]{},.;:]", Punctuation),
            (r"(?:true|false|null)\b", Name.Builtin),
            (ID, _word),
        ],
        "root": [
            (r"module\b", Keyword.Declaration, "module"),
            (r"import\b", Keyword.Namespace, "import"),
            include("statements"),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\([\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "module": [(r"\s+", Text), (ID, Name.Class, "#pop")],
        "import": [(r"\s+", Text), (r"[\w.]+\*?", Name.Namespace, "#pop")],
    }
