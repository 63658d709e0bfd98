"""ERB, EEX and EPP templates as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/erb.rb,
eex.rb, epp.rb).

``<%`` ... ``%>`` delimiters are ``Comment.Preproc`` (``<%#`` comments plain ``Comment``); the
Ruby inside goes to the Ruby lexer and the text around to the HTML lexer, each carrying its
state from one piece to the next.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext
from pygments.token import Comment, Text

from .base import RougeRegexLexer
from .html import RougeHTMLLexer
from .ruby import RougeRubyLexer

OPEN = r"<%%|<%=|<%#|<%-|<%"
CLOSE = r"%%>|-%>|%>"
EEX_OPEN = r"<%%|<%=|<%#|<%"
EEX_CLOSE = r"%%>|%>"


def _continue(lexer_class, attr: str):
    """A callback lexing the match with ``lexer_class`` (or the context's ``parent_class`` for
    the markup), resuming the context kept in ``attr``."""

    def callback(lexer, match, ctx):
        cls = getattr(ctx, "parent_class", None) if attr == "html_state" else None
        embedded = (cls or lexer_class)(stripnl=False, ensurenl=False)
        saved = getattr(ctx, attr)
        sub = embedded.new_context(match.group(0))
        sub.__dict__.update({k: v for k, v in saved.items() if k not in ("text", "pos", "end")})
        for pos, ttype, value in embedded.get_tokens_unprocessed(context=sub):
            yield match.start() + pos, ttype, value
        setattr(ctx, attr, dict(sub.__dict__))
        ctx.pos = match.end()

    return callback


def _parent_class(name: str | None):
    """The Rouge-shaped lexer for ``erb?parent=NAME`` (Rouge's TemplateLexer option)."""
    from ..lexers import rouge_tag
    from . import custom_lexer

    tag = rouge_tag(name)[0] if name else None
    cls = custom_lexer(tag) if tag else None
    return cls if cls is not None and issubclass(cls, RougeRegexLexer) else RougeHTMLLexer


class RougeERBLexer(RougeRegexLexer):
    """ERB (HTML with embedded Ruby) tokenised like Rouge 3.30.0."""

    name = "ERB (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the markup (HTML, or the ``parent`` option's language) and Ruby
        lexers start afresh too."""
        ctx = super().new_context(text)
        ctx.parent_class = _parent_class(self.options.get("parent"))
        ctx.html_state = dict(ctx.parent_class().new_context("").__dict__)
        ctx.ruby_state = dict(RougeRubyLexer().new_context("").__dict__)
        return ctx

    tokens = {
        "root": [
            (r"<%#", Comment, "comment"),
            (OPEN, Comment.Preproc, "ruby"),
            (rf"(?s).+?(?={OPEN})|.+", _continue(RougeHTMLLexer, "html_state")),
        ],
        "comment": [(CLOSE, Comment, "#pop"), (rf"(?s).+?(?={CLOSE})|.+", Comment)],
        "ruby": [
            (CLOSE, Comment.Preproc, "#pop"),
            (rf"(?s).+?(?={CLOSE})|.+", _continue(RougeRubyLexer, "ruby_state")),
        ],
    }


def _eex_tokens() -> dict[str, list]:
    from .elixir import RougeElixirLexer

    return {
        "root": [
            (r"<%#", Comment, "comment"),
            (EEX_OPEN, Comment.Preproc, "ruby"),
            (rf"(?s).+?(?={EEX_OPEN})|.+", _continue(RougeHTMLLexer, "html_state")),
        ],
        "comment": [(EEX_CLOSE, Comment, "#pop"), (rf"(?s).+?(?={EEX_CLOSE})|.+", Comment)],
        "ruby": [
            (EEX_CLOSE, Comment.Preproc, "#pop"),
            (rf"(?s).+?(?={EEX_CLOSE})|.+", _continue(RougeElixirLexer, "ruby_state")),
        ],
    }


class RougeEEXLexer(RougeERBLexer):
    """EEX (HTML with embedded Elixir) tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/
    eex.rb); the Elixir pieces run on one continuing Elixir lexer."""

    name = "EEX (Rouge)"
    tokens = _eex_tokens()

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the HTML and Elixir lexers start afresh."""
        from .elixir import RougeElixirLexer

        ctx = super().new_context(text)
        ctx.ruby_state = dict(RougeElixirLexer().new_context("").__dict__)
        return ctx


EPP_OPEN = r"<%%|<%=|<%#|(<%-|<%)(\s*\|)?"
EPP_CLOSE = r"%%>|(\|\s*)?(-%>|%>)"


def _plain_text(lexer, match, ctx):
    yield match.start(), Text, match.group(0)
    ctx.pos = match.end()


def _epp_tokens() -> dict[str, list]:
    from .puppet import RougePuppetLexer

    return {
        "root": [
            (r"<%#", Comment, "comment"),
            (EPP_OPEN, Comment.Preproc, "ruby"),
            (rf"(?s).+?(?={EPP_OPEN})|.+", _plain_text),
        ],
        "comment": [(EPP_CLOSE, Comment, "#pop"), (rf"(?s).+?(?={EPP_CLOSE})|.+", Comment)],
        "ruby": [
            (EPP_CLOSE, Comment.Preproc, "#pop"),
            (rf"(?s).+?(?={EPP_CLOSE})|.+", _continue(RougePuppetLexer, "ruby_state")),
        ],
    }


class RougeEPPLexer(RougeERBLexer):
    """EPP (embedded Puppet; the text around is plain, Rouge's default parent) tokenised like
    Rouge 3.30.0 (rouge lib/rouge/lexers/epp.rb)."""

    name = "EPP (Rouge)"
    tokens = _epp_tokens()

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the Puppet lexer starts afresh."""
        from .puppet import RougePuppetLexer

        ctx = super().new_context(text)
        ctx.ruby_state = dict(RougePuppetLexer().new_context("").__dict__)
        return ctx
