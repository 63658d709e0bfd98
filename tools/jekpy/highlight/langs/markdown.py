"""Markdown as Rouge 3.30.0's ``Rouge::Lexers::Markdown`` (rouge lib/rouge/lexers/markdown.rb).

A line-oriented lexer quite unlike Pygments' MarkdownLexer: headings are whole-line
``Generic.Heading``/``Subheading`` tokens, list markers and rules ``Punctuation``, quotes
``Generic.Traceback``, inline code and indented code ``String.Backtick``; front matter goes to
the YAML lexer, ``<...>``/``&...;`` to the HTML lexer (its state carried along), and a fenced
block to the lexer its info string names (``String.Backtick`` text when Rouge knows no such
language; an empty name means Rouge's guesser, approximated here as plain text).
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import Error, Generic, Name, Punctuation, String, Text

from .base import RougeRegexLexer
from .embed import ContinuingLexer, tokens_for

EDOT = r"(?:\\.|[^\\\n])"


def _sub_tokens(lang: str | None, code: str, start: int):
    """``code`` in ``lang``; Rouge's fallback for an unknown name is String.Backtick text."""
    yield from tokens_for(lang, code, start, unknown=String.Backtick)


def _front_matter(lexer, match, ctx):
    yield from _sub_tokens("yaml", match.group(0), match.start())
    ctx.pos = match.end()


def _html(lexer, match, ctx):
    """Inline HTML or an entity: the HTML lexer, continuing where it stopped last time."""
    from .html import RougeHTMLLexer

    sub = LexerContext(match.group(0), 0, stack=list(getattr(ctx, "html_stack", ["root"])))
    for pos, ttype, value in RougeHTMLLexer().get_tokens_unprocessed(context=sub):
        yield match.start() + pos, ttype, value
    ctx.html_stack = sub.stack
    ctx.pos = match.end()


def _fence(lexer, match, ctx):
    """A fenced code block: fence, info string, then the body in the language it names."""
    indent, fence, info = match.group(1), match.group(2), match.group(3)
    yield match.start(1), Text, indent
    yield match.start(2), Punctuation, fence
    yield match.start(3), Name.Label, info
    name = info.strip() or None
    if match.group(4) is not None:
        yield from _sub_tokens(name, match.group(5), match.start(5))
        yield match.start(6), Text, match.group(6)
        yield match.start(7), Punctuation, match.group(7)
        ctx.pos = match.end()
        return
    # No closing fence (Rouge pushes an anonymous state): each following line goes to one
    # sublexer, continuing, until a line starting with the fence; a last line without a
    # newline matches neither rule, so its characters are Error tokens.
    closing = re.compile(rf"([ \t]*)({re.escape(fence)})")
    inner = ContinuingLexer(name, unknown=String.Backtick)
    pos = match.end()
    while pos < len(ctx.text):
        end = closing.match(ctx.text, pos)
        if end:
            yield end.start(1), Text, end.group(1)
            yield end.start(2), Punctuation, end.group(2)
            pos = end.end()
            break
        newline = ctx.text.find("\n", pos)
        if newline < 0:
            yield pos, Error, ctx.text[pos:]
            pos = len(ctx.text)
            break
        yield from inner.lex(ctx.text[pos : newline + 1], pos)
        pos = newline + 1
    ctx.pos = pos

class RougeMarkdownLexer(RougeRegexLexer):
    """Markdown tokenised like Rouge 3.30.0."""

    name = "Markdown (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"(---\s*\n(?s:.*?)\n?)^(---\s*$\n?)", _front_matter),  # Rouge: \A = here
            (r"\\.", String.Escape),
            (r"^[\S ]+\n(?:---*)\n", Generic.Heading),
            (r"^[\S ]+\n(?:===*)\n", Generic.Subheading),
            (r"^#(?=[^#]).*?$", Generic.Heading),
            (r"^##*.*?$", Generic.Subheading),
            (r"(?s)^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?", _fence),
            (r"\n\n((    |\t).*?\n|\n)+", String.Backtick),
            (rf"(`+)(?:{EDOT}|\n)+?\1", String.Backtick),
            (r"^(\s*[*]){3,}\s*$", Punctuation),
            (r"^(\s*[-]){3,}\s*$", Punctuation),
            (r"^\s*[*+-](?=\s)", Punctuation),
            (r"^\s*\d+\.", Punctuation),
            (r"^\s*>.*?$", Generic.Traceback),
            (rf"^(\s*)(\[)({EDOT}+?)(\])(\s*)(:)",
             bygroups(Text, Punctuation, String.Symbol, Punctuation, Text, Punctuation),
             ("title", "url")),
            (rf"(!?\[)({EDOT}*?|[^\]]*?)(\])(?=[\[(])",
             bygroups(Punctuation, Name.Variable, Punctuation), "link"),
            (rf"[*][*]{EDOT}*?[*][*]", Generic.Strong),
            (rf"__{EDOT}*?__", Generic.Strong),
            (rf"[*]{EDOT}*?[*]", Generic.Emph),
            (rf"_{EDOT}*?_", Generic.Emph),
            (r"<.*?@.+[.].+>", Name.Variable),
            (rf"<(https?|mailto|ftp)://{EDOT}*?>", Name.Variable),
            (r"[^\\`\[*\n&<]+", Text),
            (r"&\S*;", _html),
            (rf"<{EDOT}*?>", _html),
            (r"[&<]", Text),
            (r"\[", Text),
            (r"\n", Text),
        ],
        "link": [
            (rf"(\[)({EDOT}*?)(\])", bygroups(Punctuation, String.Symbol, Punctuation), "#pop"),
            (r"[(]", Punctuation, ("inline_title", "inline_url")),
            (r"[ \t]+", Text),
            default("#pop"),
        ],
        "url": [
            (r"[ \t]+", Text),
            (rf"(<)({EDOT}*?)(>)", bygroups(Name.Tag, String.Other, Name.Tag), "#pop"),
            (r"\S+", String.Other, "#pop"),
        ],
        "title": [
            (rf'"{EDOT}*?"', Name.Namespace),
            (rf"'{EDOT}*?'", Name.Namespace),
            (rf"[(]{EDOT}*?[)]", Name.Namespace),
            (r"\s+(?=[\"'()])", Text),
            default("#pop"),
        ],
        "inline_title": [(r"[)]", Punctuation, "#pop"), include("title")],
        "inline_url": [(r"[^<\s)]+", String.Other, "#pop"), (r"\s+", Text), include("url")],
    }
