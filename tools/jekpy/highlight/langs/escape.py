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

from .embed import ContinuingLexer


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
        inner, pos = ContinuingLexer(self.lang, unknown=Text), 0
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
