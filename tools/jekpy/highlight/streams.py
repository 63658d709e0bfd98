"""Token streams: the Rouge-shaped lexers' tokens as Rouge's CSS classes."""

from __future__ import annotations

from pygments.lexer import Lexer

from .tokens import rouge_class


def token_stream(tag: str, lexer: Lexer, code: str) -> list[tuple[str, str]]:
    """``(css_class, text)`` pairs for ``code``, as Rouge's lexer ``tag`` splits it (the
    Rouge-shaped lexers emit Rouge's token types, so this is only the class lookup)."""
    del tag  # every lexer is Rouge-shaped; kept for the callers' signature
    return [(rouge_class(ttype), value) for _, ttype, value in lexer.get_tokens_unprocessed(code)]
