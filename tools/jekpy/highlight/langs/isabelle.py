"""Isabelle/Isar theories as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/isabelle.rb).

Words are classified by Rouge's outer-syntax keyword lists (``isabelle.*``): minor keywords
and proof methods ``Keyword.Pseudo``, diagnostic commands ``Keyword.Type``, theory and proof
commands ``Keyword``, sections ``Generic.Heading``/``Generic.Subheading``, goals
``Keyword.Namespace``, ``sorry``/``oops`` ``Generic.Error``.  ``‹...›`` and ``{* ... *}``
texts and ``(* *)`` comments nest; ``\\<symbol>`` is a ``String.Symbol``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Generic, Keyword, Name, Number, Operator, String, Text

from . import words
from .base import RougeRegexLexer

# Rouge's lookup order: the first group holding the word decides its token
GROUPS = (
    (("minor", "proof_script"), Keyword.Pseudo),
    (("diag",), Keyword.Type),
    (("thy", "theory_decl", "qed", "proof_goal", "proof_block", "proof_decl", "proof_chain",
      "proof_asm", "proof_asm_goal"), Keyword),
    (("section",), Generic.Heading),
    (("subsection",), Generic.Subheading),
    (("theory_goal", "theory_script"), Keyword.Namespace),
    (("abandon_proof",), Generic.Error),
)
SPACE = r" \t\n\r\f\v"


def _word(lexer, match, ctx):
    word = match.group(0)
    token = next((tok for keys, tok in GROUPS
                  if any(word in words(f"isabelle.{key}") for key in keys)), Name)
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeIsabelleLexer(RougeRegexLexer):
    """Isabelle tokenised like Rouge 3.30.0."""

    name = "Isabelle (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (rf"[{SPACE}]+", Text.Whitespace),
            (r"\(\*", Comment, "comment"),
            (r"\{\*|‹", Text, "text"),
            (r"::|\[|\]|-|[:()_=,|+!?]", Operator),
            (r"[{}.]|\.\.", Operator.Word),
            (r"[a-zA-Z][a-zA-Z0-9_]*", _word),
            (r"\\<[a-zA-Z0-9_]*>", String.Symbol),
            (r"'[a-zA-Z_][.a-zA-Z0-9_']*", Name.Variable),
            (r"0[xX][\da-fA-F][\da-fA-F_]*", Number.Hex),
            (r"0[oO][0-7][0-7_]*", Number.Oct),
            (r"0[bB][01][01_]*", Number.Bin),
            (r'"', String, "string"),
            (r"`", String.Other, "fact"),
            (rf"[^{SPACE}:|\[\]\-()=,+!?{{}}._][^{SPACE}:|\[\]\-()=,+!?{{}}]*", Name),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"\(\*", Comment, "comment"),
            (r"\*\)", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "text": [
            (r"[^{*}‹›]+", Text),
            (r"\{\*|‹", Text, "text"),
            (r"\*\}|›", Text, "#pop"),
            (r"[{*}]", Text),
        ],
        "string": [
            (r'[^"\\]+', String),
            (r"\\<[a-zA-Z0-9_]*>", String.Symbol),
            (r'\\"', String),
            (r"\\", String),
            (r'"', String, "#pop"),
        ],
        "fact": [
            (r"[^`\\]+", String.Other),
            (r"\\<[a-zA-Z0-9_]*>", String.Symbol),
            (r"\\`", String.Other),
            (r"\\", String.Other),
            (r"`", String.Other, "#pop"),
        ],
    }
