"""Shell and IRB sessions as Rouge 3.30.0's ``ConsoleLexer`` / ``IRBLexer`` read them with their
default options (rouge lib/rouge/lexers/console.rb, irb.rb).

Line by line: a prompt line - for a console everything up to and including the first of
``$ # > ;``, for IRB up to ``irb``/``pry`` and the next ``>``/``"``/``*`` - is ``Generic.Prompt``,
the blanks after it ``Text.Whitespace``, the rest goes to the language lexer (shell / Ruby),
whose state runs on from one prompt line to the next; a line of only dots (or ``<...>``) is a
``Comment`` (for IRB also a ``#`` line); any other line is output (``Generic.Output``; IRB's
output lexer reads Ruby values after ``=>``) and resets the language lexer.
"""

from __future__ import annotations

import re

from pygments.lexer import Lexer, include
from pygments.token import Comment, Generic, Keyword, Punctuation, Text

from .base import lex_continuing
from .ruby import RougeRubyLexer
from .shell import RougeShellLexer

LINE = re.compile(r".*?(?:\n|\Z)")
SNIP = re.compile(r"\A\s*(?:<[.]+>|[.]+)\s*\Z")
BLANKS = re.compile(r"\s*")
COMMENT = re.compile(r"\A\s*?#")


class RougeConsoleLexer(Lexer):
    """Console sessions tokenised like Rouge 3.30.0."""

    name = "Console (Rouge)"
    aliases = []
    prompt = re.compile(r"(?s).*?(?:\$|#|>|;)")
    lang_class = RougeShellLexer
    output_class = None  # plain Generic.Output lines
    comments = False

    def get_tokens_unprocessed(self, text):
        """Yield ``(offset, token type, text)`` line by line."""
        lang = self.lang_class(stripnl=False, ensurenl=False)
        output = self.output_class(stripnl=False, ensurenl=False) if self.output_class else None
        lang_state = output_state = None
        pos = 0
        while pos < len(text):
            line = LINE.match(text, pos).group(0)
            prompt = self.prompt.match(line)
            if SNIP.match(line):
                lang_state = output_state = None
                yield pos, Comment, line
            elif prompt:
                output_state = None
                yield pos, Generic.Prompt, prompt.group(0)
                blanks = BLANKS.match(line, prompt.end()).group(0)
                start = prompt.end() + len(blanks)
                if blanks:
                    yield pos + prompt.end(), Text.Whitespace, blanks
                tokens, lang_state = lex_continuing(lang, line[start:], lang_state)
                for offset, ttype, value in tokens:
                    yield pos + start + offset, ttype, value
            elif self.comments and COMMENT.match(line.strip()):
                lang_state = output_state = None
                yield pos, Comment, line
            else:
                lang_state = None
                if output is None:
                    yield pos, Generic.Output, line
                else:
                    tokens, output_state = lex_continuing(output, line, output_state)
                    for offset, ttype, value in tokens:
                        yield pos + offset, ttype, value
            pos += len(line)


class RougeIRBOutputLexer(RougeRubyLexer):
    """What IRB prints: plain output, errors, and Ruby values after ``=>``."""

    name = "IRB output (Rouge)"
    start_stack = ("root", "expr_start", "stdout")
    tokens = {
        "has_irb_output": [(r"=>", Punctuation, "#pop"), (r".+?(\n|$)", Generic.Output)],
        "irb_error": [(r".+?(\n|$)", Generic.Error), include("has_irb_output")],
        "stdout": [
            (r"\w+?(Error|Exception):.+?(\n|$)", Generic.Error, "irb_error"),
            include("has_irb_output"),
        ],
        "root": [(r"#<", Keyword.Type, "irb_object"), *RougeRubyLexer.tokens["root"]],
        "irb_object": [(r">", Keyword.Type, "#pop"), include("root")],
    }


class RougeIRBLexer(RougeConsoleLexer):
    """IRB / Pry sessions tokenised like Rouge 3.30.0."""

    name = "IRB (Rouge)"
    prompt = re.compile(r".*?(irb|pry).*?[>\"*]")
    lang_class = RougeRubyLexer
    output_class = RougeIRBOutputLexer
    comments = True


