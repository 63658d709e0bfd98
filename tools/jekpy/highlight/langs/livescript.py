"""LiveScript as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/livescript.rb).

Like Rouge's CoffeeScript lexer: a ``/`` starts a regex only where an expression may start
(``slash_starts_regex``, entered after operators, openers and at line starts), ``//`` opens
a multi-line regex with comments and interpolation; names are keywords, constants, builtins
(``livescript.*``), declarations, classes (capitalised with a lower-case letter not after a
dash) or variables, and a name is followed by the ``id`` state (accessors, destructuring).
Rouge's four anonymous string states are named here ``tdq``/``tsq``/``dq``/``sq``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

ID = r"(?i:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)"
INT_NUMBER = r"\d[\d_]*"
INT = rf"{INT_NUMBER}(e[+-]?{INT_NUMBER})?[$a-zA-Z0-9_]*"
DECLARATIONS = frozenset("const let var function class extends implements".split())
KEYWORDS = frozenset("""
loop until for in of while break return continue switch case fallthrough default otherwise when
then if unless else throw try catch finally new delete typeof instanceof super by from to til
with require do debugger import export yield
""".split())
LOOP_CONTROL = frozenset(("break", "continue"))
OPERATORS = (
    r"[+][+]|--|&&|(?=\w)(and|x?or|is(nt)?|not)\b(?!-[a-zA-Z]|_)|[|][|]|[.]([|&^]|<<|>>>?)[.]"
    r"|\\(?=\n)|[.:]=|<<<<?|<[|]|[|]>|(<<|>>|==?|!=?|[-<>+*%^/~?])=?"
)


def _word(lexer, match, ctx):
    word = match.group(0)
    ctx.pos = match.end()
    if word in LOOP_CONTROL:
        yield match.start(), Keyword, word
        ctx.stack.append("loop_control")
        return
    if word in KEYWORDS:
        token = Keyword
    elif word in words("livescript.constants"):
        token = Name.Constant
    elif word in words("livescript.builtins"):
        token = Name.Builtin
    elif word in DECLARATIONS:
        token = Keyword.Declaration
    elif re.match(r"[A-Z]", word) and re.search(r"[^-][a-z]", word):
        token = Name.Class
    else:
        token = Name.Variable
    yield match.start(), token, word
    ctx.stack.append("id")


def _interpolated_name(lexer, match, ctx):
    yield match.start(1), String.Interpol, "#"
    name = match.group(2)
    token = Name.Builtin if name in words("livescript.builtins") else Name.Variable
    yield match.start(2), token, name
    ctx.pos = match.end()


def _string_state(close: str, other: str, strings: str) -> list:
    return [(close, String, "#pop"), (other, String), include(strings)]


class RougeLiveScriptLexer(RougeRegexLexer):
    """LiveScript tokenised like Rouge 3.30.0."""

    name = "LiveScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"^(?=\s|/)", Text, "slash_starts_regex"),
            include("comments"),
            include("whitespace"),
            (r"(?s)(<\[)(.*?)(\]>)", bygroups(Punctuation, String, Punctuation)),
            (r"!\s*function\b", Keyword.Declaration),
            (r"!?[-~]>|<[-~]!?", Keyword.Declaration),
            (r"(=>)", Keyword),
            (rf"(::)({ID})", bygroups(Punctuation, Name.Attribute), "id"),
            (rf"(::)({INT})", bygroups(Punctuation, Number.Integer), "id"),
            (rf"(@)({ID})", bygroups(Name.Variable.Instance, Name.Attribute), "id"),
            (rf"([.])({ID})", bygroups(Punctuation, Name.Attribute), "id"),
            (r"([.])(\d+)", bygroups(Punctuation, Number.Integer), "id"),
            (rf"{ID}(?=\s*:[^:=])", Name.Attribute),
            (OPERATORS, Operator, "slash_starts_regex"),
            (rf"(&)({ID})?", bygroups(Name.Builtin, Name.Attribute)),
            (r"[|]|(?=\w)case(?=\s)", Keyword, "switch_underscore"),
            (r"@", Name.Variable.Instance),
            (r"[.]{3}", Punctuation),
            (r":", Punctuation),
            (ID, _word),
            (rf"\](?=[!?.]|{ID})", Punctuation, "id"),
            (r"[{(\[;,]", Punctuation, "slash_starts_regex"),
            (r"[})\].]", Punctuation),
            (rf"{INT_NUMBER}[.]{INT}", Number.Float),
            (r"0x[0-9A-Fa-f]+", Number.Hex),
            (INT, Number.Integer),
            (r'"""', String, "tdq"),
            (r"'''", String, "tsq"),
            (r'"', String, "dq"),
            (r"'", String, "sq"),
            (r"\\\S[^\s,;\])}]*", String),
        ],
        "tdq": _string_state('"""', '"', "double_strings"),
        "tsq": _string_state("'''", "'", "single_strings"),
        "dq": [(r'"', String, "#pop"), include("double_strings")],
        "sq": [(r"'", String, "#pop"), include("single_strings")],
        "code_escape": [
            (r"\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})", String.Escape),
        ],
        "interpolated_expression": [(r"\}", String.Interpol, "#pop"), include("root")],
        "interpolation": [
            (r"[#][{]", String.Interpol, "interpolated_expression"),
            (rf"(#)({ID})", _interpolated_name),
        ],
        "whitespace": [
            (rf"(\s+?)(?:^([^\S\n]*)(:{ID}))?", bygroups(Text, Text, Name.Label)),
        ],
        "whitespace_single_line": [(r"[^\S\n]+", Text)],
        "slash_starts_regex": [
            include("comments"),
            include("whitespace"),
            include("multiline_regex_begin"),
            (r"/(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/([gimy]+\b|\B)", String.Regex, "#pop"),
            default("#pop"),
        ],
        "multiline_regex_begin": [(r"//", String.Regex, ("#pop", "multiline_regex"))],
        "multiline_regex_end": [(r"//([gimy]+\b|\B)", String.Regex, "#pop")],
        "multiline_regex": [
            include("multiline_regex_end"),
            include("regex_comment"),
            include("interpolation"),
            include("code_escape"),
            (r"\\\D", String.Escape),
            (r"\\\d+", Name.Variable),
            (r"(?s).", String.Regex),
        ],
        "regex_comment": [
            (r"^#(\s+.*)?$", Comment.Single),
            (r"(\s+)(#)(\s+.*)?$", bygroups(Text, Comment.Single, Comment.Single)),
        ],
        "comments": [(r"(?s)/\*.*?\*/", Comment.Multiline), (r"#.*$", Comment.Single)],
        "switch_underscore": [
            include("whitespace_single_line"),
            (r"_(?=\s*=>|\s+then\b)", Keyword),
            default("#pop"),
        ],
        "loop_control": [
            include("whitespace_single_line"),
            (rf"{ID}(?=[);\n])", Name.Label),
            default("#pop"),
        ],
        "id": [
            (r"[!?]|[.](?!=)", Punctuation),
            (r"[{]", Punctuation, "destructure"),
            (ID, Name.Attribute),
            (INT, Number.Integer),
            default(("#pop", "slash_starts_regex")),
        ],
        "destructure": [
            (r"[,;]", Punctuation),
            (ID, Name.Attribute),
            (INT, Number.Integer),
            include("whitespace"),
            (r"[}]", Punctuation, "#pop"),
        ],
        "strings": [
            (r"[^#\\'\"]+", String),
            include("code_escape"),
            (r"\\.", String.Escape),
            (r"#", String),
        ],
        "double_strings": [(r"'", String), include("interpolation"), include("strings")],
        "single_strings": [(r'"', String), include("strings")],
    }
