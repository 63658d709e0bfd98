"""Eiffel as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/eiffel.rb).

Keywords are matched at any position a rule starts (Rouge's rules have no leading word
boundary); upper-case names are ``Name.Class``; ``:=``, ``.``, brackets and the like are
``Punctuation.Indicator``; ``"[...]"`` verbatim strings ``String.Other``.  Rouge's hex rule
ends in a stray ``b`` (``0x1Fb``), kept as Rouge has it.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = """
across agent alias all and attached as assign attribute check class convert create debug deferred
detachable do else elseif end ensure expanded export external feature from frozen if implies
inherit inspect invariant like local loop not note obsolete old once or Precursor redefine rename
require rescue retry select separate some then undefine until variant Void when xor
""".split()
SPECIAL = r"%\/(?:0[xX][\da-fA-F](?:_*[\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\d(?:_*\d)*)\/"
ESCAPE = rf"%[A-DFHLNQR-V%'\"()<>]|{SPECIAL}"
SIMPLE_STRING = rf"(?:[^\"%\b\f\v]|{ESCAPE})+?"


class RougeEiffelLexer(RougeRegexLexer):
    """Eiffel tokenised like Rouge 3.30.0."""

    name = "Eiffel (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r'"\[', String.Other, "aligned_verbatim_string"),
            (r'"\{', String.Other, "non_aligned_verbatim_string"),
            (rf'"(?:[^%\b\f\n\r\v]|{ESCAPE})*?"', String.Double),
            (r"--.*", Comment.Single),
            (rf"'(?:[^%\b\f\n\r\t\v]|{ESCAPE})'", String.Char),
            (rf"(?:{'|'.join(KEYWORDS)})\b", Keyword),
            (r"(?:Current|Result)\b", Keyword.Variable),
            (r"(?:True|False)\b", Keyword.Constant),
            (r"(?=\w)0[xX][\da-fA-F](?:_*[\da-fA-F])*b", Number.Hex),
            (r"(?=\w)0[cC][0-7](?:_*[0-7])*\b", Number.Oct),
            (r"(?=\w)0[bB][01](?:_*[01])*\b", Number.Bin),
            (r"\d(?:_*\d)*", Number.Integer),
            (r"(?:\d(?:_*\d)*)?\.(?:(?:\d(?:_*\d)*)?[eE][+-]?)?\d(?:_*\d)*|\d(?:_*\d)*\.?",
             Number.Float),
            (r":=|<<|>>|\(\||\|\)|->|\.|[{}\[\];(),:?]", Punctuation.Indicator),
            (r"\\\\|\|\.\.\||\.\.|/[~/]?|[></]=?|[-+*^=~]", Operator),
            (r"[A-Z][\dA-Z_]*", Name.Class),
            (r"[A-Za-z][\dA-Za-z_]*", Name),
            (r"\s+", Text),
        ],
        "aligned_verbatim_string": [(r'\]"', String.Other, "#pop"),
                                    (SIMPLE_STRING, String.Other)],
        "non_aligned_verbatim_string": [(r'\}"', String.Other, "#pop"),
                                        (SIMPLE_STRING, String.Other)],
    }
