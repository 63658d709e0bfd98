"""``case``/``when``, ``cycle`` and ``tablerow`` markup read as Liquid 4.0.4 reads it.

These tags have no strict parser in Liquid 4.0.4: they match regular expressions in every
error mode and ignore what follows (lib/liquid/tags/case.rb ``Syntax``/``WhenSyntax``,
cycle.rb ``NamedSyntax``/``SimpleSyntax``, table_row.rb ``Syntax`` + ``TagAttributes``).
`rewrite` turns such markup into python-liquid's syntax before it is parsed, e.g.
``{% case page.x | downcase %}`` is ``case page.x``, ``{% when 'a' 'b' %}`` is ``when 'a'``,
``{% cycle 'a' 'b' %}`` cycles one value, ``{% tablerow i in list cols=2 %}`` has no columns.
Markup the regexps reject is left alone (the parser then reports Liquid 4's message).
"""

from __future__ import annotations

import re

from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG, Token

from jekpy.liquid.errors import JekyllSyntaxError
from jekpy.liquid.tags.lax import (
    QUOTED_FRAGMENT,
    TAG_ATTRIBUTES,
    lax_expression,
    variable_name,
)

CASE_SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})", re.ASCII)
WHEN_SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})(?:(?:\s+or\s+|\s*,\s*)((?:{QUOTED_FRAGMENT}).*))?",
                         re.S | re.ASCII)
CYCLE_NAMED = re.compile(rf"\A({QUOTED_FRAGMENT})\s*:\s*(.*)", re.S | re.ASCII)
CYCLE_SIMPLE = re.compile(rf"\A(?:{QUOTED_FRAGMENT})+", re.ASCII)
TABLEROW_SYNTAX = re.compile(rf"(\w+)\s+in\s+((?:{QUOTED_FRAGMENT})+)", re.ASCII)
CASE_INVALID_ELSE = ("Syntax Error in tag 'case' - Valid else condition: {% else %} "
                     "(no parameters) ")


def lax_case(markup: str) -> str | None:
    """Case ``Syntax``: the first quoted fragment is the value."""
    match = CASE_SYNTAX.search(markup)
    return lax_expression(match.group(1)) if match else None


def lax_when(markup: str) -> str | None:
    """Case#record_when_condition: fragments separated by ``or`` or commas, rest ignored."""
    values: list[str] = []
    rest: str | None = markup
    while rest:
        match = WHEN_SYNTAX.search(rest)
        if not match:
            return None
        values.append(lax_expression(match.group(1)))
        rest = match.group(2)
    return ", ".join(values) if values else None


def _cycle_values(markup: str) -> list[str]:
    """Cycle#variables_from_string: split on commas, first fragment of each piece."""
    values = []
    for piece in markup.split(","):
        match = re.search(QUOTED_FRAGMENT, piece, re.ASCII)
        if match:
            values.append(lax_expression(match.group(0)))
    return values


def _literal(text: str) -> bool:
    return bool(re.fullmatch(r"\"[^\"]*\"|'[^']*'|-?\d+(\.\d+)?|nil|null|true|false", text))


def lax_cycle(markup: str, key: str = "") -> str | None:
    """Cycle: ``name: a, b`` or ``a, b`` (each piece's first fragment).

    An unnamed cycle is keyed by ``@variables.to_s``; a variable in it prints as a
    ``#<Liquid::VariableLookup:0x...>`` unique to the tag, so such a cycle is never shared
    with another tag: it gets the group name ``key``.
    """
    named = CYCLE_NAMED.search(markup)
    if named:
        values = _cycle_values(named.group(2))
        if not values:
            return None
        return f"{lax_expression(named.group(1))}: {', '.join(values)}"
    if CYCLE_SIMPLE.search(markup):
        values = _cycle_values(markup)
        if not values:
            return None
        if key and not all(_literal(value) for value in values):
            return f"'{key}': {', '.join(values)}"
        return ", ".join(values)
    return None


def lax_tablerow(markup: str) -> str | None:
    """TableRow ``Syntax`` plus every ``key: value`` attribute anywhere in the markup."""
    match = TABLEROW_SYNTAX.search(markup)
    if not match:
        return None
    text = f"{match.group(1)} in {lax_expression(match.group(2))}"
    for key, value in TAG_ATTRIBUTES.findall(markup):
        if key in ("cols", "limit", "offset"):
            text += f" {key}:{lax_expression(value)}"
    return text


CAPTURE_SYNTAX = re.compile(r"((?:\(?[\w\-.\[\]]\)?)+)", re.ASCII)
def lax_capture(markup: str) -> str | None:
    """capture.rb ``Syntax``: the first run of VariableSignature characters."""
    match = CAPTURE_SYNTAX.search(markup)
    return variable_name(match.group(1)) if match else None


def lax_counter(markup: str) -> str:
    """increment.rb / decrement.rb: the whole stripped markup names the counter."""
    return variable_name(markup.strip())


REWRITERS = {"case": lax_case, "capture": lax_capture, "increment": lax_counter,
             "decrement": lax_counter, "when": lax_when, "cycle": lax_cycle, "tablerow": lax_tablerow}


def _ignores_markup(name: str) -> bool:
    """End tags, ``break``, ``continue`` and ``else`` outside ``case`` ignore their markup
    (block_body.rb hands an end tag's markup to nobody; Break/Continue and the ``else`` of
    if/unless/for never read it)."""
    return name.startswith("end") or name in ("break", "continue", "else")


_BLOCKS = ("case", "if", "unless", "for", "tablerow", "capture", "comment", "raw", "highlight")


def relax_blocks(tokens):  # noqa: ANN001, ANN201
    """Rewrite case/when/cycle/tablerow markup to Liquid 4's reading (every error mode).

    An ``else`` with parameters directly inside ``case`` raises, as Case#record_else_condition
    does in every mode.
    """
    previous: Token | None = None
    open_blocks: list[str] = []
    for token in tokens:
        if previous is not None and previous.kind == TOKEN_TAG \
                and previous.value in ("increment", "decrement") \
                and token.kind != TOKEN_EXPRESSION:
            # ``{% increment %}`` counts a variable named "" (increment.rb).
            yield Token(TOKEN_EXPRESSION, lax_counter(""), previous.start_index,
                        previous.source)
        if token.kind == TOKEN_TAG:
            if token.value in _BLOCKS:
                open_blocks.append(token.value)
            elif token.value.startswith("end") and open_blocks \
                    and open_blocks[-1] == token.value[3:]:
                open_blocks.pop()
        elif token.kind == TOKEN_EXPRESSION and previous is not None \
                and previous.kind == TOKEN_TAG:
            if previous.value == "else" and open_blocks and open_blocks[-1] == "case" \
                    and token.value.strip():
                raise JekyllSyntaxError(CASE_INVALID_ELSE, token=previous, prefixed=True)
            if previous.value == "raw":
                # raw.rb ensure_valid_markup
                raise JekyllSyntaxError("Syntax Error in 'raw' - Valid syntax: raw",
                                        token=previous, prefixed=True)
            if _ignores_markup(previous.value):
                previous = token
                continue
            rewrite = REWRITERS.get(previous.value)
            if previous.value == "cycle":
                key = f"cycle-{hash(token.source) & 0xFFFFFFFF:x}-{token.start_index}"
                rewritten = lax_cycle(token.value, key)
            else:
                rewritten = rewrite(token.value) if rewrite else None
            if rewritten is not None:
                token = token._replace(value=rewritten)
        previous = token
        yield token
    if previous is not None and previous.kind == TOKEN_TAG \
            and previous.value in ("increment", "decrement"):
        yield Token(TOKEN_EXPRESSION, lax_counter(""), previous.start_index, previous.source)
