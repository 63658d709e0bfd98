"""JSON as Rouge 3.30.0's ``Rouge::Lexers::JSON`` (rouge lib/rouge/lexers/json.rb) splits it.

Keys are ``Name.Label`` (Pygments says ``Name.Tag``), blanks ``Text.Whitespace``, string values
``String.Double`` with ``String.Escape`` escapes, ``true``/``false``/``null`` ``Keyword.Constant``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer


class RougeJSONLexer(RougeRegexLexer):
    """JSON tokenised like Rouge 3.30.0."""

    name = "JSON (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespace": [(r"\s+", Text.Whitespace)],
        "root": [
            include("whitespace"),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "array"),
            include("name"),
            include("value"),
            (r"[\]}]", Punctuation),
        ],
        "object": [
            include("whitespace"),
            include("name"),
            include("value"),
            (r"\}", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "name": [
            (r'("(?:\\.|[^"\\\n])*?")(\s*)(:)',
             bygroups(Name.Label, Text.Whitespace, Punctuation)),
        ],
        "value": [
            include("whitespace"),
            include("constants"),
            (r'"', String.Double, "string"),
            (r"\[", Punctuation, "array"),
            (r"\{", Punctuation, "object"),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            (r"\\.", String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "array": [include("value"), (r"\]", Punctuation, "#pop"), (r",", Punctuation)],
        "constants": [
            (r"(?:true|false|null)", Keyword.Constant),
            (r"-?(?:0|[1-9]\d*)\.\d+(?:[eE][+-]?\d+)?", Number.Float),
            (r"-?(?:0|[1-9]\d*)(?:[eE][+-]?\d+)?", Number.Integer),
        ],
    }


def _jsondoc_tokens() -> dict[str, list]:
    table = dict(RougeJSONLexer.tokens)
    table["name"] = [
        (r"([$a-zA-Z0-9_]+)(\s*)(:)", bygroups(Name.Attribute, Text, Punctuation)),
        *table["name"],
    ]
    table["value"] = [
        (r"/[*].*?[*]/", Comment),
        (r"//.*?$", Comment.Single),
        (r"(\.\.\.)", Comment.Single),
        *table["value"],
    ]
    return table


class RougeJSONDocLexer(RougeJSONLexer):
    """JSON with comments, bare keys and ``...`` (Rouge's ``json-doc``, alias ``jsonc``;
    rouge lib/rouge/lexers/json_doc.rb)."""

    name = "JSON-doc (Rouge)"
    tokens = _jsondoc_tokens()


def _hocon_tokens() -> dict[str, list]:
    table = dict(RougeJSONLexer.tokens)
    comments = [(r"//.*?$", Comment.Single), (r"#.*?$", Comment.Single)]
    table["comments"] = comments
    table["root"] = [include("comments"), *table["root"]]
    table["object"] = [(r"(?=\w)(?:include|url|file|classpath)\b", Keyword), *table["object"]]
    table["name"] = [
        (r'("(?:"|[^"\n])*?")(\s*)([:=]|(?=\{))',
         bygroups(Name.Label, Text.Whitespace, Punctuation)),
        (r"([-\w.]+)(\s*)([:=]|(?=\{))", bygroups(Name.Label, Text.Whitespace, Punctuation)),
    ]
    table["value"] = [
        include("comments"),
        (r"\n", Text.Whitespace),
        (r"\s+", Text.Whitespace),
        include("constants"),
        (r"[$][{][?]?", String.Interpol, "interpolation"),
        (r'"""', String.Double, "multiline_string"),
        (r'"', String.Double, "string"),
        (r"\[", Punctuation, "array"),
        (r"\{", Punctuation, "object"),
        (r"[()=]", Punctuation),
        (r"[^$\"{}\[\]:=,+#`^?!@*&]+?", Literal),
    ]
    table["interpolation"] = [(r"[\w\-.]+?", Name.Variable), (r"\}", String.Interpol, "#pop")]
    table["string"] = [
        (r"[$][{][?]?", String.Interpol, "interpolation"),
        (r'[^\\"${]+', String.Double),
        *table["string"],
    ]
    table["multiline_string"] = [
        (r'"[^"]{1,2}', String.Double),
        include("string"),
        (r'"""', String.Double, "#pop"),
    ]
    table["constants"] = [(r"\d+\.(\d+\.?){3,}", Literal), *table["constants"]]
    return table


class RougeHOCONLexer(RougeJSONLexer):
    """HOCON tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/hocon.rb)."""

    name = "HOCON (Rouge)"
    flags = re.MULTILINE | re.ASCII
    tokens = _hocon_tokens()
