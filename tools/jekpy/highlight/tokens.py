"""Pygments token types -> Rouge 3.30.0 CSS class names.

Rouge's token table (rouge lib/rouge/token.rb) mostly agrees with Pygments' STANDARD_TYPES, but
not entirely: Rouge has no ``Punctuation.Marker`` or ``Generic.EmphStrong``, and Pygments has no
``Punctuation.Indicator``.  A Pygments type that Rouge does not know takes the class of its
nearest ancestor that Rouge knows, which is what Rouge itself would have emitted had its lexer
used the coarser type.
"""

from __future__ import annotations

from functools import cache

from pygments.token import _TokenType, string_to_tokentype

# Rouge's token tree, written as dotted names (the tree in rouge lib/rouge/token.rb).
_ROUGE_CLASSES = {
    "Text": "",
    "Text.Whitespace": "w",
    "Escape": "esc",
    "Error": "err",
    "Other": "x",
    "Keyword": "k",
    "Keyword.Constant": "kc",
    "Keyword.Declaration": "kd",
    "Keyword.Namespace": "kn",
    "Keyword.Pseudo": "kp",
    "Keyword.Reserved": "kr",
    "Keyword.Type": "kt",
    "Keyword.Variable": "kv",
    "Name": "n",
    "Name.Attribute": "na",
    "Name.Builtin": "nb",
    "Name.Builtin.Pseudo": "bp",
    "Name.Class": "nc",
    "Name.Constant": "no",
    "Name.Decorator": "nd",
    "Name.Entity": "ni",
    "Name.Exception": "ne",
    "Name.Function": "nf",
    "Name.Function.Magic": "fm",
    "Name.Property": "py",
    "Name.Label": "nl",
    "Name.Namespace": "nn",
    "Name.Other": "nx",
    "Name.Tag": "nt",
    "Name.Variable": "nv",
    "Name.Variable.Class": "vc",
    "Name.Variable.Global": "vg",
    "Name.Variable.Instance": "vi",
    "Name.Variable.Magic": "vm",
    "Literal": "l",
    "Literal.Date": "ld",
    "Literal.String": "s",
    "Literal.String.Affix": "sa",
    "Literal.String.Backtick": "sb",
    "Literal.String.Char": "sc",
    "Literal.String.Delimiter": "dl",
    "Literal.String.Doc": "sd",
    "Literal.String.Double": "s2",
    "Literal.String.Escape": "se",
    "Literal.String.Heredoc": "sh",
    "Literal.String.Interpol": "si",
    "Literal.String.Other": "sx",
    "Literal.String.Regex": "sr",
    "Literal.String.Single": "s1",
    "Literal.String.Symbol": "ss",
    "Literal.Number": "m",
    "Literal.Number.Bin": "mb",
    "Literal.Number.Float": "mf",
    "Literal.Number.Hex": "mh",
    "Literal.Number.Integer": "mi",
    "Literal.Number.Integer.Long": "il",
    "Literal.Number.Oct": "mo",
    "Literal.Number.Other": "mx",
    "Operator": "o",
    "Operator.Word": "ow",
    "Punctuation": "p",
    "Punctuation.Indicator": "pi",
    "Comment": "c",
    "Comment.Hashbang": "ch",
    "Comment.Doc": "cd",
    "Comment.Multiline": "cm",
    "Comment.Preproc": "cp",
    "Comment.PreprocFile": "cpf",
    "Comment.Single": "c1",
    "Comment.Special": "cs",
    "Generic": "g",
    "Generic.Deleted": "gd",
    "Generic.Emph": "ge",
    "Generic.Error": "gr",
    "Generic.Heading": "gh",
    "Generic.Inserted": "gi",
    "Generic.Output": "go",
    "Generic.Prompt": "gp",
    "Generic.Strong": "gs",
    "Generic.Subheading": "gu",
    "Generic.Traceback": "gt",
    "Generic.Lineno": "gl",
}

_BY_TYPE = {string_to_tokentype(name): css for name, css in _ROUGE_CLASSES.items()}


@cache
def rouge_class(ttype: _TokenType) -> str:
    """The Rouge CSS class for a Pygments token type ("" = plain text, no span)."""
    while ttype not in _BY_TYPE and ttype.parent is not None:
        ttype = ttype.parent
    return _BY_TYPE.get(ttype, "")


_BY_CLASS = {css: ttype for ttype, css in _BY_TYPE.items()}


def css_type(css: str) -> _TokenType:
    """The token type Rouge writes with this CSS class (the inverse of ``rouge_class``)."""
    return _BY_CLASS[css]
