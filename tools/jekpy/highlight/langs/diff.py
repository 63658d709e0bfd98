"""Diffs as Rouge 3.30.0's ``Rouge::Lexers::Diff`` (rouge lib/rouge/lexers/diff.rb) splits them.

Whole lines, newline included: ``+``/``>`` lines ``Generic.Inserted``, ``-``/``<`` lines
``Generic.Deleted``, ``diff``/``index`` lines ``Generic.Heading``, ``@@ ... @@`` Punctuation, a
line starting with a word character (``This line ...``) Punctuation, context lines plain text.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Generic, Punctuation, Text

from .base import RougeRegexLexer


class RougeDiffLexer(RougeRegexLexer):
    """Unified/context diffs tokenised like Rouge 3.30.0."""

    name = "Diff (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"^ .*$\n?", Text),
            (r"^---$\n?", Punctuation),
            (r"^[+>]+.*$\n?", Generic.Inserted),
            (r"^\+.*$\n?", Generic.Inserted),
            (r"^[-<]+.*$\n?", Generic.Deleted),
            (r"^!.*$\n?", Generic.Strong),
            (r"^([Ii]ndex|diff).*$\n?", Generic.Heading),
            (r"^(@@[^@]*@@)([^\n]*\n)", bygroups(Punctuation, Text)),
            (r"^\w.*$\n?", Punctuation),
            (r"^=.*$\n?", Generic.Heading),
            (r"\s.*$\n?", Text),
        ],
    }
