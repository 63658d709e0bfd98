"""Jinja/Django, Twig, Smarty and Velocity templates as Rouge 3.30.0 splits them (rouge
lib/rouge/lexers/jinja.rb, twig.rb, smarty.rb, velocity.rb).

``{% %}``/``{{ }}`` delimiters are ``Comment.Preproc``; inside, words are keywords,
pseudo-keywords, word operators, tests (``Name.Builtin``) or ``Name.Variable``; text around the
tags goes to the HTML lexer (its state carried along).

Rouge keeps the word lists in class variables (``@@keywords``) that Twig shares with its parent
Jinja, so in one Ruby process whichever of the two lexers runs first fixes the lists of both.
jekpy gives each lexer its own lists (what a process that meets only one of them does).
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer
from .html import RougeHTMLLexer

JINJA_WORDS = {
    "keywords": "as context do else extends from ignore missing import include reversed "
    "recursive scoped autoescape endautoescape block endblock call endcall filter endfilter "
    "for endfor if endif macro endmacro set endset trans endtrans with endwith without",
    "tests": "callable defined divisibleby equalto escaped even iterable lower mapping none "
    "number odd sameas sequence string undefined upper",
    "pseudo": "true false none True False None",
    "operators": "is in and or not",
}
TWIG_WORDS = {
    "keywords": "as do extends flush from import include use else starts ends with without "
    "autoescape endautoescape block endblock embed endembed filter endfilter for endfor if "
    "endif macro endmacro sandbox endsandbox set endset spaceless endspaceless",
    "tests": "constant defined divisibleby empty even iterable null odd sameas",
    "pseudo": "true false none",
    "operators": "b-and b-or b-xor is in and or not",
}


def _html(lexer, match, ctx):
    sub = LexerContext(match.group(0), 0, stack=ctx.html_stack)
    for pos, ttype, value in RougeHTMLLexer().get_tokens_unprocessed(context=sub):
        yield match.start() + pos, ttype, value
    ctx.html_stack = sub.stack
    ctx.pos = match.end()


def _statement_word(lists: dict[str, str]):
    sets = {k: frozenset(v.split()) for k, v in lists.items()}

    def callback(lexer, match, ctx):
        word = match.group(0)
        if word in sets["keywords"]:
            token = Keyword
        elif word in sets["pseudo"]:
            token = Keyword.Pseudo
        elif word in sets["operators"]:
            token = Operator.Word
        elif word in sets["tests"]:
            token = Name.Builtin
        else:
            token = Name.Variable
        yield match.start(), token, word
        ctx.pos = match.end()

    return callback


def _raw_block(state: str):
    def callback(lexer, match, ctx):
        for group, ttype in enumerate((Comment.Preproc, Text, Keyword, Text, Comment.Preproc), 1):
            if match.group(group):
                yield match.start(group), ttype, match.group(group)
        ctx.stack.append(state)
        ctx.pos = match.end()

    return callback


def _verbatim_state(end: str) -> list:
    return [
        (rf"({{%-?)(\s*)({end})(\s*)(-?%}})",
         bygroups(Comment.Preproc, Text, Keyword, Text, Comment.Preproc), "#pop"),
        (r"[^{]+", Text),
        (r"\{", Text),
    ]


def jinja_tokens(lists: dict[str, str]) -> dict[str, list]:
    """The state table, with the word lists of Jinja or Twig."""
    return {
        "root": [
            (r"\{#", Comment, "comment"),
            (r"##.*", Comment),
            (r"(\{%-?)(\s*)(raw)(\s*)(-?%\})", _raw_block("raw")),
            (r"(\{%-?)(\s*)(verbatim)(\s*)(-?%\})", _raw_block("verbatim")),
            (r"\{%", Comment.Preproc, "statement"),
            (r"\{\{", Comment.Preproc, "expression"),
            (r"(?s)(.+?)(?=\\|\{\{|\{%|\{#|##)", _html),
            (r"(?s).+", _html),
        ],
        "filter": [(r"(\|\s*)(\w+)", bygroups(Operator, Name.Function))],
        "function": [(r"(\w+)(\()", bygroups(Name.Function, Punctuation))],
        "text": [(r"\s+", Text)],
        "literal": [
            (r'"(\\.|.)*?"', String.Double),
            (r"'(\\.|.)*?'", String.Single),
            (r"\d+(?=}\s)", Number),
            (r"(\+|-|\*|//?|\*\*?|=)", Operator),
            (r"(<=?|>=?|===?|!=)", Operator),
            (r",", Punctuation),
            (r"\[", Punctuation),
            (r"\]", Punctuation),
            (r"\(", Punctuation),
            (r"\)", Punctuation),
        ],
        "comment": [(r"[^#]+", Comment), (r"#\}", Comment, "#pop"), (r"#", Comment)],
        "expression": [
            (r"\w+\.?", Name.Variable),
            include("filter"),
            include("function"),
            include("literal"),
            include("text"),
            (r"%\}|\}\}", Comment.Preproc, "#pop"),
        ],
        "statement": [
            (r"(\w+\.?)", _statement_word(lists)),
            include("filter"),
            include("function"),
            include("literal"),
            include("text"),
            (r"%\}", Comment.Preproc, "#pop"),
        ],
        "raw": _verbatim_state("endraw"),
        "verbatim": _verbatim_state("endverbatim"),
    }


class RougeJinjaLexer(RougeRegexLexer):
    """Jinja/Django templates tokenised like Rouge 3.30.0."""

    name = "Jinja (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = jinja_tokens(JINJA_WORDS)

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the HTML lexer starts at its root."""
        ctx = super().new_context(text)
        ctx.html_stack = ["root"]
        return ctx


class RougeTwigLexer(RougeJinjaLexer):
    """Twig templates tokenised like Rouge 3.30.0."""

    name = "Twig (Rouge)"
    tokens = jinja_tokens(TWIG_WORDS)


SMARTY_BUILTINS = frozenset(
    """
    append assign block call capture config_load debug extends for foreach foreachelse break
    continue function if elseif else include include_php insert ldelim rdelim literal nocache php
    section sectionelse setfilter strip while counter cycle eval fetch html_checkboxes html_image
    html_options html_radios html_select_date html_select_time html_table mailto math textformat
    capitalize cat count_characters count_paragraphs count_sentences count_words date_format
    default escape from_charset indent lower nl2br regex_replace replace spacify string_format
    strip strip_tags to_charset truncate unescape upper wordwrap
    """.split()
)


def _smarty_word(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Name.Builtin if word in SMARTY_BUILTINS else Name.Attribute, word
    ctx.pos = match.end()


class RougeSmartyLexer(RougeJinjaLexer):
    """Smarty templates tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/smarty.rb)."""

    name = "Smarty (Rouge)"
    tokens = {
        "root": [
            (r"\{\s+", _html),
            (r"(?s)\{\*.*?\*\}", Comment),
            (r"\{/?(?![\s*])", Keyword, "smarty"),
            (r"(?s).+?(?=\{[/a-zA-Z0-9$#*\"'])", _html),
            (r"(?s).+", _html),
        ],
        "smarty": [
            (r"\{/?(?![\s*])", Keyword, "smarty"),
            (r"\}", Keyword, "#pop"),
            (r"\s+", Text),
            (r"[~!%^&*()+=|\[\]:;,.<>/@?-]", Operator),
            (r"#[a-zA-Z_]\w*#", Name.Variable),
            (r"\$[a-zA-Z_]\w*(\.\w+)*", Name.Variable),
            (r"(true|false|null)\b", Keyword.Constant),
            (r"[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?", Number),
            (r'"(\\.|.)*?"', String.Double),
            (r"'(\\.|.)*?'", String.Single),
            (r"([a-zA-Z_]\w*)", _smarty_word),
        ],
    }


VELOCITY_ID = r"(?i:[a-z_]\w*)"


class RougeVelocityLexer(RougeJinjaLexer):
    """Apache Velocity templates tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/
    velocity.rb); text between directives goes to the HTML lexer."""

    name = "Velocity (Rouge)"
    tokens = {
        "root": [
            (r"[^{#$]+", _html),
            (r"(?s)(#)(\*.*?\*)(#)", Comment.Multiline),
            (r"(##)(.*?$)", Comment.Single),
            (rf"(?s)(#\{{?)({VELOCITY_ID})(\}}?)(\s?\()",
             bygroups(Punctuation, Name.Function, Punctuation, Punctuation), "directive_params"),
            (rf"(?s)(#\{{?)({VELOCITY_ID})(\}}|\b)", bygroups(Punctuation, Name.Function,
                                                             Punctuation)),
            (r"\$\{?", Punctuation, "variable"),
        ],
        "variable": [
            (VELOCITY_ID, Name.Variable),
            (r"\(", Punctuation, "func_params"),
            (rf"(\.)({VELOCITY_ID})", bygroups(Punctuation, Name.Variable)),
            (r"\}", Punctuation, "#pop"),
            (r"", Text, "#pop"),
        ],
        "directive_params": [
            (r"(&&|\|\||==?|!=?|[-<>+*%&|^/])|(?=\w)(eq|ne|gt|lt|ge|le|not|in)\b", Operator),
            (r"\[", Operator, "range_operator"),
            (rf"(?=\w){VELOCITY_ID}\b", Name.Function),
            include("func_params"),
        ],
        "range_operator": [
            (r"[.]{2}", Operator),
            include("func_params"),
            (r"\]", Operator, "#pop"),
        ],
        "func_params": [
            (r"\$\{?", Punctuation, "variable"),
            (r"\s+", Text),
            (r",", Punctuation),
            (r'"(\\\\|\\"|[^"])*"', String.Double),
            (r"'(\\\\|\\'|[^'])*'", String.Single),
            (r"0[xX][0-9a-fA-F]+[Ll]?", Number.Hex),
            (r"(?=\w)[0-9]+\b", Number.Integer),
            (r"(true|false|null)\b", Keyword.Constant),
            (r"[(\[]", Punctuation, "#push"),
            (r"[)\]}]", Punctuation, "#pop"),
        ],
    }
