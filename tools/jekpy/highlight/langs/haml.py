"""Haml as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/haml.rb).

Line-oriented (Rouge's ``Indentation`` mixin): ``%tag``, ``.class`` and ``#id`` heads
(``Name.Tag``/``Name.Class``/``Name.Function``), ``{...}`` and ``[...]`` attribute hashes and
``-``/``=`` lines go to one Ruby lexer, plain text to one HTML lexer (both kept from piece to
piece and reset where Rouge resets them), ``/`` and ``-#`` comments and ``:filter`` blocks
continue over deeper-indented lines.  Filters use Rouge's default set (javascript, css, ruby -
the same Ruby lexer -, erb, markdown, sass); an unknown filter's text is a
``Name.Decorator``.  Rouge's "dot" also crosses a `` |`` line wrap.
"""

from __future__ import annotations

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Name, Punctuation, String, Text

from .css import RougeCSSLexer
from .erb import RougeERBLexer
from .html import RougeHTMLLexer
from .indentation import starts_block
from .javascript import RougeJavascriptLexer
from .markdown import RougeMarkdownLexer
from .ruby import RougeRubyLexer
from .sass import RougeSassLexer
from .templating import (
    INDENTED_ROOT,
    IndentedTemplateLexer,
    TemplateDelegates,
    goto,
    reset_line,
)

IDENT = r"[a-zA-Z0-9_:-]+"
RUBY_VAR = r"[a-z][a-zA-Z0-9_]*"
DOT = r"(?:[ ]\|\n(?=.*[ ]\|)|.)"
PLAIN = r"([^#\n]|#[^{\n]|(\\\\)*\\#\{)+"
RUBY = RougeRubyLexer()
KEPT = TemplateDelegates("haml", RUBY, RougeHTMLLexer(), {
    "javascript": RougeJavascriptLexer(),
    "css": RougeCSSLexer(),
    "ruby": RUBY,
    "erb": RougeERBLexer(),
    "markdown": RougeMarkdownLexer(),
    "sass": RougeSassLexer(),
})


def _start_ruby(state: str, reset_stack: bool):
    """Rouge's ``ruby!``: punctuation, a fresh Ruby lexer, then ``state``."""

    def callback(lexer, match, ctx):
        yield match.start(), Punctuation, match.group(0)
        ctx.pos = match.end()
        if reset_stack:
            ctx.stack[:] = ["root"]
        KEPT.reset_ruby(ctx)
        ctx.stack.append(state)

    return callback


def _block_line(token, block: str):
    """A comment line whose deeper-indented followers continue it."""

    def callback(lexer, match, ctx):
        yield match.start(), token, match.group(0)
        ctx.pos = match.end()
        ctx.stack.pop()
        starts_block(ctx, block)

    return callback


class RougeHamlLexer(IndentedTemplateLexer):
    """Haml tokenised like Rouge 3.30.0."""

    name = "Haml (Rouge)"
    aliases = []
    kept = KEPT

    tokens = {
        "root": INDENTED_ROOT,
        "content": [
            include("css"),
            (rf"%{IDENT}", goto(Name.Tag, "tag")),
            (rf"!!!{DOT}*\n", Name.Namespace, "#pop"),
            (rf"(/)(\[{DOT}*?\])({DOT}*\n)", bygroups(Comment, Comment.Special, Comment), "#pop"),
            (rf"/{DOT}*\n", _block_line(Comment, "html_comment_block")),
            (rf"-#{DOT}*\n", _block_line(Comment, "haml_comment_block")),
            (r"-", _start_ruby("ruby_line", reset_stack=True)),
            (rf":({DOT}*)\n", KEPT.filter_head),
            include("eval_or_plain"),
        ],
        "css": [
            (rf"\.{IDENT}", goto(Name.Class, "tag")),
            (rf"#{IDENT}", goto(Name.Function, "tag")),
        ],
        "tag": [
            include("css"),
            (r"[{]", _start_ruby("ruby_tag", reset_stack=False)),
            (rf"\[{DOT}*?\]", KEPT.delegate()),
            (r"\(", Punctuation, "html_attributes"),
            (r"\s*\n", Text, "#pop"),
            (r"[<>]{1,2}(?=[ \t=])", Punctuation),
            include("eval_or_plain"),
        ],
        "plain": [
            (PLAIN, KEPT.delegate("html")),
            include("interpolation"),
            (r"\n", reset_line),
        ],
        "eval_or_plain": [
            (r"[&!]?==", Punctuation, "plain"),
            (r"[&!]?[=!]", _start_ruby("ruby_line", reset_stack=True)),
            default("plain"),
        ],
        "ruby_line": [
            (r"\n", Text, "#pop"),
            (r",[ \t]*\n", KEPT.delegate()),
            (r"[ ]\|[ \t]*\n", String.Escape),
            (r".*?(?=(,$| \|)?[ \t]*$)", KEPT.delegate()),
        ],
        "ruby_tag": [include("ruby_inner")],
        "html_attributes": [
            (r"\s+", Text),
            (rf"{IDENT}\s*=", Name.Attribute, "html_attribute_value"),
            (IDENT, Name.Attribute),
            (r"\)", Text, "#pop"),
        ],
        "html_attribute_value": [
            (r"\s+", Text),
            (RUBY_VAR, Name.Variable, "#pop"),
            (rf"@{RUBY_VAR}", Name.Variable.Instance, "#pop"),
            (rf"\${RUBY_VAR}", Name.Variable.Global, "#pop"),
            (r"'(\\\\|\\'|[^'\n])*'", String, "#pop"),
            (r'"(\\\\|\\"|[^"\n])*"', String, "#pop"),
        ],
        "html_comment_block": [(rf"{DOT}+", Comment), include("indented_block")],
        "haml_comment_block": [(rf"{DOT}+", Comment.Preproc), include("indented_block")],
        "filter_block": [
            (PLAIN, KEPT.filter_text),
            include("interpolation"),
            include("indented_block"),
        ],
        "interpolation": [(r"#[{]", String.Interpol, "ruby")],
        "ruby": [(r"[}]", String.Interpol, "#pop"), include("ruby_inner")],
        "ruby_inner": [
            (r"[{]", KEPT.ruby_brace("ruby_inner")),
            (r"[}]", KEPT.ruby_brace(None)),
            (r"[^{}]+", KEPT.delegate()),
        ],
        "indented_block": [(r"\n", reset_line)],
    }
