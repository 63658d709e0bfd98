"""PowerShell as Rouge 3.30.0's ``Rouge::Lexers::Powershell`` (rouge lib/rouge/lexers/powershell.rb)
splits it.

A command name is ``Name`` and the words after it ``Name.Other`` parameters (to the end of the
line or a bracket/pipe); ``-Flag`` is ``Name.Tag``; automatic variables are
``Name.Builtin.Pseudo``; ``$(...)`` in strings ``String.Interpol``; blanks ``Text.Whitespace``.
Rouge's keyword, operator and variable alternations are in ``rouge_words.json``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import word_list, words
from .base import RougeRegexLexer

WS = Text.Whitespace


def _alternation(key: str) -> str:
    return word_list(f"powershell.{key}")[0]


def _bracket_word(lexer, match, ctx):
    word = match.group(0)
    token = Name.Builtin.Pseudo if word in words("powershell.ATTRIBUTES") else Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _member(lexer, match, ctx):
    """``.Name`` with an optional ``(`` (then parameters) or newline."""
    for group, ttype in enumerate((Operator, Name.Function, Punctuation, WS), start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    if match.group(3) is not None:
        ctx.stack.append("parameters")
    ctx.pos = match.end()


def _tokens() -> dict[str, list]:
    return {
        "variable": [
            (_alternation("AUTO_VARS"), Name.Builtin.Pseudo),
            (r"(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})",
             bygroups(Name.Variable, Name.Namespace, Punctuation, Name.Variable)),
            (r"\$\w+", Name.Variable),
            (r"\$\{(?:[^`]|`.)+?\}", Name.Variable),
        ],
        "multiline": [
            (rf"(?i)\.(?:{_alternation('MULTILINE_KEYWORDS')})", Comment.Special),
            (r"#>", Comment.Multiline, "#pop"),
            (r"(?s)[^#.]+?", Comment.Multiline),
            (r"[#.]+", Comment.Multiline),
        ],
        "interpol": [(r"\)", String.Interpol, "#pop"), include("root")],
        "dq": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'[^"`$]+', String.Double),
            include("variable"),
        ],
        "sq": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "heredoc": [
            (r'(?:\$#?)?"@', String.Heredoc, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'(?s)[^"`$]+?', String.Heredoc),
            (r'"+', String.Heredoc),
            include("variable"),
        ],
        "class": [
            (r"\{", Punctuation, "#pop"),
            (r"\s+", WS),
            (r"\w+", Name.Class),
            (r"[:,]", Punctuation),
        ],
        "expr": [
            include("comments"),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r'@"', String.Heredoc, "heredoc"),
            (r"(?s)@'.*?'@", String.Heredoc),
            (r"\d*\.\d+", Number.Float),
            (r"\d+", Number.Integer),
            (r"@\{", Punctuation, "hasht"),
            (r"@\(", Punctuation, "array"),
            (r"\{", Punctuation, "brace"),
            (r"\[", Punctuation, "bracket"),
        ],
        "hasht": [
            (r"\}", Punctuation, "#pop"),
            (r"=", Operator),
            (r"[,;]", Punctuation),
            include("expr"),
            (r"\w+", Name.Other),
            include("variable"),
        ],
        "array": [
            (r"\s+", WS),
            (r"\)", Punctuation, "#pop"),
            (r"[,;]", Punctuation),
            include("expr"),
            include("variable"),
        ],
        "brace": [(r"[}]", Punctuation, "#pop"), include("root")],
        "bracket": [
            (r"\]", Punctuation, "#pop"),
            (r"[A-Za-z]\w+\.", Name),
            (r"([A-Za-z]\w+)", _bracket_word),
            include("root"),
        ],
        "parameters": [
            (r"(?s)`.", String.Escape),
            (r"\s*?\n", WS, "#pop"),
            (r"[;(){}\]]", Punctuation, "#pop"),
            (r"[|=]", Operator, "#pop"),
            (r"[/\\~\w][-.:/\\~\w]*", Name.Other),
            (r"\w[-\w]+", Name.Other),
            include("root"),
        ],
        "comments": [
            (r"\s+", WS),
            (r"#.*", Comment),
            (r"<#", Comment.Multiline, "multiline"),
        ],
        "root": [
            include("comments"),
            (r"#requires\s-version \d(?:\.\d+)?", Comment.Preproc),
            (r"\.\.(?=\.?\d)", Operator),
            (rf"(?i)(?:{_alternation('OPERATORS')})\b", Operator),
            (r"(?i)(class)(\s+)(\w+)", bygroups(Keyword.Reserved, WS, Name.Class), "class"),
            (r"(?i)(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)",
             bygroups(Keyword.Reserved, WS, Name.Namespace, Punctuation, Name.Function)),
            (rf"(?i)(?:{_alternation('KEYWORDS')})\b(?![-.])", Keyword.Reserved),
            (r"-{1,2}\w+", Name.Tag),
            (r"(\.)?([-\w]+)(\[)", bygroups(Operator, Name, Punctuation), "bracket"),
            (r"(?i)([/\\~a-z][-.:/\\~\w]*)(\n)?", bygroups(Name, WS), "parameters"),
            (r"(\.)([-\w]+)(?:(\()|(\n))?", _member),
            (r"\?", Name.Function, "parameters"),
            include("expr"),
            include("variable"),
            (r"[-+*/%=!.&|]", Operator),
            (r"[{}(),:;]", Punctuation),
        ],
    }


class RougePowershellLexer(RougeRegexLexer):
    """PowerShell tokenised like Rouge 3.30.0."""

    name = "PowerShell (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = _tokens()
