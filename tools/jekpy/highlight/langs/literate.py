"""Literate Haskell and literate CoffeeScript as Rouge 3.30.0 splits them (rouge
lib/rouge/lexers/literate_haskell.rb, literate_coffeescript.rb).

Literate Haskell: prose lines are plain text; on ``> code`` lines the ``>`` is a
``Name.Label`` and the rest goes to one Haskell lexer that keeps its state from line to line.
Literate CoffeeScript: runs of lines indented four spaces go to a kept CoffeeScript lexer,
the other runs to a kept Markdown lexer.
"""

from __future__ import annotations

import re

from pygments.token import Name, Text

from .base import RougeRegexLexer, delegate_kept, kept_delegate
from .coffeescript import RougeCoffeeScriptLexer
from .haskell import RougeHaskellLexer
from .markdown import RougeMarkdownLexer

HASKELL = RougeHaskellLexer()


def _haskell_line(lexer, match, ctx):
    yield match.start(1), Name.Label, match.group(1)
    yield from delegate_kept(HASKELL, "haskell_state", match.group(2), match.start(2), ctx)
    ctx.pos = match.end()


class RougeLiterateHaskellLexer(RougeRegexLexer):
    """Literate Haskell tokenised like Rouge 3.30.0."""

    name = "Literate Haskell (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s*?\n(?=>)", Text, "code"),
            (r".*?\n", Text),
            (r".+\Z(?!\n)", Text),
        ],
        "code": [
            (r"(>)( .*?(?:\n|\Z(?!\n)))", _haskell_line),
            (r"\s*\n(?=\s*[^>])", Text, "#pop"),
        ],
    }


class RougeLiterateCoffeeScriptLexer(RougeRegexLexer):
    """Literate CoffeeScript tokenised like Rouge 3.30.0."""

    name = "Literate CoffeeScript (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.DOTALL

    tokens = {
        "root": [
            (r"^(    .*?\n)+", kept_delegate(RougeCoffeeScriptLexer, "coffee_state")),
            (r"^([ ]{0,3}(\S.*?|)\n)*", kept_delegate(RougeMarkdownLexer, "markdown_state")),
        ],
    }
