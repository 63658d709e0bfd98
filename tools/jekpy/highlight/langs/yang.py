"""YANG (RFC 7950) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/yang.rb): statement
keywords ``Keyword.Declaration``, built-in types ``Keyword.Type``, constants
``Name.Constant``, ``prefix:name`` references, dates ``Name.Label``.  Rouge's look-behinds
and its non-leading ``^`` hold at any StringScanner position and are left out.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

DECLARATIONS = frozenset("""
module submodule belongs-to namespace prefix yang-version contact description organization
reference revision import include revision-date action argument augment deviation extension
feature grouping identity if-feature input notification output rpc typedef anydata anyxml case
choice config container deviate leaf leaf-list list must presence refine uses when base bit
default enum error-app-tag error-message fraction-digits length max-elements min-elements modifier
ordered-by path pattern position range require-instance status type units value yin-element key
mandatory unique
""".split())
CONSTANTS = frozenset("""
add current delete deprecated false invert-match max min not-supported obsolete replace true
unbounded user
""".split())
TYPES = frozenset("""
binary bits boolean decimal64 empty enumeration identityref instance-identifier int16 int32 int64
int8 leafref string uint16 uint32 uint64 uint8 union
""".split())


def _word(lexer, match, ctx):
    name = match.group(0).lower()
    if name in DECLARATIONS:
        token = Keyword.Declaration
    elif name in TYPES:
        token = Keyword.Type
    elif name in CONSTANTS:
        token = Name.Constant
    else:
        token = Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeYANGLexer(RougeRegexLexer):
    """YANG tokenised like Rouge 3.30.0."""

    name = "YANG (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "comment": [
            (r"[^*/]", Comment),
            (r"/\*", Comment, "comment"),
            (r"\*/", Comment, "#pop"),
            (r"[*/]", Comment),
        ],
        "root": [
            (r"\s+", Text.Whitespace),
            (r"[{};]+", Punctuation),
            (r"(and|or|not|\+|\.)(?![\-\w])", Operator),
            (r'"(?:\\"|[^"])*?"', String.Double),
            (r"'(?:\\'|[^'])*?'", String.Single),
            (r"/\*", Comment, "comment"),
            (r"//.*?$", Comment),
            (r"([\w.-]+)(:)([\w.-]+)(?=[\s{};])", bygroups(Name.Namespace, Punctuation, Name)),
            (r"([0-9]{4}\-[0-9]{2}\-[0-9]{2})(?=[\s{};])", Name.Label),
            (r"([0-9]+\.[0-9]+)(?=[\s{};])", Number.Float),
            (r"([0-9]+)(?=[\s{};])", Number.Integer),
            (r"[\w_-]+(?=[^\w\-:])\b", _word),
            (r"[^;{}\s'\"]+", Name),
        ],
    }
