"""Rouge 3.30.0's ``escape`` lexer (rouge lib/rouge/lexers/escape.rb): text between the
``start`` and ``end`` delimiters (default ``<!`` and ``!>``) is an escaped section; the rest
is lexed in the ``lang`` option's language (default plain text), one lexer continuing from
piece to piece.  An unclosed section runs to the end.

Rouge yields ``Escape`` tokens, and its HTML formatter writes them as ``Error`` when escaping
is not enabled (it never is on Pages, rouge lib/rouge/formatter.rb ``filter_escapes``), so
this lexer yields ``Error`` directly.
"""

from __future__ import annotations

import re

from pygments.lexer import Lexer
from pygments.token import Error, Text

from .base import RougeRegexLexer, lex_continuing
from .embed import tokens_for


class RougeEscapeLexer(Lexer):
    """Rouge's escape lexer (not a regex lexer: it scans for its delimiters)."""

    name = "Escape (Rouge)"
    aliases = []

    def __init__(self, **options):
        super().__init__(**options)
        self.start = options.get("start") or "<!"
        self.end = options.get("end") or "!>"
        self.lang = options.get("lang") or None

    def get_tokens_unprocessed(self, text):
        """Yield ``(offset, token type, text)`` for the whole text."""
        to_start = re.compile(rf"(?s)(.*?)({re.escape(self.start)})")
        to_end = re.compile(rf"(?s)(.*?)({re.escape(self.end)})")
        inner, pos = _Continuing(self.lang), 0
        while True:
            m = to_start.match(text, pos)
            if not m:
                yield from inner.lex(text[pos:], pos)
                return
            yield from inner.lex(m.group(1), pos)
            pos = m.end()
            m = to_end.match(text, pos)
            if not m:
                if pos < len(text):
                    yield pos, Error, text[pos:]
                return
            if m.group(1):
                yield pos, Error, m.group(1)
            pos = m.end()


class _Continuing:
    """The unescaped text's lexer, kept from piece to piece (Rouge's ``continue_lex``)."""

    def __init__(self, lang: str | None):
        from ..lexers import rouge_tag
        from . import custom_lexer

        tag = rouge_tag(lang)[0] if lang else None
        cls = custom_lexer(tag) if tag else None
        self.lang = lang
        self.lexer = cls() if cls is not None and issubclass(cls, RougeRegexLexer) else None
        self.state = None

    def lex(self, text: str, start: int):
        """Tokens of one unescaped piece found at ``start``."""
        if not text:
            return
        if self.lexer is not None:
            tokens, self.state = lex_continuing(self.lexer, text, self.state)
            for pos, ttype, value in tokens:
                yield start + pos, ttype, value
        elif self.lang:
            yield from tokens_for(self.lang, text, start, unknown=Text)
        else:
            yield start, Text, text
