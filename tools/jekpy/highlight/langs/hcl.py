"""HCL and Terraform as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/hcl.rb, terraform.rb).

Block types and names are ``Name.Other`` (Terraform's own block keywords ``Keyword``,
``var``/``local`` ``Keyword.Declaration``), ``{``/``[``/``=`` ``Punctuation``, heredocs end at
their terminator line; Terraform reads ``${...}`` interpolations as expressions.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

HCL_ID = r"(?i)[$a-z_][a-z0-9_]*"
TF_ID = r"(?i)[$a-z_\-][a-z0-9_\-]*"
HCL_WORDS = {"keywords": frozenset(), "declarations": frozenset(),
             "constants": frozenset(["true", "false", "null"])}
TF_WORDS = {
    "keywords": frozenset(
        "terraform module provider variable resource data provisioner output".split()
    ),
    "declarations": frozenset(["var", "local"]),
    "constants": frozenset(["true", "false", "null"]),
}


def _root_word(lists):
    def callback(lexer, match, ctx):
        word = match.group(0)
        if word in lists["keywords"]:
            token, push = Keyword, True
        elif word in lists["declarations"]:
            token, push = Keyword.Declaration, True
        elif word in lists["constants"]:
            token, push = Keyword.Constant, False
        else:
            token, push = Name.Other, True
        yield match.start(), token, word
        if push:
            ctx.stack.append("composite")
        ctx.pos = match.end()

    return callback


def _expression_word(lexer, match, ctx):
    word = match.group(0)
    if word in TF_WORDS["keywords"]:
        token = Keyword
    elif word in TF_WORDS["declarations"]:
        token = Keyword.Declaration
    elif word in TF_WORDS["constants"]:
        token = Keyword.Constant
    else:
        token = Name.Other
    yield match.start(), token, word
    ctx.pos = match.end()


def _heredoc_start(lexer, match, ctx):
    types = (Operator, Text, String.Heredoc, String.Heredoc, Name.Constant, String.Heredoc)
    for group, ttype in enumerate(types, start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    ctx.heredoc = match.group(5)
    ctx.stack.append("heredoc")
    ctx.pos = match.end()


def _heredoc_line(lexer, match, ctx):
    if match.group(1) == getattr(ctx, "heredoc", None):
        yield match.start(), Name.Constant, match.group(0)
        del ctx.stack[-2:]
    else:
        yield match.start(), String.Heredoc, match.group(0)
    ctx.pos = match.end()


def _replace_top(state: str):
    """Punctuation, then the top state replaced (Rouge: ``pop!; push state``)."""

    def callback(lexer, match, ctx):
        yield match.start(), Punctuation, match.group(0)
        ctx.stack[-1] = state
        ctx.pos = match.end()

    return callback


def hcl_tokens(lists) -> dict[str, list]:
    return {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"#.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "primitives": [
            (r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?", Number.Float),
            (r"[0-9]+([kKmMgG]b?)?", Number.Integer),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r"(<<-?)(\s*)('?)(\\?)(\w+)(\3)", _heredoc_start),
        ],
        "root": [
            include("comments_and_whitespace"),
            include("primitives"),
            (r"\{", Punctuation, "hash"),
            (r"\[", Punctuation, "array"),
            (HCL_ID, _root_word(lists)),
        ],
        "composite": [
            include("comments_and_whitespace"),
            (r"[{]", _replace_top("hash")),
            (r"[\[]", _replace_top("array")),
            include("root"),
            (r"", Text, "#pop"),
        ],
        "hash": [
            include("comments_and_whitespace"),
            (r"=", Punctuation),
            (r"\}", Punctuation, "#pop"),
            include("root"),
        ],
        "array": [
            include("comments_and_whitespace"),
            (r",", Punctuation),
            (r"\]", Punctuation, "#pop"),
            include("root"),
        ],
        "dq": [(r'[^\\"]+', String.Double), (r'\\"', String.Escape),
               (r'"', String.Double, "#pop")],
        "sq": [(r"[^\\']+", String.Single), (r"\\'", String.Escape),
               (r"'", String.Single, "#pop")],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n]+", String.Heredoc),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [(r"\s*(\w+)\s*\n", _heredoc_line), (r"", Text, "#pop")],
    }


def terraform_tokens() -> dict[str, list]:
    table = hcl_tokens(TF_WORDS)
    table["hash"] = [(r"[.,()*]", Punctuation), *table["hash"]]
    table["array"] = [(r"[.,()*]", Punctuation), *table["array"]]
    table.update({
        "strings": [(r"\\.", String.Escape), (r"\$\{", Keyword, "interpolation")],
        "dq": [(r'[^\\"$]+', String.Double), include("strings"), (r'"', String.Double, "#pop")],
        "sq": [(r"[^\\'$]+", String.Single), include("strings"), (r"'", String.Single, "#pop")],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n]+", String.Heredoc),
            (r"[$]", String.Heredoc),
            include("strings"),
        ],
        "interpolation": [(r"\}", Keyword, "#pop"), include("expression")],
        "regexps": [(r'"/', String.Delimiter, ("#pop", "regexp_inner"))],
        "regexp_inner": [
            (r'[^"/\\]+', String.Regex),
            (r"\\.", String.Regex),
            (r'/"', String.Delimiter, "#pop"),
            (r'["/]', String.Regex),
        ],
        "expression": [
            include("regexps"),
            include("primitives"),
            (r"\s+", Text),
            (r"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!=", Operator),
            (r"[-<>+*%&|^/!=?:]=?", Operator),
            (r"[(\[,]", Punctuation),
            (r"[)\].]", Punctuation),
            (TF_ID, _expression_word),
        ],
    })
    return table


class RougeHCLLexer(RougeRegexLexer):
    """HCL tokenised like Rouge 3.30.0."""

    name = "HCL (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = hcl_tokens(HCL_WORDS)

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with no heredoc open."""
        ctx = super().new_context(text)
        ctx.heredoc = None
        return ctx


class RougeTerraformLexer(RougeHCLLexer):
    """Terraform tokenised like Rouge 3.30.0."""

    name = "Terraform (Rouge)"
    tokens = terraform_tokens()
