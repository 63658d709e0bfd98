"""VHDL as Rouge 3.30.0's ``Rouge::Lexers::VHDL`` (rouge lib/rouge/lexers/vhdl.rb) splits it.

Identifiers are looked up lower-cased in Rouge's keyword, type and operator-word lists.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset(
    """
    access after alias all architecture array assert assume assume_guarantee attribute begin
    block body buffer bus case component configuration constant context cover default
    disconnect downto else elsif end entity exit fairness file for force function generate
    generic group guarded if impure in inertial inout is label library linkage literal loop map
    new next null of on open others out package parameter port postponed procedure process
    property protected pure range record register reject release report return select sequence
    severity shared signal strong subtype then to transport type unaffected units until use
    variable vmode vprop vunit wait when while with
    """.split()
)
TYPES = frozenset(
    """
    bit bit_vector boolean boolean_vector character integer integer_vector natural positive real
    real_vector severity_level signed std_logic std_logic_vector std_ulogic std_ulogic_vector
    string unsigned time time_vector
    """.split()
)
OPERATOR_WORDS = frozenset(
    "abs and mod nand nor not or rem rol ror sla sll sra srl xnor xor".split()
)
ID = r"[a-zA-Z][a-zA-Z0-9_]*"


def _word(lexer, match, ctx):
    low = match.group(0).lower()
    if low in KEYWORDS:
        token = Keyword
    elif low in TYPES:
        token = Keyword.Type
    elif low in OPERATOR_WORDS:
        token = Operator.Word
    else:
        token = Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeVHDLLexer(RougeRegexLexer):
    """VHDL tokenised like Rouge 3.30.0."""

    name = "VHDL (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "whitespace": [(r"\s+", Text), (r"\n", Text), (r"--.*$", Comment.Single)],
        "statements": [
            (r"-?\d+", Number.Integer),
            (r"-?\d+[.]\d+", Number.Float),
            (r'(?i)[box]?"[^"]*"', String.Single),
            (r"'[^']?'", String.Char),
            (rf"'{ID}", Name.Attribute),
            (r"[(),:;]", Punctuation),
            (r"(?i)(?:true|false|null)\b", Name.Builtin),
            (ID, _word),
            (r"=>|[*][*]|:=|/=|>=|<=|<>|\?\?|\?=|\?/=|\?>|\?<|\?>=|\?<=|<<|>>"
             r"|[#&'*+-./:<=>?@^]", Operator),
        ],
        "root": [include("whitespace"), include("statements")],
    }
