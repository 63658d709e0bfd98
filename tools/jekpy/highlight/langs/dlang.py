"""D as Rouge 3.30.0's ``Rouge::Lexers::D`` (rouge lib/rouge/lexers/d.rb) splits it.

Operators and brackets are all ``Punctuation``; ``q"[...]"``-style delimited strings nest;
``/+ +/`` comments nest.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = """
abstract alias align asm assert auto body break case cast catch class const continue debug
default delegate delete deprecated do else enum export extern finally final foreach_reverse
foreach for function goto if immutable import interface invariant inout in is lazy mixin module
new nothrow out override package pragma private protected public pure ref return scope shared
static struct super switch synchronized template this throw try typedef typeid typeof union
unittest version volatile while with __gshared __traits __vector __parameters
""".split()
TYPES = """
bool byte cdouble cent cfloat char creal dchar double float idouble ifloat int ireal long real
short ubyte ucent uint ulong ushort void wchar
""".split()
PSEUDO = """
__FILE__ __FILE_FULL_PATH__ __MODULE__ __LINE__ __FUNCTION__ __PRETTY_FUNCTION__ __DATE__
__EOF__ __TIME__ __TIMESTAMP__ __VENDOR__ __VERSION__
""".split()
PUNCTUATION = (
    r"(~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|<=|\+\+|\+="
    r"|--|-=|\|\||\|=|&&|&=|\.\.\.|\.\.|/=)|[/.&|\-+<>!()\[\]{}?,;:$=*%^~]"
)


def _delimited(open_: str, close: str, inside: str) -> list:
    return [
        (rf"[^{open_}{close}]+", String),
        (open_, String, inside),
        (close + '"', String, "#pop"),
    ]


def _inside(open_: str, close: str) -> list:
    return [(rf"[^{open_}{close}]+", String), (open_, String, "#push"), (close, String, "#pop")]


class RougeDLexer(RougeRegexLexer):
    """D tokenised like Rouge 3.30.0."""

    name = "D (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [(r"\n", Text), (r"\s+", Text)],
        "root": [
            include("whitespace"),
            (r"//.*", Comment.Single),
            (r"/(\\\n)?[*](.|\n)*?[*](\\\n)?/", Comment.Multiline),
            (r"/\+", Comment.Multiline, "nested_comment"),
            (rf"({'|'.join(KEYWORDS)})\b", Keyword),
            (rf"({'|'.join(TYPES)})\b", Keyword.Type),
            (r"(false|true|null)\b", Keyword.Constant),
            (rf"({'|'.join(PSEUDO)})\b", Keyword.Pseudo),
            (r"macro\b", Keyword.Reserved),
            (r"(string|wstring|dstring|size_t|ptrdiff_t)\b", Name.Builtin),
            (r"0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?",
             Number.Float),
            (r"[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?",
             Number.Float),
            (r"\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?", Number.Float),
            (r"0[Bb][01_]+", Number.Bin),
            (r"0[0-7_]+", Number.Oct),
            (r"0[xX][0-9a-fA-F_]+", Number.Hex),
            (r"(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?", Number.Integer),
            (r"'(\\['\"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}"
             r"|\\U[0-9a-fA-F]{8}|\\&\w+;|.)'", String.Char),
            (r'r"[^"]*"[cwd]?', String),
            (r"`[^`]*`[cwd]?", String),
            (r'"(\\\\|\\"|[^"])*"[cwd]?', String),
            (r"\\(['\"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}"
             r"|&\w+;)", String),
            (r'x"[0-9a-fA-F_\s]*"[cwd]?', String),
            (r'q"\[', String, "delimited_bracket"),
            (r'q"\(', String, "delimited_parenthesis"),
            (r'q"<', String, "delimited_angle"),
            (r'q"\{', String, "delimited_curly"),
            (r'q"([a-zA-Z_]\w*)\n.*?\n\1"', String),
            (r'q"(.).*?\1"', String),
            (r"q\{", String, "token_string"),
            (r"@([a-zA-Z_]\w*)?", Name.Decorator),
            (PUNCTUATION, Punctuation),
            (r"[a-zA-Z_]\w*", Name),
            (r"#line\s.*\n", Comment.Special),
        ],
        "nested_comment": [
            (r"[^+/]+", Comment.Multiline),
            (r"/\+", Comment.Multiline, "#push"),
            (r"\+/", Comment.Multiline, "#pop"),
            (r"[+/]", Comment.Multiline),
        ],
        "token_string": [
            (r"\{", Punctuation, "token_string_nest"),
            (r"\}", String, "#pop"),
            include("root"),
        ],
        "token_string_nest": [
            (r"\{", Punctuation, "#push"),
            (r"\}", Punctuation, "#pop"),
            include("root"),
        ],
        "delimited_bracket": _delimited(r"\[", r"\]", "delimited_inside_bracket"),
        "delimited_inside_bracket": _inside(r"\[", r"\]"),
        "delimited_parenthesis": _delimited(r"\(", r"\)", "delimited_inside_parenthesis"),
        "delimited_inside_parenthesis": _inside(r"\(", r"\)"),
        "delimited_angle": _delimited("<", ">", "delimited_inside_angle"),
        "delimited_inside_angle": _inside("<", ">"),
        "delimited_curly": _delimited(r"\{", r"\}", "delimited_inside_curly"),
        "delimited_inside_curly": _inside(r"\{", r"\}"),
    }
