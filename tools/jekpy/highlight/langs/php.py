"""PHP as Rouge 3.30.0's ``Rouge::Lexers::PHP`` (rouge lib/rouge/lexers/php.rb) splits it.

Text outside ``<?php ... ?>`` goes to the HTML lexer (its state carried along).  Without the
``start_inline`` option Rouge guesses: code that does not start with markup is PHP from the
first character.  Inside PHP: ``$vars`` ``Name.Variable``, a name before ``(``
``Name.Function`` (or ``Name.Builtin`` for PHP's function list, looked up lower-cased), small
states after ``function``, ``new``, ``use``, ``const``, visibility keywords; a lone ``.`` is
lexed by the float rule, as in Rouge.
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
from pygments.unistring import Lu

from . import words
from .base import RougeRegexLexer
from .html import RougeHTMLLexer

KEYWORDS = frozenset(
    """
    old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__
    __method__ __namespace__ __trait__ abstract and array as break case catch clone continue
    declare default die do echo else elseif empty enddeclare endfor endforeach endif endswitch
    endwhile eval exit extends final finally fn for foreach global goto if implements include
    include_once instanceof insteadof isset list match new or parent print private protected
    public readonly require require_once return self static switch throw try unset var while
    xor yield
    """.split()
)
ID = r"[^\W\d]\w*"
NS = rf"(?:{ID}\\)+"
ID_NS = rf"(?:{NS})?{ID}"
PUSHING = {"use": ("in_use", Keyword.Namespace), "const": ("in_const", Keyword),
           "catch": ("in_catch", Keyword), "public": ("in_visibility", Keyword),
           "protected": ("in_visibility", Keyword), "private": ("in_visibility", Keyword)}


def _html(lexer, match, ctx):
    """Markup around the PHP: the HTML lexer, continuing where it stopped."""
    sub = LexerContext(match.group(0), 0, stack=ctx.html_stack)
    for pos, ttype, value in RougeHTMLLexer().get_tokens_unprocessed(context=sub):
        yield match.start() + pos, ttype, value
    ctx.html_stack = sub.stack
    ctx.pos = match.end()


def _html_then_pop(lexer, match, ctx):
    yield from _html(lexer, match, ctx)
    ctx.stack.pop()


def _escape(lexer, match, ctx):
    """``?>`` ends the PHP: back to the top level."""
    yield match.start(), Comment.Preproc, match.group(0)
    ctx.stack[:] = ["root"]
    ctx.pos = match.end()


def _call_name(lexer, match, ctx):
    name = match.group(0).lower()
    if name in type(lexer).keywords:
        token = Keyword
    elif name in words("php.builtins"):
        token = Name.Builtin
    else:
        token = Name.Function
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


def _name(lexer, match, ctx):
    word = match.group(0)
    low = word.lower()
    if low in PUSHING:
        state, token = PUSHING[low]
        ctx.stack.append(state)
    elif low in type(lexer).keywords:
        token = Keyword
    elif re.match(r"__.*?__\Z", word):
        token = Name.Builtin
    elif re.match(rf"(E|PHP)(_[{Lu}]+)+\Z", word):  # Rouge: [[:upper:]], Unicode
        token = Keyword.Constant
    elif re.search(rf"(\\|^)[{Lu}][{Lu}\d_]+\Z", word):
        token = Name.Constant
    elif re.search(rf"(\\|^)[{Lu}][^\W_]*?\Z", word):
        token = Name.Class
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


ESCAPE = [(r"\?>", _escape)]
RETURN = [default("#pop")]


class RougePHPLexer(RougeRegexLexer):
    """PHP tokenised like Rouge 3.30.0."""

    name = "PHP (Rouge)"
    aliases = []
    flags = re.MULTILINE
    keywords = KEYWORDS

    def new_context(self, text: str) -> LexerContext:
        """Rouge's ``start``: PHP at once (``start_inline``), a guess, or markup first."""
        ctx = super().new_context(text)
        ctx.html_stack = ["root"]
        inline = self.options.get("start_inline")
        if inline is None:
            ctx.stack.append("start")
        elif inline not in ("0", "false", "off"):  # Rouge's as_bool
            ctx.stack.append("php")
        return ctx

    tokens = {
        "escape": ESCAPE,
        "start": [
            (r"(?s)\s*(?=<)", _html_then_pop),
            (r"(?i)[^$]+(?=<\?(php|=))", _html_then_pop),
            default(("#pop", "php")),
        ],
        "names": [
            (rf"{ID_NS}(?=\s*\()", _call_name),
            (ID_NS, _name),
        ],
        "operators": [(r"[~!%^&*+|:.<>/@-]+", Operator)],
        "string": [
            (r'"', String.Double, "#pop"),
            (r'[^\\{$"]+', String.Double),
            (r"\\u\{[0-9a-fA-F]+\}", String.Escape),
            (r"\\([efrntv\"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})", String.Escape),
            (rf"\${ID}(\[\S+\]|->{ID})?", Name.Variable),
            (r"\{\$\{", String.Interpol, "string_interp_double"),
            (r"\{(?=\$)", String.Interpol, "string_interp_single"),
            (r"(\{)(\S+)(\})", bygroups(String.Interpol, Name.Variable, String.Interpol)),
            (r"[${\\]+", String.Double),
        ],
        "string_interp_double": [(r"\}\}", String.Interpol, "#pop"), include("php")],
        "string_interp_single": [(r"\}", String.Interpol, "#pop"), include("php")],
        "values": [
            (rf"(?is)<<<([\"']?)({ID})\1\n.*?\n\s*\2;?", String.Heredoc),
            (r"(?i)(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?", Number.Float),
            (r"0[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"(?i)0x[a-f0-9][a-f0-9_]*", Number.Hex),
            (r"\d[_\d]*", Number.Integer),
            (r"'([^'\\]*(?:\\.[^'\\]*)*)'", String.Single),
            (r"`([^`\\]*(?:\\.[^`\\]*)*)`", String.Backtick),
            (r'"', String.Double, "string"),
            (r"(?i)(function|fn)\b", Keyword,
             ("in_function_return", "in_function_params", "in_function_name")),
            (r"(?i)(true|false|null)\b", Keyword.Constant),
            (r"(?i)new\b", Keyword, "in_new"),
        ],
        "variables": [(rf"\$\{{\$+{ID}\}}", Name.Variable), (rf"\$+{ID}", Name.Variable)],
        "whitespace": [
            (r"\s+", Text),
            (r"#.*?$", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*\*(?!/).*?\*/", Comment.Doc),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
        ],
        "root": [
            (r"(?i)<\?(php|=)?", Comment.Preproc, "php"),
            (r"(?s).*?(?=<\?)|.*", _html),
        ],
        "php": [
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("values"),
            (rf"(?i)(namespace)(\s+)({ID_NS})",
             bygroups(Keyword.Namespace, Text, Name.Namespace)),
            (rf"(?i)(class|interface|trait|extends|implements)(\s+)({ID_NS})",
             bygroups(Keyword.Declaration, Text, Name.Class)),
            include("names"),
            (r"[;,(){}\[\]]", Punctuation),
            include("operators"),
            (r"[=?]", Operator),
        ],
        "in_assign": [
            (r",", Punctuation, "#pop"),
            (r"[\[\]]", Punctuation),
            (r"\(", Punctuation, "in_assign_function"),
            *ESCAPE,
            include("whitespace"),
            include("values"),
            include("variables"),
            include("names"),
            include("operators"),
            *RETURN,
        ],
        "in_assign_function": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            include("in_assign"),
        ],
        "in_catch": [
            (r"\(", Punctuation),
            (r"\|", Operator),
            (ID, Name.Class),
            *ESCAPE,
            include("whitespace"),
            *RETURN,
        ],
        "in_const": [
            (ID, Name.Constant),
            (r"=", Operator, "in_assign"),
            *ESCAPE,
            include("whitespace"),
            *RETURN,
        ],
        "in_function_body": [
            (r"\{", Punctuation, "#push"),
            (r"\}", Punctuation, "#pop"),
            include("php"),
        ],
        "in_function_name": [
            (r"&", Operator),
            (ID, Name),
            (r"\(", Punctuation, "#pop"),
            *ESCAPE,
            include("whitespace"),
            *RETURN,
        ],
        "in_function_params": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            (r"[.]{3}", Punctuation),
            (r"=", Operator, "in_assign"),
            (r"(?i)(?=\w)(?:public|protected|private|readonly)\b", Keyword),
            (rf"\??{ID}", Keyword.Type, "in_assign"),
            *ESCAPE,
            include("whitespace"),
            include("variables"),
            *RETURN,
        ],
        "in_function_return": [
            (r":", Punctuation),
            (r"(?i)use\b", Keyword, "in_function_use"),
            (rf"\??{ID}", Keyword.Type, "in_assign"),
            (r"\{", Punctuation, ("#pop", "in_function_body")),
            *ESCAPE,
            include("whitespace"),
            *RETURN,
        ],
        "in_function_use": [
            (r"[,(]", Punctuation),
            (r"&", Operator),
            (r"\)", Punctuation, "#pop"),
            *ESCAPE,
            include("whitespace"),
            include("variables"),
            *RETURN,
        ],
        "in_new": [
            (r"(?i)class\b", Keyword.Declaration, ("#pop", "in_new_class")),
            (ID_NS, Name.Class, "#pop"),
            *ESCAPE,
            include("whitespace"),
            *RETURN,
        ],
        "in_new_class": [(r"\}", Punctuation, "#pop"), (r"\{", Punctuation), include("php")],
        "in_use": [
            (r"[,}]", Punctuation),
            (r"(?i)(function|const)\b", Keyword),
            (rf"({NS})(\{{)", bygroups(Name.Namespace, Punctuation)),
            (rf"{ID_NS}(_{ID})+", Name.Function),
            *ESCAPE,
            include("whitespace"),
            include("names"),
            *RETURN,
        ],
        "in_visibility": [
            (r"(?i)(?=\w)(?:readonly|static)\b", Keyword),
            (r"(?i)(?=(abstract|const|function)\b)", Text, "#pop"),
            (rf"\??{ID}", Keyword.Type, "#pop"),
            *ESCAPE,
            include("whitespace"),
            *RETURN,
        ],
    }


HACK_KEYWORDS = KEYWORDS | frozenset(
    "type newtype enum as super async await Awaitable vec dict keyset void int string bool float "
    "double arraykey num Stringish".split()
)


def _hack_tokens() -> dict[str, list]:
    table = dict(RougePHPLexer.tokens)
    table["root"] = [
        (r"<\?hh(\s*//\s*(strict|decl|partial))?$", Comment.Preproc, "php"),
        *table["root"],
    ]
    table["php"] = [
        (r"(/\*\s*)(HH_(?:IGNORE_ERROR|FIXME)\[\d+\])([^*]*)(\*/)",
         bygroups(Comment.Preproc, Comment.Preproc, Comment.Multiline, Comment.Preproc)),
        (r"// UNSAFE(?:_EXPR|_BLOCK)?", Comment.Preproc),
        (r"/\*\s*UNSAFE_EXPR\s*\*/", Comment.Preproc),
        *table["php"],
    ]
    return table


class RougeHackLexer(RougePHPLexer):
    """Hack (PHP with Hack's words, ``<?hh`` and ``HH_FIXME`` comments) like Rouge 3.30.0
    (rouge lib/rouge/lexers/hack.rb)."""

    name = "Hack (Rouge)"
    keywords = HACK_KEYWORDS
    tokens = _hack_tokens()
