"""Ruby: Pygments' RubyLexer re-labelled as Rouge 3.30.0's ``Rouge::Lexers::Ruby`` labels it.

Both lexers share an ancestry (rouge lib/rouge/lexers/ruby.rb), so they split Ruby alike; the
labels differ: whitespace is plain text, ``.`` before a method name is ``Punctuation`` and the
name ``Name.Function``, brackets are ``Punctuation``, a float is one ``Number.Float`` token, and
the pseudo-keyword/builtin split follows Rouge's word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pygments.token import Keyword, Name, Number, Operator, String, Text, _TokenType

from ..tokens import rouge_class

PSEUDO = frozenset(
    "loop include extend raise alias_method attr catch throw private module_function public "
    "protected true false nil __FILE__ __LINE__".split()
)
METHOD = re.compile(r"[a-z_]\w*[!?]?\Z")
FLOAT = re.compile(r"\d+(?:_\d+)*(?:\.\d+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)")


def relabel(tokens: Iterable[tuple[int, _TokenType, str]], code: str) -> list[tuple[str, str]]:
    """Rouge's classes for Pygments' Ruby tokens of ``code``."""
    out: list[tuple[str, str]] = []
    items = list(tokens)
    i = 0
    while i < len(items):
        pos, ttype, value = items[i]
        if ttype in Number.Integer:
            m = FLOAT.match(code, pos)
            if m and m.end() > pos + len(value):
                out.append(("mf", m.group(0)))
                while i + 1 < len(items) and items[i + 1][0] < m.end():
                    i += 1
                i += 1
                continue
        if _is_hash_key(items, i):
            # Rouge: `\b[a-z_]\w*?[?!]?:\s+` is one Symbol token, blanks included.
            out.append(("ss", value + items[i + 1][2] + items[i + 2][2]))
            i += 3
            continue
        out.append((_label(items, i), value))
        i += 1
    return out


def _is_hash_key(items, i: int) -> bool:
    """``key: value`` - a symbol, its colon and the blanks after it."""
    return (
        items[i][1] in String.Symbol
        and i + 2 < len(items)
        and items[i + 1][2] == ":"
        and items[i + 2][1] in Text
        and items[i + 2][2].isspace()
        and bool(re.match(r"[a-z_]", items[i][2]))
    )


def _label(items, i: int) -> str:
    """The Rouge class of token ``i``, looking at its neighbours where Rouge does."""
    _, ttype, value = items[i]
    if ttype in Text.Whitespace:
        return ""
    if ttype is Operator and value in ("[", "]"):
        return "p"
    if ttype is Operator and value == "." and _next_is_method(items, i):
        return "p"
    if ttype is Name and i and items[i - 1][2] == "." and METHOD.match(value):
        return "nf"
    if ttype is Keyword.Pseudo:
        return "kp" if value in PSEUDO else "nb"
    return rouge_class(ttype)


def _next_is_method(items, i: int) -> bool:
    return i + 1 < len(items) and items[i + 1][1] in Name and bool(METHOD.match(items[i + 1][2]))
