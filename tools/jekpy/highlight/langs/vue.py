"""Vue single-file components as Rouge 3.30.0's ``Rouge::Lexers::Vue`` (rouge lib/rouge/lexers/
vue.rb, a subclass of its HTML lexer) splits them.

``<template>``/``<style>``/``<script>`` tags show their name as ``Keyword``; a ``lang="..."``
attribute picks the language of the block (Rouge's ``lookup_lang``: html, css, javascript,
sass, scss, coffee, else plain text).  Template and style pieces are each lexed by a fresh
lexer of that language (Rouge delegates to the class), script bodies by HTML's JavaScript
lexer whatever the ``lang``, and ``{{ ... }}`` by a JavaScript lexer that carries on inside one
interpolation.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, include
from pygments.token import Error, Keyword, Name, String, Text

from .base import RougeRegexLexer
from .html import RougeHTMLLexer
from .javascript import RougeJavascriptLexer

LANGS = {"html": "html", "css": "css", "javascript": "javascript", "sass": "sass",
         "scss": "scss", "coffee": "coffeescript"}


def _lookup_lang(value: str) -> str:
    name = re.sub(r"[\"']*", "", value.lower())
    return LANGS.get(name, "plaintext")


def _fresh(lexer, match, ctx):
    """One piece in the block's language, lexed from scratch (Rouge: ``delegate SomeClass``)."""
    from .embed import tokens_for

    yield from tokens_for(ctx.vue_lang, match.group(0), match.start())
    ctx.pos = match.end()


def _open_block(lang: str, state: str):
    def callback(lexer, match, ctx):
        for group, ttype in enumerate((Name.Tag, Text, Keyword), start=1):
            if match.group(group):
                yield match.start(group), ttype, match.group(group)
        ctx.vue_lang = lang
        ctx.stack.extend([state, "lang_tag"])
        ctx.pos = match.end()

    return callback


def _lang_attribute(lexer, match, ctx):
    for group, ttype in enumerate((Name.Attribute, Text, String), start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    ctx.vue_lang = _lookup_lang(match.group(3))
    ctx.pos = match.end()


def _interpolation_start(lexer, match, ctx):
    yield match.start(), String.Interpol, match.group(0)
    ctx.js_state = None
    ctx.stack.append("template_interpol")
    ctx.pos = match.end()


def _js(push: int):
    """Template JavaScript, continuing; ``push`` 1/-1 also opens/closes a brace level."""
    from .base import lex_continuing

    def callback(lexer, match, ctx):
        tokens, ctx.js_state = lex_continuing(RougeJavascriptLexer(), match.group(0),
                                              ctx.js_state)
        for pos, ttype, value in tokens:
            yield match.start() + pos, ttype, value
        if push > 0:
            ctx.stack.append(ctx.stack[-1])
        elif push < 0:
            ctx.stack.pop()
        ctx.pos = match.end()

    return callback


def _vue_tokens() -> dict[str, list]:
    table = dict(RougeHTMLLexer.tokens)
    table["root"] = [
        (r"(<)(\s*)(template)", _open_block("html", "template")),
        (r"(<)(\s*)(style)", _open_block("css", "style")),
        (r"(<)(\s*)(script)", _open_block("javascript", "script")),
        *table["root"],
    ]
    table["tag"] = [
        (r"[a-zA-Z0-9_:#\[\]()*.-]+\s*=\s*", Name.Attribute, "attr"),
        *table["tag"],
    ]
    table["style_content"] = [
        (r"[^<]+", _fresh),
        (r"<\s*/\s*style\s*>", Name.Tag, "#pop"),
        (r"<", _fresh),
    ]
    table.update({
        "style": [
            (r"(<\s*/\s*)(style)(\s*>)", bygroups(Name.Tag, Keyword, Name.Tag), "#pop"),
            include("style_content"),
            include("embed"),
        ],
        "script": [
            (r"(<\s*/\s*)(script)(\s*>)", bygroups(Name.Tag, Keyword, Name.Tag), "#pop"),
            include("script_content"),
            include("embed"),
        ],
        "lang_tag": [
            (r"(lang\s*=)(\s*)(\"(?:\\.|[^\\])*?\"|'(\\.|[^\\])*?'|[^\s>]+)", _lang_attribute),
            include("tag"),
        ],
        "template": [
            (r"(<\s*/\s*)(template)(\s*>)", bygroups(Name.Tag, Keyword, Name.Tag), "#pop"),
            (r"\{\{", _interpolation_start),
            include("embed"),
        ],
        "template_interpol": [
            (r"\}\}", String.Interpol, "#pop"),
            (r"\}", Error),
            include("template_interpol_inner"),
        ],
        "template_interpol_inner": [
            (r"\{", _js(1)),
            (r"\}", _js(-1)),
            (r"[^{}]+", _js(0)),
        ],
        "embed": [(r"[^{<]+", _fresh), (r"[<{][^<{]*", _fresh)],
    })
    return table


class RougeVueLexer(RougeRegexLexer):
    """Vue single-file components tokenised like Rouge 3.30.0."""

    name = "Vue (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _vue_tokens()

    def new_context(self, text: str) -> LexerContext:
        """A fresh context: HTML markup, no interpolation open."""
        ctx = super().new_context(text)
        ctx.vue_lang, ctx.js_state = "html", None
        return ctx
