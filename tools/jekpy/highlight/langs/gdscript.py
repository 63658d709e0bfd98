"""GDScript as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/gdscript.rb).

Python-like: ``func``/``class`` name the next word (``Name.Function``/``Name.Class``), Godot
builtins are ``Name.Builtin``, engine types ``Keyword.Type``, ``%`` format specs in strings
``String.Interpol``.  Rouge opens every string with ``String.Double`` (also ``'``), and its
single-quoted strings close with ``String.Single``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = """
and in not or as breakpoint class class_name extends is func setget signal tool const enum export
onready static var break continue if elif else for pass return match while remote master puppet
remotesync mastersync puppetsync
""".split()
RESERVED = "do switch case".split()
BUILTINS = """
Color8 ColorN abs acos asin assert atan atan2 bytes2var ceil char clamp convert cos cosh db2linear
decimals dectime deg2rad dict2inst ease exp floor fmod fposmod funcref hash inst2dict
instance_from_id is_inf is_nan lerp linear2db load log max min nearest_po2 pow preload print
print_stack printerr printraw prints printt rad2deg rand_range rand_seed randf randi randomize range
round seed sign sin sinh sqrt stepify str str2var tan tan tanh type_exist typeof var2bytes var2str
weakref yield
""".split()
TYPES = """
bool int float String Vector2 Rect2 Transform2D Vector3 AABB Plane Quat Basis Transform Color RID
Object NodePath Dictionary Array PoolByteArray PoolIntArray PoolRealArray PoolStringArray
PoolVector2Array PoolVector3Array PoolColorArray null
""".split()
FORMAT_SPEC = r"%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]"


def _words(words: list[str]) -> str:
    return rf"(?=\w)({'|'.join(words)})\b"


def _string_states(token, quote: str) -> list:
    """Rouge's strings_single/strings_double: format specs and the text between them."""
    other = '"' if quote == "'" else "'"
    return [
        (FORMAT_SPEC, String.Interpol),
        (rf"[^\\{quote}%\n]+", token),
        (rf"[{other}\\]", token),
        (r"%", token),
    ]


class RougeGDScriptLexer(RougeRegexLexer):
    """GDScript tokenised like Rouge 3.30.0."""

    name = "GDScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\n", Text),
            (r"[^\S\n]+", Text),
            (r"#.*", Comment.Single),
            (r"[\[\]{}:(),;]", Punctuation),
            (r"\\\n", Text),
            (r"(in|and|or|not)\b", Operator.Word),
            (r"!=|==|<<|>>|&&|\+=|-=|\*=|/=|%=|&=|\|=|\|\||[-~+/*%=<>&^.!|$]", Operator),
            (r"(func)((?:\s|\\)+)", bygroups(Keyword, Text), "funcname"),
            (r"(class)((?:\s|\\)+)", bygroups(Keyword, Text), "classname"),
            (_words(KEYWORDS), Keyword),
            (_words(RESERVED), Keyword.Reserved),
            (_words(BUILTINS), Name.Builtin),
            (r"(?=\w)((self|false|true)|(PI|TAU|NAN|INF))\b", Name.Builtin.Pseudo),
            (_words(TYPES), Keyword.Type),
            (r'"""', String.Double, "escape_tdqs"),
            (r"'''", String.Double, "escape_tsqs"),
            (r'"', String.Double, "escape_dqs"),
            (r"'", String.Double, "escape_sqs"),
            (r"[a-zA-Z_][a-zA-Z0-9_]*", Name),
            (r"(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?", Number.Float),
            (r"\d+[eE][+-]?[0-9]+j?", Number.Float),
            (r"0[xX][a-fA-F0-9]+", Number.Hex),
            (r"\d+j?", Number.Integer),
        ],
        "funcname": [(r"[a-zA-Z_][a-zA-Z0-9_]*", Name.Function, "#pop")],
        "classname": [(r"[a-zA-Z_][a-zA-Z0-9_]*", Name.Class, "#pop")],
        "string_escape": [
            (r"\\([\\abfnrtv\"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}"
             r"|[0-7]{1,3})", String.Escape),
        ],
        "dqs": [
            (r'"', String.Double, "#pop"),
            (r'\\\\|\\"|\\\n', String.Escape),
            *_string_states(String.Double, '"'),
        ],
        "escape_dqs": [include("string_escape"), include("dqs")],
        "sqs": [
            (r"'", String.Single, "#pop"),
            (r"\\\\|\\'|\\\n", String.Escape),
            *_string_states(String.Single, "'"),
        ],
        "escape_sqs": [include("string_escape"), include("sqs")],
        "tdqs": [
            (r'"""', String.Double, "#pop"),
            *_string_states(String.Double, '"'),
            (r"\n", String.Double),
        ],
        "escape_tdqs": [include("string_escape"), include("tdqs")],
        "tsqs": [
            (r"'''", String.Single, "#pop"),
            *_string_states(String.Single, "'"),
            (r"\n", String.Single),
        ],
        "escape_tsqs": [include("string_escape"), include("tsqs")],
    }
