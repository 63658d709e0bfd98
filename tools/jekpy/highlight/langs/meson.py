"""Meson build files as Rouge 3.30.0's ``Rouge::Lexers::Meson`` (rouge lib/rouge/lexers/meson.rb)
split them.

Builtin functions before ``(`` and builtin objects are ``Name.Builtin``; strings follow Rouge's
Python-style string register (``'''`` or ``'``, ``f`` strings with ``@var@`` interpolation).
Rouge's ``(?<!\\.)`` look-behinds always pass at a StringScanner position and are left out.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, this, using
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("continue break elif else endif if true false foreach endforeach".split())
BUILTIN_VARIABLES = frozenset("meson host_machine build_machine target_machine".split())
BUILTIN_FUNCTIONS = frozenset(
    """
    add_global_arguments add_project_arguments add_global_link_arguments
    add_project_link_arguments add_test_setup add_languages alias_target assert benchmark
    both_libraries build_target configuration_data configure_file custom_target
    declare_dependency dependency disabler environment error executable generator gettext
    get_option get_variable files find_library find_program include_directories import
    install_data install_headers install_man install_subdir is_disabler is_variable jar
    join_paths library message option project run_target run_command set_variable subdir
    subdir_done subproject summary shared_library shared_module static_library test vcs_tag
    warning
    """.split()
)
IDENT = r"[^\W\d]\w*"
ESCAPES = (
    r"\\([\\abfnrtv']|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}"
    r"|x[a-fA-F0-9]{2}|[0-7]{1,3})"
)
QUOTES = ("'''", "'")


def _call(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Name.Builtin if word in BUILTIN_FUNCTIONS else Name, word  # blanks too
    ctx.pos = match.end()


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in BUILTIN_VARIABLES:
        token = Name.Builtin
    elif word in KEYWORDS:
        token = Keyword
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


def _string_state(quote: str, fmt: bool) -> list:
    other = "'" if quote == "'''" else "'''"
    return [
        (r"[^'\\@]+", String),
        (quote, String, "#pop"),
        (other, String),
        (ESCAPES, String.Escape),
        (r"\\.", String),
        (r"@", String.Interpol, "interpol") if fmt else (r"@", String),
    ]


def _name(quote: str, fmt: bool) -> str:
    return f"string-{len(quote)}-{'f' if fmt else ''}"


class RougeMesonLexer(RougeRegexLexer):
    """Meson tokenised like Rouge 3.30.0."""

    name = "Meson (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\n+", Text),
            (r"[^\S\n]+", Text),
            (r"#.*\n?", Comment.Single),
            (r"[\[\]{}:(),;.]", Punctuation),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(in|and|or|not)\b", Operator.Word),
            (r"[-+/*%=<>]=?|!=", Operator),
            *[
                (rf"({'[fF]' if fmt else ''})({q})", bygroups(String.Affix, String), _name(q, fmt))
                for fmt in (True, False)
                for q in QUOTES
            ],
            (rf"{IDENT}\b\s*(?=\()", _call),
            (rf"{IDENT}(?!\s*?:)", _word),
            (IDENT, Name),
            (r"(?i)0b(_?[0-1])+", Number.Bin),
            (r"(?i)0o(_?[0-7])+", Number.Oct),
            (r"(?i)0x(_?[a-f0-9])+", Number.Hex),
            (r"([1-9](_?[0-9])*|0(_?0)*)", Number.Integer),
        ],
        **{_name(q, fmt): _string_state(q, fmt) for q in QUOTES for fmt in (True, False)},
        "interpol": [(r"[^@]+", using(this)), (r"@", String.Interpol, "#pop")],
    }
