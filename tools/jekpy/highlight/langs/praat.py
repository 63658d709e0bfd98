"""Praat scripts as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/praat.rb).

Rouge's word lists (``praat.*``, read from its source by the data generator) give keywords,
string/array/numeric functions before ``(`` or ``:``, predefined variables and object types
(``Sound_``-style references, ``Name.Builtin``).  A capitalised word starts a menu command
(``Keyword``) whose arguments follow ``...`` or ``:``; ``procedure``/``call``/``@`` name
procedures; ``form ... endform`` blocks and unquoted ``echo``/``printline`` strings have
states of their own.  Rouge's leading ``\\b`` and look-behind become look-aheads here.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Operator, Punctuation, Text

from . import word_list
from .base import RougeRegexLexer

INTERPOLATED = r"'[._a-z][^\[\]'\":]*(\[([\d,]+|\"[\w,]+\")\])?(:[0-9]+)?'"


def _alt(key: str) -> str:
    return "|".join(word_list(f"praat.{key}"))


def _tokens() -> dict[str, list]:
    return {
        "root": [
            (r"(\s+)(#.*?$)", bygroups(Text, Comment.Single)),
            (r"^#.*?$", Comment.Single),
            (r";[^\n]*", Comment.Single),
            (r"\s+", Text),
            (r"(?=\w)(procedure)(\s+)", bygroups(Keyword, Text), "procedure_definition"),
            (r"(?=\w)(call)(\s+)", bygroups(Keyword, Text), "procedure_call"),
            (r"@", Name.Function, "procedure_call"),
            include("function_call"),
            (r"(?=\w)(?:select all)\b", Keyword),
            (rf"(?=\w)(?:{_alt('keywords')})\b", Keyword),
            (r"(?=\w)(form\b)(\s+)([^\n]+)", bygroups(Keyword, Text, Literal.String),
             "old_form"),
            (r"(print(?:line|tab)?|echo|exit|asserterror|pause|send(?:praat|socket)|include"
             r"|execute|system(?:_nocheck)?)(\s+)", bygroups(Keyword, Text), "string_unquoted"),
            (r"(goto|label)(\s+)(\w+)", bygroups(Keyword, Text, Name.Label)),
            include("variable_name"),
            include("number"),
            (r'"', Literal.String, "string"),
            (rf"(?=\w)(?:{_alt('objects')})(?=\s+\S+\n)", Name.Class, "string_unquoted"),
            (r"(?=[A-Z])", Text, "command"),
            (r"(\.{3}|[)(,$])", Punctuation),
        ],
        "command": [
            (r"( ?([^\s:.'])+ ?)", Keyword),
            include("string_interpolated"),
            (r"\.{3}", Keyword, ("#pop", "old_arguments")),
            (r":", Keyword, ("#pop", "comma_list")),
            (r"[\s]", Text, "#pop"),
        ],
        "procedure_call": [
            include("string_interpolated"),
            (r"(:|\s*\()", Punctuation, "#pop"),
            (r"'", Name.Function),
            (r"[^:('\s]+", Name.Function),
            (r"(?=\s+)", Text, ("#pop", "old_arguments")),
        ],
        "procedure_definition": [
            (r"(:|\s*\()", Punctuation, "#pop"),
            (r"[^:(\s]+", Name.Function),
            (r"(\s+)", Text, "#pop"),
        ],
        "function_call": [
            (rf"(?=\w)({_alt('functions_string')})\$(?=\s*[:(])", Name.Function, "function"),
            (rf"(?=\w)({_alt('functions_array')})#(?=\s*[:(])", Name.Function, "function"),
            (rf"(?=\w)({_alt('functions_numeric')})(?=\s*[:(])", Name.Function, "function"),
        ],
        "function": [
            (r"\s+", Text),
            (r"(?::|\s*\()", Text, ("#pop", "comma_list")),
        ],
        "comma_list": [
            (r"(\s*\n\s*)(\.{3})", bygroups(Text, Punctuation)),
            (r"\s*[\])\n]", Text, "#pop"),
            (r"\s+", Text),
            (r'"', Literal.String, "string"),
            (r"(?=\w)(if|then|else|fi|endif)\b", Keyword),
            include("function_call"),
            include("variable_name"),
            include("operator"),
            include("number"),
            (r"[()]", Text),
            (r",", Punctuation),
        ],
        "old_arguments": [
            (r"\n", Text, "#pop"),
            include("variable_name"),
            include("operator"),
            include("number"),
            (r'"', Literal.String, "string"),
            (r"[^\n]", Text),
        ],
        "number": [
            (r"\n", Text, "#pop"),
            (r"(?=\w)\d+(\.\d*)?([eE][-+]?\d+)?%?", Literal.Number),
        ],
        "variable_name": [
            include("operator"),
            include("number"),
            (rf"(?=\w)(?:{_alt('variables_string')})\$", Name.Builtin),
            (rf"(?=\w)(?:{_alt('variables_numeric')})(?!\$)\b", Name.Builtin),
            (rf"(?=\w)(Object|{_alt('objects')})_", Name.Builtin, "object_reference"),
            (r"\.?[a-z][a-zA-Z0-9_.]*(\$|#)?", Text),
            (r"[\[\]]", Text, "comma_list"),
            include("string_interpolated"),
        ],
        "object_reference": [
            include("string_interpolated"),
            (r"([a-z][a-zA-Z0-9_]*|\d+)", Name.Builtin),
            (rf"\.({_alt('object_attributes')})\b", Name.Builtin, "#pop"),
            (r"\$", Name.Builtin),
            (r"\[", Text, "#pop"),
        ],
        "operator": [
            (r"([+/*<>=!-]=?|[&*|][&*|]?|\^|<>)", Operator),
            (r"(and|or|not|div|mod)(?![\w.])", Operator.Word),
        ],
        "string_interpolated": [(INTERPOLATED, Literal.String.Interpol)],
        "string_unquoted": [
            (r"\n\s*\.{3}", Punctuation),
            (r"\n", Text, "#pop"),
            (r"\s", Text),
            include("string_interpolated"),
            (r"'", Literal.String),
            (r"[^'\n]+", Literal.String),
        ],
        "string": [
            (r"\n\s*\.{3}", Punctuation),
            (r'"', Literal.String, "#pop"),
            include("string_interpolated"),
            (r"'", Literal.String),
            (r"[^'\"\n]+", Literal.String),
        ],
        "old_form": [
            (r"(\s+)(#.*?$)", bygroups(Text, Comment.Single)),
            (r"\s+", Text),
            (r"(optionmenu|choice)([ \t]+\S+:[ \t]+)", bygroups(Keyword, Text), "number"),
            (r"(option|button)([ \t]+)", bygroups(Keyword, Text), "string_unquoted"),
            (r"(sentence|text)([ \t]+\S+)", bygroups(Keyword, Text), "string_unquoted"),
            (r"(word)([ \t]+\S+[ \t]*)(\S+)?([ \t]+.*)?",
             bygroups(Keyword, Text, Literal.String, Text)),
            (r"(boolean)(\s+\S+\s*)(0|1|\"?(?:yes|no)\"?)",
             bygroups(Keyword, Text, Name.Variable)),
            (r"(real|natural|positive|integer)([ \t]+\S+[ \t]*)([+-]?)",
             bygroups(Keyword, Text, Operator), "number"),
            (r"(comment)(\s+)", bygroups(Keyword, Text), "string_unquoted"),
            (r"(?=\w)endform\b", Keyword, "#pop"),
        ],
    }


class RougePraatLexer(RougeRegexLexer):
    """Praat tokenised like Rouge 3.30.0."""

    name = "Praat (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = _tokens()
