"""QML as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/qml.rb): Rouge's JavaScript lexer
with rules in front of its root.

``Type {`` and ``Type on target {`` open a type block (``Keyword.Type``); inside one,
``name:`` is a ``Name.Label`` followed by a JavaScript expression, ``id: x`` declares ``x``
(``Keyword.Declaration``), and ``signal``/``property`` declarations have their own states.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Keyword, Name, Punctuation, Text

from .base import RougeRegexLexer
from .javascript import js_tokens

ID_DOTS = r"[$a-zA-Z_][a-zA-Z0-9_.]*"


def _qml_tokens() -> dict[str, list]:
    table = js_tokens()
    table["root"] = [
        (rf"({ID_DOTS})(\s*)({{)", bygroups(Keyword.Type, Text, Punctuation), "type_block"),
        (rf"({ID_DOTS})(\s+)(on)(\s+)({ID_DOTS})(\s*)({{)",
         bygroups(Keyword.Type, Text, Keyword, Text, Name.Label, Text, Punctuation), "type_block"),
        (r"[{]", Punctuation, "#push"),
        *table["root"],
    ]
    table["type_block"] = [
        (rf"(id)(\s*)(:)(\s*)({ID_DOTS})",
         bygroups(Name.Label, Text, Punctuation, Text, Keyword.Declaration)),
        (rf"({ID_DOTS})(\s*)(:)", bygroups(Name.Label, Text, Punctuation), "expr_start"),
        (rf"(signal)(\s+)({ID_DOTS})", bygroups(Keyword.Declaration, Text, Name.Label),
         "signal"),
        (rf"(property)(\s+)({ID_DOTS})(\s+)({ID_DOTS})(\s*)(:?)",
         bygroups(Keyword.Declaration, Text, Keyword.Type, Text, Name.Label, Text, Punctuation),
         "expr_start"),
        (r"[}]", Punctuation, "#pop"),
        include("root"),
    ]
    table["signal"] = [
        include("comments_and_whitespace"),
        (r"\(", Punctuation, ("#pop", "signal_args")),
        (r"", Text, "#pop"),
    ]
    table["signal_args"] = [
        include("comments_and_whitespace"),
        (rf"({ID_DOTS})(\s+)({ID_DOTS})(\s*)(,?)",
         bygroups(Keyword.Type, Text, Name, Text, Punctuation)),
        (r"\)", Punctuation, "#pop"),
    ]
    return table


class RougeQMLLexer(RougeRegexLexer):
    """QML tokenised like Rouge 3.30.0."""

    name = "QML (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _qml_tokens()
