"""HTML::Mason templates as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/mason.rb).

``<%args>``-style blocks, ``% perl`` lines, ``<% ... %>`` calls and ``<& ... &>``
component substitutions go to one Perl lexer, ``<%doc>``/``<%text>`` blocks are comments,
the rest goes to one HTML lexer - both kept from piece to piece, as Rouge's ``@perl`` and
``parent`` are.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Name, Text

from .base import RougeRegexLexer, delegate_kept, kept_delegate
from .html import RougeHTMLLexer
from .perl import RougePerlLexer

TEXT_BLOCKS = "text|doc"
PERL_BLOCKS = "args|flags|attr|init|once|shared|perl|cleanup|filter"
COMPONENTS = "def|method"
PERL = kept_delegate(RougePerlLexer, "mason_perl")
HTML = kept_delegate(RougeHTMLLexer, "mason_html")
PERL_LEXER = RougePerlLexer()


def _component(lexer, match, ctx):
    yield match.start(1), Comment.Preproc, match.group(1)
    yield match.start(3), Name, match.group(3)
    yield match.start(4), Comment.Preproc, match.group(4)
    ctx.pos = match.end()
    ctx.stack.append("component_block")


def _perl_line(lexer, match, ctx):
    yield match.start(1), Comment.Preproc, match.group(1)
    yield from delegate_kept(PERL_LEXER, "mason_perl", match.group(2), match.start(2), ctx)
    ctx.pos = match.end()


def _block_end(names: str) -> str:
    return rf"(?i)</%({names})>"


class RougeMasonLexer(RougeRegexLexer):
    """Mason tokenised like Rouge 3.30.0."""

    name = "Mason (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [include("mason_tags")],
        "mason_tags": [
            (r"\s+", Text.Whitespace),
            (rf"(?i)<%({TEXT_BLOCKS})>", Comment.Preproc, "text_block"),
            (rf"(?i)<%({PERL_BLOCKS})>", Comment.Preproc, "perl_block"),
            (rf"(?i)(<%({COMPONENTS}))([^>]*)(>)", _component),
            (r"^(%)(.*)$", _perl_line),
            (r"<%", Comment.Preproc, "component_call"),
            (r"<&\|", Comment.Preproc, ("component_with_content", "component_sub")),
            (r"<&", Comment.Preproc, "component_sub"),
            (r"(?s)(.+?)(?=(</?&|</?%|^%|^#))", HTML),
            (r"(?s).+", HTML),
        ],
        "perl_block": [
            (_block_end(PERL_BLOCKS), Comment.Preproc, "#pop"),
            (r"\s+", Text.Whitespace),
            (r"^(#.*)$", Comment),
            (r'(?s)(.*?[^"])(?=</%)', PERL),
        ],
        "text_block": [
            (_block_end(TEXT_BLOCKS), Comment.Preproc, "#pop"),
            (r"\s+", Text.Whitespace),
            (r"^(#.*)$", Comment),
            (r'(?s)(.*?[^"])(?=</%)', Comment),
        ],
        "component_block": [
            (_block_end(COMPONENTS), Comment.Preproc, "#pop"),
            (r"\s+", Text.Whitespace),
            (r"^(#.*)$", Comment),
            include("mason_tags"),
        ],
        "component_with_content": [(r"</&>", Comment.Preproc, "#pop"), include("mason_tags")],
        "component_sub": [(r"&>", Comment.Preproc, "#pop"), (r"(?s)(.*?)(?=&>)", PERL)],
        "component_call": [(r"%>", Comment.Preproc, "#pop"), (r"(?s)(.*?)(?=%>)", PERL)],
    }
