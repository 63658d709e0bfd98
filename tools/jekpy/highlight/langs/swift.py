"""Swift as Rouge 3.30.0's ``Rouge::Lexers::Swift`` (rouge lib/rouge/lexers/swift.rb) splits it.

Capitalised names are ``Keyword.Type``, a name before ``(`` ``Name.Function``, ``label:`` and
names after ``let``/``var`` ``Name.Variable``, attributes (``@objc``) and declaration keywords
``Keyword.Declaration``; ``#`` at a line start is a ``Comment.Preproc`` line; string
interpolation ``\\(...)`` is ``String.Escape`` around ordinary tokens.
"""

from __future__ import annotations

import re

from pygments import unistring as uni
from pygments.lexer import bygroups, default, include
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

KEYWORDS = frozenset(
    """
    await break case continue default do else fallthrough if in for return switch where while
    try catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__
    __FILE__ __FUNCTION__ __LINE__ associativity async didSet get infix inout isolated mutating
    none nonmutating operator override postfix precedence prefix set unowned weak willSet throws
    rethrows precedencegroup
    """.split()
)
DECLARATIONS = frozenset(
    """
    actor class deinit enum convenience extension final func import init internal lazy let
    nonisolated optional private protocol public required static struct subscript typealias var
    dynamic indirect associatedtype open fileprivate some
    """.split()
)
CONSTANTS = frozenset(["true", "false", "nil"])
ASTRAL = "\U00010000-\U0010ffff"
ID = rf"(?:_|(?![{uni.Mc}])[^\W\d_]|[{ASTRAL}])(?:\w|[{ASTRAL}])*"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in DECLARATIONS:
        token = Keyword.Declaration
    elif word in CONSTANTS:
        token = Keyword.Constant
    elif word[0].isupper():
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _call(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Keyword.Type if word[0].isupper() else Name.Function, word
    ctx.pos = match.end()


def _access(lexer, match, ctx):
    """``private(set)`` is one declaration token; another word in the brackets is an error."""
    if match.group(3) == "set":
        yield match.start(), Keyword.Declaration, match.group(0)
    else:
        for group, ttype in enumerate(
            (Keyword.Declaration, Keyword.Declaration, Error, Keyword.Declaration), start=1
        ):
            if match.group(group):
                yield match.start(group), ttype, match.group(group)
    ctx.pos = match.end()


def _unowned(lexer, match, ctx):
    if match.group(2) in ("safe", "unsafe"):
        yield match.start(), Keyword.Declaration, match.group(0)
    else:
        for group, ttype in enumerate((Keyword.Declaration, Error, Keyword.Declaration), 1):
            if match.group(group):
                yield match.start(group), ttype, match.group(group)
    ctx.pos = match.end()


NOT_CALLS = "if|while|for|private|internal|unowned|switch|case"


class RougeSwiftLexer(RougeRegexLexer):
    """Swift tokenised like Rouge 3.30.0."""

    name = "Swift (Rouge)"
    aliases = []
    flags = re.MULTILINE
    start_stack = ("root", "bol")

    tokens = {
        "bol": [(r"#.*", Comment.Preproc), include("inline_whitespace"), default("#pop")],
        "inline_whitespace": [(r"\s+", Text), include("has_comments")],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//.*?$", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "has_comments": [(r"/[*]", Comment.Multiline, "nested_comment")],
        "nested_comment": [
            include("has_comments"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r".", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            (r"\$(([1-9]\d*)?\d)", Name.Variable),
            (r"[()\[\]{}:;,?\\]", Punctuation),
            (r"[-/=+*%<>!&|^.~]+", Operator),
            (r'@?"', String, "dq"),
            (r"'(\\.|.)'", String.Char),
            (r"(?i)(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?",
             Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"0o?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?",
             Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[\d]+(?:_\d+)*", Number.Integer),
            (rf"@{ID}", Keyword.Declaration),
            (r"(private|internal)(\([ ]*)(\w+)([ ]*\))", _access),
            (r"(unowned\([ ]*)(\w+)([ ]*\))", _unowned),
            (r"#available\([^)]+\)", Keyword.Declaration),
            (r"(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))",
             bygroups(Keyword.Declaration, Name.Function, Keyword.Declaration)),
            (r"#(line|file|column|function|dsohandle)", Keyword.Declaration),
            (rf"(let|var)\b(\s*)({ID})", bygroups(Keyword, Text, Name.Variable)),
            (r"(let|var)\b(\s*)([(])", bygroups(Keyword, Text, Punctuation), "tuple"),
            (rf"(?!(?=\w)({NOT_CALLS})\b)(?=\w){ID}(?=(\?|!)?\s*[(])", _call),
            (r"as[?!]?(?=\s)", Keyword),
            (r"try[!]?(?=\s)", Keyword),
            (rf"(#?(?!default)(?![{uni.Lu}]){ID})(\s*)(:)",
             bygroups(Name.Variable, Text, Punctuation)),
            (ID, _word),
            (rf"(`)({ID})(`)", bygroups(Punctuation, Name.Variable, Punctuation)),
        ],
        "tuple": [
            (rf"({ID})", Name.Variable),
            (rf"(`)({ID})(`)", bygroups(Punctuation, Name.Variable, Punctuation)),
            (r",", Punctuation),
            (r"[(]", Punctuation, "#push"),
            (r"[)]", Punctuation, "#pop"),
            include("inline_whitespace"),
        ],
        "dq": [
            (r"\\[\\0tnr'\"]", String.Escape),
            (r"\\[(]", String.Escape, "interp"),
            (r"\\u\{[0-9a-fA-F]{1,8}\}", String.Escape),
            (r'[^\\"]+', String),
            (r'"""', String, "#pop"),
            (r'"', String, "#pop"),
        ],
        "interp": [
            (r"[(]", Punctuation, "interp_inner"),
            (r"[)]", String.Escape, "#pop"),
            include("root"),
        ],
        "interp_inner": [
            (r"[(]", Punctuation, "#push"),
            (r"[)]", Punctuation, "#pop"),
            include("root"),
        ],
    }
