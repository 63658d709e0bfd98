"""YAML as Rouge 3.30.0's ``Rouge::Lexers::YAML`` (rouge lib/rouge/lexers/yaml.rb) splits it.

Rouge tracks indentation (a stack of levels, the pending level of the current line, the
indentation of a block scalar) to tell keys, block scalars and plain scalars apart.  Its
labels: keys ``Name.Attribute``, every indicator ``Punctuation.Indicator``, plain scalars in
block context ``String`` (``true``/``false``/``null`` ``Name.Constant``, a number ending the
line ``Number``), in flow context ``Name.Variable``, block scalar lines ``String``, quoted
scalars open with ``String.Single``/``String.Double``.  Blanks are plain text.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, include
from pygments.token import Comment, Error, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

S = r"[ \t\n\r\f\v]"
PLAIN_START = r"[^ \t\n\r\f\v?:,\[\]{}#&*!|>'\"%@`]"
PI = Punctuation.Indicator


def _reset_indent(ctx) -> None:
    ctx.indent_stack = [0]
    ctx.next_indent = 0
    ctx.block_scalar_indent = None


def _save_indent(ctx, text: str) -> tuple[str, str]:
    """Record a line's indentation; split off what dedents below the enclosing level."""
    ctx.next_indent = len(text)
    if ctx.next_indent < ctx.indent_stack[-1]:
        while ctx.next_indent < ctx.indent_stack[-1]:
            ctx.indent_stack.pop()
        level = ctx.indent_stack[-1]
        return text[:level], text[level:]
    return text, ""


def _set_indent(ctx, text: str, implicit: bool = False) -> None:
    if ctx.indent_stack[-1] < ctx.next_indent:
        ctx.indent_stack.append(ctx.next_indent)
    if not implicit:
        ctx.next_indent += len(text)


def _directive(state: str, token=Name.Tag):
    """A directive or document marker: the token, fresh indentation, then ``state``."""

    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        _reset_indent(ctx)
        ctx.stack.append(state)
        ctx.pos = match.end()

    return callback


def _line_start(lexer, match, ctx):
    text, err = _save_indent(ctx, match.group(0))
    if text:
        yield match.start(), Text, text
    if err:
        yield match.start() + len(text), Error, err
    ctx.stack.extend(["block_line", "indentation"])
    ctx.pos = match.end()


def _continue_indent(lexer, match, ctx):
    if match.group(0):
        yield match.start(), Text, match.group(0)
    ctx.next_indent += len(match.group(0))
    ctx.pos = match.end()


def _indicator(lexer, match, ctx):
    _set_indent(ctx, match.group(0))
    yield match.start(), PI, match.group(0)
    ctx.pos = match.end()


def _end_of_indentation(lexer, match, ctx):
    yield from _continue_indent(lexer, match, ctx)
    ctx.stack.pop()


def _key(lexer, match, ctx):
    yield match.start(1), Name.Attribute, match.group(1)
    yield match.start(2), PI, match.group(2)
    _set_indent(ctx, match.group(0), implicit=True)
    ctx.pos = match.end()


def _blank_scalar_line(lexer, match, ctx):
    text = match.group(0)
    mark = ctx.block_scalar_indent if ctx.block_scalar_indent is not None else len(text)
    if text[:mark]:
        yield match.start(), Text, text[:mark]
    if text[mark:]:
        yield match.start() + mark, Name.Constant, text[mark:]
    ctx.pos = match.end()


def _scalar_line_start(lexer, match, ctx):
    text = match.group(0)
    if text:
        yield match.start(), Text, text
    level = ctx.block_scalar_indent
    dedent_level = level if level is not None else ctx.indent_stack[-1]
    if ctx.block_scalar_indent is None:
        ctx.block_scalar_indent = len(text)
    if len(text) < dedent_level:
        _save_indent(ctx, text)
        ctx.stack.pop()
        ctx.stack.append("indentation")
    ctx.pos = match.end()


def _scalar_header(lexer, match, ctx):
    ctx.block_scalar_indent = None
    ctx.stack[-1] = "ignored_line"
    ctx.pos = match.end()
    if not match.group(0):
        return
    increment = match.group(2) or match.group(3)
    if increment:
        ctx.block_scalar_indent = ctx.indent_stack[-1] + int(increment)
    yield match.start(), PI, match.group(0)


def _plain_new_line(lexer, match, ctx):
    text = match.group(0)
    if text:
        yield match.start(), Text, text
    ctx.stack.pop()
    if len(text) <= ctx.indent_stack[-1]:
        ctx.stack.pop()
        _save_indent(ctx, text)
        ctx.stack.append("indentation")
    ctx.pos = match.end()


class RougeYAMLLexer(RougeRegexLexer):
    """YAML tokenised like Rouge 3.30.0."""

    name = "YAML (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with Rouge's indentation bookkeeping (``reset_indent``)."""
        ctx = super().new_context(text)
        _reset_indent(ctx)
        return ctx

    tokens = {
        "basic": [(r"#.*$", Comment.Single)],
        "root": [
            include("basic"),
            (r"\n+", Text),
            (r"[ ]+(?=#|$)", Text),
            (r"^%YAML\b", _directive("yaml_directive")),
            (r"^%TAG\b", _directive("tag_directive")),
            (r"^(?:---|\.\.\.)(?= |$)", _directive("block_line", Name.Namespace)),
            (rf"[ ]*(?!{S}|$)", _line_start),
        ],
        "indentation": [
            (rf"{S}*?\n", Text, "#pop:2"),
            (r"[ ]+(?=[-:?](?:[ ]|$))", _continue_indent),
            (r"[?:-](?=[ ]|$)", _indicator),
            (r"[ ]*", _end_of_indentation),
        ],
        "block_line": [
            (r"[ ]*(?=#|$)", Text, "#pop"),
            (r"[ ]+", Text),
            include("descriptors"),
            include("block_nodes"),
            include("flow_nodes"),
            (rf"(?={PLAIN_START}|[?:-][^ \t\n\r\f\v])", Text, "plain_scalar_in_block_context"),
        ],
        "descriptors": [
            (r"!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\[\]%-]+>", Keyword.Type),
            (r"(?:![a-zA-Z0-9_-]+)?!(?:[a-zA-Z0-9_;/?:@&=+$,.!~*'()\[\]%-]*)", Keyword.Type),
            (r"&[\w-]+", Name.Label),
            (r"\*[\w-]+", Name.Variable),
        ],
        "block_nodes": [
            (rf"([^#,:?\[\]{{}}\"'\n]+)(:)(?={S}|$)", _key),
            (r"[|>][+-]?", PI, ("block_scalar_content", "block_scalar_header")),
        ],
        "flow_nodes": [
            (r"\[", PI, "flow_sequence"),
            (r"\{", PI, "flow_mapping"),
            (r"'", String.Single, "single_quoted_scalar"),
            (r'"', String.Double, "double_quoted_scalar"),
        ],
        "flow_collection": [
            (rf"{S}+", Text),
            include("basic"),
            (r"[?:,]", PI),
            include("descriptors"),
            include("flow_nodes"),
            (rf"(?={PLAIN_START})", Text, "plain_scalar_in_flow_context"),
        ],
        "flow_sequence": [(r"\]", PI, "#pop"), include("flow_collection")],
        "flow_mapping": [(r"\}", PI, "#pop"), include("flow_collection")],
        "block_scalar_content": [
            (r"\n+", Text),
            (r"^[ ]+$", _blank_scalar_line),
            (r"^[ ]*", _scalar_line_start),
            (r"[^\n\r\f\v]+", String),
        ],
        "block_scalar_header": [(r"(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)", _scalar_header)],
        "ignored_line": [include("basic"), (r"[ ]+", Text), (r"\n", Text, "#pop")],
        "quoted_scalar_whitespaces": [
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
        ],
        "single_quoted_scalar": [
            include("quoted_scalar_whitespaces"),
            (r"\\'", String.Escape),
            (r"'", String, "#pop"),
            (r"[^ \t\n\r\f\v']+", String),
        ],
        "double_quoted_scalar": [
            (r'"', String, "#pop"),
            include("quoted_scalar_whitespaces"),
            (r'\\[0abt\tn\nvfre "\\N_LP]', String.Escape),
            (r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", String.Escape),
            (r'[^ \t\n\r\f\v"\\]+', String),
        ],
        "plain_scalar_in_block_context_new_line": [
            (r"^[ ]+\n", Text),
            (r"\n+", Text),
            (r"^(?=---|\.\.\.)", Text, "#pop:3"),
            (r"^[ ]*", _plain_new_line),
        ],
        "plain_scalar_in_block_context": [
            (r"[ ]*(?=:[ \n]|:$)", Text, "#pop"),
            (r"[ ]*:[^ \t\n\r\f\v]+", String),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"[ ]+$", Text),
            (r"\n+", Text, "plain_scalar_in_block_context_new_line"),
            (r"[ ]+", String),
            (r"true|false|null", Name.Constant),
            (r"\d+(?:\.\d+)?(?=(\r?\n)| +#)", Number, "#pop"),
            (r"[^ \t\n\r\f\v:]+", String),
        ],
        "plain_scalar_in_flow_context": [
            (r"[ ]*(?=[,:?\[\]{}])", Text, "#pop"),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
            (r"[^ \t\n\r\f\v,:?\[\]{}]+", Name.Variable),
        ],
        "yaml_directive": [
            (r"([ ]+)(\d+\.\d+)", bygroups(Text, Number), ("#pop", "ignored_line")),
        ],
        "tag_directive": [
            (r"([ ]+)(!|![a-zA-Z0-9_-]*!)([ ]+)(!|!?[a-zA-Z0-9_;/?:@&=+$,.!~*'()\[\]%-]+)",
             bygroups(Text, Keyword.Type, Text, Keyword.Type), ("#pop", "ignored_line")),
        ],
    }


DIGDAG_KEYWORDS = [
    f"{name}>"
    for name in (
        "call require loop for_each if fail echo td td_run td_ddl td_load td_for_each td_wait "
        "td_wait_table td_partial_delete td_table_export pg mail http s3_wait redshift "
        "redshift_load redshift_unload emr gcs_wait bq bq_ddl bq_extract bq_load sh py rb embulk"
    ).split()
] + ["_do", "_parallel"]


def _digdag_key(lexer, match, ctx):
    yield match.start(1), Keyword.Reserved, match.group(1)
    yield match.start(2), PI, match.group(2)
    _set_indent(ctx, match.group(0), implicit=True)
    ctx.pos = match.end()


class RougeDigdagLexer(RougeYAMLLexer):
    """digdag workflows (YAML with operator keys such as ``sh>:``) tokenised like Rouge 3.30.0
    (rouge lib/rouge/lexers/digdag.rb)."""

    name = "digdag (Rouge)"
    tokens = {
        **RougeYAMLLexer.tokens,
        "block_nodes": [
            (rf"({'|'.join(re.escape(k) for k in DIGDAG_KEYWORDS)})(:)(?={S}|$)", _digdag_key),
            *RougeYAMLLexer.tokens["block_nodes"],
        ],
    }
