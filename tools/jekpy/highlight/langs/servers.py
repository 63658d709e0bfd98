"""Server configuration files as Rouge 3.30.0 splits them: ``nginx`` and ``apache``
(rouge lib/rouge/lexers/nginx.rb, apache.rb).

nginx: the first word of a statement is ``Keyword`` (``Keyword.Namespace`` inside a block),
arguments ``String`` unless they look like variables, numbers, MIME types or ``host:port``.
Apache: words are coloured only when Rouge's directive/section/value lists know them
(looked up lower-cased); anything else is plain text.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Literal, Name, Number, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

NGINX_ID = r"[^\s$;{}()#]+"


class RougeNginxLexer(RougeRegexLexer):
    """nginx configuration tokenised like Rouge 3.30.0."""

    name = "nginx (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"(include)(\s+)([^\s;]+)", bygroups(Keyword, Text, Name)),
            (NGINX_ID, Keyword, "statement"),
            include("base"),
        ],
        "block": [
            (r"\}", Punctuation, "#pop"),
            (NGINX_ID, Keyword.Namespace, "statement"),
            include("base"),
        ],
        "statement": [
            (r"\{", Punctuation, ("#pop", "block")),
            (r";", Punctuation, "#pop"),
            include("base"),
        ],
        "base": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"(?:on|off)\b", Name.Constant),
            (r"[$][\w-]+", Name.Variable),
            (r"(?i)([a-z0-9.-]+)(:)([0-9]+)", bygroups(Name.Function, Punctuation,
                                                      Number.Integer)),
            (r"(?i)[a-z-]+/[a-z-]+", Name.Class),
            (r"(?i)[0-9]+[kmg]?\b", Number.Integer),
            (r"(~)(\s*)([^\s{]+)", bygroups(Punctuation, Text, String.Regex)),
            (r"[:=~]", Punctuation),
            (rf"/(?:{NGINX_ID})?", Name),
            (r"[^#\s;{}$\\]+", String),
            (r"[$;]", Text),
        ],
    }


def _apache_type(word: str, token):
    """Rouge's ``name_for_token``: known words get ``token``, others are plain text."""
    low = word.lower()
    known = any(low in words(f"apache.{kind}") for kind in ("sections", "directives", "values"))
    return token if known else Text


def _apache_section(lexer, match, ctx):
    yield match.start(1), Punctuation, match.group(1)
    yield match.start(2), _apache_type(match.group(2), Name.Label), match.group(2)
    ctx.stack.append("section")
    ctx.pos = match.end()


def _apache_word(token, push: str | None = None):
    def callback(lexer, match, ctx):
        yield match.start(), _apache_type(match.group(0), token), match.group(0)
        if push:
            ctx.stack.append(push)
        ctx.pos = match.end()

    return callback


class RougeApacheLexer(RougeRegexLexer):
    """Apache configuration tokenised like Rouge 3.30.0."""

    name = "Apache (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [(r"\#.*", Comment), (r"\s+", Text)],
        "root": [
            include("whitespace"),
            (r"(</?)(\w+)", _apache_section),
            (r"\w+", _apache_word(Name.Class, "directive")),
        ],
        "section": [
            (r"([^>]+)?(>(?:\r\n?|\n)?)", bygroups(Literal.String.Regex, Punctuation), "#pop"),
            include("whitespace"),
        ],
        "directive": [
            (r"\r\n?|\n", Text, "#pop"),
            include("whitespace"),
            (r"\S+", _apache_word(Literal.String.Symbol)),
        ],
    }
