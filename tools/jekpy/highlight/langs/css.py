"""CSS as Rouge 3.30.0's ``Rouge::Lexers::CSS`` (rouge lib/rouge/lexers/css.rb) splits it.

Rouge's own choices kept here: property names it knows (or with a vendor prefix) are
``Name.Label``, others ``Name.Property``; ``#id`` selectors are ``Name.Function``; numbers with
units and colours are plain ``Number``; double-quoted strings are ``String.Single`` and
single-quoted ones ``String.Double`` (sic); whitespace is plain text.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

ID = r"(?:[^\W\d]|-)[\w-]*"
NUMBER = r"-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
UNITS = (
    "em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz"
)


def _value_word(lexer, match, ctx):
    word = match.group(0)
    if word in words("css.constants"):
        token = Name.Constant
    elif word in words("css.builtins"):
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _property(lexer, match, ctx):
    name = match.group(1)
    known = name in words("css.attributes") or any(
        name.startswith(p) for p in words("css.vendor_prefixes")
    )
    yield match.start(1), Name.Label if known else Name.Property, name
    if match.group(2):
        yield match.start(2), Text, match.group(2)
    yield match.start(3), Punctuation, match.group(3)
    ctx.stack.append("stanza_value")
    ctx.pos = match.end()


def css_tokens() -> dict[str, list]:
    """The state table (shared with the HTML lexer's embedded styles)."""
    return {
        "root": [
            include("basics"),
            (r"\{", Punctuation, "stanza"),
            (rf":[:]?{ID}", Name.Decorator),
            (rf"\.{ID}", Name.Class),
            (rf"#{ID}", Name.Function),
            (rf"@{ID}", Keyword, "at_rule"),
            (ID, Name.Tag),
            (r"[~^*!%&\[\]()<>|+=@:;,./?-]", Operator),
            (r'"(\\\\|\\"|[^"])*"', String.Single),
            (r"'(\\\\|\\'|[^'])*'", String.Double),
        ],
        "value": [
            include("basics"),
            (r"url\(.*?\)", String.Other),
            (r"#[0-9a-fA-F]{1,6}", Number),
            (rf"{NUMBER}(?:%|(?:{UNITS})\b)?", Number),
            (r"[\[\]():/.,]", Punctuation),
            (r'"(\\\\|\\"|[^"])*"', String.Single),
            (r"'(\\\\|\\'|[^'])*'", String.Double),
            (ID, _value_word),
        ],
        "at_rule": [
            (rf"\{{(?=\s*{ID}\s*:)", Punctuation, "at_stanza"),
            (r"\{", Punctuation, "at_body"),
            (r";", Punctuation, "#pop"),
            include("value"),
        ],
        "at_body": [include("at_content"), include("root")],
        "at_stanza": [include("at_content"), include("stanza")],
        "at_content": [(r"\}", Punctuation, "#pop:2")],
        "basics": [(r"\s+", Text), (r"/\*(?s:.*?)\*/", Comment)],
        "stanza": [
            include("basics"),
            (r"\}", Punctuation, "#pop"),
            (rf"({ID})(\s*)(:)", _property),
        ],
        "stanza_value": [
            (r";", Punctuation, "#pop"),
            (r"(?=\})", Text, "#pop"),
            (r"!\s*important\b", Comment.Preproc),
            (r"^@.*?$", Comment.Preproc),
            include("value"),
        ],
    }


class RougeCSSLexer(RougeRegexLexer):
    """CSS tokenised like Rouge 3.30.0."""

    name = "CSS (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = css_tokens()

