"""Pygments lexers that split text the way Rouge 3.30.0's lexer for the same language does.

Used where Pygments' own lexer classifies tokens too differently for a token-type mapping to
bridge the gap.  Each module's docstring names the Rouge lexer (rouge lib/rouge/lexers/*.rb)
whose behaviour it reproduces; the word lists are the facts that lexer relies on.
"""

from __future__ import annotations

from pygments.lexer import Lexer


def custom_lexer(tag: str) -> type[Lexer] | None:
    """The Rouge-shaped lexer class for a Rouge tag, if jekpy has one."""
    from . import python, shell

    return {"python": python.RougePythonLexer, "shell": shell.RougeShellLexer}.get(tag)


def relabeller(tag: str):
    """A function ``(pygments_tokens, code) -> [(css_class, text)]`` for a Rouge tag, or None."""
    from . import yaml

    return {"yaml": yaml.relabel}.get(tag)
