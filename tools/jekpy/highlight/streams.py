"""Token streams: Pygments' tokens, reshaped where Rouge's lexer tokenises differently."""

from __future__ import annotations

from pygments.lexer import Lexer

from .langs import relabeller
from .tokens import rouge_class


def token_stream(tag: str, lexer: Lexer, code: str) -> list[tuple[str, str]]:
    """``(css_class, text)`` pairs for ``code``, as Rouge's lexer ``tag`` would split it."""
    tokens = lexer.get_tokens_unprocessed(code)
    relabel = relabeller(tag)
    if relabel is not None:
        return relabel(tokens, code)
    return [(rouge_class(ttype), value) for _, ttype, value in tokens]
