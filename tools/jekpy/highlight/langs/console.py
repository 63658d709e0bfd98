"""Shell sessions as Rouge 3.30.0's ``Rouge::Lexers::ConsoleLexer`` (rouge lib/rouge/lexers/console.rb)
reads them with its default options.

Line by line: a line holding one of ``$ # > ;`` is a prompt line - everything up to and including
the first of them is ``Generic.Prompt``, the blanks after it ``Text.Whitespace``, the rest shell
(the shell lexer's state runs on from one prompt line to the next); a line of only dots (or
``<...>``) is a ``Comment``; any other line is ``Generic.Output`` and resets the shell lexer.
"""

from __future__ import annotations

import re

from pygments.lexer import Lexer, LexerContext
from pygments.token import Comment, Generic, Text

from .shell import RougeShellLexer

LINE = re.compile(r".*?(?:\n|\Z)")
SNIP = re.compile(r"\A\s*(?:<[.]+>|[.]+)\s*\Z")
PROMPT = re.compile(r"(?s).*?(?:\$|#|>|;)")
BLANKS = re.compile(r"\s*")


class RougeConsoleLexer(Lexer):
    """Console sessions tokenised like Rouge 3.30.0."""

    name = "Console (Rouge)"
    aliases = []

    def get_tokens_unprocessed(self, text):
        """Yield ``(offset, token type, text)`` line by line."""
        shell = RougeShellLexer(stripnl=False, ensurenl=False)
        stack = ["root"]
        heredoc = None  # the shell lexer's open heredoc terminator, carried from line to line
        pos = 0
        while pos < len(text):
            line = LINE.match(text, pos).group(0)
            if SNIP.match(line):
                stack = ["root"]
                yield pos, Comment, line
            elif prompt := PROMPT.match(line):
                yield pos, Generic.Prompt, prompt.group(0)
                blanks = BLANKS.match(line, prompt.end()).group(0)
                start = prompt.end() + len(blanks)
                if blanks:
                    yield pos + prompt.end(), Text.Whitespace, blanks
                ctx = LexerContext(line[start:], 0, stack=stack)
                ctx.heredoc = heredoc
                for offset, ttype, value in shell.get_tokens_unprocessed(context=ctx):
                    yield pos + start + offset, ttype, value
                stack, heredoc = ctx.stack, ctx.heredoc
            else:
                stack = ["root"]
                yield pos, Generic.Output, line
            pos += len(line)
