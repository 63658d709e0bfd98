"""Liquid 4.0.4's lax fallback for output statements and ``assign``.

In ``warn`` (Jekyll's default) and ``lax`` error modes Liquid 4 first tries the strict parser,
then re-parses the markup with regular expressions (lib/liquid/variable.rb ``lax_parse``,
lib/liquid/tags/assign.rb ``Syntax``). Real sites depend on it, e.g.
``{% assign x = (tags | split: ',' | sort:0) %}``. Here the lax reading is rewritten into
python-liquid's syntax and parsed again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from liquid.builtin.expressions import FilteredExpression, tokenize
from liquid.builtin.expressions.primitive import Blank, Empty, Identifier
from liquid.builtin.tags.assign_tag import AssignNode, AssignTag
from liquid.exceptions import LiquidSyntaxError
from liquid.mode import Mode
from liquid.stream import TokenStream
from liquid.token import TOKEN_EXPRESSION, TOKEN_OUTPUT, TOKEN_TAG, Token

from jekpy.liquid.compare import DYNAMIC_ROOT, unknown_operator_marker
from jekpy.liquid.errors import TAG_SYNTAX, JekyllSyntaxError
from jekpy.liquid.strict4 import (
    STRICT_TAGS,
    condition_error,
    for_error,
    strict_error_at,
    variable_error,
)
from jekpy.liquid.tags.basic import RubyOutput, RubyOutputNode, located

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.ast import Node

QUOTED_STRING = r"\"[^\"]*\"|'[^']*'"
QUOTED_FRAGMENT = rf"(?:{QUOTED_STRING})|(?:[^\s,|'\"]|{QUOTED_STRING})+"
MARKUP_WITH_QUOTED_FRAGMENT = re.compile(rf"({QUOTED_FRAGMENT})(.*)", re.S | re.ASCII)
FILTER_MARKUP = re.compile(r"\|\s*(.*)", re.S | re.ASCII)
FILTER_PARSER = re.compile(rf"(?:\s+|{QUOTED_FRAGMENT}|,)+", re.ASCII)
FILTER_ARGS = re.compile(rf"(?::|,)\s*((?:\w+\s*:\s*)?(?:{QUOTED_FRAGMENT}))", re.ASCII)
VARIABLE_PARSER = re.compile(r"\[[^\]]+\]|[\w-]+\??", re.ASCII)
RANGE = re.compile(r"\A\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)\Z", re.ASCII)
ASSIGN_SYNTAX = re.compile(r"((?:\(?[\w\-.\[\]]\)?)+)\s*=\s*(.*)\s*", re.S | re.ASCII)
LITERALS = ("nil", "null", "true", "false", "empty", "blank")
IF_SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})\s*([=!<>a-z_]+)?\s*({QUOTED_FRAGMENT})?", re.ASCII)
EXPRESSIONS_AND_OPERATORS = re.compile(
    rf"(?:\b(?:\s?and\s?|\s?or\s?)\b|(?:\s*(?!\b(?:\s?and\s?|\s?or\s?)\b)"
    rf"(?:{QUOTED_FRAGMENT}|\S+)\s*)+)", re.ASCII)
OPERATORS = ("==", "!=", "<>", "<", ">", ">=", "<=", "contains")
CONDITION_TAGS = ("if", "elsif", "unless")
FOR_SYNTAX = re.compile(rf"\A([\w-]+)\s+in\s+((?:{QUOTED_FRAGMENT})+)\s*(reversed)?", re.ASCII)
TAG_ATTRIBUTES = re.compile(rf"(\w+)\s*:\s*({QUOTED_FRAGMENT})", re.ASCII)


def variable_name(name: str) -> str:
    """``name`` when python-liquid can write it; otherwise a name nothing else can reach
    (Liquid 4 stores e.g. ``a.b`` or ``a[0]`` literally, which no lookup finds)."""
    if re.fullmatch(r"[A-Za-z_][\w-]*", name):
        return name
    return "__jekpy_name_" + name.encode().hex()


def lax_expression(markup: str, *, argument: bool = False) -> str:
    """``Liquid::Expression.parse`` of a fragment, written in python-liquid syntax.

    As a filter argument ``empty``/``blank`` are Liquid 4 MethodLiterals whose ``to_s`` is
    ``''`` (lib/liquid/expression.rb); python-liquid does not accept them there.
    """
    text = markup.strip()
    if not text:
        return "nil"
    if argument and text in ("empty", "blank"):
        return "''"
    if text in LITERALS or re.fullmatch(QUOTED_STRING, text) \
            or re.fullmatch(r"-?\d+(\.\d+)?", text):
        return text
    if re.fullmatch(r"-?\d[\d.]+", text):
        # expression.rb FLOATS_REGEX: "1.5.3" is "1.5.3".to_f, 1.5.
        return repr(float(re.match(r"-?\d+(\.\d+)?", text).group(0)))
    match = RANGE.match(text)
    if match:
        return f"({lax_expression(match.group(1))}..{lax_expression(match.group(2))})"
    segments = VARIABLE_PARSER.findall(text)
    if segments and segments[0].startswith("["):
        out = _bracketed_root(segments[0][1:-1])
        if out == "nil":
            return out
    elif not segments or not re.match(r"[A-Za-z_]", segments[0]):
        # A lookup of a variable named e.g. "0" (``sort:0)``): never assigned, so nil.
        return "nil"
    else:
        out = segments[0]
    for segment in segments[1:]:
        out += f"[{lax_expression(segment[1:-1])}]" if segment.startswith("[") else f".{segment}"
    return out


def _bracketed_root(inner: str) -> str:
    """A first segment in brackets names the variable by an expression (variable_lookup.rb
    ``initialize``): ``['title']`` looks up ``title``; ``[k]`` the variable named by ``k``'s
    value (a `DYNAMIC_ROOT` path, resolved in compare.py); a number or literal finds nothing."""
    name = inner.strip()
    if re.fullmatch(QUOTED_STRING, name):
        # A name assign could have made (VariableSignature characters) uses assign's naming;
        # any other name (``['bar baz']``) can only come from the payload.
        if re.fullmatch(r"[\w\-.\[\]]+", name[1:-1], re.ASCII):
            return variable_name(name[1:-1])
        return f"[{name}]"
    fragment = lax_expression(name)
    if fragment == "nil" or not re.match(r"[A-Za-z_\[]", fragment) or fragment in LITERALS:
        return "nil"
    return f"{DYNAMIC_ROOT}[{fragment}]"


def _lax_argument(arg: str) -> str:
    keyword = re.match(r"(\w+)\s*:\s*(.*)", arg, re.S | re.ASCII)
    if keyword and not re.fullmatch(QUOTED_STRING, arg.strip()):
        return f"{keyword.group(1)}: {lax_expression(keyword.group(2), argument=True)}"
    return lax_expression(arg, argument=True)


def lax_variable(markup: str) -> str | None:
    """``Variable#lax_parse`` rewritten as a strict filtered expression (None: renders nothing)."""
    match = MARKUP_WITH_QUOTED_FRAGMENT.search(markup)
    if not match:
        return None
    parts = [lax_expression(match.group(1))]
    filters = FILTER_MARKUP.search(match.group(2))
    if filters:
        for chunk in FILTER_PARSER.findall(filters.group(1)):
            name = re.search(r"\w+", chunk, re.ASCII)
            if not name:
                continue
            args = [_lax_argument(a) for a in FILTER_ARGS.findall(chunk)]
            parts.append(name.group(0) + (": " + ", ".join(args) if args else ""))
    return " | ".join(parts)


def lax_condition(markup: str) -> str | None:
    """``If#lax_parse`` (lib/liquid/tags/if.rb) rewritten as a strict condition, or None."""
    parts = EXPRESSIONS_AND_OPERATORS.findall(markup)
    if not parts or len(parts) % 2 == 0:
        return None
    out: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:
            if part.strip() not in ("and", "or"):
                return None
            out.append(part.strip())
            continue
        match = IF_SYNTAX.search(part)
        if not match:
            return None
        left, operator, right = match.groups()
        if operator is None:
            out.append(lax_expression(left))
        elif operator in OPERATORS:
            out.append(f"{lax_expression(left)} {operator} {lax_expression(right or '')}")
        else:
            out.append(unknown_operator_marker(operator))
    return " ".join(out)


def lax_for(markup: str) -> str | None:
    """``For#lax_parse`` (lib/liquid/tags/for.rb): variable, collection, reversed, limit/offset."""
    match = FOR_SYNTAX.search(markup)
    if not match:
        return None
    text = f"{match.group(1)} in {lax_expression(match.group(2))}"
    if match.group(3):
        text += " reversed"
    for key, value in TAG_ATTRIBUTES.findall(markup):
        if key in ("limit", "offset"):
            text += f" {key}: {lax_expression(value)}"
    return text


def _strict_parser(kind: str):  # noqa: ANN202
    from liquid.builtin.expressions import BooleanExpression, LoopExpression

    return LoopExpression.parse if kind == "for" else BooleanExpression.parse


def relax_conditions(env: Environment, tokens):  # noqa: ANN001, ANN201
    """Rewrite if/elsif/unless/for markup Liquid 4's strict parser rejects (warn/lax modes)
    into its lax reading; markup the lax reading rejects too is a syntax error in every mode
    (lib/liquid/parser_switching.rb: ``lax_parse`` runs outside the rescue)."""
    previous: Token | None = None
    for token in tokens:
        if token.kind == TOKEN_EXPRESSION and previous is not None \
                and previous.kind == TOKEN_TAG \
                and (previous.value in CONDITION_TAGS or previous.value == "for"):
            token = _relax_markup(env, previous, token)
        previous = token
        yield token


def check_strict(tokens):  # noqa: ANN001, ANN201
    """Strict mode: raise Liquid 4's strict-parser error for an output statement, ``assign``
    value, ``if``/``elsif``/``unless`` condition or ``for`` header it rejects, before
    python-liquid parses it (lib/liquid/parser_switching.rb ``strict_parse_with_error_context``:
    ``Expected id but found pipe in "{{ x | | y }}"``)."""
    for token in tokens:
        if token.kind == TOKEN_OUTPUT or (token.kind == TOKEN_TAG and token.value in STRICT_TAGS):
            message = strict_error_at(token.source, token.start_index)
            if message is not None:
                raise JekyllSyntaxError(message, token=token, prefixed=True)
        yield token


def relax_variables(env: Environment, tokens):  # noqa: ANN001, ANN201
    """Output statements and ``assign`` values Liquid 4's strict Variable parser rejects are
    read the lax way even where python-liquid would accept them (warn/lax modes)."""
    previous: Token | None = None
    for token in tokens:
        if token.kind == TOKEN_EXPRESSION and previous is not None \
                and (previous.kind == TOKEN_OUTPUT
                     or (previous.kind == TOKEN_TAG and previous.value == "assign")):
            token = _relax_variable(env, previous, token)
        previous = token
        yield token


def _relax_variable(env: Environment, start: Token, token: Token) -> Token:
    if start.kind == TOKEN_OUTPUT:
        name, markup = "", token.value
    else:
        match = ASSIGN_SYNTAX.search(token.value)
        if not match:
            return token
        name, markup = f"{match.group(1)} = ", match.group(2)
    # lax mode never asks the strict parser (parser_switching.rb): every markup is read laxly.
    message = variable_error(markup) if env.mode != Mode.LAX else None
    if message is None and env.mode != Mode.LAX:
        return token
    rewritten = lax_variable(markup)
    if rewritten is None:
        return token
    if message is not None:
        env.error(LiquidSyntaxError(message, token=start))
    return token._replace(value=name + rewritten)


_LOOP_WORD_PROPERTY = re.compile(r"""("[^"]*"|'[^']*')|\.(limit|offset|cols|reversed|in)\b""")


def _bracket_loop_words(markup: str) -> str:
    """``page.limit`` -> ``page["limit"]``: python-liquid lexes limit/offset/cols/reversed/in as
    loop keywords even after a dot, where Liquid 4 reads a plain property."""
    return _LOOP_WORD_PROPERTY.sub(lambda m: m.group(1) or f'["{m.group(2)}"]', markup)


def _relax_markup(env: Environment, tag: Token, token: Token) -> Token:
    """The expression token of ``tag``, rewritten when Liquid 4 would read it laxly."""
    kind = tag.value
    if kind == "for":
        token = token._replace(value=_bracket_loop_words(token.value))
    if env.mode == Mode.LAX:
        # If#lax_parse / For#lax_parse only (parser_switching.rb).
        rewritten = (lax_for if kind == "for" else lax_condition)(token.value)
        if rewritten is None:
            raise JekyllSyntaxError(TAG_SYNTAX[kind], token=tag, prefixed=True)
        return token._replace(value=rewritten)
    liquid4 = for_error(token.value) if kind == "for" else condition_error(token.value)
    err: LiquidSyntaxError | None = None
    try:
        _strict_parser(kind)(env, TokenStream(tokenize(token.value, token)))
    except LiquidSyntaxError as exc:
        err = exc
    if err is None and liquid4 is None:
        return token
    rewritten = (lax_for if kind == "for" else lax_condition)(token.value)
    if rewritten is None:
        if liquid4 is None:
            return token
        raise JekyllSyntaxError(TAG_SYNTAX[kind], token=tag, prefixed=True)
    if liquid4 is not None:
        if err is None:
            err = LiquidSyntaxError(liquid4, token=tag)
        elif err.token is None or err.token.start_index < 0:
            err.token = tag
        env.error(err)
    return token._replace(value=rewritten)


def parse_lax(env: Environment, markup: str, token: Token) -> FilteredExpression | None:
    """The lax reading of ``markup`` as an expression, or None when even that fails."""
    text = lax_variable(markup)
    if text is None:
        return None
    try:
        return FilteredExpression.parse(env, TokenStream(tokenize(text, token)))
    except LiquidSyntaxError:
        return None


def _literal_argument(err: LiquidSyntaxError) -> bool:
    """python-liquid rejects ``empty``/``blank`` as filter arguments; Liquid 4's strict parser
    accepts them, so no warning is due."""
    return bool(re.search(r"found (empty|blank)\b", str(err.message)))


class _Empty(RubyOutputNode):
    """An output statement Liquid 4 could not read at all: renders nothing."""

    __slots__ = ()

    def render_to_output(self, context, buffer) -> int:  # noqa: ANN001, ARG002
        """Render nothing."""
        return 0


class LaxOutput(RubyOutput):
    """Output statement with Liquid 4's warn/lax fallback."""

    def parse(self, stream: TokenStream) -> Node:
        """Strict parse; on a syntax error (not strict mode) warn and read it laxly."""
        try:
            return super().parse(stream)
        except LiquidSyntaxError as err:
            if self.env.mode == Mode.STRICT and not _literal_argument(err):
                raise
            if not _literal_argument(err):
                self.env.error(err)
            token = stream.current
            if token.kind != TOKEN_EXPRESSION:
                return _Empty(Token(TOKEN_OUTPUT, "", token.start_index, token.source), None)
            expression = parse_lax(self.env, token.value, token)
            if expression is None:
                return _Empty(token, None)
            return RubyOutputNode(token, expression)


class Liquid4AssignNode(AssignNode):
    """``assign`` storing what a later lookup sees: ``blank``/``empty`` are MethodLiterals whose
    ``to_liquid`` is ``''`` (expression.rb), applied by Context#find_variable, so
    ``{% assign x = blank %}{% if '' == x %}`` is true (checked with Liquid 4.0.4's lib)."""

    __slots__ = ()

    def render_to_output(self, context, buffer) -> int:  # noqa: ANN001
        """Assign the value, method literals as ``''``."""
        with located(self.token):
            value = self.expression.evaluate(context)
        context.assign(self.name, "" if isinstance(value, (Blank, Empty)) else value)
        return 0

    async def render_to_output_async(self, context, buffer) -> int:  # noqa: ANN001
        """See `render_to_output`."""
        return self.render_to_output(context, buffer)


class LaxAssign(AssignTag):
    """``assign`` with Liquid 4's lax fallback (``Syntax`` then a lax Variable)."""

    def parse(self, stream: TokenStream) -> Node:
        """Strict parse; on a syntax error (not strict mode) warn and read it laxly."""
        start = stream.current
        try:
            node = super().parse(stream)
            node.__class__ = Liquid4AssignNode
            return node
        except LiquidSyntaxError as err:
            if (self.env.mode == Mode.STRICT and not _literal_argument(err)) \
                    or start.kind != TOKEN_TAG:
                raise
            token = stream.current
            if token.kind != TOKEN_EXPRESSION:
                raise
            match = ASSIGN_SYNTAX.search(token.value)
            if not match:
                # Liquid 4.0.4 tags/assign.rb: no ``Syntax`` match raises in every error mode.
                raise JekyllSyntaxError(
                    "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]",
                    token=start, prefixed=True) from None
            # Liquid 4 warns only when its strict Variable parser rejects the value.
            if variable_error(match.group(2)) is not None:
                self.env.error(err)
            expression = parse_lax(self.env, match.group(2), token)
            if expression is None:
                expression = FilteredExpression.parse(
                    self.env, TokenStream(tokenize("nil", token)))
            name = Identifier(variable_name(match.group(1)), token=token)
            return Liquid4AssignNode(start, name=name, expression=expression)


def register(env: Environment) -> None:
    """Install the lax-capable output and assign."""
    env.add_tag(LaxOutput)
    env.add_tag(LaxAssign)
