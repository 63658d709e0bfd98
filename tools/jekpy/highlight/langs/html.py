"""HTML as Rouge 3.30.0's ``Rouge::Lexers::HTML`` (rouge lib/rouge/lexers/html.rb) splits it.

Rouge's markup differs from Pygments' HtmlLexer: ``<tag`` (with its ``<``) is one ``Name.Tag``
token, attributes carry their ``=`` (``href=`` is one ``Name.Attribute``), comments are plain
``Comment``.  Script and style bodies are handed to the JavaScript/CSS lexers piece by piece
(each run of text without ``<``, then each ``<``), with the embedded lexer's state carried from
piece to piece - Rouge's ``delegate`` - so a ``<`` inside a script is lexed on its own.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, default, include
from pygments.token import Comment, Name, String, Text

from .base import RougeRegexLexer
from .css import RougeCSSLexer
from .javascript import RougeJavascriptLexer

ID = r"(?:[^\W\d]|[:_-])[\w:.\u00b7-]*"
ATTR_NAME = r"(?:[^\W\d]|[:_\[\]()*.-])[\w:.\u00b7\[\]()*-]*"


def _delegate(lexer_class):
    """A callback lexing the matched text with ``lexer_class``, continuing its saved state."""
    embedded = lexer_class(stripnl=False, ensurenl=False)

    def callback(lexer, match, ctx):
        sub = LexerContext(match.group(0), 0, stack=list(getattr(ctx, "embedded_stack", ["root"])))
        for pos, ttype, value in embedded.get_tokens_unprocessed(context=sub):
            yield match.start() + pos, ttype, value
        ctx.embedded_stack = sub.stack
        ctx.pos = match.end()

    return callback


def _open_embedded(state: str):
    """``<script`` / ``<style``: a fresh embedded lexer, then the tag's attributes."""

    def callback(lexer, match, ctx):
        yield match.start(), Name.Tag, match.group(0)
        ctx.embedded_stack = ["root"]
        ctx.stack.extend([state, "tag"])
        ctx.pos = match.end()

    return callback


class RougeHTMLLexer(RougeRegexLexer):
    """HTML tokenised like Rouge 3.30.0."""

    name = "HTML (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"(?is)<!DOCTYPE .*?>", Comment.Preproc),
            (r"(?s)<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"(?s)<\?.*?\?>", Comment.Preproc),
            (r"<\s*script\s*", _open_embedded("script_content")),
            (r"<\s*style\s*", _open_embedded("style_content")),
            (r"</", Name.Tag, "tag_end"),
            (r"<", Name.Tag, "tag_start"),
            (rf"<\s*{ID}", Name.Tag, "tag"),
            (rf"<\s*/\s*{ID}\s*>", Name.Tag),
        ],
        "tag_end": [include("tag_end_end"), (ID, Name.Tag, ("#pop", "tag_end_end"))],
        "tag_end_end": [(r"\s+", Text), (r">", Name.Tag, "#pop")],
        "tag_start": [
            (r"\s+", Text),
            (ID, Name.Tag, ("#pop", "tag")),
            default(("#pop", "tag")),
        ],
        "comment": [(r"[^-]+", Comment), (r"-->", Comment, "#pop"), (r"-", Comment)],
        "tag": [
            (r"\s+", Text),
            (rf"{ATTR_NAME}\s*=\s*", Name.Attribute, "attr"),
            (r"(?:[^\W\d]|[:_*#-])[\w:.\u00b7*#-]*", Name.Attribute),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [
            (r'"', String, ("#pop", "dq")),
            (r"'", String, ("#pop", "sq")),
            (r"[^\s>]+", String, "#pop"),
        ],
        "dq": [(r'"', String, "#pop"), (r'[^"]+', String)],
        "sq": [(r"'", String, "#pop"), (r"[^']+", String)],
        "script_content": [
            (r"[^<]+", _delegate(RougeJavascriptLexer)),
            (r"<\s*/\s*script\s*>", Name.Tag, "#pop"),
            (r"<", _delegate(RougeJavascriptLexer)),
        ],
        "style_content": [
            (r"[^<]+", _delegate(RougeCSSLexer)),
            (r"<\s*/\s*style\s*>", Name.Tag, "#pop"),
            (r"<", _delegate(RougeCSSLexer)),
        ],
    }
