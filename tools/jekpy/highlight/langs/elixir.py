"""Elixir as Rouge 3.30.0's ``Rouge::Lexers::Elixir`` (rouge lib/rouge/lexers/elixir.rb) splits it.

Rouge's regexes lean on look-behinds (``(?<!\\.)``, ``(?<!:)``, ``(?<=[\\s])``) that cannot see
before Ruby's StringScanner position: at the start of a rule the negative ones always pass and
the positive one never does, which this port writes out (so ``->`` is an operator and a
prefix ``!`` never matches that alternative).  Capitalised names and ``nil``/``true``/``false``
are ``Name.Constant``, ``key:`` and ``:atom`` ``String.Symbol``; sigils get a state per
delimiter.
"""

from __future__ import annotations

import re

from pygments.lexer import include
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
    r"case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|defprotocol|defimpl"
    r"|defrecord|defmacrop?|defdelegate|defexception|defguardp?|defstruct|exit|raise|throw"
    r"|after|rescue|catch|else"
)
OPERATORS = (
    r"%=|\*=|\*\*=|\+=|-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|(?=[\s])\?"
    r"|&(&&?|(?!\d))|\|\||\^|\*|\+|-|/|\||\+\+|--|\*\*|//|<-|<>|<<|>>|=|\.|~~~"
)
SYMBOL = (
    r"(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|<>|===?|>=?|<=?|<=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|--?"
    r"|\|\|?|!|//|[%&`/|]|\*\*?|=?~|<-)|([a-zA-Z_]\w*([?!])?)(:)(?!:)"
)
PAIRS = {"{": "}", "[": "]", "(": ")", "<": ">"}
SIGIL_OPENS = ["{", "[", "(", "<", "|", "/", "'", '"']
KINDS = {
    "other": (String.Other, False),
    "other_interp": (String.Other, True),
    "regex": (String.Regex, False),
    "regex_interp": (String.Regex, True),
}


def _sigil_name(delim: str, kind: str) -> str:
    return f"sigil-{ord(delim)}-{kind}"


def _sigil_open(lexer, match, ctx):
    letter, delim = match.group(1) or "", match.group(2)
    interp = letter in ("S", "R", "C", "W") and letter != ""
    regex = letter in ("R", "r") and letter != ""
    kind = ("regex" if regex else "other") + ("_interp" if interp else "")
    yield match.start(), KINDS[kind][0], match.group(0)
    if regex:
        ctx.stack.append("regex_flags")
    if letter in ("W", "w") and letter != "":
        ctx.stack.append("list_flags")
    ctx.stack.append(_sigil_name(delim, kind))
    ctx.pos = match.end()


def _sigil_rules(delim: str, kind: str) -> list:
    token, interp = KINDS[kind]
    close = PAIRS.get(delim, delim)
    chars = "".join(re.escape(c) for c in dict.fromkeys(delim + close))
    rules: list = [(re.escape(close), token, "#pop")]
    if interp:
        rules.extend([include("interpoling"), (r"#", token)])
    else:
        rules.append((r"[\\#]", token))
    rules.append((rf"[^#{chars}\\]+", token))
    return rules


class RougeElixirLexer(RougeRegexLexer):
    """Elixir tokenised like Rouge 3.30.0."""

    name = "Elixir (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"#.*$", Comment.Single),
            (rf"(?=\w)({KEYWORDS})\b(?![?!])|(?=\w)(do|->)\b", Keyword),
            (r"(?=\w)(import|require|use|recur|quote|unquote|super|refer)\b(?![?!])",
             Keyword.Namespace),
            (r"(?=\w)(and|not|or|when|xor|in)\b", Operator.Word),
            (OPERATORS, Operator),
            (SYMBOL, String.Symbol),
            (r':"', String.Symbol, "interpoling_symbol"),
            (r"(?=\w)(nil|true|false)\b(?![?!])|(?=\w)[A-Z]\w*\b", Name.Constant),
            (r"(?=\w)(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!])", Name.Builtin.Pseudo),
            (r"[a-zA-Z_!]\w*[!?]?", Name),
            (r"::|[%(){};,/|:\\\[\]]", Punctuation),
            (r"@[a-zA-Z_]\w*|&\d", Name.Variable),
            (r"(?=\w)\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b", Number.Float),
            (r"(?=\w)0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b", Number.Hex),
            (r"(?=\w)0o[0-7](_?[0-7])*\b", Number.Oct),
            (r"(?=\w)0b[01](_?[01])*\b", Number.Bin),
            (r"(?=\w)\d(_?\d)*\b", Number.Integer),
            include("strings"),
            include("sigil_strings"),
        ],
        "strings": [
            (r'(%[A-Ba-z])?"""(?:.|\n)*?"""', String.Doc),
            (r"'''(?:.|\n)*?'''", String.Doc),
            (r'"', String.Double, "dqs"),
            (r"'", String.Single, "sqs"),
            (r"\?(\\(x\d{1,2}|[0-9a-fA-F]{1,2}(?![0-9a-fA-F])\b|0[0-7]{0,2}(?![0-7])\b[^x0MC])"
             r"|(\\[MC]-)+\w|[^\s\\])", String.Other),
        ],
        "dqs": [
            include("escapes"),
            include("interpoling"),
            (r'[^#"\\]+', String.Double),
            (r'"', String.Double, "#pop"),
            (r"[#\\]", String.Double),
        ],
        "sqs": [
            include("escapes"),
            include("interpoling"),
            (r"[^#'\\]+", String.Single),
            (r"'", String.Single, "#pop"),
            (r"[#\\]", String.Single),
        ],
        "interpoling": [(r"#\{", String.Interpol, "interpoling_string")],
        "interpoling_string": [(r"\}", String.Interpol, "#pop"), include("root")],
        "escapes": [
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
            (r"\\u\{?\d+\}?", String.Escape),
            (r"\\[\\abdefnrstv0\"']", String.Escape),
        ],
        "interpoling_symbol": [
            (r'"', String.Symbol, "#pop"),
            include("interpoling"),
            (r'[^#"]+', String.Symbol),
        ],
        "sigil_strings": [
            (rf"~([A-Za-z])?({'|'.join(re.escape(o) for o in SIGIL_OPENS)})", _sigil_open),
        ],
        "regex_flags": [(r"[fgimrsux]*", String.Regex, "#pop")],
        "list_flags": [(r"[csa]?", String.Other, "#pop")],
        **{_sigil_name(d, k): _sigil_rules(d, k) for d in SIGIL_OPENS for k in KINDS},
    }
