"""SCSS as Rouge 3.30.0's ``Rouge::Lexers::Scss`` splits it (rouge lib/rouge/lexers/scss.rb and
sass/common.rb).

Rouge reads SCSS as a sequence of sections - selector, attribute or at-rule, each followed by a
value - and every ``;``, ``{`` or ``}`` returns it to the top (``reset_stack``).  Property names
it knows from CSS are ``Name.Label``, others ``Name.Attribute``; selectors' pieces get
``Name.Class`` / ``Name.Namespace`` (ids) / ``Name.Decorator`` (pseudo-classes); ``$vars`` are
``Name.Variable``; numbers with a unit are ``Number``, with a leading dot ``Number.Integer``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer

ID = r"[a-zA-Z0-9_-]+"


def _reset(lexer, match, ctx):
    """``;``, ``{`` or ``}``: punctuation, and back to the top level."""
    yield match.start(), Punctuation, match.group(0)
    ctx.stack[:] = ["root"]
    ctx.pos = match.end()


def _value_word(lexer, match, ctx):
    word = match.group(0)
    if word in words("css.builtins"):
        token = Name.Builtin
    elif word in words("css.constants"):
        token = Name.Constant
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _attr_word(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Name.Label if word in words("css.attributes") else Name.Attribute, word
    ctx.pos = match.end()


def sass_common_tokens() -> dict[str, list]:
    """States shared by Rouge's Sass and SCSS lexers (SassCommon)."""
    return {
        "content_common": [
            (r"@for\b", Keyword, "for"),
            (r"@(debug|warn|if|each|while|else|return|media)", Keyword, "value"),
            (rf"(@mixin)(\s+)({ID})", bygroups(Keyword, Text, Name.Function), "value"),
            (rf"(@function)(\s+)({ID})", bygroups(Keyword, Text, Name.Function), "value"),
            (r"@extend\b", Keyword, "selector"),
            (rf"(@include)(\s+)({ID})", bygroups(Keyword, Text, Name.Decorator), "value"),
            (rf"@{ID}", Keyword, "selector"),
            (r"&", Keyword, "selector"),
            (rf"([$]{ID})([ \t]*)(:)", bygroups(Name.Variable, Text, Punctuation), "value"),
        ],
        "value": [
            include("end_section"),
            (r"[ \t]+", Text),
            (rf"[$]{ID}", Name.Variable),
            (r"url[(]", String.Other, "string_url"),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (rf"%{ID}", Name.Decorator),
            (r"(true|false)\b", Name.Builtin.Pseudo),
            (r"(and|or|not)\b", Operator.Word),
            (r"#[a-zA-Z0-9]{1,6}", Number.Hex),
            (r"-?\d+(%|[a-z]+)?", Number),
            (r"-?\d*\.\d+(%|[a-z]+)?", Number.Integer),
            include("has_strings"),
            include("has_interp"),
            (r"[~^*!&%<>|+=@:,./?-]+", Operator),
            (r"[\[\]()]+", Punctuation),
            (r"/[*]", Comment.Multiline, "inline_comment"),
            (r"//[^\n]*", Comment.Single),
            (ID, _value_word),
        ],
        "has_interp": [(r"[#][{]", String.Interpol, "interpolation")],
        "has_strings": [(r'"', String.Double, "dq"), (r"'", String.Single, "sq")],
        "interpolation": [(r"\}", String.Interpol, "#pop"), include("value")],
        "selector": [
            include("end_section"),
            include("has_strings"),
            include("has_interp"),
            (r"[ \t]+", Text),
            (r":", Name.Decorator, "pseudo_class"),
            (r"[.]", Name.Class, "class"),
            (r"#", Name.Namespace, "id"),
            (r"%", Name.Variable, "placeholder"),
            (ID, Name.Tag),
            (r"&", Keyword),
            (r"[~^*!&\[\]()<>|+=@:;,./?-]", Operator),
        ],
        "dq": [
            (r'"', String.Double, "#pop"),
            include("has_interp"),
            (r'(\\.|#(?![{])|[^\n"#])+', String.Double),
        ],
        "sq": [
            (r"'", String.Single, "#pop"),
            include("has_interp"),
            (r"(\\.|#(?![{])|[^\n'#])+", String.Single),
        ],
        "string_url": [
            (r"[)]", String.Other, "#pop"),
            (r"(\\.|#(?![{])|[^\n)#])+", String.Other),
            include("has_interp"),
        ],
        "selector_piece": [include("has_interp"), default("#pop")],
        "pseudo_class": [(ID, Name.Decorator), include("selector_piece")],
        "class": [(ID, Name.Class), include("selector_piece")],
        "id": [(ID, Name.Namespace), include("selector_piece")],
        "placeholder": [(ID, Name.Variable), include("selector_piece")],
        "for": [(r"(from|to|through)", Operator.Word), include("value")],
        "attr_common": [include("has_interp"), (ID, _attr_word)],
        "attribute": [
            include("attr_common"),
            (r"([ \t]*)(:)", bygroups(Text, Punctuation), "value"),
        ],
        "inline_comment": [
            (r"(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+", Comment.Multiline),
            include("has_interp"),
            (r"[*]/", Comment.Multiline, "#pop"),
        ],
    }


class RougeScssLexer(RougeRegexLexer):
    """SCSS tokenised like Rouge 3.30.0."""

    name = "SCSS (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        **sass_common_tokens(),
        "root": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@import\b", Keyword, "value"),
            include("content_common"),
            (r"(?=[^;{}][;}])", Text, "attribute"),
            (r"(?=[^;{}:\[]+:[^a-z])", Text, "attribute"),
            default("selector"),
        ],
        "end_section": [(r"\n", Text), (r"[;{}]", _reset)],
    }
