"""Variables named like python-liquid keywords (``limit``, ``offset``, ``in``, ``cols``, ...).

Liquid 4.0.4 has no such keywords outside ``for``/``tablerow`` headers: ``{% capture offset %}``,
``{% assign limit = 5 %}{{ limit }}`` and ``{{ include.limit }}`` are plain names (capture.rb
``Syntax`` is VariableSignature; lexer.rb has only ``contains`` as a word operator). python-liquid
lexes these words as keywords everywhere, so the markup handed to it is rewritten last: a bare
name becomes `alias_of(name)`, a property ``x.limit`` becomes ``x["limit"]``. Real keywords stay:
a word followed by ``:`` in loop headers (attributes), and there ``in`` after the loop variable,
``reversed`` and ``continue``. A filter keyword argument so named (``| f: limit: 1`` in an
output or ``assign``) is aliased too; filters/arity.py gives the Hash its real key back.
"""

from __future__ import annotations

import re

from liquid.token import TOKEN_EXPRESSION, TOKEN_OUTPUT, TOKEN_TAG, Token

# python-liquid keywords that are ordinary names in Liquid 4 (true/false/nil/empty/blank and
# and/or/contains/not keep their meaning).
NAMES = ("in", "offset", "limit", "reversed", "cols", "continue", "with", "for", "as", "if",
         "else", "required")
# Literal words are literals only as a whole expression (expression.rb LITERALS); as a property
# (``page.empty``, ``x.nil``) they are ordinary keys (variable_lookup.rb), which python-liquid's
# lexer does not allow after a dot.
LITERAL_WORDS = ("empty", "blank", "true", "false", "nil", "null")
_PREFIX = "__liquid4_"
_WORDS = re.compile(
    r"""("[^"]*"|'[^']*')|(\.\s*)?(?<![\w-])(""" + "|".join(NAMES + LITERAL_WORDS)
    + r""")(?![\w?-])(\s*:)?""",
    re.ASCII)
_LOOP_TAGS = ("for", "tablerow")
_FILTER_TAGS = ("assign",)
_NAME_TAGS = ("assign", "capture", "increment", "decrement", "if", "elsif", "unless", "case",
              "when", "cycle")


def alias_of(name: str) -> str:
    """The identifier jekpy stores a variable called ``name`` under (for a keyword name)."""
    return _PREFIX + name if name in NAMES else name


def real_name(name: str) -> str:
    """The name behind `alias_of` (a filter keyword argument's key)."""
    return name.removeprefix(_PREFIX)


def alias_keywords(markup: str, loop: bool = False, filter_arguments: bool = False) -> str:
    """``markup`` with keyword-named variables renamed (see the module docstring)."""
    if not any(name in markup for name in NAMES) and not (
            "." in markup and any(word in markup for word in LITERAL_WORDS)):
        return markup
    loop_variable_seen = [False]

    def replace(match: re.Match) -> str:
        quoted, dot, word, colon = match.groups()
        if quoted:
            return quoted
        if dot:
            return f'["{word}"]' + (colon or "")
        if word in LITERAL_WORDS:
            return match.group(0)
        if colon:
            if filter_arguments and not markup[:match.start()].rstrip().endswith("|"):
                return alias_of(word) + colon
            return match.group(0)
        if loop and (word in ("reversed", "continue")
                     or (word == "in" and markup[:match.start()].strip()
                         and not loop_variable_seen[0])):
            if word == "in":
                loop_variable_seen[0] = True
            return word
        return alias_of(word)

    return _WORDS.sub(replace, markup)


def alias_tokens(tokens):  # noqa: ANN001, ANN201
    """Apply `alias_keywords` to the markup of outputs and of the tags that hold names or
    expressions."""
    previous: Token | None = None
    for token in tokens:
        if token.kind == TOKEN_EXPRESSION and previous is not None:
            if previous.kind == TOKEN_OUTPUT or (
                    previous.kind == TOKEN_TAG and previous.value in _NAME_TAGS):
                filtered = previous.kind == TOKEN_OUTPUT or previous.value in _FILTER_TAGS
                token = token._replace(value=alias_keywords(token.value,
                                                            filter_arguments=filtered))
            elif previous.kind == TOKEN_TAG and previous.value in _LOOP_TAGS:
                token = token._replace(value=alias_keywords(token.value, loop=True))
        previous = token
        yield token
