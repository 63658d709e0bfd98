"""Q (kdb+) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/q.rb).

Indented lines at the very top are ``Comment.Special``; then words are looked up in Rouge's
keyword, operator-word and builtin lists (``.z.x``-style names are ``Name.Constant``), dates
and times are ``Literal.Date``, `` `sym `` ``String.Symbol``; a line ``/`` opens and ``\\``
closes a block comment, and a lone ``\\`` makes the rest of the text a comment.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer

KEYWORDS = frozenset("do if while select update delete exec from by".split())
WORD_OPERATORS = frozenset("""
and or except inter like each cross vs sv within where in asof bin binr cor cov cut ej fby div ij
insert lj ljf mavg mcount mdev mmax mmin mmu mod msum over prior peach pj scan scov setenv ss
sublist uj union upsert wavg wsum xasc xbar xcol xcols xdesc xexp xgroup xkey xlog xprev xrank
""".split())
BUILTINS = frozenset("""
first enlist value type get set count string key max min sum prd last flip distinct raze neg desc
differ dsave dev eval exit exp fills fkeys floor getenv group gtime hclose hcount hdel hopen hsym
iasc idesc inv keys load log lsq ltime ltrim maxs md5 med meta mins next parse plist prds prev rand
rank ratios read0 read1 reciprocal reverse rload rotate rsave rtrim save sdev show signum sin sqrt
ssr sums svar system tables tan til trim txf ungroup var view views wj wj1 ww
""".split())
SYSTEM_NAME = re.compile(r"\.[zQqho]\.")


def _identifier(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in WORD_OPERATORS:
        token = Operator.Word
    elif word in BUILTINS:
        token = Name.Builtin
    elif SYSTEM_NAME.match(word):
        token = Name.Constant
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeQLexer(RougeRegexLexer):
    """Q tokenised like Rouge 3.30.0."""

    name = "Q (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [(r"#!(.*?)$", Comment.Preproc, "top"), (r"", Text, "top")],
        "top": [
            (r"^[ \t\r]+.*$", Comment.Special),
            (r"\n+", Text),
            (r"", Text, "base"),
        ],
        "base": [
            (r"\n+", Text),
            (r"^.\)", Keyword.Declaration),
            (r"(?i)\.?[a-z][a-z0-9_.]*", _identifier),
            (r"\s+/.*", Comment.Single),
            (r"[ \t\r]+", Text.Whitespace),
            (r"(?s)^/$.*?^\\$", Comment.Multiline),
            (r"^/[^\n]*$(\n[^\S\n]+.*$)*", Comment.Multiline),
            (r"^\\$", Comment, "bottom"),
            (r"^\\\\\s+", Keyword, "bottom"),
            (r'"', String, "string"),
            (r"(?:\d+D|\d{4}\.[01]\d\.[0123]\d[DT])(?:[012]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
             r"|([012]\d)?)[zpn]?\b", Literal.Date),
            (r"[012]\d:[0-5]\d(?::[0-5]\d(\.\d+)?)?[uvtpn]?\b", Literal.Date),
            (r"\d{4}\.[01]\d\.[0-3]\d[dpnzm]?\b", Literal.Date),
            (r"0[nNwW][hijefcpmdznuvt]?", Keyword.Constant),
            (r"'|/:|\\:|':|\\|/|0:|1:|2:", Operator),
            (r"(\d+[.]\d*|[.]\d+)(e[+-]?\d+)?[ef]?", Number.Float),
            (r"\d+e[+-]?\d+[ef]?", Number.Float),
            (r"\d+[ef]", Number.Float),
            (r"(?i)0x[0-9a-f]+", Number.Hex),
            (r"[01]+b", Number.Bin),
            (r"[0-9]+[hij]?", Number.Integer),
            (r"(?i)(`:[:a-z0-9._/]*|`(?:[a-z0-9.][:a-z0-9._]*)?)", String.Symbol),
            (r"(?:<=|>=|<>|::)|[?:$%&|@._#*^\-+~,!><=]:?", Operator),
            (r"[{}\[\]();]", Punctuation),
            (r"\\.*\n", Text),
        ],
        "string": [
            (r'\\"', String),
            (r'"', String, "#pop"),
            (r"\\([\\nr]|[01][0-7]{2})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\", String),
        ],
        "bottom": [(r"(?s).+\Z", Comment.Multiline)],
    }
