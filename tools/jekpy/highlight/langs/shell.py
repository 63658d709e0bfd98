"""Shell as Rouge 3.30.0's ``Rouge::Lexers::Shell`` (rouge lib/rouge/lexers/shell.rb) splits it.

Rouge's shell lexer differs from Pygments' BashLexer in ways that show in the markup: keywords
and builtins carry the blanks that follow them (``cd `` is one ``nb`` span), every other word is
plain text, options (``-x``, ``--flag``) are ``Name.Tag``, comments are plain ``Comment`` and stop
before the newline, and builtins include the common coreutils (``ls``, ``rm``, ``sudo``, ...).
Ruby's ``\\w``/``\\s``/``\\d`` are ASCII-only, hence ``re.ASCII``.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer

KEYWORDS = (
    "if fi else while do done for then return function select continue until esac elif in"
).split()
BUILTINS = """
alias bg bind break builtin caller cd command compgen complete declare dirs disown enable eval
exec exit export false fc fg getopts hash help history jobs let local logout mapfile popd pushd
pwd read readonly set shift shopt source suspend test time times trap true type typeset ulimit
umask unalias unset wait cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum
cksum b2sum md5sum sha1sum sha224sum sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort
cut paste join tr expand unexpand ls dir vdir dircolors cp dd install mv rm shred link ln mkdir
mkfifo mknod readlink rmdir unlink chown chgrp chmod touch df du stat sync truncate echo printf
yes expr tee basename dirname pathchk mktemp realpath pwd stty printenv tty id logname whoami
groups users who date arch nproc uname hostname hostid uptime chcon runcon chroot env nice nohup
stdbuf timeout kill sleep factor numfmt seq tar grep sudo awk sed gzip gunzip
""".split()


def _heredoc_start(lexer, match, ctx: LexerContext):
    """``<<WORD``: remember the terminator for this lex and enter the heredoc body."""
    types = (Operator, Text, String.Heredoc, String.Heredoc, Name.Constant, String.Heredoc)
    for group, ttype in enumerate(types, start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    ctx.heredoc = match.group(5)
    ctx.stack.append("heredoc")
    ctx.pos = match.end()


def _heredoc_line(lexer, match, ctx: LexerContext):
    """A line start inside a heredoc: the terminator ends it, anything else is body text."""
    if match.group(1) == getattr(ctx, "heredoc", None):
        yield match.start(), Name.Constant, match.group(0)
        del ctx.stack[-2:]
    else:
        yield match.start(), String.Heredoc, match.group(0)
    ctx.pos = match.end()


class RougeShellLexer(RougeRegexLexer):
    """Bourne-style shell tokenised like Rouge 3.30.0."""

    name = "Shell (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "basic": [
            (r"#.*$", Comment),
            (rf"(?=\w)({'|'.join(KEYWORDS)})\s*\b", Keyword),
            (r"(?=\w)case\b", Keyword, "case"),
            (rf"(?=\w)({'|'.join(BUILTINS)})\s*\b(?!(\.|-))", Name.Builtin),
            (r"[.](?=\s)", Name.Builtin),
            (r"(\b\w+)(=)", bygroups(Name.Variable, Operator)),
            (r"[\[\]{}()!=>]", Operator),
            (r"&&|\|\|", Operator),
            (r"<<<", Operator),
            (r"(<<-?)(\s*)(['\"]?)(\\?)(\w+)(\3)", _heredoc_start),
        ],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n\\]+", String.Heredoc),
            include("interp"),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [(r"\s*(\w+)\s*\n", _heredoc_line), default("#pop")],
        "double_quotes": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            include("interp"),
            (r'[^"`\\$]+', String.Double),
        ],
        "ansi_string": [
            (r"\\.", String.Escape),
            (r"[^\\']+", String.Single),
            include("single_quotes"),
        ],
        "single_quotes": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "data": [
            (r"\s+", Text),
            (r"\\.", String.Escape),
            (r'\$?"', String.Double, "double_quotes"),
            (r"\$'", String.Single, "ansi_string"),
            (r"'", String.Single, "single_quotes"),
            (r"\*", Keyword),
            (r";", Punctuation),
            (r"--?[\w-]+", Name.Tag),
            (r"[^=*\s{}()$\"'`;\\<]+", Text),
            (r"\d+(?= |\n?\Z)", Number),
            (r"<", Text),
            include("interp"),
        ],
        "curly": [
            (r"\}", Keyword, "#pop"),
            (r":-", Keyword),
            (r"[a-zA-Z0-9_]+", Name.Variable),
            (r"[^}:\"`'$]+", Punctuation),
            include("root"),
        ],
        "paren_interp": [
            (r"\)", String.Interpol, "#pop"),
            (r"\(", Operator, "paren_inner"),
            include("root"),
        ],
        "paren_inner": [
            (r"\(", Operator, "#push"),
            (r"\)", Operator, "#pop"),
            include("root"),
        ],
        "math": [
            (r"\)\)", Keyword, "#pop"),
            (r"[-+*/%^|&!]|\*\*|\|\|", Operator),
            (r"\d+(#\w+)?", Number),
            include("root"),
        ],
        "case": [
            (r"(?=\w)esac\b", Keyword, "#pop"),
            (r"\|", Punctuation),
            (r"\)", Punctuation, "case_stanza"),
            include("root"),
        ],
        "case_stanza": [(r";;", Punctuation, "#pop"), include("root")],
        "backticks": [(r"`", String.Backtick, "#pop"), include("root")],
        "interp": [
            (r"\\$", String.Escape),
            (r"\\.", String.Escape),
            (r"\$\(\(", Keyword, "math"),
            (r"\$\(", String.Interpol, "paren_interp"),
            (r"\$\{#?", Keyword, "curly"),
            (r"`", String.Backtick, "backticks"),
            (r"\$#?(\w+|.)", Name.Variable),
            (r"\$[*@]", Name.Variable),
        ],
        "root": [include("basic"), include("data")],
    }


def continue_shell(lexer, match, ctx):
    """A callback for other lexers: the match lexed by a shell lexer that carries on from the
    previous piece (``ctx.shell_stack`` / ``ctx.shell_heredoc``; Rouge's ``delegate @shell``)."""
    sub = LexerContext(match.group(0), 0, stack=ctx.shell_stack)
    sub.heredoc = getattr(ctx, "shell_heredoc", None)
    for pos, ttype, value in RougeShellLexer().get_tokens_unprocessed(context=sub):
        yield match.start() + pos, ttype, value
    ctx.shell_stack, ctx.shell_heredoc = sub.stack, sub.heredoc
    ctx.pos = match.end()
