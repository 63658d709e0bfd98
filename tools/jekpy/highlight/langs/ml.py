"""Elm and F# as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/elm.rb, fsharp.rb).

Elm: capitalised names ``Keyword.Type``, operators ``Operator``.  F#: OCaml-like; an operator
run Rouge lists among its "keyopts" is ``Punctuation`` (the list holds ``\\+`` with its
backslash, so a lone ``+`` stays an operator).
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

ELM_KEYWORDS = "module exposing port import as type alias if then else case of let in".split()


class RougeElmLexer(RougeRegexLexer):
    """Elm tokenised like Rouge 3.30.0."""

    name = "Elm (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"\{-", Comment.Multiline, "multiline_comment"),
            (rf"(?=\w)({'|'.join(ELM_KEYWORDS)})\b", Keyword),
            (r"[a-z]\w*", Name),
            (r"_", Name),
            (r"[A-Z]\w*", Keyword.Type),
            (r"(->|::|//|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|/=|<=|>=)", Operator),
            (r"[+-/*%=<>^|!]", Operator),
            (r"\\", Operator),
            (r"[@#$&~?]", Operator),
            (r'"""', String, "multiline_string"),
            (r"'(\\.|.)'", String.Char),
            (r'"', String, "double_quote"),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)\d+\.\d+(e[+-]?\d+)?", Number.Float),
            (r"\d+", Number.Integer),
            (r"[\[\](),;`{}:]", Punctuation),
        ],
        "multiline_comment": [
            (r"-\}", Comment.Multiline, "#pop"),
            (r"\{-", Comment.Multiline, "multiline_comment"),
            (r"[^-{}]+", Comment.Multiline),
            (r"[-{}]", Comment.Multiline),
        ],
        "double_quote": [
            (r'[^\\"]+', String.Double),
            (r'\\"', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "multiline_string": [
            (r'\\"', String.Escape),
            (r'"""', String, "#pop"),
            (r'[^"]+', String),
            (r'"', String),
        ],
    }


FS_KEYWORDS = frozenset(
    """
    abstract and as assert base begin class default delegate do done downcast downto elif else
    end exception extern false finally for fun function global if in inherit inline interface
    internal lazy let let! match member module mutable namespace new not null of open or
    override private public rec return return! select static struct then to true try type
    upcast use use! val void when while with yield yield! sig atomic break checked component
    const constraint constructor continue eager event external fixed functor include method
    mixin object parallel process protected pure sealed tailcall trait virtual volatile
    """.split()
)
FS_KEYOPTS = frozenset(
    r"""!= # & && ( ) * \+ , - -. -> . .. : :: := :> ; ;; < <- = > >] >} ? ?? [ [< [> [| ] _ `
    { {< | |] } ~ |> <| <>""".split()
)
FS_WORD_OPERATORS = frozenset("and asr land lor lsl lxor mod or".split())
FS_PRIMITIVES = frozenset("unit int float bool string char list array".split())
FS_ID = r"(?i:([a-z][\w']*)|(``[^`\n\r\t]+``))"
FS_UPPER = r"[A-Z][\w']*"


def _fs_word(lexer, match, ctx):
    word = match.group(0)
    if word in FS_KEYWORDS:
        token = Keyword
    elif word in FS_WORD_OPERATORS:
        token = Operator.Word
    elif word in FS_PRIMITIVES:
        token = Keyword.Type
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _fs_operator(lexer, match, ctx):
    text = match.group(0)
    yield match.start(), Punctuation if text in FS_KEYOPTS else Operator, text
    ctx.pos = match.end()


class RougeFSharpLexer(RougeRegexLexer):
    """F# tokenised like Rouge 3.30.0."""

    name = "F# (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{FS_UPPER}(?=\s*[.])", Name.Namespace, "dotted"),
            (FS_UPPER, Name.Class),
            (r"[(][*](?![)])", Comment, "comment"),
            (r"//.*?$", Comment.Single),
            (FS_ID, _fs_word),
            (r"[\[\];,{}_()!$%&*+./:<=>?@^|~#-]+", _fs_operator),
            (r"(?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", Number.Float),
            (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'", String.Char),
            (r"'[.]'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (rf"[~?]{FS_ID}", Name.Variable),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"[(][*]", Comment, "#push"),
            (r"[*][)]", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            include("escape_sequence"),
            (r"\\\n", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "escape_sequence": [
            (r"\\[\\\"'ntbr]", String.Escape),
            (r"\\\d{3}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
        ],
        "dotted": [
            (r"\s+", Text),
            (r"[.]", Punctuation),
            (rf"{FS_UPPER}(?=\s*[.])", Name.Namespace),
            (FS_UPPER, Name.Class, "#pop"),
            (FS_ID, Name, "#pop"),
            (r"\[", Punctuation, "#pop"),
        ],
    }
