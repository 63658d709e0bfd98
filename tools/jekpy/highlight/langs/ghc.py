"""GHC Core dumps as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/ghc_core.rb).

Section banners ``Generic.Heading``, ``[...]`` annotations ``Comment.Special``, a binding's
name at the start of a line ``Name.Function`` followed by its indented expression (types
``Keyword.Type``, names ``Name.Variable``, ``case``/``let``/... keywords even inside words).
Two Rouge quirks are kept: a non-leading ``^`` holds at any StringScanner position (so it is
left out below), and a line-initial ``Module.`` is written twice (Rouge emits the whole match,
then the name again).
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Generic, Keyword, Literal, Name, Operator, Punctuation, Text

from .base import RougeRegexLexer


def _namespace_twice(lexer, match, ctx):
    yield match.start(), Name.Namespace, match.group(0)
    yield match.start(), Punctuation, match.group(1)
    ctx.pos = match.end()


class RougeGHCCoreLexer(RougeRegexLexer):
    """GHC Core tokenised like Rouge 3.30.0."""

    name = "GHC Core (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"^=====.*=====$", Generic.Heading),
            (r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$", Comment.Single),
            (r"^Result size of .+\n.+\{[^}]*\}", Comment.Multiline),
            (r"--.*$", Comment.Single),
            (r"\[", Comment.Special, "annotation"),
            include("recursive_binding"),
            include("ghc_rule"),
            include("function"),
            (r"\s", Text),
            (r".", Text),
        ],
        "expression": [
            (r"[\n]+", Text),
            (r"(?=\S)", Text, "#pop"),
            (r"\s+", Text, "expression_line"),
        ],
        "expression_line": [(r" ", Text), include("common"), (r"\n", Text, "#pop")],
        "annotation": [
            (r"\]", Comment.Special, "#pop"),
            (r"\[", Comment.Special, "annotation"),
            (r"[^\[\]]+", Comment.Special),
        ],
        "common": [
            (r"\[[^=]*\]", Keyword.Type),
            (r"\[", Comment.Special, "annotation"),
            include("literal"),
            include("constants"),
            include("punctuation"),
            include("operator"),
            include("name"),
        ],
        "literal": [
            (r"\d+\.\d+#{0,2}", Literal.Number.Float),
            (r"\d+#{0,2}", Literal.Number.Integer),
            (r'".*"#', Literal.String),
            (r"'.'#", Literal.String.Char),
        ],
        "constants": [(r"__DEFAULT", Name.Constant)],
        "name": [
            (r"^([A-Z][a-zA-Z0-9_]*)(\.)", _namespace_twice),
            (r"[A-Z][^\s.,(){}]*", Keyword.Type),
            (r"([a-z].*?\d+\.\d+\.\d+)(:)(?=\S)", bygroups(Name.Namespace, Punctuation)),
            (r"\S*\(,\)\S*", Name.Variable),
            (r"\S[^\s.,(){}]*", Name.Variable),
        ],
        "punctuation": [(r"[.,(){};]", Punctuation)],
        "operator": [
            (r"=>", Operator),
            (r"->", Operator),
            (r"::", Operator),
            (r"=", Operator),
            (r"forall", Keyword),
            (r"case", Keyword),
            (r"of", Keyword),
            (r"letrec", Keyword),
            (r"let", Keyword),
            (r"join", Keyword),
            (r"@", Operator),
            (r"\\", Operator),
        ],
        "recursive_binding": [
            (r"(Rec)(\s*)(\{)", bygroups(Keyword, Text, Punctuation)),
            (r"^(end)(\s*)(Rec)(\s*)(\})", bygroups(Keyword, Text, Keyword, Text, Punctuation)),
        ],
        "ghc_rule": [(r'(?s)^(".*?")', Name.Label, "expression")],
        "function": [(r"(?s)^(\S+)(?=.*?(=|::))", Name.Function, "expression")],
    }
