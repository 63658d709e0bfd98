"""Liquid 4.0.4 tokenizing rules on top of python-liquid's lexer.

Differences from python-liquid's default rules, each as Liquid 4.0.4 behaves:

* ``raw`` only ends at ``{% endraw %}`` written without a leading ``-``: Liquid 4.0.4's
  ``Raw::FullTokenPossiblyInvalid`` (lib/liquid/tags/raw.rb) is ``{%\\s*(\\w+)``, so
  ``{%- endraw %}`` is body text and the block is never closed.
* no ``{% doc %}`` block and no ``{# #}`` comments (Liquid 5 features).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from liquid.lex import _tokenize_template
from liquid.stream import TokenStream
from liquid.token import TOKEN_CONTENT, TOKEN_EXPRESSION, TOKEN_OUTPUT, Token

_RAW = (
    r"\{%-?\s*raw\s*(?P<rsr>-?)%\}"
    r"(?P<raw>.*?)"
    r"\{%\s*endraw\s*(?P<rsr_e>-?)%\}"
)
# Liquid 4.0.4's tokenizer ends a variable at its first "}" (VariableIncompleteEnd = /\}\}?/), so
# a "}" inside {{ ... }} - even in a quoted string - leaves the variable unterminated, a syntax
# error (lib/liquid/lexer.rb VariableIncompleteEnd, block_body.rb raise_missing_variable_terminator).
_OUTPUT = (
    r"\{\{-?\s*"
    r"(?P<stmt>[^}]*?)\s*"
    r"(?P<rss>-?)\}\}"
)
_TAG = (
    r"\{%-?\s*"
    r"(?P<name>#|\w+)\s*"
    r"(?P<expr>(?:(?!-?%\})[\s\S])*(?<!\s))\s*"
    r"(?P<rst>-?)%\}"
)
# `\Z`, not `$`: `$` also matches before a final newline, which a preceding `-}}` then stripped.
_CONTENT = r".+?(?=((\{%|\{\{)(?P<rstrip>-?))|\Z)"

_RULES = re.compile(
    "|".join(
        f"(?P<{name}>{pattern})"
        for name, pattern in (
            ("RAW", _RAW),
            (TOKEN_OUTPUT, _OUTPUT),
            ("TAG", _TAG),
            (TOKEN_CONTENT, _CONTENT),
        )
    ),
    re.DOTALL,
)


def liquid4_tokenizer() -> Callable[[str], Iterator[Token]]:
    """A tokenizer function applying Liquid 4.0.4's raw rule."""
    return partial(_tokenize_template, rules=_RULES)


def line_of(source: str, index: int) -> int:
    """1-based line number of character ``index`` in ``source``."""
    if index < 0:
        return 1
    return source.count("\n", 0, index) + 1


def tag_markup(stream: TokenStream) -> str:
    """A tag's markup, the text after its name (``""`` when there is none), as Liquid hands it
    to ``Tag#initialize``; the stream moves onto the markup token."""
    if stream.peek.kind != TOKEN_EXPRESSION:
        return ""
    next(stream)
    return stream.current.value
