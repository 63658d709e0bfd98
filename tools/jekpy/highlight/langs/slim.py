"""Slim as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/slim.rb).

Line-oriented like Haml (Rouge's ``Indentation`` mixin): a tag name (``Name.Tag``) with
``.class``/``#id`` shortcuts, ``name=value`` attributes (Ruby values), ``-``/``=`` lines and
``#{}`` interpolation go to one Ruby lexer, inline HTML to one HTML lexer, ``|`` text and
``filter:`` blocks continue over deeper-indented lines; ``/`` lines are comments.  A
backslash-newline continues a line.  Filters are Rouge's default set (ruby - the same Ruby
lexer -, erb, javascript, css, coffee, markdown, scss, sass); others are ``Name.Decorator``.
"""

from __future__ import annotations

from pygments.lexer import bygroups, include
from pygments.token import Comment, Name, Punctuation, String, Text

from .coffeescript import RougeCoffeeScriptLexer
from .css import RougeCSSLexer
from .erb import RougeERBLexer
from .html import RougeHTMLLexer
from .indentation import starts_block
from .javascript import RougeJavascriptLexer
from .markdown import RougeMarkdownLexer
from .ruby import RougeRubyLexer
from .sass import RougeSassLexer
from .scss import RougeScssLexer
from .templating import (
    INDENTED_ROOT,
    IndentedTemplateLexer,
    TemplateDelegates,
    goto,
    reset_line,
)

RUBY_CHARS = r"[a-zA-Z0-9_!?@$]"
DOT = r"(?:\\\n|.)"
DIRTY_HTML = r"(</?[a-zA-Z0-9_\s='\"]+?/?>)"
RUBY = RougeRubyLexer()
KEPT = TemplateDelegates("slim", RUBY, RougeHTMLLexer(), {
    "ruby": RUBY,
    "erb": RougeERBLexer(),
    "javascript": RougeJavascriptLexer(),
    "css": RougeCSSLexer(),
    "coffee": RougeCoffeeScriptLexer(),
    "markdown": RougeMarkdownLexer(),
    "scss": RougeScssLexer(),
    "sass": RougeSassLexer(),
})


def _plain_text(lexer, match, ctx):
    """``|`` or ``'``: the rest of the line and deeper lines are text (Rouge pops ``content``
    and then replaces ``root`` itself with ``plain_block``)."""
    yield match.start(), Punctuation, match.group(0)
    ctx.pos = match.end()
    ctx.stack.pop()
    starts_block(ctx, "plain_block")
    ctx.stack[-1] = "plain_block"


class RougeSlimLexer(IndentedTemplateLexer):
    """Slim tokenised like Rouge 3.30.0."""

    name = "Slim (Rouge)"
    aliases = []
    kept = KEPT

    tokens = {
        "root": INDENTED_ROOT,
        "content": [
            include("css"),
            (rf"/{DOT}*", Comment, "indented_block"),
            (r"(doctype)(\s+)(.*)", bygroups(Name.Namespace, Text.Whitespace, Text), "#pop"),
            (r"([a-zA-Z0-9_]*):\s*\n", KEPT.filter_head),
            (r"[|'](?=\s)", _plain_text),
            (r"-|==|=", Punctuation, "ruby_line"),
            (rf"(\*)({RUBY_CHARS}+\(.*?\))", KEPT.delegate("ruby", 2, Punctuation, "tag")),
            (rf"(\*)({RUBY_CHARS}+)", KEPT.delegate("ruby", 2, Punctuation, "tag")),
            (DIRTY_HTML, KEPT.delegate("html", 1, pop=True)),
            (r"[a-zA-Z0-9_]+", Name.Tag, "tag"),
        ],
        "tag": [
            include("css"),
            include("indented_block"),
            include("interpolation"),
            (r"[<>]", Punctuation),
            (r"\s+?", Text.Whitespace),
            (rf"(\*)({RUBY_CHARS}+)", KEPT.delegate("ruby", 2, Punctuation)),
            (rf"(\*)(\{{{DOT}+?\}})", KEPT.delegate("ruby", 2, Punctuation)),
            (r"([a-zA-Z0-9_\-]+)(\s*)(=)", bygroups(Name.Attribute, Text.Whitespace, Punctuation),
             "html_attr"),
            (rf"(=)({DOT}+)", KEPT.delegate("ruby", 2, Punctuation)),
            (r"&\S*?;", Name.Entity),
            (rf"{DOT}+?", Text),
            (r"\s*\n", Text.Whitespace, "#pop"),
        ],
        "css": [
            (r"\.[a-zA-Z0-9_-]*", goto(Name.Class, "tag")),
            (r"#[a-zA-Z][a-zA-Z0-9_:-]*", goto(Name.Function, "tag")),
        ],
        "html_attr": [
            (rf"\s*(['\"]){DOT}*?\1", String, "#pop"),
            (rf"({RUBY_CHARS}+\(.*?\))", KEPT.delegate("ruby", 1, pop=True)),
            (rf"({RUBY_CHARS}+)", KEPT.delegate("ruby", 1, pop=True)),
            (r"\s+", Text.Whitespace),
        ],
        "ruby_line": [
            include("indented_block"),
            (r"[,\\]\s*\n", KEPT.delegate()),
            (r"[ ]\|[ \t]*\n", String.Escape),
            (r".*?(?=([,\\]$| \|)?[ \t]*$)", KEPT.delegate()),
        ],
        "filter_block": [
            (r"([^#\n]|#[^{\n]|(\\\\)*\\#\{)+", KEPT.filter_text),
            include("interpolation"),
            include("indented_block"),
        ],
        "plain_block": [
            include("interpolation"),
            (DIRTY_HTML, KEPT.delegate("html", 1)),
            (r"&\S*?;", Name.Entity),
            (rf"{DOT}+?", Text),
            include("indented_block"),
        ],
        "interpolation": [(r"#[{]", String.Interpol, "ruby_interp")],
        "ruby_interp": [(r"[}]", String.Interpol, "#pop"), include("ruby_interp_inner")],
        "ruby_interp_inner": [
            (r"[{]", KEPT.ruby_brace("ruby_interp_inner")),
            (r"[}]", KEPT.ruby_brace(None)),
            (r"[^{}]+", KEPT.delegate()),
        ],
        # Rouge writes (?<!\\)\n; the look-behind cannot see past the scan position
        "indented_block": [(r"\n", reset_line)],
    }
