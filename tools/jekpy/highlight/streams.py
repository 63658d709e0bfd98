"""Token streams: Pygments' tokens, reshaped where Rouge's lexer tokenises differently."""

from __future__ import annotations

from pygments.lexer import Lexer

from .langs import custom_lexer
from .tokens import rouge_class

# Rouge lexers that mark blanks as Text::Whitespace ("w"); every other Rouge lexer writes them
# as plain Text, so Pygments' Whitespace tokens lose their class (grep rouge lib/rouge/lexers).
WHITESPACE_TAGS = frozenset(
    "applescript bpf brightscript clean clojure console coq csvs cypher docker elm fluent fortran "
    "graphql hocon hylang idlang isabelle janet jsl json lasso liquid magik mason mathematica "
    "matlab minizinc moonscript nim opentype_feature_file plist powershell q r robot_framework "
    "slim sparql sqf stata syzlang syzprog turtle wollok xojo xpath xquery yang".split()
)


def token_stream(tag: str, lexer: Lexer, code: str) -> list[tuple[str, str]]:
    """``(css_class, text)`` pairs for ``code``, as Rouge's lexer ``tag`` would split it."""
    tokens = lexer.get_tokens_unprocessed(code)
    if tag in WHITESPACE_TAGS or custom_lexer(tag) is not None:
        # Rouge-shaped lexers already say Whitespace exactly where Rouge does.
        return [(rouge_class(ttype), value) for _, ttype, value in tokens]
    return [(_no_whitespace(rouge_class(ttype)), value) for _, ttype, value in tokens]


def _no_whitespace(css: str) -> str:
    return "" if css == "w" else css
