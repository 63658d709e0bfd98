"""Lexing a piece of text in another language from inside a lexer (Rouge's ``delegate`` to a
lexer found by name or mimetype)."""

from __future__ import annotations

from ..tokens import css_type
from . import words


def tokens_for(lang: str | None, code: str, start: int, unknown=None):
    """Tokens of ``code`` as jekpy highlights it in language ``lang``, shifted to ``start``.

    ``lang`` None means plain text; a name Rouge does not know yields one ``unknown`` token
    (plain text when ``unknown`` is None).
    """
    from ..lexers import PLAIN_TAGS, pygments_lexer, rouge_tag
    from ..streams import token_stream

    tag, options = rouge_tag(lang) if lang else ("plaintext", {})
    if tag is None:
        yield start, unknown if unknown is not None else css_type(""), code
        return
    lexer = None if tag in PLAIN_TAGS else pygments_lexer(tag, tuple(sorted(options.items())))
    pieces = [("", code)] if lexer is None else token_stream(tag, lexer, code)
    for css, value in pieces:
        yield start, css_type(css), value
        start += len(value)


def tag_for_mimetype(mimetype: str) -> str:
    """Rouge's ``Lexer.guess_by_mimetype``: the lexer declaring it, else plaintext."""
    for entry in words("mimetypes"):
        mime, _, tag = entry.partition(" ")
        if mime == mimetype:
            return tag
    return "plaintext"


class ContinuingLexer:
    """One lexer for ``lang`` kept from piece to piece (Rouge's ``continue_lex`` on a lexer
    instance): each piece continues the state the previous one left.  No language (or plain
    text) gives plain text, a name Rouge does not know one ``unknown`` token per piece."""

    def __init__(self, lang: str | None, unknown):
        from ..lexers import PLAIN_TAGS, pygments_lexer, rouge_tag

        tag, options = rouge_tag(lang) if lang else ("plaintext", {})
        self.unknown = unknown if tag is None else None
        self.lexer = (None if tag is None or tag in PLAIN_TAGS
                      else pygments_lexer(tag, tuple(sorted(options.items()))))
        self.state = None

    def lex(self, text: str, start: int):
        """Tokens of one piece found at ``start``."""
        from .base import lex_continuing

        if not text:
            return
        if self.lexer is None:
            yield start, self.unknown if self.unknown is not None else css_type(""), text
            return
        tokens, self.state = lex_continuing(self.lexer, text, self.state)
        for pos, ttype, value in tokens:
            yield start + pos, ttype, value
