"""Solidity as Rouge 3.30.0's ``Rouge::Lexers::Solidity`` (rouge lib/rouge/lexers/solidity.rb)
splits it.

Words are looked up in Rouge's keyword, builtin (``msg.sender``, ``abi.encode`` ...), constant
(units), type and reserved lists; sized types (``uint256``, ``bytes32``) are ``Keyword.Type``.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
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
    abstract anonymous as assembly break catch calldata constant constructor continue contract do
    delete else emit enum event external fallback for function hex if indexed interface internal
    import is library mapping memory modifier new override payable public pure pragma private
    receive return returns storage struct throw try type using var view virtual while
    """.split()
)
BUILTINS = frozenset(
    "now false true balance selector super this blockhash gasleft assert require revert "
    "selfdestruct suicide call callcode delegatecall send transfer addmod ecrecover keccak256 "
    "mulmod sha256 sha3 ripemd160".split()
    + [f"abi.{n}" for n in "decode encode encodePacked encodeWithSelector encodeWithSignature".split()]
    + [f"block.{n}" for n in "coinbase difficulty gaslimit hash number timestamp".split()]
    + [f"msg.{n}" for n in "data gas sender sig value".split()]
    + [f"tx.{n}" for n in "gasprice origin".split()]
)
CONSTANTS = frozenset("wei finney szabo ether seconds minutes hours days weeks years".split())
TYPES = frozenset("address bool byte bytes int string uint".split())
RESERVED = frozenset(
    """
    alias after apply auto case copyof default define final fixed immutable implements in inline
    let macro match mutable null of partial promise reference relocatable sealed sizeof static
    supports switch typedef typeof ufixed unchecked
    """.split()
)
ID = r"[a-zA-Z$_][\w$_]*"


def _word(lexer, match, ctx):
    name = match.group(0)
    if name in KEYWORDS:
        token = Keyword
    elif name in BUILTINS:
        token = Name.Builtin
    elif name in CONSTANTS:
        token = Keyword.Constant
    elif name in TYPES:
        token = Keyword.Type
    elif name in RESERVED:
        token = Keyword.Reserved
    else:
        token = Name
    yield match.start(), token, name
    ctx.pos = match.end()


class RougeSolidityLexer(RougeRegexLexer):
    """Solidity tokenised like Rouge 3.30.0."""

    name = "Solidity (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    start_stack = ("root", "bol")

    tokens = {
        "expr_bol": [include("inline_whitespace"), default("#pop")],
        "bol": [include("expr_bol")],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"/\*", Comment.Multiline, "comment_multi"),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//(\\.|.)*?\n", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "expr_whitespace": [(r"\n+", Text, "expr_bol"), include("whitespace")],
        "statements": [
            include("whitespace"),
            (r'(hex)?"', String, "string_double"),
            (r"(hex)?'", String, "string_single"),
            (r"(?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", String.Char),
            (r"(?i)\d\d*\.\d+([eE]\d+)?", Number.Float),
            (r"(?i)0x[0-9a-f]+", Number.Hex),
            (r"(?i)\d+([eE]\d+)?", Number.Integer),
            (r"\*/", Error),
            (r"[~!%^&*+=|?:<>/-]", Operator),
            (r"[()\[\],.]", Punctuation),
            (r"u?fixed\d+x\d+", Keyword.Reserved),
            (r"bytes\d+", Keyword.Type),
            (r"u?int\d+", Keyword.Type),
            (ID, _word),
        ],
        "root": [include("expr_whitespace"), default("statement")],
        "statement": [
            (r";", Punctuation, "#pop"),
            include("expr_whitespace"),
            include("statements"),
            (r"[{}]", Punctuation),
        ],
        "string_common": [
            (r"\\(u[a-fA-F0-9]{4}|x..|[^x])", String.Escape),
            (r"[^\\\"'\n]+", String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "string_double": [include("string_common"), (r'"', String, "#pop"), (r"'", String)],
        "string_single": [include("string_common"), (r"'", String, "#pop"), (r'"', String)],
        "comment_multi": [
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
    }
