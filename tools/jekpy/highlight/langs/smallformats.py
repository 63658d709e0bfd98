"""Small data formats as Rouge 3.30.0 splits them: Protocol Buffers, e-mail messages,
NeXTSTEP/OpenStep property lists, Jsonnet and TAP (rouge lib/rouge/lexers/protobuf.rb,
email.rb, plist.rb, jsonnet.rb, tap.rb).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer

PROTO_KW = (
    r"(?=\w)(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|required"
    r"|returns|rpc|to)\b"
)
PROTO_TYPES = (
    r"(?=\w)(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32"
    r"|sint64|string|uint32|uint64)\b"
)


class RougeProtobufLexer(RougeRegexLexer):
    """Protocol Buffers tokenised like Rouge 3.30.0."""

    name = "Protobuf (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"[\s]+", Text),
            (r"[,;{}\[\]()]", Punctuation),
            (r"/(\\\n)?/($|(.|\n)*?[^\\]$)", Comment.Single),
            (r"/(\\\n)?\*(.|\n)*?\*(\\\n)?/", Comment.Multiline),
            (PROTO_KW, Keyword),
            (PROTO_TYPES, Keyword.Type),
            (r"true|false", Keyword.Constant),
            (r"(package)(\s+)", bygroups(Keyword.Namespace, Text), "package"),
            (r"(message|extend)(\s+)", bygroups(Keyword.Declaration, Text), "message"),
            (r"(enum|group|service)(\s+)", bygroups(Keyword.Declaration, Text), "type"),
            (r'".*?"', String),
            (r"'.*?'", String),
            (r"(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*", Number.Float),
            (r"(\d+\.\d*|\.\d+|\d+[fF])[fF]?", Number.Float),
            (r"(-?(inf|nan))\b", Number.Float),
            (r"0x[0-9a-fA-F]+[LlUu]*", Number.Hex),
            (r"0[0-7]+[LlUu]*", Number.Oct),
            (r"\d+[LlUu]*", Number.Integer),
            (r"[+-=]", Operator),
            (r"([a-zA-Z_][\w.]*)([ \t]*)(=)", bygroups(Name.Attribute, Text, Operator)),
            (r"[a-zA-Z_][\w.]*", Name),
        ],
        "package": [(r"[a-zA-Z_]\w*", Name.Namespace, "#pop"), default("#pop")],
        "message": [(r"[a-zA-Z_]\w*", Name.Class, "#pop"), default("#pop")],
        "type": [(r"[a-zA-Z_]\w*", Name, "#pop"), default("#pop")],
    }


class RougeEmailLexer(RougeRegexLexer):
    """E-mail messages tokenised like Rouge 3.30.0: header fields, then the body."""

    name = "Email (Rouge)"
    aliases = []
    flags = re.MULTILINE
    start_stack = ("root", "fields")

    tokens = {
        "fields": [
            (r"[:]", Operator, "field_body"),
            (r"[^\n\r:]+", Name.Tag),
            (r"[\n\r]", Name.Tag),
        ],
        "field_body": [
            (r"(\r?\n){2}", Text, "#pop:2"),
            (r"\r?\n(?![ \v\t\f])", Text, "#pop"),
            (r"[^\n\r]+", Name.Attribute),
            (r"[\n\r]", Name.Attribute),
        ],
        "root": [(r"\n", Text), (r"^>.*", Comment), (r".+", Text)],
    }


class RougePlistLexer(RougeRegexLexer):
    """Property lists (the old-style text syntax) tokenised like Rouge 3.30.0."""

    name = "Plist (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [(r"\s+", Text.Whitespace)],
        "root": [
            (r"//.*$", Comment),
            (r"(?s)/\*.+?\*/", Comment),
            include("whitespace"),
            (r"\{", Punctuation, "dictionary"),
            (r"\(", Punctuation, "array"),
            (r'"([^"\\]|\\.)*"', Literal.String.Double),
            (r"'([^'\\]|\\.)*'", Literal.String.Single),
            (r"<", Punctuation, "data"),
            (r"[\w$/:.-]+", Literal),
        ],
        "dictionary": [include("root"), (r"[=;]", Punctuation), (r"\}", Punctuation, "#pop")],
        "array": [include("root"), (r"[,]", Punctuation), (r"\)", Punctuation, "#pop")],
        "data": [(r"[0-9a-fA-F\s]+", Number.Hex), (r">", Punctuation, "#pop")],
    }


JSONNET_KEYWORDS = frozenset(
    "self super local for in if then else import importstr error tailstrict assert".split()
)
JSONNET_BUILTINS = frozenset(
    """
    acos asin atan ceil char codepoint cos exp exponent filter floor force length log makeArray
    mantissa objectFields objectHas pow sin sqrt tan thisFile type abs assertEqual
    escapeStringBash escapeStringDollars escapeStringJson escapeStringPython filterMap
    flattenArrays foldl foldr format join lines manifestIni manifestPython manifestPythonVars
    map max min mod range set setDiff setInter setMember setUnion sort split stringChars substr
    toString uniq
    """.split()
)


def _jsonnet_word(lexer, match, ctx):
    word = match.group(0)
    if word in JSONNET_KEYWORDS:
        token = Keyword
    elif word == "function":
        token = Keyword.Declaration
    elif word in ("null", "true", "false"):
        token = Keyword.Constant
    elif word in JSONNET_BUILTINS:
        token = Name.Builtin
    else:
        token = Name.Other
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeJsonnetLexer(RougeRegexLexer):
    """Jsonnet tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/jsonnet.rb)."""

    name = "Jsonnet (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"#.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r"(?i)-?(?:0|[1-9]\d*)\.\d+(?:e[+-]\d+)?", Number.Float),
            (r"(?i)-?(?:0|[1-9]\d*)(?:e[+-]\d+)?", Number.Integer),
            (r"[{}:.,;+\[\]=%()]", Punctuation),
            (r'"', String, "string_double"),
            (r"'", String, "string_single"),
            (r"\|\|\|", String, "string_block"),
            (r"\$", Keyword),
            (r"[a-zA-Z_][a-zA-Z0-9_]*", _jsonnet_word),
        ],
        "string": [
            (r"\\([\\/bfnrt]|(u[0-9a-fA-F]{4}))", String.Escape),
            (r"\\.", String.Escape),
        ],
        "string_double": [
            include("string"),
            (r'\\"', String.Escape),
            (r'"', String, "#pop"),
            (r'[^\\"]+', String),
        ],
        "string_single": [include("string"), (r"'", String, "#pop"), (r"[^\\']+", String)],
        "string_block": [
            include("string"),
            (r"[|][|][|]", String, "#pop"),
            (r"[^|\\]+", String),
            (r"[|]", String),
        ],
    }


class RougeTAPLexer(RougeRegexLexer):
    """Test Anything Protocol output tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/tap.rb)."""

    name = "TAP (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"^TAP version \d+\n", Name.Namespace),
            (r"^1\.\.\d+", Keyword.Declaration, "plan"),
            (r"^(not ok)([^\S\n]*)(\d*)", bygroups(Generic.Error, Text, Literal.Number.Integer),
             "test"),
            (r"^(ok)([^\S\n]*)(\d*)", bygroups(Keyword.Reserved, Text, Literal.Number.Integer),
             "test"),
            (r"^#.*\n", Comment),
            (r"^Bail out!.*\n", Generic.Error),
            (r"^.*\n", Text),
        ],
        "plan": [
            (r"[^\S\n]+", Text),
            (r"#", Comment, "directive"),
            (r"\n", Comment, "#pop"),
            (r".*\n", Generic.Error, "#pop"),
        ],
        "test": [
            (r"[^\S\n]+", Text),
            (r"#", Comment, "directive"),
            (r"\S+", Text),
            (r"\n", Text, "#pop"),
        ],
        "directive": [
            (r"[^\S\n]+", Comment),
            (r"(?i)(?=\w)TODO\b", Comment.Preproc),
            (r"(?i)(?=\w)SKIP\S*", Comment.Preproc),
            (r"\S+", Comment),
            (r"\n", Comment, "#pop:2"),
        ],
    }
