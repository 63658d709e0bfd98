"""Coq as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/coq.rb).

An identifier is held back until Rouge knows what follows it: ``A.B.c`` makes every name but
the last a ``Name.Namespace`` and the last a ``Name.Constant``; a lone name is classified by
Rouge's word lists (vernacular ``Keyword``, Gallina ``Keyword.Reserved``, tactics and tacticals
``Keyword.Pseudo``, terminating tactics ``Name.Exception``, anything else ``Name.Constant``).
A ``.`` followed by blanks ends a sentence (``Punctuation.Indicator``).  Any other single
character is punctuation when Rouge lists it as a key operator, an operator when it is an
operator character, else an error.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer

GALLINA = frozenset("as fun if in let match then else return end Type Set Prop forall".split())
VERNACULAR = frozenset("""
Definition Theorem Lemma Remark Example Fixpoint CoFixpoint Record Inductive CoInductive Corollary
Goal Proof Ltac Require Import Export Module Section End Variable Context Polymorphic Monomorphic
Universe Universes Variables Class Instance Global Local Include Printing Notation Infix Arguments
Hint Rewrite Immediate Qed Defined Opaque Transparent Existing Compute Eval Print SearchAbout
Search About Check
""".split())
TACTICS = frozenset("""
apply eapply auto eauto rewrite setoid_rewrite with in as at destruct split inversion injection
intro intros unfold fold cbv cbn lazy subst clear symmetry transitivity etransitivity erewrite
edestruct constructor econstructor eexists exists f_equal refine instantiate revert simpl
specialize generalize dependent red induction beta iota zeta delta exfalso autorewrite
compute vm_compute native_compute repeat first try
""".split())  # Rouge's ltac and tacticals lists: both Keyword.Pseudo
TERMINATORS = frozenset("omega solve congruence reflexivity exact assumption eassumption".split())
KEY_OPERATORS = frozenset(":= => -> /\\ \\/ _ ; :> : ⇒ → ↔ ⇔ ≔ ≡ ∀ ∃ ∧ ∨ ¬ ⊤ ⊥ ⊢ ⊨ ∈".split())
OPERATOR_CHARS = re.compile(r"[\[\];,{}_()!$%&*+./:<=>?@^|~#-]")
ID = r"(?:[a-zA-Z][a-zA-Z0-9_']*|[_a-zA-Z][a-zA-Z0-9_']+)"
END_SENTENCE = Punctuation.Indicator


def classify(name: str):
    """Rouge's ``Coq.classify``: the token type of a name that stands alone."""
    if name in VERNACULAR:
        return Keyword
    if name in GALLINA:
        return Keyword.Reserved
    if name in TACTICS:
        return Keyword.Pseudo
    if name in TERMINATORS:
        return Name.Exception
    return Name.Constant


def _held_name(ctx):
    """The token for the name held back in ``continue_id``, then forget it."""
    name = ctx.coq_name
    token = Name.Constant if ctx.coq_continue else classify(name)
    ctx.coq_name, ctx.coq_continue = None, False
    return token, name


def _start_id(lexer, match, ctx):
    ctx.coq_name, ctx.coq_continue = match.group(0), False
    ctx.pos = match.end()
    ctx.stack.append("continue_id")
    return iter(())


def _dotted_id(lexer, match, ctx):
    yield match.start(), Name.Namespace, ctx.coq_name
    yield match.start(), Punctuation, "."
    ctx.coq_name, ctx.coq_continue = match.group(1), True
    ctx.pos = match.end()


def _end_id(lexer, match, ctx):
    token, name = _held_name(ctx)
    yield match.start(), token, name
    if match.group(0):  # ". " ends the sentence
        yield match.start(), END_SENTENCE, "."
        yield match.start(1), Text.Whitespace, match.group(1)
    ctx.pos = match.end()
    ctx.stack.pop()


def _set_options(lexer, match, ctx):
    """``Set Printing All.``: keywords and blanks alternate, then the sentence end."""
    yield match.start(1), Keyword, match.group(1)
    for blank, word in ((2, 3), (4, 5)):
        yield match.start(blank), Text.Whitespace, match.group(blank)
        yield match.start(word), Keyword, match.group(word)
    if match.group(6):
        yield match.start(6), Text.Whitespace, match.group(6)
    yield match.end() - 1, END_SENTENCE, "."
    ctx.pos = match.end()


def _single_char(lexer, match, ctx):
    char = match.group(0)
    if char in KEY_OPERATORS:
        token = Punctuation
    elif OPERATOR_CHARS.match(char):
        token = Operator
    else:
        token = Error
    yield match.start(), token, char
    ctx.pos = match.end()


class RougeCoqLexer(RougeRegexLexer):
    """Coq tokenised like Rouge 3.30.0."""

    name = "Coq (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text):
        """A context that also holds Rouge's ``@name``/``@continue``."""
        ctx = super().new_context(text)
        ctx.coq_name, ctx.coq_continue = None, False
        return ctx

    tokens = {
        "root": [
            (r"[(][*](?![)])", Comment, "comment"),
            (r"\s+", Text.Whitespace),
            (r"(Module)(\s+)(Type)(\s+)", bygroups(Keyword, Text.Whitespace, Keyword,
                                                   Text.Whitespace)),
            (r"(Set|Unset)(\s+)(Universe|Printing|Implicit|Strict)(\s+)"
             r"(Polymorphism|All|Notations|Arguments|Universes|Implicit)(\s*)\.", _set_options),
            (ID, _start_id),
            (r"/\\", Operator),
            (r"\\/", Operator),
            (r"-?\d[\d_]*(.[\d_]*)?([eE][+-]?\d[\d_]*)", Number.Float),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (rf"[~?]{ID}", Name.Variable),
            (r".", _single_char),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"[(][*]", Comment, "#push"),
            (r"[*][)]", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "string": [
            (r'(?:\\")+|[^"]', String.Double),
            (r"\\[\\\"'ntbr]", String.Escape),
            (r"\\\n", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "continue_id": [
            (rf"\.({ID})", _dotted_id),
            (r"\.(\s+)", _end_id),
            (r"", _end_id),
        ],
    }
